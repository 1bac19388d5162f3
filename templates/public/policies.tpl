{{%AUTOESCAPE context="HTML"}}
<h1>{{heading}}</h1>
<p class="lead">本库收录规章、行政规范性文件和其他文件，按成文年份和文号排列，标明现行有效、已修改、已废止或已失效。有解读的文件，可直接点击“文字解读”“图解”查看。</p>
<form class="catalogue-filter panel" method="get" action="{{base}}{{path}}">
  <h2 class="filter-heading">筛选条件</h2>
  {{#form_has_errors}}<p class="field-error" role="alert">有 {{error_count}} 处筛选条件无效，已忽略，请修改后重试。</p>{{/form_has_errors}}
  <div class="filter-fields">
    <div class="field{{#validity_error}} has-error{{/validity_error}}">
      <label for="filter-validity">有效性</label>
      {{#validity_error}}<p class="field-error" id="filter-validity-error">{{message}}</p>{{/validity_error}}
      <select id="filter-validity" name="validity">
        <option value="">全部</option>
        {{#validity_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/validity_options}}
      </select>
    </div>
    <div class="field{{#kind_error}} has-error{{/kind_error}}">
      <label for="filter-kind">文件类别</label>
      {{#kind_error}}<p class="field-error">{{message}}</p>{{/kind_error}}
      <select id="filter-kind" name="kind">
        <option value="">全部</option>
        {{#kind_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kind_options}}
      </select>
    </div>
    <div class="field{{#year_error}} has-error{{/year_error}}">
      <label for="filter-year">成文年份</label>
      {{#year_error}}<p class="field-error">{{message}}</p>{{/year_error}}
      <select id="filter-year" name="year">
        <option value="">全部</option>
        {{#year_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}年</option>{{/year_options}}
      </select>
    </div>
    <div class="field{{#q_error}} has-error{{/q_error}}">
      <label for="filter-q">文号或标题</label>
      {{#q_error}}<p class="field-error">{{message}}</p>{{/q_error}}
      <input id="filter-q" name="q" type="search" maxlength="50" value="{{q}}">
    </div>
  </div>
  <p class="filter-actions"><button type="submit">筛选</button> <a href="{{base}}{{path}}">清除全部条件</a></p>
</form>
<p class="result-count">共 <strong>{{total}}</strong> 件</p>
{{#empty}}<p class="notice">没有符合条件的政策文件。请减少或移除筛选条件后再试。</p>{{/empty}}
{{#has_rows}}
<div class="table-wrap">
  <table class="policy-table">
    <caption class="visually-hidden">政策文件（按成文年份和文号从新到旧）</caption>
    <thead><tr><th scope="col">文件名称</th>{{#show_agency}}<th scope="col">机构</th>{{/show_agency}}<th scope="col">文号</th><th scope="col">成文日期</th><th scope="col">类别</th><th scope="col">有效性</th><th scope="col">解读</th></tr></thead>
    <tbody>
      {{#rows}}
      <tr>
        <td data-label="文件名称" class="policy-title"><a href="{{base}}{{url}}">{{title}}</a></td>
        {{#agency}}<td data-label="机构">{{agency}}</td>{{/agency}}
        <td data-label="文号">{{doc_no}}</td>
        <td data-label="成文日期"><time datetime="{{issued}}">{{issued}}</time></td>
        <td data-label="类别">{{kind}}</td>
        <td data-label="有效性"><span class="validity validity-{{validity}}">{{validity_label}}</span></td>
        <td data-label="解读">{{#interpretations}}<a href="{{base}}{{url}}">{{kind}}</a> {{/interpretations}}</td>
      </tr>
      {{/rows}}
    </tbody>
  </table>
</div>
{{/has_rows}}
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
