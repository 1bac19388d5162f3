{{%AUTOESCAPE context="HTML"}}
<h1>{{heading}}</h1>
<p class="lead">平台上全部 {{agency_count}} 个机关的{{year}}年度报告。第三部分（收到和处理政府信息公开申请情况）为各机关之和：已发布的报告按发布时冻结的数字计，尚未发布的按当前申请办理记录实时计算。</p>
<form class="filter-bar" action="{{base}}/admin/annual-report-summary" method="get">
  <div class="field">
    <label for="summary-year">查看其他年度（{{first_year}}–{{this_year}}）</label>
    {{#year_error}}<p class="field-error">请输入{{first_year}}至{{this_year}}之间的年份。</p>{{/year_error}}
    <input id="summary-year" name="year" type="text" maxlength="4" size="6" value="{{year}}">
  </div>
  <button type="submit" class="secondary">查看</button>
</form>
<section aria-labelledby="summary-agencies">
<h2 id="summary-agencies">各机关年度报告状态</h2>
<div class="table-wrap" role="region" aria-labelledby="summary-agencies" tabindex="0">
<table class="data report-summary-agencies">
  <caption class="visually-hidden">{{year}}年度各机关年度报告的状态和申请数量</caption>
  <thead><tr><th scope="col">机关</th><th scope="col">类别</th><th scope="col">报告状态</th><th scope="col">发布日期</th><th scope="col" class="num">本年新收</th><th scope="col" class="num">本年办结</th><th scope="col" class="num">结转下年</th><th scope="col">数字</th><th scope="col">公开页面</th></tr></thead>
  <tbody>
  {{#agency}}<tr data-status="{{status}}"><th scope="row">{{name}}</th><td>{{level_label}}</td><td>{{status_label}}</td><td>{{published_on}}</td><td class="num">{{new}}</td><td class="num">{{concluded}}</td><td class="num">{{carried_out}}</td><td>{{source}}</td><td>{{#published}}<a href="{{base}}{{public_url}}">查看报告</a>{{/published}}</td></tr>{{/agency}}
  </tbody>
</table>
</div>
</section>
{{>report_tables}}
