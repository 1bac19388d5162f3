{{%AUTOESCAPE context="HTML"}}
<h1>机构和联系方式</h1>
<p class="lead">公开在“联系我们”页面。保存后立即公开，须由审核人或系统管理员保存。{{#can_create}} <a class="button" href="{{base}}/admin/agencies/new">新增机构</a>{{/can_create}}</p>
<table class="data">
  <thead><tr><th scope="col">名称</th><th scope="col">类别</th><th scope="col">电话</th><th scope="col">排序</th></tr></thead>
  <tbody>
  {{#agencies}}<tr><td><a href="{{base}}/admin/agencies/{{id}}">{{name}}</a></td><td>{{kind_label}}</td><td>{{phone}}</td><td class="num">{{sort}}</td></tr>{{/agencies}}
  </tbody>
</table>
