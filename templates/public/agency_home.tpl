{{%AUTOESCAPE context="HTML"}}
<h1>{{agency_name}}政府信息公开</h1>
<ul class="column-tiles">
  {{#columns}}<li><a href="{{base}}{{url}}"><strong>{{label}}</strong><span>{{note}}</span></a></li>{{/columns}}
</ul>
<form class="agency-search" role="search" action="{{base}}/search" method="get">
  <input type="hidden" name="agency" value="{{agency_code}}">
  <label for="agency-q">在本机关公开的信息中搜索</label>
  <div class="search-box">
    <input id="agency-q" name="q" type="search" maxlength="100">
    <button type="submit">搜索</button>
  </div>
</form>
<div class="home-grid">
  <section class="panel home-latest" aria-labelledby="latest-heading">
    <h2 id="latest-heading">最新公开信息</h2>
    {{#no_latest}}<p>暂无主动公开的信息。</p>{{/no_latest}}
    <ul class="doc-list">
      {{#latest}}<li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta"><time datetime="{{published_on}}">{{published_on}}</time></span></li>{{/latest}}
    </ul>
    <p class="more"><a href="{{base}}/{{agency_code}}/catalogue">本机关政府信息公开目录</a></p>
  </section>
  <section class="panel home-apply" aria-labelledby="apply-heading">
    <h2 id="apply-heading">依申请公开</h2>
    <p>主动公开的信息中没有您需要的，可以向本机关申请公开。</p>
    <p>受理机构：{{applications_office}}</p>
    <p>咨询电话：{{applications_phone}}</p>
    <p><a class="button" href="{{base}}/{{agency_code}}/apply">在线提交申请</a></p>
    <p class="more"><a href="{{base}}/{{agency_code}}/apply/statistics">依申请公开办理情况（按月统计）</a></p>
  </section>
  <section class="panel home-guides" aria-labelledby="guides-heading">
    <h2 id="guides-heading">办事指南</h2>
    {{#no_guides}}<p>暂无办事指南。</p>{{/no_guides}}
    <ul class="doc-list">
      {{#guides}}<li><a href="{{base}}{{url}}">{{name}}</a></li>{{/guides}}
    </ul>
    <p class="more"><a href="{{base}}/{{agency_code}}/guides">全部办事指南</a></p>
  </section>
  <section class="panel home-news" aria-labelledby="news-heading">
    <h2 id="news-heading">工作动态</h2>
    {{#no_news}}<p>暂无工作动态。</p>{{/no_news}}
    <ul class="doc-list">
      {{#news}}<li><a href="{{base}}{{url}}">{{title}}</a> <time class="meta" datetime="{{published_on}}">{{published_on}}</time></li>{{/news}}
    </ul>
    <p class="more"><a href="{{base}}/{{agency_code}}/news">全部工作动态</a></p>
  </section>
  <section class="panel home-contact" aria-labelledby="contact-heading">
    <h2 id="contact-heading">联系方式</h2>
    {{#contact}}
    <dl class="contact-box">
      <dt>地址</dt><dd>{{address}}（{{postcode}}）</dd>
      <dt>办公时间</dt><dd>{{office_hours}}</dd>
      <dt>电话</dt><dd><a href="tel:{{phone}}">{{phone}}</a></dd>
      <dt>监督电话</dt><dd>{{supervision_phone}}</dd>
    </dl>
    {{/contact}}
    <p class="more"><a href="{{base}}/{{agency_code}}/contacts">全部联系方式</a></p>
  </section>
</div>
