{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/consultations/{{consultation_id}}">← 返回征集意见</a></p>
<h1>征集到的意见：{{title}}</h1>
<p>征集时间 {{dates}}（{{phase}}）。经审核的有效意见 {{accepted}} 条，公开页面只显示有效意见的条数{{#show_comments}}和采用时公开的内容{{/show_comments}}。姓名和电话在列表中部分隐去。</p>
{{#notice}}<p class="notice" role="alert">{{notice_text}}</p>{{/notice}}
{{#no_comments}}<p>还没有收到意见。</p>{{/no_comments}}
{{#has_comments}}
<ol class="comment-moderation">
{{#comment}}
  <li class="panel">
    <h2>意见 {{number}} <span class="tag">{{state}}</span></h2>
    <p class="meta">{{submitted_at}} · {{name}} · {{contact}}</p>
    <p class="pre-wrap">{{body}}</p>
    {{#reason}}<p>排除理由：{{text}}</p>{{/reason}}
    {{#moderate}}
    <form action="{{base}}/admin/consultations/{{consultation_id}}/comments/{{id}}/accept" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      {{#public_text}}<label for="pt-{{id}}">公开的意见内容（请删去姓名、电话等个人信息）</label>
      {{#text_error}}<p class="field-error" role="alert">{{message}}</p>{{/text_error}}
      <textarea id="pt-{{id}}" name="public_text" rows="4">{{body}}</textarea>{{/public_text}}
      <button type="submit">采用为有效意见</button>
    </form>
    <form action="{{base}}/admin/consultations/{{consultation_id}}/comments/{{id}}/refuse" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <label for="rr-{{id}}">排除理由（广告、辱骂、与草案无关等）</label>
      <input id="rr-{{id}}" name="reason" type="text" maxlength="200">
      <button type="submit" class="secondary">作为无效信息排除</button>
    </form>
    {{/moderate}}
  </li>
{{/comment}}
</ol>
{{/has_comments}}
