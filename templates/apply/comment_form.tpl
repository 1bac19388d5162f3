{{%AUTOESCAPE context="HTML"}}
<h1>提交意见：{{title}}</h1>
<div class="apply-intro">
  <p>{{agency_name}}就<a href="{{base}}{{page_url}}">《{{title}}》</a>公开征求意见，征集时间为{{starts_on}}至{{ends_on}}。请先阅读草案及起草说明，再提出您的意见和建议。</p>
  <p>带 <span class="required">*</span> 的为必填项。请留下姓名和至少一种联系方式（电话或电子邮箱），以便起草机关就您的意见与您联系；姓名和联系方式不会公开。意见经工作人员审核后计入收到的意见数，征集结束后起草机关公布意见采纳情况。</p>
</div>
{{#problem}}
<div class="error-summary" role="alert">
  <h2>意见尚未提交</h2>
  <p>{{message}}</p>
</div>
{{/problem}}
{{#form_has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
  <h2 id="error-summary-heading">有 {{error_count}} 处需要修改，意见尚未提交</h2>
  <p>您填写的内容都已保留，请按下列提示修改后再次提交：</p>
  <ul>
    {{#form_errors}}<li><a href="#{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}
  </ul>
</div>
{{/form_has_errors}}
{{#closed}}
{{#kept}}<h2>您填写的意见</h2>
<p class="hint">意见未能提交。内容保留在下面，您可以复制保存。</p>
<p class="pre-wrap kept-text">{{body}}</p>{{/kept}}
<p><a href="{{base}}{{page_url}}">返回征集事项</a></p>
{{/closed}}
{{#open}}
<form class="apply-form" method="post" action="{{base}}/apply/comment" accept-charset="utf-8" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <input type="hidden" name="idempotency_key" value="{{idempotency_key}}">
  <input type="hidden" name="consultation" value="{{consultation}}">
  <div class="field{{#body_error}} has-error{{/body_error}}">
    <label for="body">意见内容 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="body-hint">不超过{{max_chars}}个字，最多包含{{max_links}}个网址。可以写明针对草案的第几条，以及修改建议和理由。请不要在内容中写身份证号码等个人信息。</p>
    {{#body_error}}<p class="field-error" id="body-error">{{message}}</p>{{/body_error}}
    <textarea id="body" name="body" rows="10" maxlength="{{max_chars}}" required{{#body_error}} aria-invalid="true"{{/body_error}} aria-describedby="body-hint{{#body_error}} body-error{{/body_error}}">{{body}}</textarea>
  </div>
  <div class="field{{#name_error}} has-error{{/name_error}}">
    <label for="name">姓名 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="name-hint">以单位名义提意见的，可填写单位名称和联系人。</p>
    {{#name_error}}<p class="field-error" id="name-error">{{message}}</p>{{/name_error}}
    <input type="text" id="name" name="name" maxlength="30" value="{{name}}" required autocomplete="name"{{#name_error}} aria-invalid="true"{{/name_error}} aria-describedby="name-hint{{#name_error}} name-error{{/name_error}}">
  </div>
  <div class="field{{#phone_error}} has-error{{/phone_error}}">
    <label for="phone">联系电话</label>
    <p class="hint" id="phone-hint">联系电话和电子邮箱至少填写一项。手机号码或固定电话，如 13905634567 或 0563-4116396。</p>
    {{#phone_error}}<p class="field-error" id="phone-error">{{message}}</p>{{/phone_error}}
    <input type="tel" id="phone" name="phone" maxlength="30" value="{{phone}}" autocomplete="tel"{{#phone_error}} aria-invalid="true"{{/phone_error}} aria-describedby="phone-hint{{#phone_error}} phone-error{{/phone_error}}">
  </div>
  <div class="field{{#email_error}} has-error{{/email_error}}">
    <label for="email">电子邮箱</label>
    {{#email_error}}<p class="field-error" id="email-error">{{message}}</p>{{/email_error}}
    <input type="email" id="email" name="email" maxlength="254" value="{{email}}" autocomplete="email"{{#email_error}} aria-invalid="true" aria-describedby="email-error"{{/email_error}}>
  </div>
  <div class="honeypot" aria-hidden="true">
    <label for="website">网址（请勿填写此栏）</label>
    <input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
  </div>
  <p class="form-actions"><button type="submit">提交意见</button></p>
</form>
{{/open}}
