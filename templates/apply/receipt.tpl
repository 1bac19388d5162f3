{{%AUTOESCAPE context="HTML"}}
<div class="receipt">
<h1>政府信息公开申请回执</h1>
<p class="notice receipt-ok" role="status">您的申请已成功提交并保存。</p>
<dl class="receipt-key">
  {{#agency}}<dt>受理机关</dt><dd class="receipt-agency">{{agency_name}}</dd>{{/agency}}
  <dt>申请编号</dt><dd class="receipt-number">{{number}}</dd>
  {{#code}}<dt>查询码</dt><dd class="receipt-code">{{access_code}}</dd>{{/code}}
  <dt>提交时间</dt><dd>{{submitted_at}}（北京时间）</dd>
  <dt>办理进度通知</dt><dd class="receipt-notices">{{notices}}</dd>
</dl>
{{#code}}
<p class="receipt-warning"><strong>请立即记下或打印申请编号和查询码。</strong>本回执只在提交后30分钟内、在提交申请的浏览器中可以查看；本机关不保存查询码原文，之后无法找回。查询办理进度、提交补正或撤回申请都需要它。</p>
{{/code}}
{{#code_shown_before}}
<p class="receipt-warning">这件申请此前已经提交成功（重复提交不会产生新的申请）。查询码已在第一次提交后的回执上显示，出于安全考虑不再显示。如未记下查询码，请携带申请编号与本机关联系。</p>
{{/code_shown_before}}

{{#with_summary}}
{{#referred}}<p class="notice">本申请是您依据申请 {{from_number}} 的答复（所需信息由本机关负责公开，《政府信息公开条例》第三十六条第五项）向本机关另行提出的，另行编号、另行计算答复期限；原申请保持不变。</p>{{/referred}}
<h2>申请内容摘要</h2>
<dl class="summary-list">
  <dt>申请人类型</dt><dd>{{applicant_type}}</dd>
  <dt>申请人</dt><dd>{{name}}</dd>
  {{#person}}<dt>证件号码</dt><dd>{{id_number_masked}}</dd>{{/person}}
  {{#org}}<dt>统一社会信用代码</dt><dd>{{uscc}}</dd>{{/org}}
  <dt>联系电话</dt><dd>{{phone_masked}}</dd>
  {{#title}}<dt>所需信息的名称</dt><dd>{{info_title}}</dd>{{/title}}
  {{#doc_no}}<dt>文号</dt><dd>{{info_doc_no}}</dd>{{/doc_no}}
  {{#description}}<dt>内容描述</dt><dd class="pre-wrap">{{info_description:pre_escape}}</dd>{{/description}}
  <dt>获取信息的形式</dt><dd>{{medium}}</dd>
  <dt>获取信息的途径</dt><dd>{{delivery}}</dd>
</dl>
{{/with_summary}}

<h2>接下来会怎样</h2>
<ol class="next-steps">
  <li>本机关工作人员核对申请后<strong>确认收到</strong>，确认收到之日为收到申请之日（《政府信息公开条例》第三十一条）。</li>
  <li>本机关自确认收到申请之日起<strong>20个工作日内</strong>答复（第三十三条）。</li>
  <li>如申请内容不明确，本机关会在收到申请之日起7个工作日内一次性告知您需要补正的内容和合理的补正期限；答复期限自本机关收到补正后重新计算（第三十条）。逾期无正当理由不补正的，视为放弃申请。</li>
  <li>需要延长答复期限的，本机关会告知您延期的理由，延长的期限最长不超过20个工作日；征求第三方或其他机关意见所需的时间不计算在答复期限内（第三十三条）。</li>
  <li>您可以随时在<a href="{{base}}/apply/status">申请进度查询</a>页面输入申请编号和查询码，查看办理进度、补正通知和答复，也可以在答复前撤回申请。</li>
</ol>
{{#office}}
<h2>{{agency_name}}的申请受理机构</h2>
<dl class="summary-list">
  {{#office_rows}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/office_rows}}
</dl>
{{/office}}
{{#code}}<form class="no-print inline-form" method="post" action="{{base}}/apply/status">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <input type="hidden" name="number" value="{{number}}">
  <input type="hidden" name="code" value="{{access_code}}">
  <button type="submit" class="secondary">查看办理进度</button>
</form>{{/code}}
<p class="no-print">{{#code_shown_before}}<a class="button secondary" href="{{base}}/apply/status">查询办理进度</a> {{/code_shown_before}}<a class="button secondary" href="{{base}}/">返回首页</a></p>
<p class="print-hint no-print">如需留存，可使用浏览器的“打印”功能打印本回执或保存为PDF。</p>
</div>
