{{%AUTOESCAPE context="HTML"}}
<p class="notice">此版本已由{{approver}}于{{approved_at}}审核通过（已完成保密审查），等待审签人审签发布。审签人不能是作者或审核人。</p>
{{#refused}}<p class="field-error" role="alert">{{message}}</p>{{/refused}}
{{#can_sign}}
<div class="review-actions">
  <form action="{{base}}{{item_url}}/sign" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit">审签并发布</button>
  </form>
  <form action="{{base}}{{item_url}}/return" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <label for="sign-return-comment">退回意见（编辑会看到）</label>
    {{#return_error}}<p class="field-error" role="alert">{{message}}</p>{{/return_error}}
    <textarea id="sign-return-comment" name="comment" rows="3" maxlength="600"></textarea>
    <button type="submit" class="secondary">退回修改</button>
  </form>
</div>
{{/can_sign}}
