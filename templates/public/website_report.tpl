{{%AUTOESCAPE context="HTML"}}
<h1>{{year}}年度政府网站工作年度报表</h1>
<p>按照《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号）发布。发布日期：<time datetime="{{published_on}}">{{published_on}}</time>。“—”表示该项未填报。</p>
{{#section}}
<section class="panel" aria-label="{{name}}">
  <h2>{{name}}</h2>
  <div class="table-wrap">
    <table>
      <tbody>{{#row}}<tr><th scope="row">{{label}}</th><td>{{value}}</td></tr>{{/row}}</tbody>
    </table>
  </div>
</section>
{{/section}}
