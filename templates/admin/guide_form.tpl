{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/guides">← 返回办事指南列表</a></p>
<h1>{{heading}}</h1>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#existing}}
<section class="panel content-status" aria-labelledby="status-heading">
  <h2 id="status-heading">状态：{{status_label}}</h2>
  {{#is_copy}}<p>这是 <a href="{{base}}/admin/guides/{{original_id}}">已发布指南</a> 的工作副本。审核发布后替换原版；在此之前公开网站显示原版。</p>{{/is_copy}}
  {{#published}}
  <p>公开页面：<a href="{{base}}/{{staff_agency_code}}/guides/{{guide_id}}">/{{staff_agency_code}}/guides/{{guide_id}}</a></p>
  {{#has_copy}}<p class="notice">已有工作副本：<a href="{{base}}/admin/guides/{{copy_id}}">继续编辑副本</a></p>{{/has_copy}}
  {{#can_copy}}
  <form action="{{base}}/admin/guides/{{guide_id}}/copy" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit">修改（创建工作副本）</button>
  </form>
  {{/can_copy}}
  {{/published}}
  {{#returned}}<div class="review-comment" role="alert"><h3>审核人退回意见</h3><p class="pre-wrap">{{review_comment:pre_escape}}</p></div>{{/returned}}
  {{#in_review}}<p class="notice">正在等待审核，审核结束前不能修改。</p>{{/in_review}}
  {{#can_submit}}
  <form action="{{base}}/admin/guides/{{guide_id}}/submit" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit">提交审核</button>
  </form>
  {{/can_submit}}
  {{>signoff}}
  {{#can_review}}
  <div class="review-actions">
    <form action="{{base}}/admin/guides/{{guide_id}}/publish" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <p><input type="checkbox" id="secrecy_checked" name="secrecy_checked" value="1">
      <label for="secrecy_checked">已按规定完成保密审查</label></p>
      {{#one_level}}<button type="submit">审核通过并发布</button>{{/one_level}}
      {{#two_levels}}<button type="submit">审核通过，送审签</button>
      <span class="hint">本机关实行两级审核：审核通过后由审签人审签发布。</span>{{/two_levels}}
    </form>
    <form action="{{base}}/admin/guides/{{guide_id}}/return" method="post" class="workflow-form">
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
  <ul>{{#form_errors}}<li><a href="#g-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}{{form_action}}" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#name_error}} has-error{{/name_error}}">
    <label for="g-name">事项名称 <span class="required">（必填）</span></label>
    {{#name_error}}<p class="field-error">{{message}}</p>{{/name_error}}
    <input id="g-name" name="name" type="text" maxlength="100" value="{{name}}" class="wide">
  </div>
  <div class="form-row">
  <div class="field{{#type_id_error}} has-error{{/type_id_error}}">
    <label for="g-type_id">事项类型 <span class="required">（必填）</span></label>
    {{#type_id_error}}<p class="field-error">{{message}}</p>{{/type_id_error}}
    <select id="g-type_id" name="type_id"><option value="">（请选择）</option>{{#type_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/type_options}}</select>
  </div>
  <div class="field{{#theme_id_error}} has-error{{/theme_id_error}}">
    <label for="g-theme_id">服务主题 <span class="required">（必填）</span></label>
    {{#theme_id_error}}<p class="field-error">{{message}}</p>{{/theme_id_error}}
    <select id="g-theme_id" name="theme_id"><option value="">（请选择）</option>{{#theme_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/theme_options}}</select>
  </div>
  <div class="field{{#agency_id_error}} has-error{{/agency_id_error}}">
    <label for="g-agency_id">实施主体 <span class="required">（必填）</span></label>
    {{#agency_id_error}}<p class="field-error">{{message}}</p>{{/agency_id_error}}
    <select id="g-agency_id" name="agency_id"><option value="">（请选择）</option>{{#agency_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/agency_options}}</select>
  </div>
  </div>
  <div class="field{{#legal_basis_md_error}} has-error{{/legal_basis_md_error}}">
    <label for="g-legal_basis_md">设定依据（Markdown）</label>
    {{#legal_basis_md_error}}<p class="field-error">{{message}}</p>{{/legal_basis_md_error}}
    <textarea id="g-legal_basis_md" name="legal_basis_md" rows="6">{{legal_basis_md:pre_escape}}</textarea>
  </div>
  <div class="field{{#conditions_md_error}} has-error{{/conditions_md_error}}">
    <label for="g-conditions_md">受理条件（Markdown）</label>
    {{#conditions_md_error}}<p class="field-error">{{message}}</p>{{/conditions_md_error}}
    <textarea id="g-conditions_md" name="conditions_md" rows="6">{{conditions_md:pre_escape}}</textarea>
  </div>
  <div class="form-row">
  <div class="field{{#legal_limit_error}} has-error{{/legal_limit_error}}">
    <label for="g-legal_limit">法定时限</label>
    {{#legal_limit_error}}<p class="field-error">{{message}}</p>{{/legal_limit_error}}
    <input id="g-legal_limit" name="legal_limit" type="text" maxlength="100" value="{{legal_limit}}" class="wide">
  </div>
  <div class="field{{#promised_limit_error}} has-error{{/promised_limit_error}}">
    <label for="g-promised_limit">承诺时限</label>
    {{#promised_limit_error}}<p class="field-error">{{message}}</p>{{/promised_limit_error}}
    <input id="g-promised_limit" name="promised_limit" type="text" maxlength="100" value="{{promised_limit}}" class="wide">
  </div>
  <div class="field{{#visits_error}} has-error{{/visits_error}}">
    <label for="g-visits">到现场次数 <span class="required">（必填）</span></label>
    {{#visits_error}}<p class="field-error">{{message}}</p>{{/visits_error}}
    <input id="g-visits" name="visits" type="text" maxlength="2" value="{{visits}}">
  </div>
  </div>
  <div class="field{{#fee_error}} has-error{{/fee_error}}">
    <label for="g-fee">收费标准（留空为不收费）</label>
    {{#fee_error}}<p class="field-error">{{message}}</p>{{/fee_error}}
    <input id="g-fee" name="fee" type="text" maxlength="200" value="{{fee}}" class="wide">
  </div>
  <div class="field{{#location_error}} has-error{{/location_error}}">
    <label for="g-location">办理地点</label>
    {{#location_error}}<p class="field-error">{{message}}</p>{{/location_error}}
    <input id="g-location" name="location" type="text" maxlength="200" value="{{location}}" class="wide">
  </div>
  <div class="field{{#hours_error}} has-error{{/hours_error}}">
    <label for="g-hours">办理时间</label>
    {{#hours_error}}<p class="field-error">{{message}}</p>{{/hours_error}}
    <input id="g-hours" name="hours" type="text" maxlength="200" value="{{hours}}" class="wide">
  </div>
  <div class="form-row">
  <div class="field{{#consult_phone_error}} has-error{{/consult_phone_error}}">
    <label for="g-consult_phone">咨询电话</label>
    {{#consult_phone_error}}<p class="field-error">{{message}}</p>{{/consult_phone_error}}
    <input id="g-consult_phone" name="consult_phone" type="text" maxlength="60" value="{{consult_phone}}">
  </div>
  <div class="field{{#complaint_phone_error}} has-error{{/complaint_phone_error}}">
    <label for="g-complaint_phone">投诉电话</label>
    {{#complaint_phone_error}}<p class="field-error">{{message}}</p>{{/complaint_phone_error}}
    <input id="g-complaint_phone" name="complaint_phone" type="text" maxlength="60" value="{{complaint_phone}}">
  </div>
  <div class="field{{#sort_error}} has-error{{/sort_error}}">
    <label for="g-sort">排序</label>
    {{#sort_error}}<p class="field-error">{{message}}</p>{{/sort_error}}
    <input id="g-sort" name="sort" type="text" maxlength="6" value="{{sort}}">
  </div>
  </div>
  <div class="field{{#faq_md_error}} has-error{{/faq_md_error}}">
    <label for="g-faq_md">常见问题（Markdown）</label>
    {{#faq_md_error}}<p class="field-error">{{message}}</p>{{/faq_md_error}}
    <textarea id="g-faq_md" name="faq_md" rows="6">{{faq_md:pre_escape}}</textarea>
  </div>
  <p class="form-actions">
    {{#editable}}<button type="submit" name="action" value="save">保存</button>{{/editable}}
    <button type="submit" name="action" value="preview" class="secondary">预览</button>
  </p>
</form>
{{/fields_form}}
{{#preview}}
<section class="panel markdown-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">预览</h2>
  <div class="markdown">{{preview_html:none}}</div>
</section>
{{/preview}}
{{#existing}}
<section class="panel" aria-labelledby="materials-heading">
  <h2 id="materials-heading">申请材料</h2>
  <table class="data compact guide-parts">
    <thead><tr><th scope="col">材料名称</th><th scope="col">形式</th><th scope="col">份数</th><th scope="col">必须</th><th scope="col">备注</th><th scope="col">空白表格 / 示例样表</th><th scope="col">操作</th></tr></thead>
    <tbody>
    {{#materials}}
    <tr>
      {{#parts_editable}}
      <td><input form="m-{{material_id}}" name="m_name" type="text" maxlength="200" value="{{m_name}}" aria-label="材料名称"></td>
      <td><select form="m-{{material_id}}" name="m_form" aria-label="材料形式">{{#form_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/form_options}}</select></td>
      <td><input form="m-{{material_id}}" name="m_copies" type="text" maxlength="2" size="3" value="{{m_copies}}" aria-label="份数"></td>
      <td><input form="m-{{material_id}}" name="m_required" type="checkbox" value="1"{{#m_required}} checked{{/m_required}} aria-label="必须提供"></td>
      <td><input form="m-{{material_id}}" name="m_notes" type="text" maxlength="500" value="{{m_notes}}" aria-label="备注"></td>
      <td>
        {{#blank_form}}空白表格：{{blank_name}} <label><input form="m-{{material_id}}" type="checkbox" name="remove_blank" value="1"> 移除</label><br>{{/blank_form}}
        <label>上传空白表格 <input form="m-{{material_id}}" type="file" name="blank_form"></label><br>
        {{#sample}}示例样表：{{sample_name}} <label><input form="m-{{material_id}}" type="checkbox" name="remove_sample" value="1"> 移除</label><br>{{/sample}}
        <label>上传示例样表 <input form="m-{{material_id}}" type="file" name="sample"></label>
      </td>
      <td class="actions">
        <form id="m-{{material_id}}" action="{{base}}/admin/guides/{{guide_id}}/materials/{{material_id}}/save" method="post" enctype="multipart/form-data">
          <input type="hidden" name="csrf_token" value="{{csrf_token}}"><button type="submit">保存</button></form>
        <form action="{{base}}/admin/guides/{{guide_id}}/materials/{{material_id}}/up" method="post"><input type="hidden" name="csrf_token" value="{{csrf_token}}"><button type="submit" class="secondary" aria-label="上移 {{m_name}}">↑</button></form>
        <form action="{{base}}/admin/guides/{{guide_id}}/materials/{{material_id}}/down" method="post"><input type="hidden" name="csrf_token" value="{{csrf_token}}"><button type="submit" class="secondary" aria-label="下移 {{m_name}}">↓</button></form>
        <form action="{{base}}/admin/guides/{{guide_id}}/materials/{{material_id}}/delete" method="post"><input type="hidden" name="csrf_token" value="{{csrf_token}}"><button type="submit" class="secondary">删除</button></form>
      </td>
      {{/parts_editable}}
      {{#parts_readonly}}
      <td>{{m_name}}</td><td>{{m_form}}</td><td>{{m_copies}}</td><td>{{#m_required}}是{{/m_required}}</td><td>{{m_notes}}</td>
      <td>{{#blank_form}}空白表格：{{blank_name}}<br>{{/blank_form}}{{#sample}}示例样表：{{sample_name}}{{/sample}}</td><td></td>
      {{/parts_readonly}}
    </tr>
    {{/materials}}
    </tbody>
  </table>
  {{#parts_editable}}
  <form action="{{base}}/admin/guides/{{guide_id}}/materials" method="post" enctype="multipart/form-data" class="filter-bar">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <div class="field"><label for="new-m_name">材料名称</label><input id="new-m_name" name="m_name" type="text" maxlength="200"></div>
    <div class="field"><label for="new-m_form">形式</label><select id="new-m_form" name="m_form"><option>原件</option><option>复印件</option><option>原件和复印件</option></select></div>
    <div class="field"><label for="new-m_copies">份数</label><input id="new-m_copies" name="m_copies" type="text" maxlength="2" size="3" value="1"></div>
    <div class="field"><label><input name="m_required" type="checkbox" value="1" checked> 必须提供</label></div>
    <div class="field"><label for="new-m_notes">备注</label><input id="new-m_notes" name="m_notes" type="text" maxlength="500"></div>
    <div class="field"><label for="new-blank">空白表格</label><input id="new-blank" name="blank_form" type="file"></div>
    <div class="field"><label for="new-sample">示例样表</label><input id="new-sample" name="sample" type="file"></div>
    <div class="field"><button type="submit">添加材料</button></div>
  </form>
  {{/parts_editable}}
</section>
<section class="panel" aria-labelledby="steps-heading">
  <h2 id="steps-heading">办理流程</h2>
  <ol class="guide-steps-edit">
  {{#steps}}
  <li>
    {{#parts_editable}}
    <form action="{{base}}/admin/guides/{{guide_id}}/steps/{{step_id}}/save" method="post" class="filter-bar">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <div class="field"><label for="s{{step_id}}-title">步骤名称</label><input id="s{{step_id}}-title" name="s_title" type="text" maxlength="100" value="{{s_title}}"></div>
      <div class="field"><label for="s{{step_id}}-desc">说明</label><input id="s{{step_id}}-desc" name="s_description" type="text" maxlength="2000" value="{{s_description}}" class="wide"></div>
      <div class="field"><button type="submit">保存</button></div>
    </form>
    <form action="{{base}}/admin/guides/{{guide_id}}/steps/{{step_id}}/up" method="post" class="inline-form"><input type="hidden" name="csrf_token" value="{{csrf_token}}"><button type="submit" class="secondary" aria-label="上移 {{s_title}}">↑</button></form>
    <form action="{{base}}/admin/guides/{{guide_id}}/steps/{{step_id}}/down" method="post" class="inline-form"><input type="hidden" name="csrf_token" value="{{csrf_token}}"><button type="submit" class="secondary" aria-label="下移 {{s_title}}">↓</button></form>
    <form action="{{base}}/admin/guides/{{guide_id}}/steps/{{step_id}}/delete" method="post" class="inline-form"><input type="hidden" name="csrf_token" value="{{csrf_token}}"><button type="submit" class="secondary">删除</button></form>
    {{/parts_editable}}
    {{#parts_readonly}}<strong>{{s_title}}</strong>：{{s_description}}{{/parts_readonly}}
  </li>
  {{/steps}}
  </ol>
  {{#parts_editable}}
  <form action="{{base}}/admin/guides/{{guide_id}}/steps" method="post" class="filter-bar">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <div class="field"><label for="new-s_title">步骤名称</label><input id="new-s_title" name="s_title" type="text" maxlength="100"></div>
    <div class="field"><label for="new-s_description">说明</label><input id="new-s_description" name="s_description" type="text" maxlength="2000" class="wide"></div>
    <div class="field"><button type="submit">添加步骤</button></div>
  </form>
  {{/parts_editable}}
</section>
{{/existing}}
