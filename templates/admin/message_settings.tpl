{{%AUTOESCAPE context="HTML"}}
<h1>互动交流答复期限 <span class="app-agency">{{staff_agency_name}}</span></h1>
<p class="hint">收到留言之日为第0日，答复期限为其后的第N个工作日（按工作日历，不含节假日）。修改只影响此后收到或转来的留言。</p>
{{#saved}}<p class="notice" role="status">已保存。</p>{{/saved}}
{{#form_has_errors}}
<div class="error-summary" role="alert"><h2>有 {{error_count}} 处需要修改，尚未保存</h2>
<ul>{{#form_errors}}<li><a href="#{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul></div>
{{/form_has_errors}}
<form method="post" action="{{base}}/admin/messages-settings" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#days_consult_error}} has-error{{/days_consult_error}}">
    <label for="days_consult">咨询的答复期限（工作日，1至60）</label>
    {{#days_consult_error}}<p class="field-error" id="days_consult-error">{{message}}</p>{{/days_consult_error}}
    <input type="text" inputmode="numeric" id="days_consult" name="days_consult" maxlength="2" size="4" value="{{days_consult}}" required>
  </div>
  <div class="field{{#days_suggest_error}} has-error{{/days_suggest_error}}">
    <label for="days_suggest">建议的答复期限（工作日，1至60）</label>
    {{#days_suggest_error}}<p class="field-error" id="days_suggest-error">{{message}}</p>{{/days_suggest_error}}
    <input type="text" inputmode="numeric" id="days_suggest" name="days_suggest" maxlength="2" size="4" value="{{days_suggest}}" required>
  </div>
  <div class="field{{#days_complain_error}} has-error{{/days_complain_error}}">
    <label for="days_complain">投诉的答复期限（工作日，1至60）</label>
    {{#days_complain_error}}<p class="field-error" id="days_complain-error">{{message}}</p>{{/days_complain_error}}
    <input type="text" inputmode="numeric" id="days_complain" name="days_complain" maxlength="2" size="4" value="{{days_complain}}" required>
  </div>
  <p class="form-actions"><button type="submit">保存</button></p>
</form>
<p><a href="{{base}}/admin/messages">返回互动交流</a></p>
