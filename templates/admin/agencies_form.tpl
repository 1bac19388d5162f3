{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/agencies">← 返回机构列表</a></p>
<h1>{{heading}}</h1>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#a-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}{{form_action}}" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#name_error}} has-error{{/name_error}}">
    <label for="a-name">名称 <span class="required">（必填）</span></label>
    {{#name_error}}<p class="field-error">{{message}}</p>{{/name_error}}
    <input id="a-name" name="name" type="text" maxlength="100" value="{{name}}" class="wide">
  </div>
  <div class="field{{#kind_error}} has-error{{/kind_error}}">
    <label for="a-kind">类别 <span class="required">（必填）</span></label>
    {{#kind_error}}<p class="field-error">{{message}}</p>{{/kind_error}}
    <select id="a-kind" name="kind">{{#kind_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kind_options}}</select>
  </div>
  <div class="field{{#parent_id_error}} has-error{{/parent_id_error}}">
    <label for="a-parent_id">上级机构</label>
    {{#parent_id_error}}<p class="field-error">{{message}}</p>{{/parent_id_error}}
    <select id="a-parent_id" name="parent_id"><option value="">（无）</option>{{#parent_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/parent_options}}</select>
  </div>
  <div class="field{{#uscc_error}} has-error{{/uscc_error}}">
    <label for="a-uscc">统一社会信用代码</label>
    {{#uscc_error}}<p class="field-error">{{message}}</p>{{/uscc_error}}
    <input id="a-uscc" name="uscc" type="text" maxlength="18" value="{{uscc}}">
  </div>
  <div class="field{{#duties_md_error}} has-error{{/duties_md_error}}">
    <label for="a-duties_md">职能（Markdown）</label>
    {{#duties_md_error}}<p class="field-error">{{message}}</p>{{/duties_md_error}}
    <textarea id="a-duties_md" name="duties_md" rows="10">{{duties_md:pre_escape}}</textarea>
  </div>
  <div class="field{{#address_error}} has-error{{/address_error}}">
    <label for="a-address">地址</label>
    {{#address_error}}<p class="field-error">{{message}}</p>{{/address_error}}
    <input id="a-address" name="address" type="text" maxlength="200" value="{{address}}" class="wide">
  </div>
  <div class="field{{#postcode_error}} has-error{{/postcode_error}}">
    <label for="a-postcode">邮编</label>
    {{#postcode_error}}<p class="field-error">{{message}}</p>{{/postcode_error}}
    <input id="a-postcode" name="postcode" type="text" maxlength="6" value="{{postcode}}">
  </div>
  <div class="field{{#office_hours_error}} has-error{{/office_hours_error}}">
    <label for="a-office_hours">办公时间</label>
    {{#office_hours_error}}<p class="field-error">{{message}}</p>{{/office_hours_error}}
    <input id="a-office_hours" name="office_hours" type="text" maxlength="200" value="{{office_hours}}" class="wide">
  </div>
  <div class="field{{#phone_error}} has-error{{/phone_error}}">
    <label for="a-phone">电话</label>
    {{#phone_error}}<p class="field-error">{{message}}</p>{{/phone_error}}
    <input id="a-phone" name="phone" type="text" maxlength="40" value="{{phone}}">
  </div>
  <div class="field{{#fax_error}} has-error{{/fax_error}}">
    <label for="a-fax">传真</label>
    {{#fax_error}}<p class="field-error">{{message}}</p>{{/fax_error}}
    <input id="a-fax" name="fax" type="text" maxlength="40" value="{{fax}}">
  </div>
  <div class="field{{#email_error}} has-error{{/email_error}}">
    <label for="a-email">电子邮箱</label>
    {{#email_error}}<p class="field-error">{{message}}</p>{{/email_error}}
    <input id="a-email" name="email" type="text" maxlength="254" value="{{email}}" class="wide">
  </div>
  <div class="field{{#supervision_phone_error}} has-error{{/supervision_phone_error}}">
    <label for="a-supervision_phone">监督电话</label>
    {{#supervision_phone_error}}<p class="field-error">{{message}}</p>{{/supervision_phone_error}}
    <input id="a-supervision_phone" name="supervision_phone" type="text" maxlength="40" value="{{supervision_phone}}">
  </div>
  <div class="field{{#sort_error}} has-error{{/sort_error}}">
    <label for="a-sort">排序（小的在前）</label>
    {{#sort_error}}<p class="field-error">{{message}}</p>{{/sort_error}}
    <input id="a-sort" name="sort" type="text" maxlength="6" value="{{sort}}">
  </div>
  <p class="form-actions">
    {{#can_save}}<button type="submit" name="action" value="save">保存并公开</button>{{/can_save}}
    <button type="submit" name="action" value="preview" class="secondary">预览职能</button>
  </p>
</form>
{{#preview}}
<section class="panel markdown-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">职能预览</h2>
  <div class="markdown">{{preview_html:none}}</div>
</section>
{{/preview}}
