{{%AUTOESCAPE context="HTML"}}
<h1>申请办理进度</h1>
{{#notice}}<p class="notice" role="status">{{text}}</p>{{/notice}}
<dl class="summary-list status-summary">
  {{#agency}}<dt>受理机关</dt><dd>{{agency_name}}</dd>{{/agency}}
  <dt>申请编号</dt><dd>{{number}}</dd>
  {{#referred}}<dt>提出依据</dt><dd>依据申请 {{from_number}} 的答复另行提出（条例第三十六条第五项）</dd>{{/referred}}
  <dt>所需信息</dt><dd>{{info_title}}</dd>
  <dt>提交时间</dt><dd>{{submitted_at}}（北京时间）</dd>
  <dt>当前状态</dt><dd><span class="status-badge">{{state_label}}</span></dd>
</dl>

<h2 id="steps-heading">办理步骤</h2>
<ol class="progress-steps" aria-labelledby="steps-heading">
  {{#steps}}<li class="{{#done}}step-done{{/done}}{{#current}}step-current{{/current}}{{#todo}}step-todo{{/todo}}{{#skipped}}step-skipped{{/skipped}}"{{#current}} aria-current="step"{{/current}}><span class="step-number">{{number}}</span> {{label}}{{#done}}<span class="visually-hidden">（已完成）</span>{{/done}}{{#current}}<span class="visually-hidden">（当前）</span>{{/current}}{{#skipped}}<span class="step-note">（未进行）</span>{{/skipped}}</li>{{/steps}}
</ol>

{{#due}}
<p class="due-date">答复期限：<strong><time datetime="{{due_on}}">{{due_label}}</time></strong>{{#provisional}}（暂定：该日期超出已公布的节假日安排，公布后可能调整）{{/provisional}}</p>
{{/due}}
{{#due_note}}<p class="due-date">{{text}}</p>{{/due_note}}

{{#correction_form}}
<section class="panel action-panel" aria-labelledby="correction-heading">
  <h2 id="correction-heading">需要您补正</h2>
  <p>本机关通知您补正申请内容：</p>
  <blockquote class="pre-wrap">{{request_text:pre_escape}}</blockquote>
  {{#correct_by}}<p class="due-date"><strong>请于<time datetime="{{day}}">{{day_label}}</time>前提交补正，逾期无正当理由不补正的，视为放弃申请（第三十条）。</strong></p>{{/correct_by}}
  <form method="post" action="{{base}}/apply/correct" accept-charset="utf-8">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <div class="field{{#correction_error}} has-error{{/correction_error}}">
      <label for="correction">补正后的内容描述 <span class="required" aria-hidden="true">*</span></label>
      <p class="hint" id="correction-hint">请按上面的要求写明所需信息；原申请内容保留，本机关将同时查看。最多4000字。</p>
      {{#correction_error}}<p class="field-error" id="correction-error">{{message}}</p>{{/correction_error}}
      <textarea id="correction" name="correction" rows="6" maxlength="4000" required{{#correction_error}} aria-invalid="true"{{/correction_error}} aria-describedby="correction-hint{{#correction_error}} correction-error{{/correction_error}}">{{correction:pre_escape}}</textarea>
    </div>
    <p class="form-actions"><button type="submit">提交补正</button></p>
  </form>
</section>
{{/correction_form}}

{{#reply}}
<section class="panel reply-panel" aria-labelledby="reply-heading">
  <h2 id="reply-heading">答复</h2>
  <dl class="summary-list">
    <dt>答复结果</dt><dd>{{outcome_group}}{{#outcome_reason}}（{{label}}）{{/outcome_reason}}</dd>
    {{#replied_on}}<dt>答复日期</dt><dd>{{day_label}}</dd>{{/replied_on}}
  </dl>
  {{#reply_reason}}<h3>理由和依据</h3><div class="reply-reason pre-wrap">{{text:pre_escape}}</div>{{/reply_reason}}
  {{#reply_text}}<div class="reply-text pre-wrap">{{text:pre_escape}}</div>{{/reply_text}}
  <p class="remedies">如认为本机关在政府信息公开工作中侵犯了您的合法权益，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报（《政府信息公开条例》第五十一条），也可以自知道该答复之日起60日内依法申请行政复议（《中华人民共和国行政复议法》第二十条），或者自知道之日起6个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。</p>
</section>
{{/reply}}

{{#referral}}
<section class="panel referral-panel" aria-labelledby="referral-heading">
  <h2 id="referral-heading">负责公开该信息的机关</h2>
  <p>所申请的信息不属于本机关负责公开（《政府信息公开条例》第三十六条第五项）。负责公开该信息的机关是：</p>
  <dl class="summary-list">
    <dt>机关名称</dt><dd class="referral-agency">{{agency_name}}</dd>
    {{#contact}}<dt>联系方式</dt><dd class="pre-wrap">{{text:pre_escape}}</dd>{{/contact}}
  </dl>
  {{#refile}}
  <form class="no-print" method="post" action="{{base}}/apply/refile">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <p>{{agency_name}}在本平台受理政府信息公开申请。您可以一步向该机关提出内容相同的申请：申请人信息和所需信息与本申请相同，由该机关另行编号、另行确认收到并计算答复期限，提交后会得到新的申请编号和查询码。本申请保持不变。</p>
    <p class="form-actions"><button type="submit">向{{agency_name}}提出同样的申请</button></p>
  </form>
  {{/refile}}
  {{#refiled}}<p class="notice">您已于{{submitted_at}}（北京时间）向该机关提出同样的申请，申请编号 <strong>{{number}}</strong>。请使用该申请回执上的查询码查询其办理进度。</p>{{/refiled}}
</section>
{{/referral}}

{{#files}}
<section aria-labelledby="files-heading">
  <h2 id="files-heading">文书和答复文件</h2>
  <ul class="doc-list">
    {{#file}}<li><a href="{{base}}/apply/files/{{id}}" download>{{filename}}</a> <span class="meta">{{size}}</span></li>{{/file}}
  </ul>
</section>
{{/files}}

<h2>办理记录</h2>
<ol class="timeline">
  {{#events}}<li><time datetime="{{day}}">{{day_label}}</time> <strong>{{label}}</strong>{{#detail}}<div class="timeline-detail pre-wrap">{{text:pre_escape}}</div>{{/detail}}</li>{{/events}}
</ol>

{{#withdraw}}
<section class="withdraw-box no-print" aria-labelledby="withdraw-heading">
  <h2 id="withdraw-heading">撤回申请</h2>
  <p>在本机关答复之前，您可以撤回申请。</p>
  <form method="post" action="{{base}}/apply/withdraw">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit" class="secondary">撤回申请…</button>
  </form>
</section>
{{/withdraw}}
<p class="no-print"><a href="{{base}}/apply/status">查询其他申请</a></p>
