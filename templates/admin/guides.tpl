{{%AUTOESCAPE context="HTML"}}
<h1>办事指南</h1>
<p class="lead">修改已发布的指南时先创建工作副本；副本审核发布前，公开网站一直显示原版。{{#can_create}} <a class="button" href="{{base}}/admin/guides/new">新建办事指南</a>{{/can_create}}</p>
<table class="data">
  <thead><tr><th scope="col">事项名称</th><th scope="col">状态</th><th scope="col">工作副本</th><th scope="col">更新日期</th></tr></thead>
  <tbody>
  {{#guides}}<tr><td><a href="{{base}}/admin/guides/{{id}}">{{name}}</a></td><td><span class="tag">{{status_label}}</span></td>
  <td>{{#copy}}<a href="{{base}}/admin/guides/{{copy_id}}">副本（{{copy_label}}）</a>{{/copy}}</td><td>{{updated_on}}</td></tr>{{/guides}}
  </tbody>
</table>
