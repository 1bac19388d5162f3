{{%AUTOESCAPE context="HTML"}}
<h1>政府信息公开工作年度报告：{{agency_name}}</h1>
<p class="lead">本页只列出{{agency_name}}的年度报告（切换机关后可编制其他机关的报告）。按《政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。第二部分的文件件数和第三部分的申请情况由系统根据公开目录和申请办理记录计算；编辑填写文字和其他系统的数字，提交审核，审核人完成保密审查后发布。</p>
<table class="data">
  <caption class="visually-hidden">各年度报告的编制状态</caption>
  <thead><tr><th scope="col">年度</th><th scope="col">状态</th><th scope="col">格式</th><th scope="col">发布日期</th><th scope="col">操作</th></tr></thead>
  <tbody>
  {{#report}}<tr><th scope="row">{{year}}年度</th><td>{{status_label}}</td><td>{{format_label}}</td><td>{{published_on}}</td><td><a href="{{base}}/admin/annual-report/{{year}}">打开</a>{{#published}} · <a href="{{base}}{{public_url}}">公开页面</a>{{/published}}</td></tr>{{/report}}
  </tbody>
</table>
<form class="filter-bar" action="{{base}}/admin/annual-report" method="get">
  <div class="field">
    <label for="other-year">编制其他年度（{{first_year}}–{{this_year}}）</label>
    {{#year_error}}<p class="field-error">请输入{{first_year}}至{{this_year}}之间的年份。</p>{{/year_error}}
    <input id="other-year" name="year" type="text" maxlength="4" size="6">
  </div>
  <button type="submit" class="secondary">打开</button>
</form>
