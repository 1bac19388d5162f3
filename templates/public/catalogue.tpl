{{%AUTOESCAPE context="HTML"}}
<h1>政府信息公开目录</h1>
{{#art20_note}}<p class="lead art20-note">《条例》第二十条{{numeral}}：{{text}}。<a href="{{base}}{{statutory_url}}">查看法定主动公开内容的全部15项</a></p>{{/art20_note}}
<div class="catalogue-layout">
<div class="catalogue-main">
  <form class="catalogue-filter panel" method="get" action="{{base}}{{path}}">
    <h2 class="filter-heading">筛选条件</h2>
    <div class="filter-fields">
      {{#facets}}
      <div class="field">
        <label for="filter-{{name}}">{{label}}</label>
        <select id="filter-{{name}}" name="{{name}}">
          <option value="">全部</option>
          {{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}（{{count}}）</option>{{/options}}
        </select>
      </div>
      {{/facets}}
    </div>
    <p class="filter-actions"><button type="submit">筛选</button> <a href="{{base}}{{path}}">清除全部条件</a></p>
  </form>

  <div class="active-filters">
    <p class="result-count">共 <strong>{{total}}</strong> 条</p>
    {{#has_active}}
    <p class="active-heading">当前筛选条件（点击“移除”可取消该条件）：</p>
    <ul>
      {{#active}}<li><span>{{facet}}：{{value}}</span> <a href="{{base}}{{remove_url}}" aria-label="移除筛选条件：{{facet}} {{value}}">移除</a></li>{{/active}}
    </ul>
    {{/has_active}}
  </div>

  {{#empty}}<p class="notice">没有符合条件的政府信息。请减少或移除筛选条件后再试。</p>{{/empty}}
  {{#has_rows}}
  <div class="table-wrap">
    <table class="catalogue-table">
      <caption class="visually-hidden">政府信息公开目录（按发布日期从新到旧）</caption>
      <thead><tr><th scope="col">标题</th>{{#show_agency}}<th scope="col" class="col-agency">机构</th>{{/show_agency}}<th scope="col" class="col-doc-no">文号</th><th scope="col" class="col-date">发布日期</th></tr></thead>
      <tbody>
        {{#rows}}
        <tr>
          <td><a href="{{base}}{{url}}">{{title}}</a>{{#badge}} <span class="status-badge status-{{validity}}">{{badge}}</span>{{/badge}}</td>
          {{#agency}}<td class="col-agency">{{agency}}</td>{{/agency}}
          <td class="col-doc-no">{{doc_no}}</td>
          <td class="col-date"><time datetime="{{published_on}}">{{published_on}}</time></td>
        </tr>
        {{/rows}}
      </tbody>
    </table>
  </div>
  {{/has_rows}}

  {{#pagination}}
  <nav class="pagination" aria-label="分页">
    <p>第 {{page}} 页，共 {{page_count}} 页</p>
    <ul>
      {{#prev}}<li><a href="{{base}}{{url}}" rel="prev">上一页</a></li>{{/prev}}
      {{#pages}}<li>{{#link}}<a href="{{base}}{{url}}" aria-label="第{{n}}页">{{n}}</a>{{/link}}{{#current}}<span aria-current="page">{{n}}</span>{{/current}}{{#gap}}<span class="gap">…</span>{{/gap}}</li>{{/pages}}
      {{#next}}<li><a href="{{base}}{{url}}" rel="next">下一页</a></li>{{/next}}
    </ul>
  </nav>
  {{/pagination}}
</div>

<aside class="catalogue-facets" aria-label="分类浏览">
  {{#facets}}
  <section class="facet">
    <h2>按{{label}}浏览</h2>
    <ul>
      {{#values}}<li>{{#link}}<a href="{{base}}{{url}}">{{label}}</a> <span class="count">{{count}}</span>{{/link}}{{#current}}<strong>{{label}}</strong> <span class="count">{{count}}</span> <a href="{{base}}{{remove_url}}">（取消）</a>{{/current}}</li>{{/values}}
    </ul>
  </section>
  {{/facets}}
</aside>
</div>
