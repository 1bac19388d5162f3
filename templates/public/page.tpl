{{%AUTOESCAPE context="HTML"}}
<article class="static-page">
  <h1>{{title}}</h1>
  {{#updated}}<p class="meta">更新日期：<time datetime="{{updated_on}}">{{updated_on}}</time></p>{{/updated}}
  <div class="markdown">{{body_html:none}}</div>
  {{#extra}}
  <section aria-labelledby="extra-heading">
    <h2 id="extra-heading">{{heading}}</h2>
    <div class="markdown">{{extra_html:none}}</div>
  </section>
  {{/extra}}
  {{#contacts_link}}<p>各内设机构和直属单位的地址、电话见 <a href="{{base}}/contacts">联系我们</a>。</p>{{/contacts_link}}
</article>
