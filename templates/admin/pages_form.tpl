{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/pages">← 返回页面列表</a></p>
<h1>编辑页面：{{title}}</h1>
<p class="lead">所属：{{owner_label}}　公开地址：<a href="{{base}}{{public_url}}">{{public_url}}</a>　最后更新：{{updated_on}}</p>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
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
    {{#can_save}}<button type="submit" name="action" value="save">保存并公开</button>{{/can_save}}
    <button type="submit" name="action" value="preview" class="secondary">预览</button>
  </p>
</form>
{{#preview}}
<section class="panel markdown-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">正文预览</h2>
  <div class="markdown">{{preview_html:none}}</div>
</section>
{{/preview}}
