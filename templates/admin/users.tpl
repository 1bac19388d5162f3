{{%AUTOESCAPE context="HTML"}}
<h1>用户管理</h1>
{{#created}}<p class="notice" role="status">用户已创建。请通过安全渠道把初始密码告知本人，并提醒其登录后修改。</p>{{/created}}
<p><a class="button" href="{{base}}/admin/users/new">新建用户</a></p>
<form class="filter-bar" action="{{base}}/admin/users" method="get" aria-label="按机关筛选用户">
  <div class="field">
    <label for="f-agency">机关</label>
    <select id="f-agency" name="agency"><option value="">全部</option>{{#filter_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/filter_options}}</select>
  </div>
  <div class="field"><button type="submit">筛选</button></div>
</form>
<div class="table-wrap">
<table class="data">
  <caption class="visually-hidden">工作人员账户</caption>
  <thead><tr><th scope="col">用户名</th><th scope="col">姓名</th><th scope="col">角色</th><th scope="col">状态</th><th scope="col">操作</th></tr></thead>
  <tbody>
  {{#user}}
  <tr>
    <td>{{name}}</td>
    <td>{{display_name}}</td>
    <td>{{roles}}</td>
    <td>{{#active}}<span class="tag tag-active">启用</span>{{/active}}{{#inactive}}<span class="tag tag-inactive">已停用</span>{{/inactive}}</td>
    <td><a href="{{base}}/admin/users/{{id}}">编辑 {{name}}</a></td>
  </tr>
  {{/user}}
  </tbody>
</table>
</div>
<p class="hint">角色说明：平台管理员（政务公开办）管理机关名录、用户、站点设置、工作日历和审计日志，并查看平台监督；信息编辑撰写稿件；审核人审核、保密审查并发布；经办人办理依申请公开。后三种角色按机关授予，只在该机关内有效；一人可在多个机关兼任多个角色。</p>
