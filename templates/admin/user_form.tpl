{{%AUTOESCAPE context="HTML"}}
{{#create}}<h1>新建用户</h1>{{/create}}
{{#edit}}<h1>编辑用户：{{name}}</h1>
<p>当前角色：{{roles}}；状态：{{#active}}启用{{/active}}{{#inactive}}已停用{{/inactive}}</p>
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
    <legend>平台角色</legend>
    {{#role_admin_error}}<p class="field-error">{{message}}</p>{{/role_admin_error}}
    <label><input id="user-role_admin" type="checkbox" name="role_admin" value="1"{{#role_admin_checked}} checked{{/role_admin_checked}}> 平台管理员</label>
    <p class="hint">政务公开办：管理机关名录、用户、站点设置、工作日历、审计日志和平台监督。不含任何机关的编辑、审核或办理权限。</p>
  </fieldset>
  {{#create}}
  <fieldset class="field{{#agency_id_error}} has-error{{/agency_id_error}}">
    <legend>所在机关的角色</legend>
    {{#agency_id_error}}<p class="field-error">{{message}}</p>{{/agency_id_error}}
    <label for="user-agency_id">机关</label>
    <select id="user-agency_id" name="agency_id"><option value="">（不在机关任职）</option>{{#agency_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/agency_options}}</select>
    <div class="checkbox-row">
      <label><input type="checkbox" name="role_editor" value="1"{{#role_editor_checked}} checked{{/role_editor_checked}}> 信息编辑</label>
      <label><input type="checkbox" name="role_reviewer" value="1"{{#role_reviewer_checked}} checked{{/role_reviewer_checked}}> 审核人</label>
      <label><input type="checkbox" name="role_signer" value="1"{{#role_signer_checked}} checked{{/role_signer_checked}}> 审签人（两级审核时发布）</label>
      <label><input type="checkbox" name="role_handler" value="1"{{#role_handler_checked}} checked{{/role_handler_checked}}> 经办人</label>
    </div>
    <p class="hint">在其他机关的角色可在创建后于“编辑用户”中添加。</p>
  </fieldset>
  {{/create}}
  {{#edit}}
  <fieldset class="field">
    <legend>各机关的角色</legend>
    <p class="hint">信息编辑、审核人和经办人的权限只在所勾选的机关内有效；用户登录后在页头切换所在机关。</p>
    <div class="table-wrap">
    <table class="data compact role-matrix">
      <thead><tr><th scope="col">机关</th>{{#matrix_head}}<th scope="col">{{label}}</th>{{/matrix_head}}</tr></thead>
      <tbody>
      {{#matrix_row}}<tr><th scope="row">{{agency_name}}</th>{{#cell}}<td><label><input type="checkbox" name="{{field}}" value="1"{{#checked}} checked{{/checked}}><span class="visually-hidden">{{agency_name}}{{label}}</span></label></td>{{/cell}}</tr>{{/matrix_row}}
      </tbody>
    </table>
    </div>
  </fieldset>
  {{/edit}}
  {{#create}}
  <div class="field{{#password_error}} has-error{{/password_error}}">
    <label for="user-password">初始密码</label>
    <p class="hint">至少{{min_chars}}个字符，不能包含用户名，不能是常见单词或简单规律（如 password123、12345678）。</p>
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
{{#digest_email}}
<form method="post" action="{{base}}/admin/users/{{id}}/email" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#email_error}} has-error{{/email_error}}">
    <label for="digest-email">电子邮箱（每日办理提醒）</label>
    <p class="hint" id="digest-email-hint">经办人每天收到本人和未指派的申请中新收到、3个工作日内到期和已逾期的提醒，平台管理员收到全平台逾期申请的提醒。留空则不发送。</p>
    {{#email_error}}<p class="field-error" id="digest-email-error">{{message}}</p>{{/email_error}}
    <input id="digest-email" name="email" type="email" maxlength="254" value="{{email}}" autocomplete="off"{{#email_error}} aria-invalid="true"{{/email_error}} aria-describedby="digest-email-hint{{#email_error}} digest-email-error{{/email_error}}">
  </div>
  <p><button type="submit" class="secondary">保存电子邮箱</button></p>
</form>
{{/digest_email}}
<form method="post" action="{{base}}/admin/users/{{id}}/password" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field">
    <label for="reset-password">重置密码</label>
    <p class="hint">至少10个字符，不能是常见单词或简单规律。重置后该用户的所有登录将被退出。</p>
    <input id="reset-password" name="password" type="password" maxlength="200" autocomplete="new-password" required>
  </div>
  <p><button type="submit" class="secondary">重置密码</button></p>
</form>
{{/edit}}
