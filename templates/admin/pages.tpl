{{%AUTOESCAPE context="HTML"}}
<h1>页面</h1>
<p class="lead">各机关栏目中相同的固定页面（政府信息公开指南、政府信息公开制度、机构职能）和平台页面。保存后立即公开：机关页面须由本机关审核人保存，平台页面由平台管理员保存。</p>
{{#agency_pages}}
<h2>{{agency_name}}的页面</h2>
<table class="data">
  <thead><tr><th scope="col">页面</th><th scope="col">公开地址</th><th scope="col">最后更新</th></tr></thead>
  <tbody>
  {{#pages}}<tr><td><a href="{{base}}/admin/pages/{{slug}}">{{title}}</a></td><td><a href="{{base}}{{public_url}}">{{public_url}}</a></td><td>{{updated_on}}</td></tr>{{/pages}}
  </tbody>
</table>
{{/agency_pages}}
{{#platform_pages}}
<h2>平台页面</h2>
<table class="data">
  <thead><tr><th scope="col">页面</th><th scope="col">公开地址</th><th scope="col">最后更新</th></tr></thead>
  <tbody>
  {{#pages}}<tr><td><a href="{{base}}/admin/pages/{{slug}}">{{title}}</a></td><td><a href="{{base}}{{public_url}}">{{public_url}}</a></td><td>{{updated_on}}</td></tr>{{/pages}}
  </tbody>
</table>
{{/platform_pages}}
