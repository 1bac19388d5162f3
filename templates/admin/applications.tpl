{{%AUTOESCAPE context="HTML"}}
<h1>依申请公开办理 <span class="app-agency">{{staff_agency_name}}</span></h1>
<p class="hint">这里只列出{{staff_agency_name}}收到的申请；其他机关的申请由其经办人办理。</p>
<p class="app-actions-bar"><a class="button" href="{{base}}/admin/applications/new">登记书面/来访申请</a> <a class="button secondary" href="{{base}}{{csv_url}}">导出当前列表（CSV）</a></p>

<nav class="app-tabs" aria-label="按状态查看">
  <ul>
    {{#tabs}}<li><a href="{{base}}{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}} <span class="app-count">（{{count}}）</span></a></li>{{/tabs}}
  </ul>
</nav>

{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 个筛选条件无效，已忽略：</p>
  <ul>{{#form_errors}}<li>{{label}}：{{message}}</li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}

<form class="filter-bar app-filter" action="{{base}}/admin/applications" method="get" role="search" aria-label="筛选申请">
  <div class="field">
    <label for="f-q">申请编号或申请人姓名/名称</label>
    <input id="f-q" name="q" type="search" maxlength="50" value="{{q}}">
  </div>
  <div class="field">
    <label for="f-state">状态</label>
    <select id="f-state" name="state">
      <option value="">全部状态</option>
      {{#state_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/state_options}}
    </select>
  </div>
  <div class="field">
    <label for="f-due">期限</label>
    <select id="f-due" name="due">
      <option value="">不限</option>
      {{#due_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/due_options}}
    </select>
  </div>
  <div class="field">
    <label for="f-type">申请人类型</label>
    <select id="f-type" name="type">
      <option value="">不限</option>
      {{#type_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/type_options}}
    </select>
  </div>
  <div class="field">
    <label for="f-year">申请年份</label>
    <input id="f-year" name="year" type="text" maxlength="4" size="6" value="{{year}}">
  </div>
  <div class="field">
    <label for="f-handler">经办人</label>
    <select id="f-handler" name="handler">
      <option value="">不限</option>
      {{#handler_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/handler_options}}
    </select>
  </div>
  <div class="field">
    <label for="f-sort">排序</label>
    <select id="f-sort" name="sort">
      {{#sort_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sort_options}}
    </select>
  </div>
  <div class="field"><button type="submit">筛选</button> <a href="{{base}}/admin/applications">清除条件</a></div>
</form>

<p class="app-list-summary" role="status">共 {{total}} 件，第 {{page}} / {{pages}} 页。列表中的个人信息已部分隐去，打开申请可查看完整信息。</p>

{{#no_rows}}<p class="notice">没有符合条件的申请。</p>{{/no_rows}}
{{#has_rows}}
<div class="table-wrap">
<table class="data app-list">
  <caption class="visually-hidden">申请列表</caption>
  <thead>
    <tr><th scope="col">申请编号</th><th scope="col">申请人</th><th scope="col">所需信息</th><th scope="col">状态</th><th scope="col">提交时间</th><th scope="col">答复期限</th><th scope="col">经办人</th></tr>
  </thead>
  <tbody>
    {{#rows}}
    <tr>
      <td class="app-list-number"><a href="{{base}}/admin/applications/{{id}}">{{number}}</a><br><span class="meta">{{channel}}</span></td>
      <td data-label="申请人">{{name}}<br><span class="meta">{{type}} · {{phone}}</span></td>
      <td data-label="所需信息">{{info_title}}</td>
      <td data-label="状态"><span class="app-state app-state-{{state_code}}">{{state}}</span></td>
      <td data-label="提交时间">{{submitted}}</td>
      <td data-label="答复期限">{{due_on}}{{#due_mark}}<br><strong class="due-mark {{class}}">{{text}}</strong>{{/due_mark}}</td>
      <td data-label="经办人">{{handler}}</td>
    </tr>
    {{/rows}}
  </tbody>
</table>
</div>
{{/has_rows}}

<nav class="pager" aria-label="分页">
  {{#prev_page}}<a href="{{base}}{{url}}" rel="prev">上一页</a>{{/prev_page}}
  <span>第 {{page}} / {{pages}} 页</span>
  {{#next_page}}<a href="{{base}}{{url}}" rel="next">下一页</a>{{/next_page}}
</nav>
