{{%AUTOESCAPE context="HTML"}}
<h1>申请进度查询</h1>
<p>请输入提交申请后回执上显示的申请编号和查询码。</p>
{{#problem}}
<div class="error-summary" role="alert">
  <p>{{message}}</p>
</div>
{{/problem}}
{{#form_has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
  <h2 id="error-summary-heading">有 {{error_count}} 处需要填写</h2>
  <ul>
    {{#form_errors}}<li><a href="#{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}
  </ul>
</div>
{{/form_has_errors}}
<form class="status-lookup" method="post" action="{{base}}/apply/status" accept-charset="utf-8">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#number_error}} has-error{{/number_error}}">
    <label for="number">申请编号 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="number-hint">例如：MZJ-2026-000123</p>
    {{#number_error}}<p class="field-error" id="number-error">{{message}}</p>{{/number_error}}
    <input type="text" id="number" name="number" maxlength="40" value="{{number}}" required autocomplete="off"{{#number_error}} aria-invalid="true"{{/number_error}} aria-describedby="number-hint{{#number_error}} number-error{{/number_error}}">
  </div>
  <div class="field{{#code_error}} has-error{{/code_error}}">
    <label for="code">查询码 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="code-hint">回执上显示的12位字母和数字，不区分大小写。</p>
    {{#code_error}}<p class="field-error" id="code-error">{{message}}</p>{{/code_error}}
    <input type="text" id="code" name="code" maxlength="32" value="{{code}}" required autocomplete="off" spellcheck="false" autocapitalize="characters"{{#code_error}} aria-invalid="true"{{/code_error}} aria-describedby="code-hint{{#code_error}} code-error{{/code_error}}">
  </div>
  <p class="form-actions"><button type="submit">查询</button></p>
</form>
<p>还没有申请？<a href="{{base}}/apply">在线提交政府信息公开申请</a>。遗失查询码的，请携带申请编号与本机关联系。</p>
