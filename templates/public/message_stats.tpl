{{%AUTOESCAPE context="HTML"}}
<h1>{{agency_name}}留言办理统计</h1>
<p class="hint">按收到留言的月份统计（转交来的留言按转来之日计入），不含不予受理的辱骂、广告等留言。平均答复用时按工作日计算。</p>
{{#no_months}}<p class="notice">还没有收到留言。</p>{{/no_months}}
{{#has_months}}
<div class="table-wrap">
<table class="data">
  <caption>各月留言办理情况</caption>
  <thead><tr><th scope="col">月份</th><th scope="col" class="num">收到</th><th scope="col" class="num">已答复</th><th scope="col" class="num">按期答复</th><th scope="col" class="num">平均答复用时（工作日）</th></tr></thead>
  <tbody>
  {{#month}}<tr><th scope="row">{{month}}</th><td class="num">{{received}}</td><td class="num">{{answered}}</td><td class="num">{{on_time}}</td><td class="num">{{average}}</td></tr>{{/month}}
  </tbody>
</table>
</div>
{{/has_months}}
<p><a href="{{base}}{{list_url}}">返回互动交流</a></p>
