{{%AUTOESCAPE context="HTML"}}
<article class="consultation-feedback">
  <h1>{{heading}}</h1>
  <dl class="summary-list">
    <dt>征集事项</dt><dd><a href="{{base}}{{draft_url}}">{{title}}</a></dd>
    <dt>征集时间</dt><dd><time datetime="{{starts_on}}">{{starts_on}}</time> 至 <time datetime="{{ends_on}}">{{ends_on}}</time></dd>
    <dt>收到意见</dt><dd>{{received}}条</dd>
    <dt>采纳意见</dt><dd>{{adopted}}条</dd>
    <dt>公布日期</dt><dd><time datetime="{{published_on}}">{{published_on}}</time></dd>
  </dl>
  <div class="markdown">{{feedback_html:none}}</div>
</article>
<p class="more"><a href="{{base}}{{draft_url}}">返回征集事项</a></p>
