{{%AUTOESCAPE context="HTML"}}
<article class="static-page">
  <h1>{{title}}</h1>
  {{#updated}}<p class="meta">更新日期：<time datetime="{{updated_on}}">{{updated_on}}</time></p>{{/updated}}
  {{#not_written}}<p class="notice">本栏目内容正在编制中，暂未发布。如需了解，请通过本机关的联系方式咨询。</p>{{/not_written}}
  {{#leaders}}
  <section class="leaders" aria-labelledby="leaders-heading">
    <h2 id="leaders-heading">负责人信息</h2>
    <div class="table-wrap">
      <table class="leaders-table">
        <caption class="visually-hidden">{{agency_name}}负责人</caption>
        <thead><tr><th scope="col">姓名</th><th scope="col">职务</th><th scope="col">分管工作</th></tr></thead>
        <tbody>
          {{#rows}}<tr><th scope="row" data-label="姓名">{{name}}</th><td data-label="职务">{{position}}</td><td data-label="分管工作">{{duties}}</td></tr>{{/rows}}
        </tbody>
      </table>
    </div>
  </section>
  {{/leaders}}
  <div class="markdown">{{body_html:none}}</div>
  {{#extra}}
  <section aria-labelledby="extra-heading">
    <h2 id="extra-heading">{{heading}}</h2>
    <div class="markdown">{{extra_html:none}}</div>
  </section>
  {{/extra}}
  {{#powers_link}}<p>本机关的行政权力事项及其依据、办理流程见 <a href="{{base}}{{url}}">权责清单</a>。</p>{{/powers_link}}
  {{#contacts_link}}<p>本机关及内设机构、直属单位的地址、电话见 <a href="{{base}}{{url}}">联系方式</a>。</p>{{/contacts_link}}
</article>
