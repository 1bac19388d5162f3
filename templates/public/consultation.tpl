{{%AUTOESCAPE context="HTML"}}
<article class="consultation">
  <h1>{{title}}</h1>
  <dl class="summary-list consultation-facts">
    <dt>起草机关</dt><dd>{{agency_name}}</dd>
    <dt>征集时间</dt><dd><time datetime="{{starts_on}}">{{starts_on}}</time> 至 <time datetime="{{ends_on}}">{{ends_on}}</time></dd>
    <dt>状态</dt><dd><span class="tag">{{state}}</span></dd>
    <dt>收到意见</dt><dd>{{comments}}条（经审核，不含广告等无效内容）</dd>
    <dt>发布日期</dt><dd><time datetime="{{published_on}}">{{published_on}}</time></dd>
  </dl>
  {{#open}}<p class="consultation-action"><a class="button" href="{{base}}{{comment_url}}">我要提意见</a> 征集截止到{{ends_on}}（含当日）。</p>{{/open}}
  {{#upcoming}}<p class="notice">征集尚未开始，{{starts_on}}起可以提交意见。</p>{{/upcoming}}
  {{#feedback}}<p class="notice">征集已结束。<a href="{{base}}{{url}}">查看意见采纳情况</a></p>{{/feedback}}
  {{#feedback_pending}}<p class="notice">征集已结束，不再接收意见。起草机关正在整理意见，意见采纳情况公布后将在本页链接。</p>{{/feedback_pending}}
  {{#has_attachments}}
  <section class="attachments" aria-labelledby="attachments-heading">
    <h2 id="attachments-heading">草案及相关文件</h2>
    <ul>
      {{#attachments}}<li><a href="{{base}}{{url}}">{{filename}}</a> <span class="meta">{{kind}}，{{size}}</span></li>{{/attachments}}
    </ul>
  </section>
  {{/has_attachments}}
  <h2>起草说明</h2>
  <div class="markdown">{{summary_html:none}}</div>
  {{#public_comments}}
  <section aria-labelledby="comments-heading">
    <h2 id="comments-heading">公众意见</h2>
    <p class="hint">下列是经审核的意见内容，不显示提意见人的姓名和联系方式。</p>
    {{#no_comments}}<p>还没有公开的意见。</p>{{/no_comments}}
    {{#has_comments}}<ol class="comment-list">{{#comment}}<li><p class="pre-wrap">{{body}}</p><p class="meta">提交于 <time datetime="{{submitted_on}}">{{submitted_on}}</time></p></li>{{/comment}}</ol>{{/has_comments}}
  </section>
  {{/public_comments}}
</article>
<p class="more"><a href="{{base}}{{list_url}}">返回征集意见</a></p>
