{{%AUTOESCAPE context="HTML"}}
<article class="entry">
  {{#invalid}}
  <div class="validity-notice validity-{{validity}}" role="note">
    <p class="validity-title"><span class="status-badge status-{{validity}}">{{badge}}</span> {{sentence}}</p>
    {{#note}}<p>{{note}}</p>{{/note}}
  </div>
  {{/invalid}}
  <h1>{{#relation}}<span class="relation-kind">{{relation_label}}</span> {{/relation}}{{title}}</h1>
  {{#original}}<p class="related-original">{{label}}：<a href="{{base}}{{url}}">{{title}}</a>{{#doc_no}}（{{doc_no}}）{{/doc_no}}</p>{{/original}}
  {{#clarifications}}
  <aside class="related clarifications" aria-labelledby="clarifications-heading">
    <h2 id="clarifications-heading">澄清说明</h2>
    <ul>{{#items}}<li><a href="{{base}}{{url}}">{{title}}</a></li>{{/items}}</ul>
  </aside>
  {{/clarifications}}
  <div class="table-wrap">
    <table class="entry-meta">
      <caption class="visually-hidden">信息属性</caption>
      <tbody>
        {{#meta}}<tr><th scope="row">{{label}}</th><td>{{#link}}<a href="{{base}}{{url}}">{{value}}</a>{{/link}}{{#text}}{{value}}{{/text}}</td></tr>{{/meta}}
      </tbody>
    </table>
  </div>
  {{#interpretations}}
  <section class="related interpretations" aria-labelledby="interpretations-heading">
    <h2 id="interpretations-heading">相关解读</h2>
    <ul>{{#items}}<li><span class="relation-kind">{{kind}}</span> <a href="{{base}}{{url}}">{{title}}</a></li>{{/items}}</ul>
  </section>
  {{/interpretations}}
  <div class="markdown entry-body">{{body_html:none}}</div>

  {{#has_attachments}}
  <section class="attachments" aria-labelledby="attachments-heading">
    <h2 id="attachments-heading">附件</h2>
    <ul class="doc-list">
      {{#attachments}}<li><a href="{{base}}{{url}}">{{filename}}</a> <span class="meta">{{kind}}，{{size}}</span></li>{{/attachments}}
    </ul>
  </section>
  {{/has_attachments}}

  {{#has_revisions}}
  <section class="revisions" aria-labelledby="revisions-heading">
    <h2 id="revisions-heading">修订记录</h2>
    <div class="table-wrap">
      <table>
        <thead><tr><th scope="col">版本</th><th scope="col">发布日期</th><th scope="col">修订说明</th><th scope="col">审核</th></tr></thead>
        <tbody>
          {{#revisions}}<tr><td>第{{rev_no}}版{{#current}}（现行）{{/current}}</td><td><time datetime="{{date}}">{{date}}</time></td><td>{{note}}</td><td>{{approval}}</td></tr>{{/revisions}}
        </tbody>
      </table>
    </div>
  </section>
  {{/has_revisions}}
  <p class="no-print"><a href="{{base}}{{list_url}}">返回政府信息公开目录</a></p>
</article>
