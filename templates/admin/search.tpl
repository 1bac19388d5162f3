{{%AUTOESCAPE context="HTML"}}
<h1>站内搜索</h1>
<p class="lead">搜索时，查询词中出现下表左列的词，也会同时搜索右列的词（反过来也一样），例如搜“低保”也能找到“最低生活保障”。修改后立即生效。</p>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
<section class="panel" aria-labelledby="syn-heading">
  <h2 id="syn-heading">同义词和简称</h2>
  <table class="data compact">
    <thead><tr><th scope="col">简称或俗称</th><th scope="col">同时搜索</th><th scope="col">操作</th></tr></thead>
    <tbody>
    {{#synonyms}}
    <tr><td>{{term}}</td><td>{{means}}</td>
      <td class="actions"><form action="{{base}}/admin/search/synonyms/{{id}}" method="post">
        <input type="hidden" name="csrf_token" value="{{csrf_token}}">
        <button type="submit" class="secondary" aria-label="删除 {{term}} = {{means}}">删除</button>
      </form></td></tr>
    {{/synonyms}}
    </tbody>
  </table>
  <h3 id="add-heading">添加一对</h3>
  {{#form_has_errors}}<div class="error-summary" role="alert"><ul>{{#form_errors}}<li><a href="#s-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul></div>{{/form_has_errors}}
  <form action="{{base}}/admin/search/synonyms" method="post" class="filter-bar" aria-labelledby="add-heading">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <div class="field{{#term_error}} has-error{{/term_error}}"><label for="s-term">简称或俗称</label>
      {{#term_error}}<p class="field-error" id="s-term-error">{{message}}</p>{{/term_error}}
      <input id="s-term" name="term" type="text" maxlength="30" value="{{term}}" required></div>
    <div class="field{{#means_error}} has-error{{/means_error}}"><label for="s-means">同时搜索</label>
      {{#means_error}}<p class="field-error" id="s-means-error">{{message}}</p>{{/means_error}}
      <input id="s-means" name="means" type="text" maxlength="30" value="{{means}}" required></div>
    <div class="field"><button type="submit">添加</button></div>
  </form>
</section>
<section class="panel" aria-labelledby="pop-heading">
  <h2 id="pop-heading">近 30 天的热门搜索</h2>
  <p class="hint">只统计查询词和日期，不记录是谁搜索的。出现 3 次以上的词显示在公开搜索页的“热门搜索”中；统计由 <code>portalctl search-stats</code> 定时汇总。</p>
  <table class="data compact">
    <thead><tr><th scope="col">查询词</th><th scope="col">次数</th></tr></thead>
    <tbody>{{#popular}}<tr><td>{{query}}</td><td class="num">{{count}}</td></tr>{{/popular}}</tbody>
  </table>
</section>
<section class="panel" aria-labelledby="idx-heading">
  <h2 id="idx-heading">索引</h2>
  <p>可搜索的文档 {{documents}} 篇；附件 {{attachments}} 个，其中 {{attachments_with_text}} 个的文字可搜索，{{attachments_failed}} 个提取失败（<code>portalctl extract --retry</code> 重试）。</p>
</section>
