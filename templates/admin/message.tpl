{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/messages">返回互动交流</a></p>
<h1>留言 {{number}}：{{subject}}</h1>
<dl class="summary-list">
  <dt>办理机关</dt><dd>{{agency}}</dd>
  <dt>类型</dt><dd>{{kind}}</dd>
  <dt>状态</dt><dd><strong>{{state}}</strong></dd>
  <dt>提交时间</dt><dd>{{submitted_at}}</dd>
  <dt>收到（期限起算）</dt><dd>{{received_on}}</dd>
  <dt>答复期限</dt><dd>{{due_on}} {{due_text}}</dd>
  <dt>经办人</dt><dd>{{handler}}</dd>
  <dt>写信人</dt><dd>{{name}}</dd>
  <dt>联系电话</dt><dd>{{phone}}</dd>
  <dt>电子邮箱</dt><dd>{{email}}</dd>
  <dt>是否同意公开</dt><dd>{{consent}}</dd>
  {{#page}}<dt>出错页面</dt><dd><a href="{{base}}{{page_path}}">{{page_path}}</a></dd>{{/page}}
  {{#published}}<dt>已公开</dt><dd><a href="{{base}}{{url}}">查看公开页面</a></dd>{{/published}}
</dl>
<h2>留言内容</h2>
<p class="pre-wrap">{{body}}</p>
{{#reply}}<h2>答复</h2><p class="pre-wrap">{{reply_text}}</p>{{/reply}}
{{#refused}}<h2>不予受理</h2><p>理由：{{reason}}</p>{{/refused}}
{{#no_consent}}<p class="notice">写信人不同意公开，这条留言只答复写信人本人。</p>{{/no_consent}}
<h2 id="notices-heading">通知写信人</h2>
<p>写信人选择的答复通知：{{notify_choice}}</p>
{{#action_resend}}{{#notice_id_error}}<p class="error-summary" role="alert">{{message}}</p>{{/notice_id_error}}{{/action_resend}}
{{>notice_rows}}
<h2>办理</h2>
{{#action_reply}}
<details class="app-action"{{#open}} open{{/open}}><summary>{{label}}</summary>
<form method="post" action="{{base}}/admin/messages/{{id}}/reply" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#reply_text_error}} has-error{{/reply_text_error}}">
    <label for="reply_text">答复内容（写信人在“留言查询”中看到）</label>
    {{#reply_text_error}}<p class="field-error" id="reply_text-error">{{message}}</p>{{/reply_text_error}}
    <textarea id="reply_text" name="reply_text" rows="8" maxlength="4000" required>{{reply_text}}</textarea>
  </div>
  <p class="form-actions"><button type="submit">发送答复</button></p>
</form></details>
{{/action_reply}}
{{#action_assign}}
<details class="app-action"{{#open}} open{{/open}}><summary>{{label}}</summary>
<form method="post" action="{{base}}/admin/messages/{{id}}/assign" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#user_error}} has-error{{/user_error}}">
    <label for="user">经办人</label>
    {{#user_error}}<p class="field-error" id="user-error">{{message}}</p>{{/user_error}}
    <select id="user" name="user"><option value="">请选择</option>{{#handler_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/handler_options}}</select>
  </div>
  <p class="form-actions"><button type="submit">分派</button></p>
</form></details>
{{/action_assign}}
{{#action_transfer}}
<details class="app-action"{{#open}} open{{/open}}><summary>{{label}}</summary>
<form method="post" action="{{base}}/admin/messages/{{id}}/transfer" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <p class="hint">转交后由对方机关办理，答复期限自转交之日起在对方重新计算；写信人在“留言查询”中可以看到转交记录。</p>
  <div class="field{{#to_agency_error}} has-error{{/to_agency_error}}">
    <label for="to_agency">转交给</label>
    {{#to_agency_error}}<p class="field-error" id="to_agency-error">{{message}}</p>{{/to_agency_error}}
    <select id="to_agency" name="to_agency"><option value="">请选择机关</option>{{#agency_groups}}<optgroup label="{{group}}">{{#agency_options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agency_options}}</optgroup>{{/agency_groups}}</select>
  </div>
  <div class="field{{#transfer_reason_error}} has-error{{/transfer_reason_error}}">
    <label for="transfer_reason">转交原因（写信人可见）</label>
    {{#transfer_reason_error}}<p class="field-error" id="transfer_reason-error">{{message}}</p>{{/transfer_reason_error}}
    <input type="text" id="transfer_reason" name="transfer_reason" maxlength="200" value="{{transfer_reason}}" required>
  </div>
  <p class="form-actions"><button type="submit">转交</button></p>
</form></details>
{{/action_transfer}}
{{#action_refuse}}
<details class="app-action"{{#open}} open{{/open}}><summary>{{label}}</summary>
<form method="post" action="{{base}}/admin/messages/{{id}}/refuse" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#reason_error}} has-error{{/reason_error}}">
    <label for="reason">不予受理的理由（写信人可见）</label>
    {{#reason_error}}<p class="field-error" id="reason-error">{{message}}</p>{{/reason_error}}
    <input type="text" id="reason" name="reason" maxlength="200" value="{{reason}}" required>
  </div>
  <p class="form-actions"><button type="submit">不予受理</button></p>
</form></details>
{{/action_refuse}}
{{#action_publish}}
<details class="app-action"{{#open}} open{{/open}}><summary>{{label}}</summary>
<form method="post" action="{{base}}/admin/messages/{{id}}/publish" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <p class="hint">写信人同意公开。请删去问题和答复中的个人信息（姓名、电话、住址、证件号码等）；写信人的姓名、电话和电子邮箱不会公开。</p>
  <div class="field{{#pub_subject_error}} has-error{{/pub_subject_error}}">
    <label for="pub_subject">公开的标题</label>
    {{#pub_subject_error}}<p class="field-error" id="pub_subject-error">{{message}}</p>{{/pub_subject_error}}
    <input type="text" id="pub_subject" name="pub_subject" maxlength="50" value="{{pub_subject}}" required>
  </div>
  <div class="field{{#pub_question_error}} has-error{{/pub_question_error}}">
    <label for="pub_question">公开的问题</label>
    {{#pub_question_error}}<p class="field-error" id="pub_question-error">{{message}}</p>{{/pub_question_error}}
    <textarea id="pub_question" name="pub_question" rows="6" maxlength="2000" required>{{pub_question}}</textarea>
  </div>
  <div class="field{{#pub_answer_error}} has-error{{/pub_answer_error}}">
    <label for="pub_answer">公开的答复</label>
    {{#pub_answer_error}}<p class="field-error" id="pub_answer-error">{{message}}</p>{{/pub_answer_error}}
    <textarea id="pub_answer" name="pub_answer" rows="8" maxlength="4000" required>{{pub_answer}}</textarea>
  </div>
  <p class="form-actions"><button type="submit">公开发布</button></p>
</form></details>
{{/action_publish}}
{{#action_unpublish}}
<form method="post" action="{{base}}/admin/messages/{{id}}/unpublish">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <p class="form-actions"><button type="submit" class="secondary">{{label}}</button></p>
</form>
{{/action_unpublish}}
{{#action_note}}
<details class="app-action"{{#open}} open{{/open}}><summary>{{label}}</summary>
<form method="post" action="{{base}}/admin/messages/{{id}}/note" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#note_error}} has-error{{/note_error}}">
    <label for="note">内部备注（写信人看不到）</label>
    {{#note_error}}<p class="field-error" id="note-error">{{message}}</p>{{/note_error}}
    <textarea id="note" name="note" rows="3" maxlength="1000" required>{{note}}</textarea>
  </div>
  <p class="form-actions"><button type="submit">添加备注</button></p>
</form></details>
{{/action_note}}
<h2>办理过程</h2>
<ol class="timeline">
  {{#event}}<li><span class="meta">{{at}}</span> {{label}}{{#internal}}（内部）{{/internal}} · {{who}} {{text}}</li>{{/event}}
</ol>
