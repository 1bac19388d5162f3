{{%AUTOESCAPE context="HTML"}}
<h1>{{agency_name}}依申请公开办理情况</h1>
<p>本页按月统计{{agency_name}}收到和答复的政府信息公开申请，以及答复结果的类别（与政府信息公开工作年度报告第三部分的分类一致）。“收到申请”按确认收到的日期计，“已答复”按答复或终止办理的日期计，“按期答复”指在法定期限内答复的数量。</p>
<p class="notice" role="note"><strong>保护申请人信息：</strong>某项数量为1件或2件时，只显示“少于3件”，不显示具体数字，以免据此识别出具体的申请人。本页不含任何申请人的信息。</p>
{{#no_months}}<p>暂无统计数据。</p>{{/no_months}}
{{#has_months}}
<div class="table-wrap">
  <table class="stats-table">
    <caption>最近24个月（有申请的月份）</caption>
    <thead><tr><th scope="col">月份</th><th scope="col">收到申请</th><th scope="col">已答复</th><th scope="col">按期答复</th><th scope="col">予以公开</th><th scope="col">部分公开</th><th scope="col">不予公开</th><th scope="col">无法提供</th><th scope="col">不予处理</th><th scope="col">其他处理</th></tr></thead>
    <tbody>
      {{#month}}<tr><th scope="row"><time datetime="{{month}}">{{month_label}}</time></th>{{#cell}}<td>{{value}}</td>{{/cell}}</tr>{{/month}}
    </tbody>
  </table>
</div>
{{#has_suppressed}}<p class="hint">表中“少于3件”表示该项为1件或2件。</p>{{/has_suppressed}}
{{/has_months}}
<p><a class="button" href="{{base}}/{{agency_code}}/apply">向{{agency_name}}提交申请</a> <a href="{{base}}/{{agency_code}}/reports">政府信息公开年报</a></p>
