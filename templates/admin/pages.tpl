{{%AUTOESCAPE context="HTML"}}
<h1>页面</h1>
<p class="lead">各机关栏目中相同的固定页面（政府信息公开指南、政府信息公开制度、机构职能）和平台页面。修改保存后进入审核，公开页面保持原来的内容，直到另一位审核人（平台页面：另一位平台管理员）审核发布；修改人本人不能发布自己的修改。</p>
{{#agency_pages}}
<h2>{{agency_name}}的页面</h2>
<table class="data">
  <thead><tr><th scope="col">页面</th><th scope="col">公开地址</th><th scope="col">最后发布</th><th scope="col">修改</th></tr></thead>
  <tbody>
  {{#pages}}<tr><td><a href="{{base}}/admin/pages/{{slug}}">{{title}}</a></td><td><a href="{{base}}{{public_url}}">{{public_url}}</a></td><td>{{updated_on}}</td><td>{{#working}}{{status_label}}{{/working}}</td></tr>{{/pages}}
  </tbody>
</table>
{{/agency_pages}}
{{#platform_pages}}
<h2>平台页面</h2>
<table class="data">
  <thead><tr><th scope="col">页面</th><th scope="col">公开地址</th><th scope="col">最后发布</th><th scope="col">修改</th></tr></thead>
  <tbody>
  {{#pages}}<tr><td><a href="{{base}}/admin/pages/{{slug}}">{{title}}</a></td><td><a href="{{base}}{{public_url}}">{{public_url}}</a></td><td>{{updated_on}}</td><td>{{#working}}{{status_label}}{{/working}}</td></tr>{{/pages}}
  </tbody>
</table>
{{/platform_pages}}
