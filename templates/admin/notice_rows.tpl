{{%AUTOESCAPE context="HTML"}}
{{#has_notices}}
<table class="data app-notices">
  <thead><tr><th scope="col">生成时间</th><th scope="col">事项</th><th scope="col">方式</th><th scope="col">状态</th><th scope="col">说明</th></tr></thead>
  <tbody>
  {{#notices}}
  <tr class="notice-{{state_code}}">
    <td>{{created}}</td><td>{{kind}}</td><td>{{channel}} {{recipient}}</td>
    <td><strong>{{state}}</strong></td>
    <td>{{#sent}}发送于 {{sent_at}}{{/sent}}{{#notice_error}}<span class="notice-error">{{error}}</span>{{/notice_error}}{{#retry}}（已尝试 {{attempts}} 次，下次重试约 {{next_at}}）{{/retry}}{{#resend}}
      <form class="inline-form" method="post" action="{{base}}{{resend_path}}">
        <input type="hidden" name="csrf_token" value="{{csrf_token}}">
        <input type="hidden" name="notice_id" value="{{notice_id}}">
        <button type="submit" class="secondary">重新发送</button>
      </form>{{/resend}}</td>
  </tr>
  {{/notices}}
  </tbody>
</table>
<p class="hint">通知由发送程序（portalctl notify）定时发出；排队中的通知在邮件服务器恢复或配置后自动发送。发送失败的通知在原因排除后（例如收件方邮件服务器恢复、邮件发送设置已改正）可以点“重新发送”，发送程序下次运行时立即发出；重新发送记入审计日志。</p>
{{/has_notices}}
