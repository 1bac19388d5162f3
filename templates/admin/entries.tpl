{{%AUTOESCAPE context="HTML"}}
<h1>信息发布：政府信息公开目录</h1>
<p class="lead">编辑起草并提交审核，审核人完成保密审查后发布。已发布的信息以新修订的方式修改，不会删除。{{#can_create}} <a class="button" href="{{base}}/admin/entries/new">新建公开信息</a>{{/can_create}}</p>
<form class="filter-bar" action="{{base}}/admin/entries" method="get" role="search" aria-label="筛选公开信息">
  <div class="field">
    <label for="f-status">状态</label>
    <select id="f-status" name="status">
      <option value="">全部</option>
      {{#status_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/status_options}}
    </select>
  </div>
  <div class="field">
    <label for="f-topic">主题分类</label>
    <select id="f-topic" name="topic">
      <option value="">全部</option>
      {{#topic_filter}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/topic_filter}}
    </select>
  </div>
  <div class="field">
    <label for="f-genre">体裁分类</label>
    <select id="f-genre" name="genre">
      <option value="">全部</option>
      {{#genre_filter}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/genre_filter}}
    </select>
  </div>
  <div class="field">
    <label for="f-year">年份</label>
    <input id="f-year" name="year" type="text" maxlength="4" size="5" value="{{year}}">
  </div>
  <div class="field">
    <label for="f-q">标题包含</label>
    <input id="f-q" name="q" type="search" maxlength="100" value="{{q}}">
  </div>
  <div class="field"><button type="submit">筛选</button></div>
</form>
{{#no_entries}}<p class="notice">没有符合条件的公开信息。</p>{{/no_entries}}
<div class="table-wrap">
<table class="data">
  <caption class="visually-hidden">公开信息列表</caption>
  <thead><tr><th scope="col">标题</th><th scope="col">索引号</th><th scope="col">状态</th><th scope="col">发布日期</th><th scope="col">最后修改</th></tr></thead>
  <tbody>
  {{#entries}}
  <tr>
    <td><a href="{{base}}/admin/entries/{{id}}">{{title}}</a>{{#invalid}} <span class="tag tag-inactive">{{validity_label}}</span>{{/invalid}}</td>
    <td>{{index_no}}</td>
    <td><span class="tag status-{{status}}">{{status_label}}</span>{{#pending}} <span class="tag">修订{{work_label}}</span>{{/pending}}</td>
    <td>{{published_on}}</td>
    <td>{{updated_at}}</td>
  </tr>
  {{/entries}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="翻页">
  {{#prev_page}}<a href="{{base}}{{url}}">上一页</a>{{/prev_page}}
  <span>第 {{page_no}} 页</span>
  {{#next_page}}<a href="{{base}}{{url}}">下一页</a>{{/next_page}}
</nav>
