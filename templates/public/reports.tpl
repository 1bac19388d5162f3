{{%AUTOESCAPE context="HTML"}}
<h1>政府信息公开工作年度报告</h1>
<p>根据《中华人民共和国政府信息公开条例》第四十九条，本机关于每年1月31日前公布上一年度的政府信息公开工作年度报告。</p>
{{#no_reports}}<p class="notice">暂无已公布的年度报告。</p>{{/no_reports}}
<ul class="doc-list report-list">
  {{#report}}
  <li><a href="{{base}}/reports/{{year}}">{{title}}</a> <span class="meta">{{year}}年度 · 发布日期 <time datetime="{{published_on}}">{{published_on}}</time></span></li>
  {{/report}}
</ul>
