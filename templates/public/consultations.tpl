{{%AUTOESCAPE context="HTML"}}
<h1>{{agency_name}}征集意见</h1>
<p>起草机关就政策文件草案等公开征求社会公众意见。征集期间，您可以在每项草案的页面阅读草案和起草说明并提交意见；征集结束后，起草机关公布意见采纳情况。{{#agency}}<a href="{{base}}{{messages_url}}">返回互动交流</a>{{/agency}}{{#platform}}<a href="{{base}}/messages">返回互动交流</a>{{/platform}}</p>
<h2>正在征集</h2>
{{#no_open}}<p class="notice">目前没有正在征集意见的事项。</p>{{/no_open}}
{{#has_open}}
<ul class="item-list consultation-list">
  {{#open_item}}<li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta"><span class="tag">{{state}}</span> · {{agency}} · 征集时间 <time datetime="{{starts_on}}">{{starts_on}}</time> 至 <time datetime="{{ends_on}}">{{ends_on}}</time> · 收到意见{{comments}}条</span></li>{{/open_item}}
</ul>
{{/has_open}}
<h2>已结束</h2>
{{#no_ended}}<p class="notice">还没有已结束的征集事项。</p>{{/no_ended}}
{{#has_ended}}
<ul class="item-list consultation-list">
  {{#ended_item}}<li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta"><span class="tag">{{state}}</span> · {{agency}} · 征集时间 <time datetime="{{starts_on}}">{{starts_on}}</time> 至 <time datetime="{{ends_on}}">{{ends_on}}</time> · 收到意见{{comments}}条{{#feedback}} · <a href="{{base}}{{url}}">意见采纳情况</a>{{/feedback}}</span></li>{{/ended_item}}
</ul>
{{/has_ended}}
