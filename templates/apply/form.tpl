{{%AUTOESCAPE context="HTML"}}
<h1>政府信息公开申请</h1>
{{#chosen_agency}}<p class="apply-agency">受理机关：<strong>{{agency_name}}</strong></p>{{/chosen_agency}}
<div class="apply-intro">
  <p>依据《中华人民共和国政府信息公开条例》第二十七条至第二十九条，公民、法人或者其他组织可以向行政机关申请获取政府信息。提交前请阅读{{#chosen_agency}}<a href="{{base}}/{{agency_code}}/disclosure-guide">{{agency_name}}政府信息公开指南</a>{{/chosen_agency}}{{#no_chosen_agency}}受理机关的政府信息公开指南（见<a href="{{base}}/">各机关的政府信息公开栏目</a>）{{/no_chosen_agency}}。</p>
  <p>带 <span class="required">*</span> 的为必填项。提交成功后会显示申请编号和查询码，请记下，用于<a href="{{base}}/apply/status">查询办理进度</a>。</p>
</div>
{{#problem}}
<div class="error-summary" role="alert">
  <h2>申请尚未提交</h2>
  <p>{{message}}</p>
</div>
{{/problem}}
{{#form_has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
  <h2 id="error-summary-heading">有 {{error_count}} 处需要修改，申请尚未提交</h2>
  <p>您填写的内容都已保留，请按下列提示修改后再次提交：</p>
  <ul>
    {{#form_errors}}<li><a href="#{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}
  </ul>
</div>
{{/form_has_errors}}
<form class="apply-form" method="post" action="{{base}}/apply" accept-charset="utf-8" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <input type="hidden" name="idempotency_key" value="{{idempotency_key}}">
<section class="form-section" aria-labelledby="sec-agency">
  <h2 id="sec-agency">一、受理申请的机关</h2>
  <p class="hint" id="agency-hint">请向负责公开所需信息的机关申请，即制作或者保存该信息的机关：行政机关制作的政府信息，由制作该信息的机关负责公开；行政机关从公民、法人或者其他组织获取的政府信息，由保存该信息的机关负责公开；行政机关获取的其他行政机关的政府信息，由制作或者最初获取该信息的机关负责公开（《政府信息公开条例》第十条）。所需信息不属于所选机关负责公开的，该机关会在答复中告知负责公开的机关及其联系方式（第三十六条第五项）。</p>
  <div class="field{{#agency_error}} has-error{{/agency_error}}">
    <label for="agency">受理申请的机关 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="agency-list-hint">按本级政府、部门、乡镇（街道）分组。选中列表后，可直接键入机关名称快速定位。</p>
    {{#agency_error}}<p class="field-error" id="agency-error">{{message}}</p>{{/agency_error}}
    <select id="agency" name="agency" required{{#agency_error}} aria-invalid="true"{{/agency_error}} aria-describedby="agency-hint agency-list-hint{{#agency_error}} agency-error{{/agency_error}}">
      <option value="">请选择受理申请的机关</option>
      {{#agency_groups}}<optgroup label="{{group}}">{{#agency_options}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agency_options}}</optgroup>{{/agency_groups}}
    </select>
  </div>
  {{#chosen_agency}}
  <div class="agency-office">
    <h3 id="office-heading">{{agency_name}}的申请受理机构</h3>
    <dl class="summary-list" aria-labelledby="office-heading">
      {{#office_rows}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/office_rows}}
    </dl>
    <p class="hint">也可以向该机构当面提交、邮寄或者传真书面申请。</p>
  </div>
  {{/chosen_agency}}
  {{#no_chosen_agency}}<p class="hint">选定机关并提交后，回执上会列明该机关的申请受理机构和联系方式。</p>{{/no_chosen_agency}}
</section>
<section class="form-section" aria-labelledby="sec-type">
  <h2 id="sec-type">二、申请人类型</h2>
  <fieldset class="field choice-group{{#applicant_type_error}} has-error{{/applicant_type_error}}"{{#applicant_type_error}} aria-describedby="applicant_type-error"{{/applicant_type_error}}>
    <legend>申请人类型 <span class="required" aria-hidden="true">*</span></legend>
    <p class="hint">请选择后填写下方对应的一栏：选择“公民”只需填写“公民填写”一栏，选择“法人或其他组织”只需填写“法人或其他组织填写”一栏，另一栏不必填写，填了也不会保存。</p>
    {{#applicant_type_error}}<p class="field-error" id="applicant_type-error">{{message}}</p>{{/applicant_type_error}}
    <div class="choices">
      <label class="choice" for="applicant_type"><input type="radio" id="applicant_type" name="applicant_type" value="person" required{{#applicant_type_is_person}} checked{{/applicant_type_is_person}}{{#applicant_type_error}} aria-invalid="true"{{/applicant_type_error}}> 公民</label>
      <label class="choice" for="applicant_type-org"><input type="radio" id="applicant_type-org" name="applicant_type" value="org" required{{#applicant_type_is_org}} checked{{/applicant_type_is_org}}{{#applicant_type_error}} aria-invalid="true"{{/applicant_type_error}}> 法人或其他组织</label>
    </div>
  </fieldset>
</section>
<section class="form-section applicant-section person-section" aria-labelledby="sec-person">
  <h2 id="sec-person">三、申请人信息：公民填写</h2>
  <p class="hint">申请人类型为“公民”时填写；带 * 的为必填项。</p>
  <div class="field{{#person_name_error}} has-error{{/person_name_error}}">
    <label for="person_name">姓名 <span class="required" aria-hidden="true">*</span></label>
    {{#person_name_error}}<p class="field-error" id="person_name-error">{{message}}</p>{{/person_name_error}}
    <input type="text" id="person_name" name="person_name" maxlength="50" value="{{person_name}}" required autocomplete="name"{{#person_name_error}} aria-invalid="true" aria-describedby="person_name-error"{{/person_name_error}}>
  </div>
  <div class="field{{#id_type_error}} has-error{{/id_type_error}}">
    <label for="id_type">证件类型 <span class="required" aria-hidden="true">*</span></label>
    {{#id_type_error}}<p class="field-error" id="id_type-error">{{message}}</p>{{/id_type_error}}
    <select id="id_type" name="id_type" required{{#id_type_error}} aria-invalid="true" aria-describedby="id_type-error"{{/id_type_error}}>
      <option value="">请选择</option>
      {{#id_type_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/id_type_options}}
    </select>
  </div>
  <div class="field{{#id_number_error}} has-error{{/id_number_error}}">
    <label for="id_number">证件号码 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="id_number-hint">居民身份证为18位，末位可能是X；其他证件填写证件上的号码。</p>
    {{#id_number_error}}<p class="field-error" id="id_number-error">{{message}}</p>{{/id_number_error}}
    <input type="text" id="id_number" name="id_number" maxlength="30" value="{{id_number}}" required{{#id_number_error}} aria-invalid="true"{{/id_number_error}} aria-describedby="id_number-hint{{#id_number_error}} id_number-error{{/id_number_error}}">
  </div>
  <div class="field{{#work_unit_error}} has-error{{/work_unit_error}}">
    <label for="work_unit">工作单位</label>
    {{#work_unit_error}}<p class="field-error" id="work_unit-error">{{message}}</p>{{/work_unit_error}}
    <input type="text" id="work_unit" name="work_unit" maxlength="100" value="{{work_unit}}" autocomplete="organization"{{#work_unit_error}} aria-invalid="true" aria-describedby="work_unit-error"{{/work_unit_error}}>
  </div>
</section>
<section class="form-section applicant-section org-section" aria-labelledby="sec-org">
  <h2 id="sec-org">三、申请人信息：法人或其他组织填写</h2>
  <p class="hint">申请人类型为“法人或其他组织”时填写；带 * 的为必填项。</p>
  <div class="field{{#org_name_error}} has-error{{/org_name_error}}">
    <label for="org_name">名称 <span class="required" aria-hidden="true">*</span></label>
    {{#org_name_error}}<p class="field-error" id="org_name-error">{{message}}</p>{{/org_name_error}}
    <input type="text" id="org_name" name="org_name" maxlength="100" value="{{org_name}}" required autocomplete="organization"{{#org_name_error}} aria-invalid="true" aria-describedby="org_name-error"{{/org_name_error}}>
  </div>
  <div class="field{{#org_category_error}} has-error{{/org_category_error}}">
    <label for="org_category">组织类别 <span class="required" aria-hidden="true">*</span></label>
    {{#org_category_error}}<p class="field-error" id="org_category-error">{{message}}</p>{{/org_category_error}}
    <select id="org_category" name="org_category" required{{#org_category_error}} aria-invalid="true" aria-describedby="org_category-error"{{/org_category_error}}>
      <option value="">请选择</option>
      {{#org_category_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/org_category_options}}
    </select>
  </div>
  <div class="field{{#uscc_error}} has-error{{/uscc_error}}">
    <label for="uscc">统一社会信用代码 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="uscc-hint">18位，见营业执照或登记证书。</p>
    {{#uscc_error}}<p class="field-error" id="uscc-error">{{message}}</p>{{/uscc_error}}
    <input type="text" id="uscc" name="uscc" maxlength="18" value="{{uscc}}" required{{#uscc_error}} aria-invalid="true"{{/uscc_error}} aria-describedby="uscc-hint{{#uscc_error}} uscc-error{{/uscc_error}}">
  </div>
  <div class="field{{#legal_rep_error}} has-error{{/legal_rep_error}}">
    <label for="legal_rep">法定代表人或负责人 <span class="required" aria-hidden="true">*</span></label>
    {{#legal_rep_error}}<p class="field-error" id="legal_rep-error">{{message}}</p>{{/legal_rep_error}}
    <input type="text" id="legal_rep" name="legal_rep" maxlength="50" value="{{legal_rep}}" required{{#legal_rep_error}} aria-invalid="true" aria-describedby="legal_rep-error"{{/legal_rep_error}}>
  </div>
  <div class="field{{#contact_name_error}} has-error{{/contact_name_error}}">
    <label for="contact_name">联系人姓名 <span class="required" aria-hidden="true">*</span></label>
    {{#contact_name_error}}<p class="field-error" id="contact_name-error">{{message}}</p>{{/contact_name_error}}
    <input type="text" id="contact_name" name="contact_name" maxlength="50" value="{{contact_name}}" required{{#contact_name_error}} aria-invalid="true" aria-describedby="contact_name-error"{{/contact_name_error}}>
  </div>
</section>
<section class="form-section" aria-labelledby="sec-contact">
  <h2 id="sec-contact">四、联系方式</h2>
  <p class="hint">公民、法人或其他组织都须填写。受理机关通过这些方式与您联系、送达答复。</p>
  <div class="field{{#phone_error}} has-error{{/phone_error}}">
    <label for="phone">联系电话 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="phone-hint">手机号码或固定电话，如 13905634567 或 0563-4116396。</p>
    {{#phone_error}}<p class="field-error" id="phone-error">{{message}}</p>{{/phone_error}}
    <input type="tel" id="phone" name="phone" maxlength="30" value="{{phone}}" required autocomplete="tel"{{#phone_error}} aria-invalid="true"{{/phone_error}} aria-describedby="phone-hint{{#phone_error}} phone-error{{/phone_error}}">
  </div>
  <div class="field{{#email_error}} has-error{{/email_error}}">
    <label for="email">电子邮箱</label>
    <p class="hint" id="email-hint">选择通过电子邮件获取信息时必填。</p>
    {{#email_error}}<p class="field-error" id="email-error">{{message}}</p>{{/email_error}}
    <input type="email" id="email" name="email" maxlength="254" value="{{email}}" autocomplete="email"{{#email_error}} aria-invalid="true"{{/email_error}} aria-describedby="email-hint{{#email_error}} email-error{{/email_error}}">
  </div>
  <div class="field{{#address_error}} has-error{{/address_error}}">
    <label for="address">通信地址 <span class="required" aria-hidden="true">*</span></label>
    {{#address_error}}<p class="field-error" id="address-error">{{message}}</p>{{/address_error}}
    <input type="text" id="address" name="address" maxlength="200" value="{{address}}" required autocomplete="street-address"{{#address_error}} aria-invalid="true" aria-describedby="address-error"{{/address_error}}>
  </div>
  <div class="field{{#postcode_error}} has-error{{/postcode_error}}">
    <label for="postcode">邮政编码</label>
    {{#postcode_error}}<p class="field-error" id="postcode-error">{{message}}</p>{{/postcode_error}}
    <input type="text" id="postcode" name="postcode" maxlength="6" value="{{postcode}}" autocomplete="postal-code"{{#postcode_error}} aria-invalid="true" aria-describedby="postcode-error"{{/postcode_error}}>
  </div>
  {{>notice_choice}}
</section>
<section class="form-section" aria-labelledby="sec-info">
  <h2 id="sec-info">五、所需政府信息</h2>
  <p class="hint" id="sec-info-hint">所需信息的名称、文号、内容描述<strong>至少填写一项</strong>，能让受理机关找到这些信息即可（《政府信息公开条例》第二十九条）。</p>
  <div class="field{{#info_title_error}} has-error{{/info_title_error}}">
    <label for="info_title">所需信息的名称</label>
    {{#info_title_error}}<p class="field-error" id="info_title-error">{{message}}</p>{{/info_title_error}}
    <input type="text" id="info_title" name="info_title" maxlength="200" value="{{info_title}}"{{#info_title_error}} aria-invalid="true"{{/info_title_error}} aria-describedby="sec-info-hint{{#info_title_error}} info_title-error{{/info_title_error}}">
  </div>
  <div class="field{{#info_doc_no_error}} has-error{{/info_doc_no_error}}">
    <label for="info_doc_no">文号</label>
    <p class="hint" id="info_doc_no-hint">如知道文件的发文字号，请填写，例如：宁民〔2025〕12号。</p>
    {{#info_doc_no_error}}<p class="field-error" id="info_doc_no-error">{{message}}</p>{{/info_doc_no_error}}
    <input type="text" id="info_doc_no" name="info_doc_no" maxlength="100" value="{{info_doc_no}}"{{#info_doc_no_error}} aria-invalid="true"{{/info_doc_no_error}} aria-describedby="info_doc_no-hint{{#info_doc_no_error}} info_doc_no-error{{/info_doc_no_error}}">
  </div>
  <div class="field{{#info_description_error}} has-error{{/info_description_error}}">
    <label for="info_description">所需信息的内容描述</label>
    <p class="hint" id="info_description-hint">不知道名称和文号时，请尽量写明信息的内容、形成时间、涉及的事项等，便于受理机关查找。最多4000字。</p>
    {{#info_description_error}}<p class="field-error" id="info_description-error">{{message}}</p>{{/info_description_error}}
    <textarea id="info_description" name="info_description" rows="6" maxlength="4000"{{#info_description_error}} aria-invalid="true"{{/info_description_error}} aria-describedby="info_description-hint{{#info_description_error}} info_description-error{{/info_description_error}}">{{info_description:pre_escape}}</textarea>
  </div>
  <div class="field{{#info_purpose_error}} has-error{{/info_purpose_error}}">
    <label for="info_purpose">用途</label>
    <p class="hint" id="info_purpose-hint">选填。法律不要求说明用途。</p>
    {{#info_purpose_error}}<p class="field-error" id="info_purpose-error">{{message}}</p>{{/info_purpose_error}}
    <textarea id="info_purpose" name="info_purpose" rows="6" maxlength="1000"{{#info_purpose_error}} aria-invalid="true"{{/info_purpose_error}} aria-describedby="info_purpose-hint{{#info_purpose_error}} info_purpose-error{{/info_purpose_error}}">{{info_purpose:pre_escape}}</textarea>
  </div>
</section>
<section class="form-section" aria-labelledby="sec-delivery">
  <h2 id="sec-delivery">六、获取信息的方式</h2>
  <fieldset class="field choice-group{{#medium_error}} has-error{{/medium_error}}"{{#medium_error}} aria-describedby="medium-error"{{/medium_error}}>
    <legend>获取信息的形式 <span class="required" aria-hidden="true">*</span></legend>
    {{#medium_error}}<p class="field-error" id="medium-error">{{message}}</p>{{/medium_error}}
    <div class="choices">
      <label class="choice" for="medium"><input type="radio" id="medium" name="medium" value="paper" required{{#medium_is_paper}} checked{{/medium_is_paper}}{{#medium_error}} aria-invalid="true"{{/medium_error}}> 纸质</label>
      <label class="choice" for="medium-electronic"><input type="radio" id="medium-electronic" name="medium" value="electronic" required{{#medium_is_electronic}} checked{{/medium_is_electronic}}{{#medium_error}} aria-invalid="true"{{/medium_error}}> 电子文档</label>
    </div>
  </fieldset>
  <fieldset class="field choice-group{{#delivery_error}} has-error{{/delivery_error}}"{{#delivery_error}} aria-describedby="delivery-error"{{/delivery_error}}>
    <legend>获取信息的途径 <span class="required" aria-hidden="true">*</span></legend>
    {{#delivery_error}}<p class="field-error" id="delivery-error">{{message}}</p>{{/delivery_error}}
    <div class="choices">
      <label class="choice" for="delivery"><input type="radio" id="delivery" name="delivery" value="post" required{{#delivery_is_post}} checked{{/delivery_is_post}}{{#delivery_error}} aria-invalid="true"{{/delivery_error}}> 邮寄</label>
      <label class="choice" for="delivery-pickup"><input type="radio" id="delivery-pickup" name="delivery" value="pickup" required{{#delivery_is_pickup}} checked{{/delivery_is_pickup}}{{#delivery_error}} aria-invalid="true"{{/delivery_error}}> 当面领取</label>
      <label class="choice" for="delivery-email"><input type="radio" id="delivery-email" name="delivery" value="email" required{{#delivery_is_email}} checked{{/delivery_is_email}}{{#delivery_error}} aria-invalid="true"{{/delivery_error}}> 电子邮件</label>
      <label class="choice" for="delivery-online"><input type="radio" id="delivery-online" name="delivery" value="online" required{{#delivery_is_online}} checked{{/delivery_is_online}}{{#delivery_error}} aria-invalid="true"{{/delivery_error}}> 网上获取</label>
    </div>
  </fieldset>
  <p class="hint">依申请提供政府信息不收取费用；申请数量、频次明显超过合理范围的，按规定收取信息处理费。</p>
</section>
<section class="form-section" aria-labelledby="sec-declare">
  <h2 id="sec-declare">七、声明</h2>
  <div class="field checkbox{{#declaration_error}} has-error{{/declaration_error}}">
    {{#declaration_error}}<p class="field-error" id="declaration-error">{{message}}</p>{{/declaration_error}}
    <label class="choice" for="declaration"><input type="checkbox" id="declaration" name="declaration" value="1" required{{#declaration_checked}} checked{{/declaration_checked}}{{#declaration_error}} aria-invalid="true" aria-describedby="declaration-error"{{/declaration_error}}> 本人（本单位）承诺以上所填信息真实、准确，并已阅读《政府信息公开指南》 <span class="required" aria-hidden="true">*</span></label>
  </div>
</section>
  <div class="honeypot" aria-hidden="true">
    <label for="website">网址（请勿填写此栏）</label>
    <input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
  </div>
  <p class="form-actions"><button type="submit">提交申请</button></p>
</form>
