{{%AUTOESCAPE context="HTML"}}
<h1>征集意见</h1>
<p class="lead">编辑起草征求意见稿并上传草案文件，提交审核；审核人完成保密审查后发布。征集结束后，编辑填写意见采纳情况，同样经审核后公布。{{#can_create}} <a class="button" href="{{base}}/admin/consultations/new">新建征集意见</a>{{/can_create}}</p>
<table class="data">
  <thead><tr><th scope="col">草案名称</th><th scope="col">状态</th><th scope="col">征集时间</th><th scope="col">征集情况</th><th scope="col">有效意见</th><th scope="col">意见采纳情况</th></tr></thead>
  <tbody>
  {{#consultation}}<tr><td data-label="草案名称"><a href="{{base}}/admin/consultations/{{id}}">{{title}}</a></td><td data-label="状态"><span class="tag">{{status_label}}</span></td><td data-label="征集时间">{{dates}}</td><td data-label="征集情况">{{phase}}</td><td data-label="有效意见"><a href="{{base}}/admin/consultations/{{id}}/comments">{{comments}}条</a></td><td data-label="意见采纳情况">{{feedback}}</td></tr>{{/consultation}}
  </tbody>
</table>
