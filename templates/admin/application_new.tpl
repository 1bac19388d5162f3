{{%AUTOESCAPE context="HTML"}}
<p class="app-back"><a href="{{base}}/admin/applications">返回申请列表</a></p>
<h1>登记书面/来访申请</h1>
<p>登记为<strong>{{staff_agency_name}}</strong>收到的申请，编号按本机关的顺序生成。申请人以纸质书面、信函、当面、电子邮件或传真方式提出的申请，在这里按原件登记。保存后系统生成申请编号和查询码，并以“收到申请的日期”为第0天开始计算答复期限。带 <span class="required">*</span> 的为必填项。</p>
{{#problem}}<div class="error-summary" role="alert"><p>{{message}}</p></div>{{/problem}}
{{#form_has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
  <h2 id="error-summary-heading">有 {{error_count}} 处需要修改，申请尚未登记</h2>
  <ul>
    {{#form_errors}}<li><a href="#{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}
  </ul>
</div>
{{/form_has_errors}}
<form class="apply-form" method="post" action="{{base}}/admin/applications/new" accept-charset="utf-8">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <input type="hidden" name="idempotency_key" value="{{idempotency_key}}">
<section class="panel" aria-labelledby="sec-channel">
  <h2 id="sec-channel">收件信息</h2>
  <div class="field{{#channel_error}} has-error{{/channel_error}}">
    <label for="channel">申请渠道 <span class="required" aria-hidden="true">*</span></label>
    {{#channel_error}}<p class="field-error" id="channel-error">{{message}}</p>{{/channel_error}}
    <select id="channel" name="channel"{{#channel_error}} aria-invalid="true" aria-describedby="channel-error"{{/channel_error}}>
      {{#channel_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/channel_options}}
    </select>
  </div>
  <div class="field{{#received_on_error}} has-error{{/received_on_error}}">
    <label for="received_on">收到申请的日期 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint">按实际收到书面申请（信函以签收日为准）的日期填写，不能晚于今天。</p>
    {{#received_on_error}}<p class="field-error" id="received_on-error">{{message}}</p>{{/received_on_error}}
    <input type="date" id="received_on" name="received_on" maxlength="10" value="{{received_on}}"{{#received_on_error}} aria-invalid="true" aria-describedby="received_on-error"{{/received_on_error}}>
  </div>
  <div class="field{{#applicant_type_error}} has-error{{/applicant_type_error}}">
    <label for="applicant_type">申请人类型 <span class="required" aria-hidden="true">*</span></label>
    {{#applicant_type_error}}<p class="field-error" id="applicant_type-error">{{message}}</p>{{/applicant_type_error}}
    <select id="applicant_type" name="applicant_type"{{#applicant_type_error}} aria-invalid="true" aria-describedby="applicant_type-error"{{/applicant_type_error}}>
      <option value="">请选择</option>
      {{#applicant_type_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/applicant_type_options}}
    </select>
  </div>
</section>
<section class="panel" aria-labelledby="sec-person">
  <h2 id="sec-person">公民填写</h2>
  <p class="hint">申请人类型为“公民”时填写本栏。</p>
  <div class="field{{#person_name_error}} has-error{{/person_name_error}}">
    <label for="person_name">姓名 <span class="required" aria-hidden="true">*</span></label>
    {{#person_name_error}}<p class="field-error" id="person_name-error">{{message}}</p>{{/person_name_error}}
    <input type="text" id="person_name" name="person_name" maxlength="50" value="{{person_name}}"{{#person_name_error}} aria-invalid="true" aria-describedby="person_name-error"{{/person_name_error}}>
  </div>
  <div class="field{{#id_type_error}} has-error{{/id_type_error}}">
    <label for="id_type">证件类型 <span class="required" aria-hidden="true">*</span></label>
    {{#id_type_error}}<p class="field-error" id="id_type-error">{{message}}</p>{{/id_type_error}}
    <select id="id_type" name="id_type"{{#id_type_error}} aria-invalid="true" aria-describedby="id_type-error"{{/id_type_error}}>
      <option value="">请选择</option>
      {{#id_type_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/id_type_options}}
    </select>
  </div>
  <div class="field{{#id_number_error}} has-error{{/id_number_error}}">
    <label for="id_number">证件号码 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint">居民身份证为18位，末位可能是X。</p>
    {{#id_number_error}}<p class="field-error" id="id_number-error">{{message}}</p>{{/id_number_error}}
    <input type="text" id="id_number" name="id_number" maxlength="30" value="{{id_number}}"{{#id_number_error}} aria-invalid="true" aria-describedby="id_number-error"{{/id_number_error}}>
  </div>
  <div class="field{{#work_unit_error}} has-error{{/work_unit_error}}">
    <label for="work_unit">工作单位</label>
    {{#work_unit_error}}<p class="field-error" id="work_unit-error">{{message}}</p>{{/work_unit_error}}
    <input type="text" id="work_unit" name="work_unit" maxlength="100" value="{{work_unit}}"{{#work_unit_error}} aria-invalid="true" aria-describedby="work_unit-error"{{/work_unit_error}}>
  </div>
</section>
<section class="panel" aria-labelledby="sec-org">
  <h2 id="sec-org">法人或其他组织填写</h2>
  <p class="hint">申请人类型为“法人或其他组织”时填写本栏。</p>
  <div class="field{{#org_name_error}} has-error{{/org_name_error}}">
    <label for="org_name">名称 <span class="required" aria-hidden="true">*</span></label>
    {{#org_name_error}}<p class="field-error" id="org_name-error">{{message}}</p>{{/org_name_error}}
    <input type="text" id="org_name" name="org_name" maxlength="100" value="{{org_name}}"{{#org_name_error}} aria-invalid="true" aria-describedby="org_name-error"{{/org_name_error}}>
  </div>
  <div class="field{{#org_category_error}} has-error{{/org_category_error}}">
    <label for="org_category">组织类别 <span class="required" aria-hidden="true">*</span></label>
    {{#org_category_error}}<p class="field-error" id="org_category-error">{{message}}</p>{{/org_category_error}}
    <select id="org_category" name="org_category"{{#org_category_error}} aria-invalid="true" aria-describedby="org_category-error"{{/org_category_error}}>
      <option value="">请选择</option>
      {{#org_category_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/org_category_options}}
    </select>
  </div>
  <div class="field{{#uscc_error}} has-error{{/uscc_error}}">
    <label for="uscc">统一社会信用代码 <span class="required" aria-hidden="true">*</span></label>
    {{#uscc_error}}<p class="field-error" id="uscc-error">{{message}}</p>{{/uscc_error}}
    <input type="text" id="uscc" name="uscc" maxlength="18" value="{{uscc}}"{{#uscc_error}} aria-invalid="true" aria-describedby="uscc-error"{{/uscc_error}}>
  </div>
  <div class="field{{#legal_rep_error}} has-error{{/legal_rep_error}}">
    <label for="legal_rep">法定代表人或负责人 <span class="required" aria-hidden="true">*</span></label>
    {{#legal_rep_error}}<p class="field-error" id="legal_rep-error">{{message}}</p>{{/legal_rep_error}}
    <input type="text" id="legal_rep" name="legal_rep" maxlength="50" value="{{legal_rep}}"{{#legal_rep_error}} aria-invalid="true" aria-describedby="legal_rep-error"{{/legal_rep_error}}>
  </div>
  <div class="field{{#contact_name_error}} has-error{{/contact_name_error}}">
    <label for="contact_name">联系人姓名 <span class="required" aria-hidden="true">*</span></label>
    {{#contact_name_error}}<p class="field-error" id="contact_name-error">{{message}}</p>{{/contact_name_error}}
    <input type="text" id="contact_name" name="contact_name" maxlength="50" value="{{contact_name}}"{{#contact_name_error}} aria-invalid="true" aria-describedby="contact_name-error"{{/contact_name_error}}>
  </div>
</section>
<section class="panel" aria-labelledby="sec-contact">
  <h2 id="sec-contact">联系方式</h2>
  <div class="field{{#phone_error}} has-error{{/phone_error}}">
    <label for="phone">联系电话 <span class="required" aria-hidden="true">*</span></label>
    {{#phone_error}}<p class="field-error" id="phone-error">{{message}}</p>{{/phone_error}}
    <input type="tel" id="phone" name="phone" maxlength="30" value="{{phone}}"{{#phone_error}} aria-invalid="true" aria-describedby="phone-error"{{/phone_error}}>
  </div>
  <div class="field{{#email_error}} has-error{{/email_error}}">
    <label for="email">电子邮箱</label>
    {{#email_error}}<p class="field-error" id="email-error">{{message}}</p>{{/email_error}}
    <input type="email" id="email" name="email" maxlength="254" value="{{email}}"{{#email_error}} aria-invalid="true" aria-describedby="email-error"{{/email_error}}>
  </div>
  <div class="field{{#address_error}} has-error{{/address_error}}">
    <label for="address">通信地址 <span class="required" aria-hidden="true">*</span></label>
    {{#address_error}}<p class="field-error" id="address-error">{{message}}</p>{{/address_error}}
    <input type="text" id="address" name="address" maxlength="200" value="{{address}}"{{#address_error}} aria-invalid="true" aria-describedby="address-error"{{/address_error}}>
  </div>
  <div class="field{{#postcode_error}} has-error{{/postcode_error}}">
    <label for="postcode">邮政编码</label>
    {{#postcode_error}}<p class="field-error" id="postcode-error">{{message}}</p>{{/postcode_error}}
    <input type="text" id="postcode" name="postcode" maxlength="6" value="{{postcode}}"{{#postcode_error}} aria-invalid="true" aria-describedby="postcode-error"{{/postcode_error}}>
  </div>
</section>
<section class="panel" aria-labelledby="sec-info">
  <h2 id="sec-info">所需信息</h2>
  <p class="hint">名称、文号、内容描述至少填写一项（条例第二十九条：能据以指向特定政府信息即可）。</p>
  <div class="field{{#info_title_error}} has-error{{/info_title_error}}">
    <label for="info_title">所需信息的名称</label>
    {{#info_title_error}}<p class="field-error" id="info_title-error">{{message}}</p>{{/info_title_error}}
    <input type="text" id="info_title" name="info_title" maxlength="200" value="{{info_title}}"{{#info_title_error}} aria-invalid="true" aria-describedby="info_title-error"{{/info_title_error}}>
  </div>
  <div class="field{{#info_doc_no_error}} has-error{{/info_doc_no_error}}">
    <label for="info_doc_no">文号</label>
    {{#info_doc_no_error}}<p class="field-error" id="info_doc_no-error">{{message}}</p>{{/info_doc_no_error}}
    <input type="text" id="info_doc_no" name="info_doc_no" maxlength="100" value="{{info_doc_no}}"{{#info_doc_no_error}} aria-invalid="true" aria-describedby="info_doc_no-error"{{/info_doc_no_error}}>
  </div>
  <div class="field{{#info_description_error}} has-error{{/info_description_error}}">
    <label for="info_description">所需信息的内容描述</label>
    {{#info_description_error}}<p class="field-error" id="info_description-error">{{message}}</p>{{/info_description_error}}
    <textarea id="info_description" name="info_description" rows="6" maxlength="4000"{{#info_description_error}} aria-invalid="true" aria-describedby="info_description-error"{{/info_description_error}}>{{info_description}}</textarea>
  </div>
  <div class="field{{#info_purpose_error}} has-error{{/info_purpose_error}}">
    <label for="info_purpose">用途</label>
    {{#info_purpose_error}}<p class="field-error" id="info_purpose-error">{{message}}</p>{{/info_purpose_error}}
    <textarea id="info_purpose" name="info_purpose" rows="3" maxlength="1000"{{#info_purpose_error}} aria-invalid="true" aria-describedby="info_purpose-error"{{/info_purpose_error}}>{{info_purpose}}</textarea>
  </div>
  <div class="field{{#medium_error}} has-error{{/medium_error}}">
    <label for="medium">获取信息的形式 <span class="required" aria-hidden="true">*</span></label>
    {{#medium_error}}<p class="field-error" id="medium-error">{{message}}</p>{{/medium_error}}
    <select id="medium" name="medium"{{#medium_error}} aria-invalid="true" aria-describedby="medium-error"{{/medium_error}}>
      <option value="">请选择</option>
      {{#medium_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/medium_options}}
    </select>
  </div>
  <div class="field{{#delivery_error}} has-error{{/delivery_error}}">
    <label for="delivery">获取信息的途径 <span class="required" aria-hidden="true">*</span></label>
    {{#delivery_error}}<p class="field-error" id="delivery-error">{{message}}</p>{{/delivery_error}}
    <select id="delivery" name="delivery"{{#delivery_error}} aria-invalid="true" aria-describedby="delivery-error"{{/delivery_error}}>
      <option value="">请选择</option>
      {{#delivery_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/delivery_options}}
    </select>
  </div>
</section>
<p><button type="submit">登记申请</button></p>
</form>
