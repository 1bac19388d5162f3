{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/agencies">← 返回机构列表</a></p>
<h1>{{heading}}</h1>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#change}}
<section class="panel content-status" aria-labelledby="change-heading">
  <h2 id="change-heading">{{change_label}}</h2>
  <p class="hint">职能、联系方式、负责人、权责清单和依申请公开受理机构等公开信息的修改，由本机关另一位审核人审核发布（实行两级审核的机关，再由审签人审签）后才在公开页面生效；修改人本人不能发布。</p>
  {{>signoff}}
  {{#returned}}<div class="review-comment" role="alert"><h3>审核人退回意见</h3><p class="pre-wrap">{{review_comment:pre_escape}}</p></div>{{/returned}}
  {{#can_review}}
  <div class="review-actions">
    <form action="{{base}}/admin/agencies/{{row_id}}/publish" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      {{#publish_error}}<p class="field-error" role="alert">{{message}}</p>{{/publish_error}}
      <p><input type="checkbox" id="secrecy_checked" name="secrecy_checked" value="1">
      <label for="secrecy_checked">已按规定完成保密审查</label></p>
      {{#one_level}}<button type="submit">审核通过并发布</button>{{/one_level}}
      {{#two_levels}}<button type="submit">审核通过，送审签</button>
      <span class="hint">本机关实行两级审核：审核通过后由审签人审签发布。</span>{{/two_levels}}
    </form>
    <form action="{{base}}/admin/agencies/{{row_id}}/return" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      {{#return_error}}<p class="field-error" role="alert">{{message}}</p>{{/return_error}}
      <label for="return-comment">退回意见（修改人会看到）</label>
      <textarea id="return-comment" name="comment" rows="3" maxlength="600"></textarea>
      <button type="submit" class="secondary">退回修改</button>
    </form>
  </div>
  {{/can_review}}
</section>
{{/change}}
{{#read_only}}{{>review_changes}}{{/read_only}}
{{#agency_users}}<p>公开栏目：<a href="{{base}}/{{code}}/">/{{code}}/</a>　工作人员：<a href="{{base}}/admin/users?agency={{agency_id}}">查看该机关的用户</a>　<a class="button" href="{{base}}/admin/users/new?agency={{agency_id}}">为该机关添加用户</a></p>{{/agency_users}}
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#a-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}{{form_action}}" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
{{#registry}}
<fieldset>
  <legend>机关名录（平台管理员维护）</legend>
  <div class="field{{#name_error}} has-error{{/name_error}}">
    <label for="a-name">机关名称 <span class="required">（必填）</span></label>
    {{#name_error}}<p class="field-error">{{message}}</p>{{/name_error}}
    <input id="a-name" name="name" type="text" maxlength="100" value="{{name}}" class="wide">
  </div>
  <div class="field{{#code_error}} has-error{{/code_error}}">
    <label for="a-code">机关代码（网址） <span class="required">（必填）</span></label>
    <p class="hint" id="a-code-hint">用于公开网址，例如卫生健康委用 wsj，其栏目为 /wsj/ 。只能使用小写英文字母和数字，以字母开头，不超过20个字符；不能与其他机关或平台网址（如 apply、search）重复。修改后该机关的公开网址随之改变。</p>
    {{#code_error}}<p class="field-error">{{message}}</p>{{/code_error}}
    <input id="a-code" name="code" type="text" maxlength="40" value="{{code}}" aria-describedby="a-code-hint">
  </div>
  <div class="field{{#level_error}} has-error{{/level_error}}">
    <label for="a-level">类别 <span class="required">（必填）</span></label>
    {{#level_error}}<p class="field-error">{{message}}</p>{{/level_error}}
    <select id="a-level" name="level">{{#level_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/level_options}}</select>
  </div>
  <div class="field{{#uscc_error}} has-error{{/uscc_error}}">
    <label for="a-uscc">统一社会信用代码 <span class="required">（必填）</span></label>
    <p class="hint" id="a-uscc-hint">18位，末位为校验码。用于本机关公开信息的索引号。</p>
    {{#uscc_error}}<p class="field-error">{{message}}</p>{{/uscc_error}}
    <input id="a-uscc" name="uscc" type="text" maxlength="18" value="{{uscc}}" aria-describedby="a-uscc-hint">
  </div>
  <div class="field{{#sort_error}} has-error{{/sort_error}}">
    <label for="a-sort">排序（小的在前）</label>
    {{#sort_error}}<p class="field-error">{{message}}</p>{{/sort_error}}
    <input id="a-sort" name="sort" type="text" maxlength="6" value="{{sort}}">
  </div>
</fieldset>
{{/registry}}
{{#registry_locked}}
<section class="panel" aria-labelledby="registry-heading">
  <h2 id="registry-heading">机关名录</h2>
  <dl class="meta-list">
    <dt>机关名称</dt><dd>{{name}}</dd>
    <dt>机关代码</dt><dd>{{code}}（公开网址 <a href="{{base}}/{{code}}/">/{{code}}/</a>）</dd>
    <dt>类别</dt><dd>{{level_label}}</dd>
    <dt>统一社会信用代码</dt><dd>{{uscc}}</dd>
  </dl>
  <p class="hint">名称、代码、类别、统一社会信用代码和排序由平台管理员（政务公开办）维护。</p>
</section>
{{/registry_locked}}
{{#unit}}
<p class="lead">所属机关：{{owner_name}}</p>
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
  <div class="field{{#uscc_error}} has-error{{/uscc_error}}">
    <label for="a-uscc">统一社会信用代码</label>
    {{#uscc_error}}<p class="field-error">{{message}}</p>{{/uscc_error}}
    <input id="a-uscc" name="uscc" type="text" maxlength="18" value="{{uscc}}">
  </div>
  <div class="field{{#sort_error}} has-error{{/sort_error}}">
    <label for="a-sort">排序（小的在前）</label>
    {{#sort_error}}<p class="field-error">{{message}}</p>{{/sort_error}}
    <input id="a-sort" name="sort" type="text" maxlength="6" value="{{sort}}">
  </div>
{{/unit}}
<fieldset>
  <legend>职能和联系方式（公开在“联系我们”和“机构职能”）</legend>
  <div class="field{{#duties_md_error}} has-error{{/duties_md_error}}">
    <label for="a-duties_md">职能（Markdown）</label>
    {{#duties_md_error}}<p class="field-error">{{message}}</p>{{/duties_md_error}}
    <textarea id="a-duties_md" name="duties_md" rows="8">{{duties_md:pre_escape}}</textarea>
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
</fieldset>
{{#office}}
<fieldset>
  <legend>依申请公开受理机构（申请表和本机关栏目中显示）</legend>
  <div class="field{{#applications_office_error}} has-error{{/applications_office_error}}">
    <label for="a-applications_office">受理机构名称 <span class="required">（必填）</span></label>
    {{#applications_office_error}}<p class="field-error">{{message}}</p>{{/applications_office_error}}
    <input id="a-applications_office" name="applications_office" type="text" maxlength="60" value="{{applications_office}}" class="wide">
  </div>
  <div class="field{{#applications_address_error}} has-error{{/applications_address_error}}">
    <label for="a-applications_address">受理地址 <span class="required">（必填）</span></label>
    {{#applications_address_error}}<p class="field-error">{{message}}</p>{{/applications_address_error}}
    <input id="a-applications_address" name="applications_address" type="text" maxlength="100" value="{{applications_address}}" class="wide">
  </div>
  <div class="field{{#applications_hours_error}} has-error{{/applications_hours_error}}">
    <label for="a-applications_hours">受理时间</label>
    {{#applications_hours_error}}<p class="field-error">{{message}}</p>{{/applications_hours_error}}
    <input id="a-applications_hours" name="applications_hours" type="text" maxlength="100" value="{{applications_hours}}" class="wide">
  </div>
  <div class="field{{#applications_phone_error}} has-error{{/applications_phone_error}}">
    <label for="a-applications_phone">受理电话 <span class="required">（必填）</span></label>
    {{#applications_phone_error}}<p class="field-error">{{message}}</p>{{/applications_phone_error}}
    <input id="a-applications_phone" name="applications_phone" type="text" maxlength="40" value="{{applications_phone}}">
  </div>
  <div class="field{{#applications_fax_error}} has-error{{/applications_fax_error}}">
    <label for="a-applications_fax">受理传真</label>
    {{#applications_fax_error}}<p class="field-error">{{message}}</p>{{/applications_fax_error}}
    <input id="a-applications_fax" name="applications_fax" type="text" maxlength="40" value="{{applications_fax}}">
  </div>
  <div class="field{{#applications_postcode_error}} has-error{{/applications_postcode_error}}">
    <label for="a-applications_postcode">受理邮编</label>
    {{#applications_postcode_error}}<p class="field-error">{{message}}</p>{{/applications_postcode_error}}
    <input id="a-applications_postcode" name="applications_postcode" type="text" maxlength="6" value="{{applications_postcode}}">
  </div>
</fieldset>
<fieldset>
  <legend>负责人信息和权责清单（公开在“机构职能”和“权责清单”）</legend>
  <div class="field{{#leaders_error}} has-error{{/leaders_error}}">
    <label for="a-leaders">负责人信息</label>
    <p class="hint" id="a-leaders-hint">每行一位负责人，依次填写 姓名｜职务｜分管工作，用竖线“|”或“｜”分隔，例如：张三｜局长｜主持全面工作。按行的顺序公开。</p>
    {{#leaders_error}}<p class="field-error">{{message}}</p>{{/leaders_error}}
    <textarea id="a-leaders" name="leaders" rows="6" aria-describedby="a-leaders-hint">{{leaders:pre_escape}}</textarea>
  </div>
  <div class="field{{#powers_error}} has-error{{/powers_error}}">
    <label for="a-powers">权责清单</label>
    <p class="hint" id="a-powers-hint">每行一项，依次填写 事项名称｜类别｜依据｜实施主体｜办事指南，用竖线分隔。类别为行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力或公共服务；办事指南填本机关已发布办事指南的事项名称，与事项名称相同时可留空。</p>
    {{#powers_error}}<p class="field-error">{{message}}</p>{{/powers_error}}
    <textarea id="a-powers" name="powers" rows="10" aria-describedby="a-powers-hint">{{powers:pre_escape}}</textarea>
  </div>
</fieldset>
{{/office}}
  <p class="form-actions">
    {{#can_save}}<button type="submit" name="action" value="save">保存</button>{{/can_save}}
    <button type="submit" name="action" value="preview" class="secondary">预览职能</button>
  </p>
</form>
{{#preview}}
<section class="panel markdown-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">职能预览</h2>
  <div class="markdown">{{preview_html:none}}</div>
</section>
{{/preview}}
