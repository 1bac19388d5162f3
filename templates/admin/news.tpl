{{%AUTOESCAPE context="HTML"}}
<h1>工作动态</h1>
<p class="lead">编辑起草并提交审核，审核人完成保密审查后发布。{{#can_create}} <a class="button" href="{{base}}/admin/news/new">新建工作动态</a>{{/can_create}}</p>
<table class="data">
  <thead><tr><th scope="col">标题</th><th scope="col">状态</th><th scope="col">发布日期</th></tr></thead>
  <tbody>
  {{#news}}<tr><td><a href="{{base}}/admin/news/{{id}}">{{title}}</a></td><td><span class="tag">{{status_label}}</span></td><td>{{published_on}}</td></tr>{{/news}}
  </tbody>
</table>
