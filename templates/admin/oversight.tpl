{{%AUTOESCAPE context="HTML"}}
<h1>平台监督：各机关政府信息公开工作</h1>
<p class="lead">截至 <time datetime="{{today}}">{{today}}</time>。依申请公开只统计件数（答复期限按工作日计算，“即将到期”为3个工作日内），不显示申请人信息。全平台：已逾期 <strong>{{total_overdue}}</strong> 件，即将到期 <strong>{{total_due_soon}}</strong> 件，待审核内容 <strong>{{total_review}}</strong> 项。</p>
{{>message_warning}}
{{#calendar_failed}}<p class="error-summary" role="alert">无法读取工作日历，答复期限无法计算。请检查<a href="{{base}}/admin/calendar">工作日历</a>。</p>{{/calendar_failed}}
<div class="table-wrap">
<table class="data oversight-table">
  <caption class="visually-hidden">各机关的期限、待审核内容、最近发布和年度报告</caption>
  <thead>
    <tr>
      <th scope="col">机关</th><th scope="col">类别</th>
      <th scope="col" class="num">申请已逾期</th><th scope="col" class="num">申请即将到期</th>
      <th scope="col" class="num">待审核（目录/指南/动态/年报/页面与机构信息）</th>
      <th scope="col">最近发布</th><th scope="col">{{report_year}}年度报告</th>
    </tr>
  </thead>
  <tbody>
  {{#agency}}
  <tr id="agency-{{code}}" data-agency="{{code}}">
    <th scope="row"><a href="{{base}}/admin/agencies/{{id}}">{{name}}</a> <a class="meta" href="{{base}}/{{code}}/">/{{code}}/</a></th>
    <td>{{level_label}}</td>
    {{#deadlines}}<td class="num overdue-count">{{#has_overdue}}<strong class="tag tag-inactive">{{/has_overdue}}{{overdue}}{{#has_overdue}}</strong>{{/has_overdue}}</td><td class="num due-soon-count">{{due_soon}}</td>{{/deadlines}}
    {{#deadlines_unknown}}<td class="num">—</td><td class="num">—</td>{{/deadlines_unknown}}
    <td class="num review-count" data-total="{{review_total}}">{{review_entries}} / {{review_guides}} / {{review_news}} / {{review_reports}} / {{review_pages}}</td>
    <td class="last-published">{{last_published}}</td>
    <td class="report-state" data-status="{{report_status}}">{{report_state}}{{#report_late}} <strong class="tag tag-inactive">已过1月31日</strong>{{/report_late}}</td>
  </tr>
  {{/agency}}
  </tbody>
</table>
</div>
<p class="hint">年度报告应于每年1月31日前公布（《政府信息公开条例》第四十九条）。</p>
