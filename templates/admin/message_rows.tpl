{{%AUTOESCAPE context="HTML"}}
{{#no_rows}}<p class="notice">没有符合条件的留言。</p>{{/no_rows}}
{{#has_rows}}
<div class="table-wrap">
<table class="data app-list">
  <caption class="visually-hidden">{{caption}}</caption>
  <thead><tr><th scope="col">编号</th><th scope="col">类型</th><th scope="col">标题</th><th scope="col">写信人</th><th scope="col">状态</th><th scope="col">收到</th><th scope="col">答复期限</th><th scope="col">经办人</th></tr></thead>
  <tbody>
  {{#row}}<tr><td><a href="{{base}}/admin/messages/{{id}}">{{number}}</a></td><td>{{kind}}</td><td>{{subject}}</td><td>{{name}}</td><td>{{state}}</td><td>{{received_on}}</td><td>{{due_on}}{{#due}} <span class="due-text">{{text}}</span>{{/due}}{{#due_soon}} <strong class="due-soon">即将到期：{{text}}</strong>{{/due_soon}}{{#overdue}} <strong class="due-overdue">已逾期：{{text}}</strong>{{/overdue}}{{#veto}} <strong class="tag tag-inactive">{{text}}</strong>{{/veto}}</td><td>{{handler}}</td></tr>{{/row}}
  </tbody>
</table>
</div>
{{/has_rows}}
