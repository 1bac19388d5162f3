{{%AUTOESCAPE context="HTML"}}
<h1>工作日历 {{year}}年</h1>
<nav class="cal-year-nav" aria-label="选择年份">
  <a href="{{base}}/admin/calendar?year={{prev_year}}" rel="prev">← {{prev_year}}年</a>
  <a href="{{base}}/admin/calendar?year={{next_year}}" rel="next">{{next_year}}年 →</a>
</nav>
{{#done}}<p class="notice" role="status">日历已更新，已重新计算 {{count}} 件未办结申请的答复期限。</p>{{/done}}
{{#covered}}<p>本年度节假日安排来源：{{source}}。</p>{{/covered}}
{{#not_covered}}<p class="error-summary" role="alert">{{year}}年尚未载入国务院办公厅公布的节假日安排。落在本年度的答复期限会被标记为“超出日历范围”，只按周一至周五计算。请在页面下方载入官方安排。</p>{{/not_covered}}
<ul class="cal-legend">
  <li><span class="cal-swatch cal-swatch-weekend" aria-hidden="true">&nbsp;</span>周末</li>
  <li><span class="cal-swatch cal-swatch-holiday" aria-hidden="true">&nbsp;</span>休：节假日</li>
  <li><span class="cal-swatch cal-swatch-workday" aria-hidden="true">&nbsp;</span>班：调休上班</li>
</ul>
<form method="post" action="{{base}}/admin/calendar/toggle" class="cal-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field">
    <label for="cal-note">备注（可选，用于下次点击设为节假日或调休上班的日期，如“元旦”）</label>
    <input id="cal-note" name="note" type="text" maxlength="40">
  </div>
  <p class="hint">点击某一天切换：普通 → 节假日 → 调休上班 → 普通。每次修改都会重新计算所有未办结申请的答复期限，并记入审计日志。</p>
  <div class="cal-months">
  {{#month}}
  <section class="cal-month" aria-labelledby="cal-m{{month}}">
    <h2 id="cal-m{{month}}">{{month}}月</h2>
    <table>
      <thead><tr>{{#weekday}}<th scope="col">{{name}}</th>{{/weekday}}</tr></thead>
      <tbody>
      {{#week}}<tr>{{#blank}}<td></td>{{/blank}}{{#day}}<td class="{{class}}"><button type="submit" name="day" value="{{iso}}" class="cal-day" title="{{label}}"><span aria-hidden="true">{{d}}{{#mark}}<small>{{text}}</small>{{/mark}}</span><span class="visually-hidden">{{label}}</span></button></td>{{/day}}{{#trailing_blank}}<td></td>{{/trailing_blank}}</tr>{{/week}}
      </tbody>
    </table>
  </section>
  {{/month}}
  </div>
</form>
<section aria-labelledby="cal-notes-heading">
  <h2 id="cal-notes-heading">{{year}}年的节假日与调休上班日</h2>
  <ul class="cal-notes">
    {{#override}}<li><time datetime="{{iso}}">{{iso}}</time> {{kind}}：{{note}}</li>{{/override}}
  </ul>
</section>
<section aria-labelledby="cal-load-heading">
  <h2 id="cal-load-heading">载入官方节假日安排</h2>
  <p>按国务院办公厅通知，每行一个时段：<code>开始日期..结束日期 holiday 名称</code> 或 <code>日期 workday 调休上班</code>。载入后将<strong>替换</strong>该年度已有的全部节假日和调休记录。</p>
  {{#schedule_error}}<p class="error-summary" role="alert">未载入：{{message}}</p>{{/schedule_error}}
  <form method="post" action="{{base}}/admin/calendar/load" class="admin-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <div class="field">
      <label for="cal-load-year">年份</label>
      <input id="cal-load-year" name="year" type="number" min="2000" max="2100" value="{{year}}">
    </div>
    <div class="field">
      <label for="cal-schedule">安排（每行一个时段）</label>
      <textarea id="cal-schedule" name="schedule" rows="12" placeholder="2027-01-01..2027-01-03 holiday 元旦&#10;2027-02-07 workday 调休上班">{{schedule}}</textarea>
    </div>
    <p><button type="submit">载入并替换{{year}}年安排</button></p>
  </form>
</section>
