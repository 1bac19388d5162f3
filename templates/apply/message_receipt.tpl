{{%AUTOESCAPE context="HTML"}}
<div class="receipt">
<h1>留言回执</h1>
<p class="notice receipt-ok" role="status">您的留言已成功提交并保存。</p>
<dl class="receipt-key">
  <dt>写信对象</dt><dd class="receipt-agency">{{addressee}}</dd>
  <dt>留言编号</dt><dd class="receipt-number">{{number}}</dd>
  {{#code}}<dt>查询码</dt><dd class="receipt-code">{{access_code}}</dd>{{/code}}
  <dt>提交时间</dt><dd>{{submitted_at}}（北京时间）</dd>
  <dt>答复通知</dt><dd class="receipt-notices">{{notices}}</dd>
</dl>
{{#code}}
<p class="receipt-warning"><strong>请立即记下或打印留言编号和查询码。</strong>本回执只在提交后30分钟内、在提交留言的浏览器中可以查看；查询码原文不保存，之后无法找回。查询答复需要它。</p>
{{/code}}
{{#code_shown_before}}
<p class="receipt-warning">这条留言此前已经提交成功（重复提交不会产生新的留言）。查询码已在第一次提交后的回执上显示，出于安全考虑不再显示。</p>
{{/code_shown_before}}
<h2>留言摘要</h2>
<dl class="summary-list">
  <dt>留言类型</dt><dd>{{kind}}</dd>
  <dt>标题</dt><dd>{{subject}}</dd>
  {{#page}}<dt>出错页面</dt><dd>{{page_path}}</dd>{{/page}}
  <dt>答复期限</dt><dd>{{due_on}}前</dd>
  <dt>是否公开</dt><dd>{{#consent}}您同意公开：答复后，问题和答复可能在“互动交流”栏目公开，不显示您的姓名和联系方式。{{/consent}}{{#no_consent}}不公开，只答复您本人。{{/no_consent}}</dd>
</dl>
<p><a href="{{base}}/apply/message/status">查询答复</a></p>
</div>
