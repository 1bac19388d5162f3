{{%AUTOESCAPE context="HTML"}}
<div class="receipt">
<h1>意见回执</h1>
<p class="notice receipt-ok" role="status">您的意见已成功提交并保存。</p>
<dl class="receipt-key">
  <dt>征集事项</dt><dd>{{agency_name}}《{{title}}》</dd>
  <dt>意见编号</dt><dd class="receipt-number">{{number}}</dd>
  <dt>提交时间</dt><dd>{{submitted_at}}（北京时间）</dd>
</dl>
<h2>您的意见</h2>
<p class="pre-wrap">{{body}}</p>
<p>意见经工作人员审核后计入收到的意见数。征集于{{ends_on}}结束，之后起草机关将在<a href="{{base}}{{page_url}}">征集事项页面</a>公布意见采纳情况。</p>
</div>
