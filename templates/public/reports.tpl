{{%AUTOESCAPE context="HTML"}}
<h1>政府信息公开年报</h1>
<p class="meta">发布机关：<a href="{{base}}{{agency_url}}">{{agency_name}}</a></p>
<p>根据《中华人民共和国政府信息公开条例》第四十九条，{{agency_name}}于每年1月31日前公布上一年度的政府信息公开工作年度报告。</p>
{{#no_reports}}<p class="notice">暂无已公布的年度报告。</p>{{/no_reports}}
<ul class="doc-list report-list">
  {{#report}}
  <li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta">{{year}}年度 · 发布日期 <time datetime="{{published_on}}">{{published_on}}</time></span></li>
  {{/report}}
</ul>
<p class="more no-print"><a href="{{base}}{{agency_url}}">返回{{agency_name}}政府信息公开栏目</a></p>
