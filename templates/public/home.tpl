{{%AUTOESCAPE context="HTML"}}
<h1 class="platform-title">{{platform_name}}政府信息公开</h1>
<form class="platform-search panel" role="search" action="{{base}}/search" method="get">
  <h2 class="visually-hidden">搜索政府信息</h2>
  <div class="platform-search-fields">
    <div class="field">
      <label for="home-q">关键词</label>
      <input id="home-q" name="q" type="search" maxlength="100">
    </div>
    <div class="field">
      <label for="home-agency">机构</label>
      <select id="home-agency" name="agency">
        <option value="">全部机构</option>
        {{#search_levels}}<optgroup label="{{level_label}}">{{#agencies}}<option value="{{code}}">{{name}}</option>{{/agencies}}</optgroup>{{/search_levels}}
      </select>
    </div>
    <p class="platform-search-submit"><button type="submit">搜索</button></p>
  </div>
</form>
<div class="home-grid">
  <section class="panel platform-agencies" aria-labelledby="agencies-heading">
    <h2 id="agencies-heading">机构信息公开</h2>
    <p class="hint">各机构的政府信息公开栏目统一设置：政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报。</p>
    <div class="agency-groups">
      {{#levels}}
      <section class="agency-group" aria-labelledby="level-{{level}}">
        <h3 id="level-{{level}}">{{level_label}}</h3>
        <ul class="agency-links">
          {{#agencies}}<li><a href="{{base}}{{url}}">{{name}}</a></li>{{/agencies}}
        </ul>
      </section>
      {{/levels}}
    </div>
  </section>
  <section class="panel home-latest" aria-labelledby="latest-heading">
    <h2 id="latest-heading">最新公开信息</h2>
    <ul class="doc-list">
      {{#latest}}
      <li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta"><a class="agency-name" href="{{base}}{{agency_url}}">{{agency}}</a> <time datetime="{{published_on}}">{{published_on}}</time></span></li>
      {{/latest}}
    </ul>
    <p class="more"><a href="{{base}}/catalogue">查看全部公开信息</a></p>
  </section>
  <section class="panel home-quick" aria-labelledby="quick-heading">
    <h2 id="quick-heading">快捷入口</h2>
    <ul class="quick-links">
      {{#website_report}}<li><a href="{{base}}/website-report/{{year}}">{{year}}年度政府网站工作年度报表</a></li>{{/website_report}}
      <li><a href="{{base}}/catalogue">政府信息公开目录</a></li>
      <li><a href="{{base}}/guides">办事指南</a></li>
      <li><a href="{{base}}/apply">依申请公开</a></li>
      <li><a href="{{base}}/apply/status">申请进度查询</a></li>
    </ul>
  </section>
</div>
