{{%AUTOESCAPE context="HTML"}}
<h1>修改密码</h1>
{{#done}}<p class="notice" role="status">密码已修改。您在其他设备上的登录已全部退出。</p>{{/done}}
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#pw-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}/admin/password" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#current_error}} has-error{{/current_error}}">
    <label for="pw-current">当前密码</label>
    {{#current_error}}<p class="field-error">{{message}}</p>{{/current_error}}
    <input id="pw-current" name="current" type="password" maxlength="200" autocomplete="current-password" required>
  </div>
  <div class="field{{#new_password_error}} has-error{{/new_password_error}}">
    <label for="pw-new_password">新密码</label>
    <p class="hint" id="pw-new-hint">至少{{min_chars}}个字符，不能与用户名相同。</p>
    {{#new_password_error}}<p class="field-error">{{message}}</p>{{/new_password_error}}
    <input id="pw-new_password" name="new_password" type="password" maxlength="200" autocomplete="new-password" aria-describedby="pw-new-hint" required>
  </div>
  <div class="field{{#confirm_error}} has-error{{/confirm_error}}">
    <label for="pw-confirm">再次输入新密码</label>
    {{#confirm_error}}<p class="field-error">{{message}}</p>{{/confirm_error}}
    <input id="pw-confirm" name="confirm" type="password" maxlength="200" autocomplete="new-password" required>
  </div>
  <p><button type="submit">保存新密码</button></p>
</form>
