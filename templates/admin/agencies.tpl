{{%AUTOESCAPE context="HTML"}}
<h1>机构和联系方式</h1>
{{#own}}
<section aria-labelledby="own-heading">
<h2 id="own-heading">{{agency_name}}及其内设机构、下属单位</h2>
<p class="lead">公开在本机关栏目的“联系我们”（<a href="{{base}}/{{agency_code}}/contacts">/{{agency_code}}/contacts</a>）。由本机关审核人保存；职能、联系方式等的修改由另一位审核人审核发布后才公开（新增的内设机构或下属单位保存后即公开）。{{#can_create_unit}} <a class="button" href="{{base}}/admin/agencies/units/new">新增内设机构或下属单位</a>{{/can_create_unit}}</p>
<table class="data">
  <thead><tr><th scope="col">名称</th><th scope="col">类别</th><th scope="col">电话</th><th scope="col">排序</th></tr></thead>
  <tbody>
  {{#agencies}}<tr><td><a href="{{base}}/admin/agencies/{{id}}">{{name}}</a></td><td>{{kind_label}}</td><td>{{phone}}</td><td class="num">{{sort}}</td></tr>{{/agencies}}
  </tbody>
</table>
</section>
{{/own}}
{{#registry_list}}
<section aria-labelledby="registry-heading">
<h2 id="registry-heading">平台机关名录</h2>
<p class="lead">平台管理员（政务公开办）维护：每个机关在平台上有自己的栏目 /代码/ 。新建机关后，在“用户”中为它添加信息编辑和审核人。 <a class="button" href="{{base}}/admin/agencies/new">新增机关</a></p>
<div class="table-wrap">
<table class="data">
  <thead><tr><th scope="col">机关名称</th><th scope="col">代码</th><th scope="col">类别</th><th scope="col">统一社会信用代码</th><th scope="col" class="num">内设机构和下属单位</th><th scope="col" class="num">排序</th></tr></thead>
  <tbody>
  {{#agencies}}<tr><td><a href="{{base}}/admin/agencies/{{id}}">{{name}}</a></td><td><a href="{{base}}/{{code}}/">{{code}}</a></td><td>{{level_label}}</td><td>{{uscc}}</td><td class="num">{{unit_count}}</td><td class="num">{{sort}}</td></tr>{{/agencies}}
  </tbody>
</table>
</div>
</section>
{{/registry_list}}
