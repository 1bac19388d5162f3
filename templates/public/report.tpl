{{%AUTOESCAPE context="HTML"}}
<article class="annual-report{{#template_format}} annual-report-template{{/template_format}}">
  <h1>{{title}}</h1>
  <p class="meta">发布机关：<a href="{{base}}{{agency_url}}">{{agency_name}}</a>　报告年度：{{year}}年　发布日期：<time datetime="{{published_on}}">{{published_on}}</time></p>
  {{#body}}<div class="markdown">{{html:none}}</div>{{/body}}
  {{#section1}}<section aria-labelledby="report-s1"><h2 id="report-s1">一、总体情况</h2><div class="markdown">{{html:none}}</div></section>{{/section1}}
  {{>report_tables}}{{! issue 6: sections 二-四 of reports in the national template's format }}
  {{#section5}}<section aria-labelledby="report-s5"><h2 id="report-s5">五、存在的主要问题及改进情况</h2><div class="markdown">{{html:none}}</div></section>{{/section5}}
  {{#section6}}<section aria-labelledby="report-s6"><h2 id="report-s6">六、其他需要报告的事项</h2><div class="markdown">{{html:none}}</div></section>{{/section6}}
</article>
<p class="more no-print"><a href="{{base}}{{reports_url}}">{{agency_name}}全部年度报告</a> · <a href="{{base}}{{agency_url}}">返回{{agency_name}}政府信息公开栏目</a></p>
