{{%AUTOESCAPE context="HTML"}}
<h1>联系方式</h1>
<p>以下为{{agency_name}}及其内设机构、直属单位的办公地址和联系电话。申请政府信息公开请见 <a href="{{base}}{{disclosure_guide_url}}">政府信息公开指南</a>。</p>
{{#groups}}
<section class="contact-group" aria-labelledby="contacts-{{kind}}">
  <h2 id="contacts-{{kind}}">{{heading}}</h2>
  <div class="contact-cards">
    {{#agencies}}
    <section class="panel contact-card" aria-labelledby="agency-{{id}}">
      <h3 id="agency-{{id}}">{{name}}</h3>
      <dl class="contact-box">
        {{#address}}<dt>地址</dt><dd>{{value}}</dd>{{/address}}
        {{#postcode}}<dt>邮编</dt><dd>{{value}}</dd>{{/postcode}}
        {{#office_hours}}<dt>办公时间</dt><dd>{{value}}</dd>{{/office_hours}}
        {{#phone}}<dt>电话</dt><dd><a href="tel:{{value}}">{{value}}</a></dd>{{/phone}}
        {{#fax}}<dt>传真</dt><dd>{{value}}</dd>{{/fax}}
        {{#email}}<dt>电子邮箱</dt><dd><a href="mailto:{{value}}">{{value}}</a></dd>{{/email}}
        {{#supervision_phone}}<dt>监督电话</dt><dd><a href="tel:{{value}}">{{value}}</a></dd>{{/supervision_phone}}
      </dl>
    </section>
    {{/agencies}}
  </div>
</section>
{{/groups}}
