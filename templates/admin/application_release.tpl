{{%AUTOESCAPE context="HTML"}}
<h1>转为主动公开</h1>
<p>申请 {{number}} 已答复公开。按照《政府信息公开条例》第四十四条，可以把公开的信息纳入主动公开。这里生成一条政府信息公开目录草稿，由信息编辑补充分类后提交审核，审核通过才会发布。</p>
<p class="notice" role="note">申请人的任何信息都不会带入草稿：不带姓名、证件号码、联系方式、地址、申请内容描述和答复内容。标题或文件名含有申请人姓名、证件号码、电话或邮箱的，系统会拒绝。草稿正文为：“{{release_note}}”</p>
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#r-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}/admin/application-release/{{id}}" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#title_error}} has-error{{/title_error}}">
    <label for="r-title">标题 <span class="required">（必填）</span></label>
    {{#title_error}}<p class="field-error">{{message}}</p>{{/title_error}}
    <input id="r-title" name="title" type="text" maxlength="200" value="{{title}}" class="wide">
    <p class="hint">写所公开信息的名称，如“2025年城乡低保资金发放情况”。</p>
  </div>
  <fieldset class="field{{#files_error}} has-error{{/files_error}}">
    <legend>随草稿复制的答复文件</legend>
    {{#files_error}}<p class="field-error" role="alert">{{message}}</p>{{/files_error}}
    <p class="hint">只勾选所公开的信息本身。答复书（告知书）载有申请人信息，不要勾选。</p>
    {{#file}}<label><input type="checkbox" name="file_{{file_id}}" value="1"{{#checked}} checked{{/checked}}> {{filename}}（{{size}}）</label>{{/file}}
  </fieldset>
  <button type="submit">生成主动公开草稿</button>
  <a href="{{base}}/admin/applications/{{id}}">返回申请</a>
</form>
