{{%AUTOESCAPE context="HTML"}}
<h1>工作动态</h1>
{{#no_news}}<p class="notice">暂无工作动态。</p>{{/no_news}}
<ul class="doc-list news-list">
  {{#news}}
  <li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta">{{agency}} <time datetime="{{published_on}}">{{published_on}}</time></span></li>
  {{/news}}
</ul>
{{#pager}}
<nav class="pagination" aria-label="分页">
  <p>第 {{page}} 页，共 {{pages}} 页</p>
  <ul>
    {{#prev}}<li><a href="{{base}}{{url}}" rel="prev">上一页</a></li>{{/prev}}
    {{#page_link}}<li>{{#other}}<a href="{{base}}{{url}}" aria-label="第{{number}}页">{{number}}</a>{{/other}}{{#current}}<span aria-current="page">{{number}}</span>{{/current}}</li>{{/page_link}}
    {{#next}}<li><a href="{{base}}{{url}}" rel="next">下一页</a></li>{{/next}}
  </ul>
</nav>
{{/pager}}
<p class="more"><a href="{{base}}/{{agency_code}}/feed.atom">订阅本机关的更新（Atom）</a></p>
