{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/news">← 返回工作动态列表</a></p>
<h1>{{heading}}</h1>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#existing}}
<section class="panel content-status" aria-labelledby="status-heading">
  <h2 id="status-heading">状态：{{status_label}}</h2>
  {{#published}}<p>公开页面：<a href="{{base}}/{{staff_agency_code}}/news/{{news_id}}">/{{staff_agency_code}}/news/{{news_id}}</a></p>
  <p class="hint">修改已发布的动态并保存后，它转入待审核，由另一位审核人审核通过后重新公开。</p>{{/published}}
  {{#returned}}<div class="review-comment" role="alert"><h3>审核人退回意见</h3><p class="pre-wrap">{{review_comment:pre_escape}}</p></div>{{/returned}}
  {{#can_submit}}
  <form action="{{base}}/admin/news/{{news_id}}/submit" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit">提交审核</button>
  </form>
  {{/can_submit}}
  {{>signoff}}
  {{#can_review}}
  <div class="review-actions">
    <form action="{{base}}/admin/news/{{news_id}}/publish" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <p><input type="checkbox" id="secrecy_checked" name="secrecy_checked" value="1">
      <label for="secrecy_checked">已按规定完成保密审查</label></p>
      {{#one_level}}<button type="submit">审核通过并发布</button>{{/one_level}}
      {{#two_levels}}<button type="submit">审核通过，送审签</button>
      <span class="hint">本机关实行两级审核：审核通过后由审签人审签发布。</span>{{/two_levels}}
    </form>
    <form action="{{base}}/admin/news/{{news_id}}/return" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <label for="return-comment">退回意见（编辑会看到）</label>
      <textarea id="return-comment" name="comment" rows="3" maxlength="600"></textarea>
      <button type="submit" class="secondary">退回修改</button>
    </form>
  </div>
  {{/can_review}}
</section>
{{/existing}}
{{#read_only}}{{>review_changes}}{{/read_only}}
{{#fields_form}}
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#n-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}{{form_action}}" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#title_error}} has-error{{/title_error}}">
    <label for="n-title">标题 <span class="required">（必填）</span></label>
    {{#title_error}}<p class="field-error">{{message}}</p>{{/title_error}}
    <input id="n-title" name="title" type="text" maxlength="200" value="{{title}}" class="wide">
  </div>
  <div class="form-row">
    <div class="field{{#agency_id_error}} has-error{{/agency_id_error}}">
      <label for="n-agency_id">发布机构</label>
      {{#agency_id_error}}<p class="field-error">{{message}}</p>{{/agency_id_error}}
      <select id="n-agency_id" name="agency_id">
        <option value="">（不注明）</option>
        {{#agency_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/agency_options}}
      </select>
    </div>
    <div class="field{{#published_on_error}} has-error{{/published_on_error}}">
      <label for="n-published_on">发布日期</label>
      <p class="hint">留空则在发布当天自动填写。</p>
      {{#published_on_error}}<p class="field-error">{{message}}</p>{{/published_on_error}}
      <input id="n-published_on" name="published_on" type="date" value="{{published_on}}">
    </div>
  </div>
  <div class="field{{#body_md_error}} has-error{{/body_md_error}}">
    <label for="n-body_md">正文（Markdown）</label>
    {{#body_md_error}}<p class="field-error">{{message}}</p>{{/body_md_error}}
    <textarea id="n-body_md" name="body_md" rows="16">{{body_md:pre_escape}}</textarea>
  </div>
  <p class="form-actions">
    {{#editable}}<button type="submit" name="action" value="save">保存</button>{{/editable}}
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
