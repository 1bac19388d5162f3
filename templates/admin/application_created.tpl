{{%AUTOESCAPE context="HTML"}}
<h1>申请已登记</h1>
{{#repeat}}<p class="notice" role="status">这件申请在第一次提交时已经登记，没有重复登记。查询码只在第一次登记时显示。</p>{{/repeat}}
<dl class="app-facts app-created">
  <dt>受理机关</dt><dd>{{staff_agency_name}}</dd>
  <dt>申请编号</dt><dd><strong>{{number}}</strong></dd>
  {{#code}}<dt>查询码</dt><dd><strong class="app-access-code">{{access_code}}</strong></dd>{{/code}}
  <dt>收到日期</dt><dd>{{received_on}}</dd>
  <dt>答复期限</dt><dd>{{due_on}}</dd>
</dl>
{{#code}}<p class="notice">查询码只显示这一次，系统不保存明文。请现在把申请编号和查询码告知申请人（写入受理回执或电话告知），申请人凭此在网站“申请进度查询”中查看办理情况。</p>{{/code}}
<p><a class="button" href="{{base}}/admin/applications/{{id}}">打开这件申请</a> <a class="button secondary" href="{{base}}/admin/applications/new">再登记一件</a></p>
