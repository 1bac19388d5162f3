{{%AUTOESCAPE context="HTML"}}
<h1>审计日志</h1>
<form method="get" action="{{base}}/admin/audit" class="filter-bar" role="search" aria-label="筛选审计日志">
  <div class="field">
    <label for="audit-user">用户</label>
    <select id="audit-user" name="user">
      <option value="">全部</option>
      {{#user_option}}<option value="{{name}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/user_option}}
    </select>
  </div>
  <div class="field{{#action_error}} has-error{{/action_error}}">
    <label for="audit-action">操作（前缀，如 login 或 user.）</label>
    <input id="audit-action" name="action" type="text" maxlength="64" value="{{action}}">
  </div>
  <div class="field{{#from_error}} has-error{{/from_error}}">
    <label for="audit-from">起始日期</label>
    {{#from_error}}<p class="field-error">{{message}}</p>{{/from_error}}
    <input id="audit-from" name="from" type="date" value="{{from}}">
  </div>
  <div class="field{{#to_error}} has-error{{/to_error}}">
    <label for="audit-to">截止日期</label>
    {{#to_error}}<p class="field-error">{{message}}</p>{{/to_error}}
    <input id="audit-to" name="to" type="date" value="{{to}}">
  </div>
  <div class="field"><button type="submit">筛选</button></div>
</form>
<p>共 {{total}} 条，第 {{page}} / {{pages}} 页。 <a href="{{base}}/admin/audit.csv?{{filter_query}}">按当前条件导出 CSV</a></p>
{{#empty}}<p>没有符合条件的记录。</p>{{/empty}}
<div class="table-wrap">
<table class="data">
  <caption class="visually-hidden">审计日志，最新的在前</caption>
  <thead><tr><th scope="col">时间（北京时间）</th><th scope="col">用户</th><th scope="col">操作</th><th scope="col">对象</th><th scope="col">摘要</th></tr></thead>
  <tbody>
  {{#row}}<tr><td><time datetime="{{at}}">{{at_label}}</time></td><td>{{user_name}}</td><td>{{action}}</td><td>{{target}}</td><td>{{summary}}</td></tr>{{/row}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="分页">
  {{#prev}}<a href="{{base}}{{url}}" rel="prev">上一页</a>{{/prev}}
  {{#next}}<a href="{{base}}{{url}}" rel="next">下一页</a>{{/next}}
</nav>
