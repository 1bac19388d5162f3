{{%AUTOESCAPE context="HTML"}}
<p class="app-back"><a href="{{base}}/admin/applications">返回申请列表</a></p>
<h1>申请 {{number}} <span class="status-badge app-state app-state-{{state_code}}">{{state}}</span></h1>
{{#done}}<p class="notice app-done" role="status">已完成：{{label}}。</p>{{/done}}
{{#action_failed}}<p class="error-summary" role="alert">操作未执行，请查看下方标出的问题后重新提交。</p>{{/action_failed}}

<div class="app-detail-grid">
<section class="panel app-deadline" aria-labelledby="deadline-heading">
  <h2 id="deadline-heading">办理期限</h2>
  <dl class="app-facts">
    <dt>受理机关</dt><dd>{{agency_name}}</dd>
    {{#referred}}<dt>提出依据</dt><dd>申请人依据申请 {{from_number}}（另一机关）的答复，按条例第三十六条第五项向本机关另行提出</dd>{{/referred}}
    <dt>申请渠道</dt><dd>{{channel}}</dd>
    <dt>提交时间</dt><dd>{{submitted}}</dd>
    <dt>确认收到日期</dt><dd>{{received_on}}{{#due_not_started}}尚未确认收到，答复期限自确认收到之日起计算。{{/due_not_started}}</dd>
    {{#has_due}}
    <dt>答复期限</dt>
    <dd>
      {{#due_running}}<strong>{{due_on}}</strong> <strong class="due-mark {{class}}">{{text}}</strong>{{/due_running}}
      {{#due_stopped}}待申请人补正：答复期限自收到补正之日起重新计算20个工作日（第三十条）。{{/due_stopped}}
      {{#due_paused}}计时暂停：征求意见期间不计入答复期限，结束后还有 {{days_left}} 个工作日。被征求意见方应于 {{reply_by}} 前（15个工作日内）提出意见（第三十二条、第三十四条）。
        {{#consult_overdue}}<br><strong class="due-mark due-overdue">征求意见已超过15个工作日：第三方逾期未提出意见的，由本机关依照条例规定决定是否公开；请结束征求意见并作出答复。</strong>{{/consult_overdue}}
        {{#consult_late}}<br><strong class="due-mark due-overdue">征求意见开始时答复期限已届满，这段时间不能从期限中扣除（第三十三条），本件仍按原期限计算逾期。</strong>{{/consult_late}}{{/due_paused}}
      {{#was_extended}}<br>已延期一次（不能再次延期）。{{/was_extended}}
      {{#beyond_calendar}}<br><strong class="due-mark due-soon">注意：期限超出工作日历已有数据的年份（已有至 {{last_year}} 年），暂按周一至周五计算，请在日历更新后核对。</strong>{{/beyond_calendar}}
    </dd>
    {{/has_due}}
    {{#due_replied}}
    <dt>答复期限</dt>
    <dd><strong>{{due_on}}</strong>，{{replied_on}} 答复 <strong class="due-mark {{class}}">{{text}}</strong></dd>
    {{/due_replied}}
    {{#correction_window}}
    <dt>通知补正截止日（收到后第7个工作日）</dt>
    <dd>{{day}}
      {{#window_past}}<br><strong class="due-mark due-overdue">已超过通知补正截止日。现在通知补正属于逾期通知，仍可操作，但请在通知中说明原因。</strong>{{/window_past}}
      {{#was_late}}<br><strong class="due-mark due-soon">本件的补正通知晚于收到后第7个工作日。</strong>{{/was_late}}
    </dd>
    {{/correction_window}}
    {{#correction_period}}
    <dt>补正期限</dt>
    <dd>{{day}}（申请人应在此日前补正）
      {{#period_running}}<br>期限届满前不能按逾期不补正终止办理（条例第三十条）。{{/period_running}}
      {{#period_past}}<br><strong class="due-mark due-overdue">补正期限已过，申请人尚未补正。无正当理由的，视为放弃申请，可“逾期不补正终止”。</strong>{{/period_past}}
    </dd>
    {{/correction_period}}
    <dt>经办人</dt><dd>{{assigned_name}}</dd>
  </dl>
</section>

<section class="panel" aria-labelledby="applicant-heading">
  <h2 id="applicant-heading">申请人信息</h2>
  <dl class="app-facts">
    {{#applicant}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/applicant}}
  </dl>
</section>
</div>

<section class="panel" aria-labelledby="request-heading">
  <h2 id="request-heading">申请公开的信息</h2>
  <dl class="app-facts app-request">
    {{#request}}<dt>{{label}}</dt><dd class="app-pre">{{value}}</dd>{{/request}}
  </dl>
</section>

{{#reply}}
<section class="panel" aria-labelledby="reply-heading">
  <h2 id="reply-heading">办理结果</h2>
  <dl class="app-facts">
    <dt>结果</dt><dd>{{outcome}}</dd>
    <dt>日期</dt><dd>{{replied_on}}</dd>
    <dt>答复内容</dt><dd class="app-pre">{{reply_text}}</dd>
    {{#referral}}<dt>告知的负责公开机关</dt><dd>{{name}}（{{where}}）</dd>
    <dt>该机关联系方式</dt><dd class="app-pre">{{contact}}</dd>{{/referral}}
  </dl>
  {{#can_release}}<p><a href="{{base}}/admin/application-release/{{id}}">把公开的信息转为主动公开</a>（条例第四十四条：多个申请人就相同政府信息提出申请，或可以为公众知晓的，可以纳入主动公开）</p>{{/can_release}}
  {{#released}}<p>公开的信息已转为主动公开草稿（第{{entry_id}}号），由信息编辑补充分类后提交审核{{#can_view}}：<a href="{{base}}/admin/entries/{{entry_id}}">查看草稿</a>{{/can_view}}。</p>{{/released}}
</section>
{{/reply}}

<section class="panel" aria-labelledby="timeline-heading">
  <h2 id="timeline-heading">办理记录</h2>
  <p class="hint">标有“内部”的记录申请人看不到。</p>
  <ol class="app-timeline">
    {{#timeline}}
    <li>
      <p class="app-event-head"><time datetime="{{day}}">{{day}}</time> <strong>{{kind}}</strong>{{#extension}}（延长 {{days}} 个工作日）{{/extension}}{{#internal}} <span class="tag app-internal">内部</span>{{/internal}}</p>
      {{#event_text}}<p class="app-pre">{{text}}</p>{{/event_text}}
      {{#event_due_by}}<p>补正期限：<time datetime="{{due_by}}">{{due_by}}</time></p>{{/event_due_by}}
      <p class="meta">{{actor}} · 记录于 {{recorded}}</p>
    </li>
    {{/timeline}}
  </ol>
</section>

<section class="panel" aria-labelledby="notices-heading">
  <h2 id="notices-heading">通知申请人</h2>
  <p>申请人选择的办理进度通知：{{notify_choice}}</p>
  {{#action_resend}}{{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}{{/action_resend}}
  {{>notice_rows}}
</section>

{{#has_files}}
<section class="panel" aria-labelledby="files-heading">
  <h2 id="files-heading">文件</h2>
  <ul class="doc-list">
    {{#files}}<li><a href="{{base}}/admin/application-files/{{id}}">{{filename}}</a> <span class="meta">{{size}} · {{audience}}</span></li>{{/files}}
  </ul>
</section>
{{/has_files}}

{{#has_actions}}
<section class="app-actions" aria-labelledby="actions-heading">
<h2 id="actions-heading">办理操作</h2>
<p class="hint">只显示当前状态下可以进行的操作。每项操作都会记入办理记录和审计日志。</p>

{{#action_receive}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/receive" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="receive-day">收到申请的日期 <span class="required">*</span></label>
      <p class="hint">答复期限从这一天起算（当天为第0天，第20个工作日为答复期限）。信函等可填写实际收到的日期，不能晚于今天，不能早于提交日期。</p>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="receive-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="receive-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="receive-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <p><button type="submit">确认收到</button></p>
  </form>
</details>
{{/action_receive}}

{{#action_correction}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/correction" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    {{#correction_window}}{{#window_past}}<p class="notice"><strong>已超过通知补正截止日（{{day}}）</strong>，仍可通知补正，记录中将标明逾期。</p>{{/window_past}}{{/correction_window}}
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="correction-day">补正通知日期 <span class="required">*</span></label>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="correction-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="correction-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="correction-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <div class="field{{#text_error}} has-error{{/text_error}}">
      <label for="correction-text">需要补正的内容 <span class="required">*</span></label>
      <p class="hint">申请人会在查询页面看到这段文字，请一次性说明需要补正的事项。答复期限自行政机关收到补正的申请之日起重新计算（第三十条）。</p>
      {{#text_error}}<p class="field-error">{{message}}</p>{{/text_error}}
      <textarea id="correction-text" name="text" rows="5" maxlength="2000" required>{{text}}</textarea>
    </div>
    <div class="field{{#correct_by_error}} has-error{{/correct_by_error}}">
      <label for="correction-correct-by">补正期限 <span class="required">*</span></label>
      <p class="hint">申请人应在此日期前补正，须晚于通知日期；已预填通知日期后15天，可按补正事项的难易调整。申请人会在查询页面看到这个期限；期限届满后仍无正当理由未补正的，视为放弃申请（条例第三十条）。</p>
      {{#correct_by_error}}<p class="field-error">{{message}}</p>{{/correct_by_error}}
      <input id="correction-correct-by" name="correct_by" type="date" required value="{{correct_by}}">
    </div>
    <p><button type="submit">发出补正通知</button></p>
  </form>
</details>
{{/action_correction}}

{{#action_corrected}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/corrected" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <p class="hint">申请人以纸质等方式提交补正时在此登记（申请人也可以在网上补正）。答复期限从收到补正之日起重新计算20个工作日。</p>
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="corrected-day">收到补正的日期 <span class="required">*</span></label>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="corrected-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="corrected-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="corrected-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <div class="field{{#text_error}} has-error{{/text_error}}">
      <label for="corrected-text">说明</label>
      {{#text_error}}<p class="field-error">{{message}}</p>{{/text_error}}
      <textarea id="corrected-text" name="text" rows="3" maxlength="2000">{{text}}</textarea>
    </div>
    <p><button type="submit">登记已补正</button></p>
  </form>
</details>
{{/action_corrected}}

{{#action_extend}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/extend" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <p class="hint">只能延期一次，最长20个工作日，自当前答复期限之后顺延。需经政府信息公开工作机构负责人同意，并告知申请人。</p>
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="extend-day">延期决定日期 <span class="required">*</span></label>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="extend-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="extend-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="extend-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <div class="field{{#days_error}} has-error{{/days_error}}">
      <label for="extend-days">延长的工作日数（1至20） <span class="required">*</span></label>
      {{#days_error}}<p class="field-error">{{message}}</p>{{/days_error}}
      <input id="extend-days" name="days" type="number" min="1" max="20" required value="{{days}}">
    </div>
    <div class="field{{#text_error}} has-error{{/text_error}}">
      <label for="extend-text">延期理由 <span class="required">*</span></label>
      {{#text_error}}<p class="field-error">{{message}}</p>{{/text_error}}
      <textarea id="extend-text" name="text" rows="3" maxlength="2000" required>{{text}}</textarea>
    </div>
    <p><button type="submit">延期答复</button></p>
  </form>
</details>
{{/action_extend}}

{{#action_consult_start}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/consult-start" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <p class="hint">征求第三方或其他机关意见所需时间不计入答复期限；结束后按剩余的工作日继续计算。</p>
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="consult-start-day">开始征求意见的日期 <span class="required">*</span></label>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="consult-start-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="consult-start-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="consult-start-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <div class="field{{#party_error}} has-error{{/party_error}}">
      <label for="consult-start-party">征求意见对象 <span class="required">*</span></label>
      {{#party_error}}<p class="field-error">{{message}}</p>{{/party_error}}
      <select id="consult-start-party" name="party" required>
        <option value="">请选择</option>
        {{#party_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/party_options}}
      </select>
    </div>
    <div class="field{{#text_error}} has-error{{/text_error}}">
      <label for="consult-start-text">征求意见事项（内部记录，申请人看不到） <span class="required">*</span></label>
      {{#text_error}}<p class="field-error">{{message}}</p>{{/text_error}}
      <textarea id="consult-start-text" name="text" rows="3" maxlength="2000" required>{{text}}</textarea>
    </div>
    <p><button type="submit">开始征求意见</button></p>
  </form>
</details>
{{/action_consult_start}}

{{#action_consult_end}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/consult-end" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="consult-end-day">收到意见（结束）的日期 <span class="required">*</span></label>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="consult-end-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="consult-end-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="consult-end-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <div class="field{{#text_error}} has-error{{/text_error}}">
      <label for="consult-end-text">意见结果（内部记录）</label>
      {{#text_error}}<p class="field-error">{{message}}</p>{{/text_error}}
      <textarea id="consult-end-text" name="text" rows="3" maxlength="2000">{{text}}</textarea>
    </div>
    <p><button type="submit">结束征求意见，恢复计时</button></p>
  </form>
</details>
{{/action_consult_end}}

{{#action_reply}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/reply" method="post" enctype="multipart/form-data">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="reply-day">答复日期 <span class="required">*</span></label>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="reply-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="reply-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="reply-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <div class="field{{#outcome_error}} has-error{{/outcome_error}}">
      <label for="reply-outcome">答复结果 <span class="required">*</span></label>
      <p class="hint">按政府信息公开工作年度报告的分类选择。</p>
      {{#outcome_error}}<p class="field-error">{{message}}</p>{{/outcome_error}}
      <select id="reply-outcome" name="outcome" required>
        <option value="">请选择</option>
        {{#outcome_groups}}<optgroup label="{{group}}">{{#outcome_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/outcome_options}}</optgroup>{{/outcome_groups}}
      </select>
    </div>
    <div class="field{{#reason_error}} has-error{{/reason_error}}">
      <label for="reply-reason">理由和依据</label>
      <p class="hint">部分公开、不予公开、无法提供、不予处理等，须写明理由和法律依据。</p>
      {{#reason_error}}<p class="field-error">{{message}}</p>{{/reason_error}}
      <textarea id="reply-reason" name="reason" rows="3" maxlength="2000">{{reason}}</textarea>
    </div>
    <div class="field{{#reply_text_error}} has-error{{/reply_text_error}}">
      <label for="reply-text">答复内容 <span class="required">*</span></label>
      <p class="hint">申请人会在查询页面看到答复内容。</p>
      {{#reply_text_error}}<p class="field-error">{{message}}</p>{{/reply_text_error}}
      <textarea id="reply-text" name="reply_text" rows="8" maxlength="20000" required>{{reply_text}}</textarea>
    </div>
    <div class="field{{#delivery_error}} has-error{{/delivery_error}}">
      <label for="reply-delivery">送达方式 <span class="required">*</span></label>
      {{#delivery_error}}<p class="field-error">{{message}}</p>{{/delivery_error}}
      <select id="reply-delivery" name="delivery" required>
        {{#delivery_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/delivery_options}}
      </select>
    </div>
    <fieldset class="app-referral">
      <legend>负责公开该信息的机关（条例第三十六条第五项）</legend>
      <p class="hint">所申请信息不属于本机关负责公开的，答复结果选“本机关不掌握相关政府信息”，并在这里告知负责公开的机关及其联系方式。选择本平台上的机关时，联系方式可不填，默认为该机关的申请受理机构；申请人可在查询页面一步向该机关另行提出申请，原申请不变。</p>
      <div class="field{{#refer_agency_error}} has-error{{/refer_agency_error}}">
        <label for="reply-refer-agency">机关</label>
        {{#refer_agency_error}}<p class="field-error">{{message}}</p>{{/refer_agency_error}}
        <select id="reply-refer-agency" name="refer_agency">
          <option value="">不适用</option>
          {{#agency_groups}}<optgroup label="{{group}}">{{#agency_options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agency_options}}</optgroup>{{/agency_groups}}
          <optgroup label="本平台以外"><option value="other-agency"{{#refer_elsewhere_selected}} selected{{/refer_elsewhere_selected}}>不在本平台上的机关（在下方填写名称和联系方式）</option></optgroup>
        </select>
      </div>
      <div class="field{{#refer_name_error}} has-error{{/refer_name_error}}">
        <label for="reply-refer-name">机关名称（不在本平台上的机关填写）</label>
        {{#refer_name_error}}<p class="field-error">{{message}}</p>{{/refer_name_error}}
        <input id="reply-refer-name" name="refer_name" type="text" maxlength="100" value="{{refer_name}}">
      </div>
      <div class="field{{#refer_contact_error}} has-error{{/refer_contact_error}}">
        <label for="reply-refer-contact">该机关的联系方式</label>
        {{#refer_contact_error}}<p class="field-error">{{message}}</p>{{/refer_contact_error}}
        <textarea id="reply-refer-contact" name="refer_contact" rows="2" maxlength="500">{{refer_contact}}</textarea>
      </div>
    </fieldset>
    <div class="field{{#files_error}} has-error{{/files_error}}">
      <label for="reply-files">答复文件（可多选）</label>
      <p class="hint">PDF、DOC、DOCX、XLS、XLSX、JPG、PNG，每个不超过20 MB；按文件内容识别格式。申请人可在查询页面下载。{{#files_error}}出错后请重新选择文件。{{/files_error}}</p>
      {{#files_error}}<p class="field-error">{{message}}</p>{{/files_error}}
      <input id="reply-files" name="files" type="file" multiple accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png">
    </div>
    <p><button type="submit">提交答复</button></p>
  </form>
</details>
{{/action_reply}}

{{#action_close}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <p class="hint">申请人在补正期限内无正当理由不补正的，视为放弃申请，不再处理。结果计入年度报告“（六）其他处理”第1项。</p>
  {{#correct_by}}<p>申请人的补正期限：<time datetime="{{day}}">{{day}}</time></p>{{/correct_by}}
  <form action="{{base}}/admin/applications/{{id}}/close" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="close-day">终止日期 <span class="required">*</span></label>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="close-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="close-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="close-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <div class="field{{#text_error}} has-error{{/text_error}}">
      <label for="close-text">说明</label>
      {{#text_error}}<p class="field-error">{{message}}</p>{{/text_error}}
      <textarea id="close-text" name="text" rows="3" maxlength="2000">{{text}}</textarea>
    </div>
    <p><button type="submit">逾期不补正，终止办理</button></p>
  </form>
</details>
{{/action_close}}

{{#action_withdraw}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/withdraw" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <p class="hint">申请人通过电话、来访或书面方式要求撤回时，由工作人员代为撤回。</p>
    <div class="field{{#day_error}} has-error{{/day_error}}">
      <label for="withdraw-day">撤回日期 <span class="required">*</span></label>
      {{#day_error}}<p class="field-error">{{message}}</p>{{/day_error}}
      <input id="withdraw-day" name="day" type="date" required value="{{day}}">
    </div>
    <div class="field{{#late_reason_error}} has-error{{/late_reason_error}}">
      <label for="withdraw-late-reason">补录说明</label>
      <p class="hint">日期早于今天5天以上的（补录），须说明原因，记入审计日志。</p>
      {{#late_reason_error}}<p class="field-error">{{message}}</p>{{/late_reason_error}}
      <textarea id="withdraw-late-reason" name="late_reason" rows="2" maxlength="500">{{late_reason}}</textarea>
    </div>
    <div class="field{{#text_error}} has-error{{/text_error}}">
      <label for="withdraw-text">撤回说明（内部记录：申请人何时以何种方式提出） <span class="required">*</span></label>
      {{#text_error}}<p class="field-error">{{message}}</p>{{/text_error}}
      <textarea id="withdraw-text" name="text" rows="3" maxlength="2000" required>{{text}}</textarea>
    </div>
    <p><button type="submit">代为撤回</button></p>
  </form>
</details>
{{/action_withdraw}}

{{#action_assign}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/assign" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <div class="field{{#user_id_error}} has-error{{/user_id_error}}">
      <label for="assign-user">经办人 <span class="required">*</span></label>
      {{#user_id_error}}<p class="field-error">{{message}}</p>{{/user_id_error}}
      <select id="assign-user" name="user_id" required>
        <option value="">请选择</option>
        {{#assignees}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/assignees}}
      </select>
    </div>
    <p><button type="submit">指派</button></p>
  </form>
</details>
{{/action_assign}}

{{#action_note}}
<details class="panel app-action"{{#open}} open{{/open}}>
  <summary>{{label}}</summary>
  <form action="{{base}}/admin/applications/{{id}}/note" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    {{#action_error}}<p class="error-summary" role="alert">{{message}}</p>{{/action_error}}
    <div class="field{{#text_error}} has-error{{/text_error}}">
      <label for="note-text">内部备注（申请人看不到） <span class="required">*</span></label>
      {{#text_error}}<p class="field-error">{{message}}</p>{{/text_error}}
      <textarea id="note-text" name="text" rows="3" maxlength="2000" required>{{text}}</textarea>
    </div>
    <p><button type="submit">添加备注</button></p>
  </form>
</details>
{{/action_note}}
</section>
{{/has_actions}}
