{{%AUTOESCAPE context="HTML"}}
<article class="news-item">
  <h1>{{title}}</h1>
  <p class="meta">{{#agency}}<span>发布机构：{{agency}}</span>　{{/agency}}<span>发布日期：<time datetime="{{published_on}}">{{published_on}}</time></span></p>
  <div class="markdown">{{body_html:none}}</div>
</article>
<p class="more"><a href="{{base}}{{list_url}}">返回工作动态</a></p>
