{{%AUTOESCAPE context="HTML"}}
<h1>撤回申请</h1>
<div class="confirm-box" role="alert">
  <p><strong>确定撤回申请？撤回后本机关将终止办理。</strong></p>
  <dl class="summary-list">
    <dt>申请编号</dt><dd>{{number}}</dd>
    <dt>所需信息</dt><dd>{{info_title}}</dd>
  </dl>
  <p>撤回后不能恢复；如仍需要这些信息，需要重新提出申请。</p>
</div>
<form method="post" action="{{base}}/apply/withdraw" class="inline-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <input type="hidden" name="confirm" value="1">
  <button type="submit">确定撤回</button>
  <a class="button secondary" href="{{base}}/apply/status?view=1">不撤回，返回办理进度</a>
</form>
