{{%AUTOESCAPE context="HTML"}}
{{#create}}<h1>新建用户</h1>{{/create}}
{{#edit}}<h1>编辑用户：{{name}}</h1>
<p>当前角色：{{roles}}；状态：{{#active}}启用{{/active}}{{#inactive}}已停用{{/inactive}}{{#locked}}，已锁定至 {{until}}{{/locked}}</p>
{{/edit}}
{{#done}}<p class="notice" role="status">{{what}}</p>{{/done}}
<p><a href="{{base}}/admin/users">返回用户列表</a></p>
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#user-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form method="post" action="{{base}}{{#create}}/admin/users/new{{/create}}{{#edit}}/admin/users/{{id}}{{/edit}}" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  {{#create}}
  <div class="field{{#name_error}} has-error{{/name_error}}">
    <label for="user-name">用户名</label>
    <p class="hint">登录时使用，2至32个小写字母、数字、点、下划线或连字符，创建后不能修改。</p>
    {{#name_error}}<p class="field-error">{{message}}</p>{{/name_error}}
    <input id="user-name" name="name" type="text" maxlength="32" autocomplete="off" required value="{{name}}">
  </div>
  {{/create}}
  <div class="field{{#display_name_error}} has-error{{/display_name_error}}">
    <label for="user-display_name">姓名（显示名称）</label>
    {{#display_name_error}}<p class="field-error">{{message}}</p>{{/display_name_error}}
    <input id="user-display_name" name="display_name" type="text" maxlength="32" required value="{{display_name}}">
  </div>
  <fieldset class="field{{#role_admin_error}} has-error{{/role_admin_error}}">
    <legend>角色（可多选）</legend>
    {{#role_admin_error}}<p class="field-error">{{message}}</p>{{/role_admin_error}}
    <div class="checkbox-row">
      <label><input id="user-role_admin" type="checkbox" name="role_admin" value="1"{{#role_admin_checked}} checked{{/role_admin_checked}}> 系统管理员</label>
      <label><input type="checkbox" name="role_editor" value="1"{{#role_editor_checked}} checked{{/role_editor_checked}}> 信息编辑</label>
      <label><input type="checkbox" name="role_reviewer" value="1"{{#role_reviewer_checked}} checked{{/role_reviewer_checked}}> 审核人</label>
      <label><input type="checkbox" name="role_handler" value="1"{{#role_handler_checked}} checked{{/role_handler_checked}}> 经办人</label>
    </div>
  </fieldset>
  {{#create}}
  <div class="field{{#password_error}} has-error{{/password_error}}">
    <label for="user-password">初始密码</label>
    <p class="hint">至少{{min_chars}}个字符，不能与用户名相同。</p>
    {{#password_error}}<p class="field-error">{{message}}</p>{{/password_error}}
    <input id="user-password" name="password" type="password" maxlength="200" autocomplete="new-password" required>
  </div>
  {{/create}}
  <p><button type="submit">{{#create}}创建用户{{/create}}{{#edit}}保存{{/edit}}</button></p>
</form>
{{#edit}}
<h2>账户操作</h2>
<form method="post" action="{{base}}/admin/users/{{id}}/active" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <button type="submit" class="secondary">{{#active}}停用此账户{{/active}}{{#inactive}}重新启用此账户{{/inactive}}</button>
</form>
<form method="post" action="{{base}}/admin/users/{{id}}/unlock" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <button type="submit" class="secondary">解除锁定</button>
</form>
<form method="post" action="{{base}}/admin/users/{{id}}/password" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field">
    <label for="reset-password">重置密码</label>
    <p class="hint">至少10个字符。重置后该用户的所有登录将被退出。</p>
    <input id="reset-password" name="password" type="password" maxlength="200" autocomplete="new-password" required>
  </div>
  <p><button type="submit" class="secondary">重置密码</button></p>
</form>
{{/edit}}
