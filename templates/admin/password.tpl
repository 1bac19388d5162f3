{{%AUTOESCAPE context="HTML"}}
<h1>修改密码</h1>
{{#must_change}}<p class="notice" role="status">您使用的是他人设定的一次性密码（如初始化时生成的密码）。请先设置自己的新密码，修改后才能使用其他功能。</p>{{/must_change}}
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
    <p class="hint" id="pw-new-hint">至少{{min_chars}}个字符，不能包含用户名，不能是常见单词或简单规律（如 password123、12345678、qwerty）。可以用一句只有您知道的话。</p>
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
