{{%AUTOESCAPE context="HTML"}}
<section class="panel" aria-labelledby="message-veto">
  <h2 id="message-veto">互动交流：留言长期未答复</h2>
  <p class="error-summary" role="alert">以下机关有收到60天以上仍未答复的留言。留言超过3个月未答复，网站检查时按“互动回应差”单项否决。</p>
  <ul>
    {{#agency}}<li><strong>{{name}}</strong>：{{count}} 条，最早的已收到 {{days}} 天{{#past_veto}}，<strong>已超过3个月</strong>{{/past_veto}}</li>{{/agency}}
  </ul>
  <p><a href="{{base}}/admin/messages">进入互动交流</a></p>
</section>
