{{%AUTOESCAPE context="HTML"}}
<section class="panel report-reminder" aria-labelledby="dash-annual-report">
  <h2 id="dash-annual-report">政府信息公开工作年度报告</h2>
  {{#due}}<p role="status">{{year}}年度报告应于 <strong><time datetime="{{due}}">{{due_label}}</time></strong> 前向社会公布（《政府信息公开条例》第四十九条）。当前状态：{{status_label}}。</p>{{/due}}
  {{#overdue}}<p class="error-summary" role="alert">{{year}}年度报告应于 <time datetime="{{due}}">{{due_label}}</time> 前公布，目前仍未发布（当前状态：{{status_label}}）。</p>{{/overdue}}
  <p class="more"><a href="{{base}}/admin/annual-report/{{year}}">编制{{year}}年度报告</a></p>
</section>
