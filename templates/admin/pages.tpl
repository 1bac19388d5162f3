{{%AUTOESCAPE context="HTML"}}
<h1>页面</h1>
<p class="lead">公开指南、机构职能、无障碍声明等固定页面。保存后立即公开，须由审核人或系统管理员保存。</p>
<table class="data">
  <thead><tr><th scope="col">页面</th><th scope="col">公开地址</th><th scope="col">最后更新</th></tr></thead>
  <tbody>
  {{#pages}}<tr><td><a href="{{base}}/admin/pages/{{slug}}">{{title}}</a></td><td><a href="{{base}}/{{slug}}">/{{slug}}</a></td><td>{{updated_on}}</td></tr>{{/pages}}
  </tbody>
</table>
