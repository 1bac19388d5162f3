{{%AUTOESCAPE context="HTML"}}
<article class="static-page">
  <h1>{{title}}</h1>
  {{#updated}}<p class="meta">更新日期：<time datetime="{{updated_on}}">{{updated_on}}</time></p>{{/updated}}
  {{#not_written}}<p class="notice">本栏目内容正在编制中，暂未发布。如需了解，请通过本机关的联系方式咨询。</p>{{/not_written}}
  <div class="markdown">{{body_html:none}}</div>
  {{#extra}}
  <section aria-labelledby="extra-heading">
    <h2 id="extra-heading">{{heading}}</h2>
    <div class="markdown">{{extra_html:none}}</div>
  </section>
  {{/extra}}
  {{#contacts_link}}<p>本机关及内设机构、直属单位的地址、电话见 <a href="{{base}}{{url}}">联系方式</a>。</p>{{/contacts_link}}
</article>
