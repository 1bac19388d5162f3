{{%AUTOESCAPE context="HTML"}}
<h1>站内搜索</h1>
<form class="search-form panel" role="search" action="{{base}}/search" method="get">
  <label for="search-q">搜索各机构的公开目录、办事指南、工作动态和年度报告</label>
  <div class="search-box">
    <input id="search-q" name="q" type="search" maxlength="100" value="{{query}}" aria-describedby="search-help">
    <select id="search-agency" name="agency" aria-label="机构">
      <option value="">全部机构</option>
      {{#agency_levels}}<optgroup label="{{level_label}}">{{#agencies}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agencies}}</optgroup>{{/agency_levels}}
    </select>
    <button type="submit">搜索</button>
  </div>
  <p id="search-help" class="hint">最多 100 个字，可以像说话一样提问，例如“结婚登记需要什么材料”。可以只在一个机构公开的信息中搜索。</p>
</form>
{{#agency_note}}<p class="active-note">当前只搜索 {{agency}} 公开的信息。</p>{{/agency_note}}
{{#too_long}}
<div class="error-summary" role="alert">
  <p>搜索词太长了：最多 {{max}} 个字，您输入了 {{length}} 个字。请删减后再搜索（您输入的内容仍保留在搜索框中）。</p>
</div>
{{/too_long}}
{{#hints}}
<section class="notice search-hints" aria-labelledby="hints-heading">
  <h2 id="hints-heading">搜索提示</h2>
  <ul>
    <li>输入标题、文号、关键词或您的问题，例如“婚姻登记”“低保怎么申请”“2024年部门决算”。</li>
    <li>常用简称也能找到全称，例如“低保”会同时搜索“最低生活保障”。</li>
    <li>包含全部关键词的结果排在前面；附件（PDF、Word、Excel）中的文字也能搜到。</li>
    <li>也可以浏览<a href="{{base}}/catalogue">政府信息公开目录</a>和<a href="{{base}}/guides">办事指南</a>。</li>
  </ul>
</section>
{{/hints}}
{{#popular}}
<section class="search-popular" aria-labelledby="popular-heading">
  <h2 id="popular-heading">热门搜索</h2>
  <ul>{{#popular_query}}<li><a href="{{base}}{{url}}">{{text}}</a></li>{{/popular_query}}</ul>
</section>
{{/popular}}
{{#no_words}}
<div class="error-summary" role="alert">
  <p>“{{shown_query}}”中只有标点符号或“怎么”“什么”这类常用词，无法搜索。请输入要找的内容，例如“婚姻登记”“低保”。</p>
</div>
{{/no_words}}
{{#search_failed}}<p class="error-summary" role="alert">搜索暂时出错，请换个关键词或稍后再试。</p>{{/search_failed}}
{{#no_results}}
<section class="notice search-empty" aria-labelledby="empty-heading">
  <h2 id="empty-heading">没有找到与“{{shown_query}}”相关的内容</h2>
  <ul>
    <li>试试更短或更常用的词，例如把“婚姻登记办理流程”改为“婚姻登记”或“婚姻”；</li>
    <li>检查是否有错别字，或去掉部分关键词；</li>
    <li>浏览<a href="{{base}}/catalogue">政府信息公开目录</a>，或阅读各机构的政府信息公开指南了解公开范围；</li>
    <li>仍未找到所需信息，可以<a href="{{base}}/apply">依申请公开</a>，向掌握该信息的机构提出政府信息公开申请。</li>
  </ul>
</section>
{{/no_results}}
{{#found}}
<p class="search-summary" role="status">找到{{#approximate}}约{{/approximate}} <strong>{{total}}</strong> 条与“<span class="search-term">{{shown_query}}</span>”相关的{{#kind_note}}{{kind_label}}{{/kind_note}}结果，最相关的在前。{{#synonyms}}同时搜索了：{{also}}。{{/synonyms}}</p>
{{#cut_short}}<p class="notice" role="note">这次搜索用时较长，下面是已找到的最相关结果，可能不完整。换用更具体的词，结果会更准确。</p>{{/cut_short}}
<nav class="search-kinds" aria-label="按类别筛选搜索结果">
  <ul>
    {{#kind_filter}}<li>{{#other}}<a href="{{base}}{{url}}">{{label}}（{{count}}）</a>{{/other}}{{#current}}<span aria-current="page">{{label}}（{{count}}）</span>{{/current}}</li>{{/kind_filter}}
  </ul>
</nav>
{{#results}}
<ol class="search-results" start="{{first_number}}">
  {{#result}}
  <li class="search-result">
    <h2 class="search-title"><a href="{{base}}{{url}}">{{#title_part}}{{#plain}}{{text}}{{/plain}}{{#hit}}<mark>{{text}}</mark>{{/hit}}{{/title_part}}</a></h2>
    <p class="search-snippet">{{#snippet_part}}{{#plain}}{{text}}{{/plain}}{{#hit}}<mark>{{text}}</mark>{{/hit}}{{/snippet_part}}</p>
    <p class="meta"><span class="search-kind kind-{{kind}}">{{kind_label}}</span>{{#in_attachment}} <span class="search-where">在附件中找到</span>{{/in_attachment}} <span class="search-agency">{{agency}}</span>{{#date}} <time datetime="{{posted_on}}">{{posted_on}}</time>{{/date}}</p>
  </li>
  {{/result}}
</ol>
{{/results}}
{{#pager}}
<nav class="pagination" aria-label="分页">
  <p>第 {{page}} 页，共 {{pages}} 页</p>
  <ul>
    {{#prev}}<li><a href="{{base}}{{url}}" rel="prev">上一页</a></li>{{/prev}}
    {{#page_link}}<li>{{#other}}<a href="{{base}}{{url}}" aria-label="第{{number}}页">{{number}}</a>{{/other}}{{#current}}<span aria-current="page">{{number}}</span>{{/current}}</li>{{/page_link}}
    {{#next}}<li><a href="{{base}}{{url}}" rel="next">下一页</a></li>{{/next}}
  </ul>
</nav>
{{/pager}}
{{/found}}
