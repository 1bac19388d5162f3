{{%AUTOESCAPE context="HTML"}}
<h1>互动交流</h1>
<p class="hint">公众的咨询、建议和投诉按工作日计算答复期限；“我为政府网站找错”的报告由平台管理员处理。留言超过3个月未答复属“互动回应差”单项否决。列表中的姓名已部分隐去。</p>
<nav class="app-tabs" aria-label="按状态查看">
  <ul>
    {{#tabs}}<li><a href="{{base}}/admin/messages?state={{value}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/tabs}}
  </ul>
</nav>
{{#agency_box}}
<section aria-labelledby="agency-messages">
<h2 id="agency-messages">{{agency_name}}收到的留言</h2>
<p><a href="{{base}}/admin/messages-settings">答复期限设置</a>（审核人）</p>
{{>message_rows}}
</section>
{{/agency_box}}
{{#platform_box}}
<section aria-labelledby="platform-messages">
<h2 id="platform-messages">平台管理员收到的“我为政府网站找错”报告</h2>
{{>message_rows}}
</section>
{{/platform_box}}
