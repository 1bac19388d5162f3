{{%AUTOESCAPE context="HTML"}}
<h1>{{heading}}</h1>
<div class="apply-intro">
  {{#to_agency}}<p>您可以向本平台上的各机关咨询政策、提出建议或者投诉。所选机关一般在{{default_days}}个工作日内答复（各机关可另定期限，以回执为准）。提交成功后会显示留言编号和查询码，请记下，用于<a href="{{base}}/apply/message/status">查询答复</a>。</p>{{/to_agency}}
  {{#error_report}}<p>发现本网站的页面有错误（内容错误、链接失效、无法访问、错别字等），请告诉我们。您的报告直接送交平台管理员（政务公开办）。</p>{{/error_report}}
  <p>带 <span class="required">*</span> 的为必填项。姓名、电话和电子邮箱只用于答复您，不会公开。</p>
</div>
{{#problem}}
<div class="error-summary" role="alert">
  <h2>留言尚未提交</h2>
  <p>{{message}}</p>
</div>
{{/problem}}
{{#form_has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
  <h2 id="error-summary-heading">有 {{error_count}} 处需要修改，留言尚未提交</h2>
  <p>您填写的内容都已保留，请按下列提示修改后再次提交：</p>
  <ul>
    {{#form_errors}}<li><a href="#{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}
  </ul>
</div>
{{/form_has_errors}}
<form class="apply-form" method="post" action="{{base}}/apply/message" accept-charset="utf-8" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <input type="hidden" name="idempotency_key" value="{{idempotency_key}}">
{{#to_agency}}
  <div class="field{{#agency_error}} has-error{{/agency_error}}">
    <label for="agency">写信对象（机关） <span class="required" aria-hidden="true">*</span></label>
    {{#agency_error}}<p class="field-error" id="agency-error">{{message}}</p>{{/agency_error}}
    <select id="agency" name="agency" required{{#agency_error}} aria-invalid="true" aria-describedby="agency-error"{{/agency_error}}>
      <option value="">请选择机关</option>
      {{#agency_groups}}<optgroup label="{{group}}">{{#agency_options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agency_options}}</optgroup>{{/agency_groups}}
    </select>
  </div>
  <fieldset class="field choice-group{{#kind_error}} has-error{{/kind_error}}"{{#kind_error}} aria-describedby="kind-error"{{/kind_error}}>
    <legend>留言类型 <span class="required" aria-hidden="true">*</span></legend>
    {{#kind_error}}<p class="field-error" id="kind-error">{{message}}</p>{{/kind_error}}
    <div class="choices">
      <label class="choice" for="kind"><input type="radio" id="kind" name="kind" value="consult" required{{#kind_is_consult}} checked{{/kind_is_consult}}> 咨询</label>
      <label class="choice" for="kind-suggest"><input type="radio" id="kind-suggest" name="kind" value="suggest" required{{#kind_is_suggest}} checked{{/kind_is_suggest}}> 建议</label>
      <label class="choice" for="kind-complain"><input type="radio" id="kind-complain" name="kind" value="complain" required{{#kind_is_complain}} checked{{/kind_is_complain}}> 投诉</label>
    </div>
  </fieldset>
{{/to_agency}}
{{#error_report}}
  <input type="hidden" name="kind" value="error">
  <div class="field{{#page_error}} has-error{{/page_error}}">
    <label for="page">出错页面地址 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="page-hint">从出错页面底部的“我为政府网站找错”进入时已自动填好，例如 /mzj/catalogue/4。</p>
    {{#page_error}}<p class="field-error" id="page-error">{{message}}</p>{{/page_error}}
    <input type="text" id="page" name="page" maxlength="500" value="{{page}}" required{{#page_error}} aria-invalid="true"{{/page_error}} aria-describedby="page-hint{{#page_error}} page-error{{/page_error}}">
  </div>
{{/error_report}}
  <div class="field{{#subject_error}} has-error{{/subject_error}}">
    <label for="subject">标题 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="subject-hint">不超过50个字。</p>
    {{#subject_error}}<p class="field-error" id="subject-error">{{message}}</p>{{/subject_error}}
    <input type="text" id="subject" name="subject" maxlength="50" value="{{subject}}" required{{#subject_error}} aria-invalid="true"{{/subject_error}} aria-describedby="subject-hint{{#subject_error}} subject-error{{/subject_error}}">
  </div>
  <div class="field{{#body_error}} has-error{{/body_error}}">
    <label for="body">留言内容 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="body-hint">不超过2000个字，最多包含{{max_links}}个网址。请不要在内容中写身份证号码等个人信息。</p>
    {{#body_error}}<p class="field-error" id="body-error">{{message}}</p>{{/body_error}}
    <textarea id="body" name="body" rows="8" maxlength="2000" required{{#body_error}} aria-invalid="true"{{/body_error}} aria-describedby="body-hint{{#body_error}} body-error{{/body_error}}">{{body}}</textarea>
  </div>
  <div class="field{{#name_error}} has-error{{/name_error}}">
    <label for="name">姓名 <span class="required" aria-hidden="true">*</span></label>
    {{#name_error}}<p class="field-error" id="name-error">{{message}}</p>{{/name_error}}
    <input type="text" id="name" name="name" maxlength="30" value="{{name}}" required autocomplete="name"{{#name_error}} aria-invalid="true" aria-describedby="name-error"{{/name_error}}>
  </div>
  <div class="field{{#phone_error}} has-error{{/phone_error}}">
    <label for="phone">联系电话 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="phone-hint">手机号码或固定电话，如 13905634567 或 0563-4116396。</p>
    {{#phone_error}}<p class="field-error" id="phone-error">{{message}}</p>{{/phone_error}}
    <input type="tel" id="phone" name="phone" maxlength="30" value="{{phone}}" required autocomplete="tel"{{#phone_error}} aria-invalid="true"{{/phone_error}} aria-describedby="phone-hint{{#phone_error}} phone-error{{/phone_error}}">
  </div>
  <div class="field{{#email_error}} has-error{{/email_error}}">
    <label for="email">电子邮箱</label>
    {{#email_error}}<p class="field-error" id="email-error">{{message}}</p>{{/email_error}}
    <input type="email" id="email" name="email" maxlength="254" value="{{email}}" autocomplete="email"{{#email_error}} aria-invalid="true" aria-describedby="email-error"{{/email_error}}>
  </div>
  {{>notice_choice}}
{{#to_agency}}
  <div class="field checkbox">
    <label class="choice" for="consent"><input type="checkbox" id="consent" name="consent" value="1"{{#consent_checked}} checked{{/consent_checked}} aria-describedby="consent-hint"> 同意公开我的留言和答复</label>
    <p class="hint" id="consent-hint">同意后，机关可以在“互动交流”栏目公开留言的问题和答复，供他人参考；公开时不显示您的姓名、电话和电子邮箱，其他个人信息也会删去。不同意则只答复您本人。</p>
  </div>
{{/to_agency}}
  <div class="honeypot" aria-hidden="true">
    <label for="website">网址（请勿填写此栏）</label>
    <input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
  </div>
  <p class="form-actions"><button type="submit">提交留言</button></p>
</form>
<p>已经留言？<a href="{{base}}/apply/message/status">查询答复</a>。看看<a href="{{base}}/messages">他人的问题和答复</a>。</p>
