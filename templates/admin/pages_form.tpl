{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/pages">← 返回页面列表</a></p>
<h1>编辑页面：{{page_title}}</h1>
<p class="lead">所属：{{owner_label}}　公开地址：<a href="{{base}}{{public_url}}">{{public_url}}</a>　最后发布：{{updated_on}}</p>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
<section class="panel content-status" aria-labelledby="status-heading">
  <h2 id="status-heading">状态：{{status_label}}</h2>
  <p class="hint">修改保存后进入审核，由另一位审核人审核发布后才在公开页面生效；最后修改人本人不能发布。</p>
  {{#returned}}<div class="review-comment" role="alert"><h3>审核人退回意见</h3><p class="pre-wrap">{{review_comment:pre_escape}}</p></div>{{/returned}}
  {{>signoff}}
  {{#can_review}}
  <div class="review-actions">
    <form action="{{base}}/admin/pages/{{slug}}/publish" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      {{#publish_error}}<p class="field-error" role="alert">{{message}}</p>{{/publish_error}}
      <p><input type="checkbox" id="secrecy_checked" name="secrecy_checked" value="1">
      <label for="secrecy_checked">已按规定完成保密审查</label></p>
      {{#one_level}}<button type="submit">审核通过并发布</button>{{/one_level}}
      {{#two_levels}}<button type="submit">审核通过，送审签</button>
      <span class="hint">本机关实行两级审核：审核通过后由审签人审签发布。</span>{{/two_levels}}
    </form>
    <form action="{{base}}/admin/pages/{{slug}}/return" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      {{#return_error}}<p class="field-error" role="alert">{{message}}</p>{{/return_error}}
      <label for="return-comment">退回意见（修改人会看到）</label>
      <textarea id="return-comment" name="comment" rows="3" maxlength="600"></textarea>
      <button type="submit" class="secondary">退回修改</button>
    </form>
  </div>
  {{/can_review}}
</section>
{{#read_only}}{{>review_changes}}{{/read_only}}
{{#fields_form}}
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#p-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}/admin/pages/{{slug}}" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#title_error}} has-error{{/title_error}}">
    <label for="p-title">标题 <span class="required">（必填）</span></label>
    {{#title_error}}<p class="field-error">{{message}}</p>{{/title_error}}
    <input id="p-title" name="title" type="text" maxlength="100" value="{{title}}" class="wide">
  </div>
  <div class="field{{#body_md_error}} has-error{{/body_md_error}}">
    <label for="p-body_md">正文（Markdown）</label>
    {{#body_md_error}}<p class="field-error">{{message}}</p>{{/body_md_error}}
    <textarea id="p-body_md" name="body_md" rows="24">{{body_md:pre_escape}}</textarea>
  </div>
  <p class="form-actions">
    {{#can_save}}<button type="submit" name="action" value="save">保存并提交审核</button>{{/can_save}}
    <button type="submit" name="action" value="preview" class="secondary">预览</button>
  </p>
</form>
{{/fields_form}}
{{#preview}}
<section class="panel markdown-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">正文预览</h2>
  <div class="markdown">{{preview_html:none}}</div>
</section>
{{/preview}}
