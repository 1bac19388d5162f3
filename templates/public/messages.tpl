{{%AUTOESCAPE context="HTML"}}
<h1>{{#agency}}{{agency_name}}{{/agency}}互动交流</h1>
<p>向{{#agency}}{{agency_name}}{{/agency}}{{#platform}}各机关{{/platform}}咨询政策、提出建议或者投诉：<a class="button" href="{{base}}{{write_url}}">我要写信</a> <a href="{{base}}/apply/message/status">查询答复</a>{{#agency}} · <a href="{{base}}{{stats_url}}">留言办理统计</a>{{/agency}} · <a href="{{base}}{{consultations_url}}">征集意见</a></p>
<p class="hint">下列是写信人同意公开、机关已答复的留言，不显示写信人的姓名和联系方式。</p>
{{#no_items}}<p class="notice">还没有公开的留言。</p>{{/no_items}}
{{#has_items}}
<ul class="item-list message-list">
  {{#item}}<li><a href="{{base}}{{url}}">{{subject}}</a> <span class="meta">{{kind}} · {{agency}} · 提问 <time datetime="{{asked_on}}">{{asked_on}}</time> · 答复 <time datetime="{{answered_on}}">{{answered_on}}</time></span></li>{{/item}}
</ul>
{{/has_items}}
<nav class="pager" aria-label="翻页">{{#prev}}<a href="{{base}}{{url}}" rel="prev">上一页</a>{{/prev}} {{#next}}<a href="{{base}}{{url}}" rel="next">下一页</a>{{/next}}</nav>
