{{%AUTOESCAPE context="HTML"}}
<h1 class="visually-hidden">{{site_site_name}}</h1>
<div class="home-grid">
  <section class="panel home-latest" aria-labelledby="latest-heading">
    <h2 id="latest-heading">最新公开信息</h2>
    <ul class="doc-list">
      {{#latest}}
      <li><a href="{{base}}/catalogue/{{id}}">{{title}}</a> <span class="meta">{{#doc_no}}<span class="doc-no">{{doc_no}}</span> {{/doc_no}}<time datetime="{{published_on}}">{{published_on}}</time></span></li>
      {{/latest}}
    </ul>
    <p class="more"><a href="{{base}}/catalogue">查看全部公开信息</a></p>
  </section>
  <section class="panel home-guides" aria-labelledby="guides-heading">
    <h2 id="guides-heading">办事指南</h2>
    <ul class="doc-list">
      {{#guides}}<li><a href="{{base}}/guides/{{id}}">{{name}}</a></li>{{/guides}}
    </ul>
    <p class="more"><a href="{{base}}/guides">全部办事指南</a></p>
  </section>
  <section class="panel home-quick" aria-labelledby="quick-heading">
    <h2 id="quick-heading">快捷入口</h2>
    <ul class="quick-links">
      <li><a href="{{base}}/disclosure-guide">政府信息公开指南</a></li>
      <li><a href="{{base}}/apply">在线申请公开</a></li>
      <li><a href="{{base}}/apply/status">申请进度查询</a></li>
      <li><a href="{{base}}/reports">年度报告</a></li>
      <li><a href="{{base}}/news">工作动态</a></li>
      <li><a href="{{base}}/contacts">联系方式</a></li>
    </ul>
  </section>
  <section class="panel home-news" aria-labelledby="news-heading">
    <h2 id="news-heading">工作动态</h2>
    <ul class="doc-list">
      {{#news}}<li><a href="{{base}}/news/{{id}}">{{title}}</a> <time class="meta" datetime="{{published_on}}">{{published_on}}</time></li>{{/news}}
    </ul>
  </section>
  <section class="panel home-contact" aria-labelledby="contact-heading">
    <h2 id="contact-heading">联系我们</h2>
    {{#contact}}
    <dl class="contact-box">
      <dt>机构</dt><dd>{{name}}</dd>
      <dt>地址</dt><dd>{{address}}（{{postcode}}）</dd>
      <dt>办公时间</dt><dd>{{office_hours}}</dd>
      <dt>电话</dt><dd><a href="tel:{{phone}}">{{phone}}</a></dd>
      <dt>监督电话</dt><dd>{{supervision_phone}}</dd>
    </dl>
    {{/contact}}
    <p class="more"><a href="{{base}}/contacts">全部联系方式</a></p>
  </section>
</div>
