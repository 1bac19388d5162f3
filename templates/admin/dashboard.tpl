{{%AUTOESCAPE context="HTML"}}
<h1>工作台</h1>
<p class="lead">{{display_name}}，您好。今天是 <time datetime="{{today}}">{{today}}</time>。以下是{{agency_name}}需要您处理的事项。</p>
<div class="dash-grid">
{{! annual report reminder (issue 6): filled by annual_report_dashboard }}{{>annual_report_reminder}}
{{! 互动交流 (issue 12): messages near three months unanswered, filled by message_veto_warning }}{{>message_warning}}
{{#handler}}
<section class="panel" aria-labelledby="dash-deadlines">
  <h2 id="dash-deadlines">依申请公开：期限提醒（{{staff_agency_name}}）</h2>
  {{#calendar_failed}}<p class="error-summary">无法读取工作日历，期限无法计算。请联系系统管理员。</p>{{/calendar_failed}}
  <h3>已逾期（{{overdue_count}}件）</h3>
  {{#no_overdue}}<p>没有逾期的申请。</p>{{/no_overdue}}
  <ul class="due-list">
    {{#overdue}}<li class="due-overdue"><a href="{{base}}/admin/applications/{{id}}">{{number}}</a> {{state}}，答复期限 <time datetime="{{due_on}}">{{due_on}}</time>，<strong>{{days}}</strong></li>{{/overdue}}
  </ul>
  <h3>即将到期（3个工作日内，{{due_soon_count}}件）</h3>
  {{#no_due_soon}}<p>没有即将到期的申请。</p>{{/no_due_soon}}
  <ul class="due-list">
    {{#due_soon}}<li class="due-soon"><a href="{{base}}/admin/applications/{{id}}">{{number}}</a> {{state}}，答复期限 <time datetime="{{due_on}}">{{due_on}}</time>，<strong>{{days}}</strong></li>{{/due_soon}}
  </ul>
</section>
<section class="panel" aria-labelledby="dash-states">
  <h2 id="dash-states">依申请公开：各状态数量</h2>
  <table class="compact">
    <thead><tr><th scope="col">状态</th><th scope="col" class="num">件数</th></tr></thead>
    <tbody>
    {{#state_count}}<tr><td><a href="{{base}}/admin/applications?state={{code}}">{{label}}</a></td><td class="num">{{#open}}<strong>{{/open}}{{count}}{{#open}}</strong>{{/open}}</td></tr>{{/state_count}}
    </tbody>
  </table>
  <p class="more"><a href="{{base}}/admin/applications">进入申请办理</a> · <a href="{{base}}/admin/applications/new">登记纸质、信函或当面申请</a></p>
</section>
{{/handler}}
{{#notices}}
<section class="panel" aria-labelledby="dash-notices">
  <h2 id="dash-notices">通知发送</h2>
  <p>{{scope}}通知：<strong class="notices-queued">{{queued}}</strong> 条在发件箱中等待发送{{#has_failed}}，<strong class="notices-failed">{{failed}}</strong> 条发送失败（见各申请页面的“通知申请人”）{{/has_failed}}。</p>
  {{#sender_never_ran}}<p class="notice-warning">发送程序（portalctl notify）尚未运行过：通知都在发件箱中等待。请按说明配置邮件服务器并定时运行发送程序。</p>{{/sender_never_ran}}
  {{#sender_ran}}<p>发送程序最近一次运行：{{ran_at}}（{{summary}}）。</p>
  {{#mail_not_configured}}<p class="notice-warning">邮件发送未配置（PORTAL_SMTP_HOST、PORTAL_MAIL_FROM）：电子邮件通知在发件箱中等待。</p>{{/mail_not_configured}}
  {{#mail_configured}}<p>邮件发送已配置。</p>{{/mail_configured}}
  {{#sms_not_configured}}<p>短信网关未配置（PORTAL_SMS_URL）：短信通知在发件箱中等待。</p>{{/sms_not_configured}}
  {{#sms_configured}}<p>短信网关已配置。</p>{{/sms_configured}}{{/sender_ran}}
</section>
{{/notices}}
{{#reviewer}}
<section class="panel" aria-labelledby="dash-review">
  <h2 id="dash-review">待审核（{{review_count}}项）</h2>
  {{#no_review}}<p>没有等待审核的内容。</p>{{/no_review}}
  <ul class="doc-list">
    {{#review_item}}<li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta">{{kind}} · 提交于 {{since}}</span></li>{{/review_item}}
  </ul>
  <p class="more"><a href="{{base}}/admin/entries?status=review">全部待审核信息</a></p>
</section>
{{/reviewer}}
{{#signoff}}
<section class="panel" aria-labelledby="dash-signoff">
  <h2 id="dash-signoff">待审签（{{signoff_count}}项）</h2>
  {{#no_signoff}}<p>没有等待审签的信息。</p>{{/no_signoff}}
  <ul class="doc-list">
    {{#signoff_item}}<li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta">{{kind}} · 审核通过于 {{since}}</span></li>{{/signoff_item}}
  </ul>
</section>
{{/signoff}}
{{#editor}}
<section class="panel" aria-labelledby="dash-editor">
  <h2 id="dash-editor">信息发布</h2>
  <ul class="doc-list">
    <li><a href="{{base}}/admin/entries">公开信息目录</a></li>
    <li><a href="{{base}}/admin/entries?status=returned">被退回的稿件</a></li>
    <li><a href="{{base}}/admin/guides">办事指南</a></li>
    <li><a href="{{base}}/admin/news">工作动态</a></li>
  </ul>
</section>
{{/editor}}
{{#admin}}
<section class="panel" aria-labelledby="dash-calendar">
  <h2 id="dash-calendar">工作日历</h2>
  {{#this_year_missing}}<p class="error-summary" role="alert">尚未录入{{year}}年的节假日安排，本年度的答复期限无法准确计算。请在<a href="{{base}}/admin/calendar?year={{year}}">工作日历</a>中载入国务院办公厅公布的安排。</p>{{/this_year_missing}}
  {{#next_year_missing}}<p class="error-summary" role="alert">尚未录入{{next_year}}年的节假日安排。跨年的答复期限将被标记为“超出日历范围”。国务院办公厅公布后，请在<a href="{{base}}/admin/calendar?year={{next_year}}">工作日历</a>中载入。</p>{{/next_year_missing}}
  {{#calendar_ok}}<p>{{year}}年的节假日安排已录入。</p>{{/calendar_ok}}
  <p class="more"><a href="{{base}}/admin/oversight">平台监督</a> · <a href="{{base}}/admin/agencies">机关名录</a> · <a href="{{base}}/admin/users">用户管理</a> · <a href="{{base}}/admin/audit">审计日志</a></p>
</section>
{{/admin}}
</div>
{{#chart}}
<section class="panel chart-panel" aria-labelledby="dash-chart">
  <h2 id="dash-chart">近12个月申请收到与答复数量（{{staff_agency_name}}）</h2>
  <svg class="bar-chart" role="img" viewBox="0 0 {{width}} 200" width="100%" height="200" preserveAspectRatio="xMinYMin meet">
    <title>近12个月每月收到和答复的政府信息公开申请数量</title>
    <desc>{{first_month}}至{{last_month}}，共收到{{total_received}}件，答复{{total_answered}}件。详细数字见下表。</desc>
    <line x1="34" y1="{{axis_y}}" x2="{{width}}" y2="{{axis_y}}" stroke="#555" stroke-width="1"/>
    <text x="30" y="18" text-anchor="end" font-size="11" fill="#333">{{max}}</text>
    <text x="30" y="{{axis_y}}" text-anchor="end" font-size="11" fill="#333">0</text>
    {{#month}}
    {{#received_bar}}<rect x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}" fill="#1f5f9e"/>{{/received_bar}}
    {{#answered_bar}}<rect x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}" fill="#2e8540"/>{{/answered_bar}}
    <text x="{{label_x}}" y="{{label_y}}" text-anchor="middle" font-size="11" fill="#333">{{label}}</text>
    {{/month}}
  </svg>
  <p class="chart-legend" aria-hidden="true"><span class="swatch-received">■</span> 收到　<span class="swatch-answered">■</span> 答复（纵轴最大值 {{max}} 件）</p>
  <table class="visually-hidden">
    <caption>近12个月每月收到和答复的申请数量</caption>
    <thead><tr><th scope="col">月份</th><th scope="col">收到</th><th scope="col">答复</th></tr></thead>
    <tbody>
    {{#month}}<tr><th scope="row">{{month}}</th><td>{{received}}</td><td>{{answered}}</td></tr>{{/month}}
    </tbody>
  </table>
</section>
{{/chart}}
