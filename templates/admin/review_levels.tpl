{{%AUTOESCAPE context="HTML"}}
<h1>审核级数</h1>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
<p>一级：信息编辑提交后，由审核人完成保密审查并发布。两级（如分管局长审核、局长审签）：审核人审核通过后进入“待审签”，再由审签人审签发布；审签人不能是作者，也不能是审核该版本的审核人，因此一条信息上线需要作者、审核人、审签人三人。公开页面的修订记录显示审核和审签日期，审计日志记录审核人和审签人。</p>
<p class="hint">目前两级审核适用于政府信息公开目录中的信息和工作动态；办事指南和页面仍为一级（双人审核）。审核级数只能由平台管理员设置；从两级改为一级后，已审核通过、待审签的信息仍须由审签人审签发布。审签人由平台管理员在“用户”中授予。</p>
{{#agency_row}}
<section class="panel" aria-labelledby="levels-{{agency_id}}">
  <h2 id="levels-{{agency_id}}">{{agency_name}}</h2>
  <p>现行：{{levels_label}}。审核人 {{reviewers}} 名，审签人 {{signers}} 名。</p>
  {{#no_signer}}<p class="error-summary" role="alert">本机关要求两级审核，但还没有审签人：待审签的信息无法发布。请平台管理员在“用户”中授予审签人角色。</p>{{/no_signer}}
  {{#can_change}}
  <form action="{{base}}/admin/review-levels" method="post" class="admin-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <input type="hidden" name="agency" value="{{agency_id}}">
    <fieldset class="field{{#levels_error}} has-error{{/levels_error}}">
      <legend>{{agency_name}}的审核级数</legend>
      {{#levels_error}}<p class="field-error" role="alert">{{message}}</p>{{/levels_error}}
      {{#level_option}}<label><input type="radio" name="levels" value="{{value}}"{{#checked}} checked{{/checked}}> {{label}}</label>{{/level_option}}
    </fieldset>
    <button type="submit">保存</button>
  </form>
  {{/can_change}}
</section>
{{/agency_row}}
