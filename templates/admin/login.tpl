{{%AUTOESCAPE context="HTML"}}
<section class="admin-login" aria-labelledby="login-heading">
  <h1 id="login-heading">工作人员登录</h1>
  {{#notice}}<p class="notice" role="status">{{text}}</p>{{/notice}}
  {{#login_error}}<p class="error-summary" role="alert">{{text}}</p>{{/login_error}}
  <form action="{{base}}/admin/login" method="post">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <input type="hidden" name="next" value="{{next}}">
    <div class="field{{#name_error}} has-error{{/name_error}}">
      <label for="login-name">用户名</label>
      {{#name_error}}<p class="field-error" id="login-name-error">{{message}}</p>{{/name_error}}
      <input id="login-name" name="name" type="text" maxlength="64" autocomplete="username" required value="{{name}}">
    </div>
    <div class="field{{#password_error}} has-error{{/password_error}}">
      <label for="login-password">密码</label>
      {{#password_error}}<p class="field-error" id="login-password-error">{{message}}</p>{{/password_error}}
      <input id="login-password" name="password" type="password" maxlength="200" autocomplete="current-password" required>
    </div>
    <p><button type="submit">登录</button></p>
  </form>
  <p class="hint">连续5次输入错误后，账户将被锁定15分钟。忘记密码请联系系统管理员重置。</p>
</section>
