{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/entries">← 返回公开信息列表</a></p>
<h1>{{heading}}</h1>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#existing}}
<section class="panel content-status" aria-labelledby="status-heading">
  <h2 id="status-heading">状态</h2>
  <dl class="meta-list">
    <dt>公开状态</dt><dd><span class="tag">{{status_label}}</span></dd>
    {{#working}}<dt>当前修订</dt><dd>{{work_status_label}}</dd>{{/working}}
    {{#published}}<dt>索引号</dt><dd>{{index_no}}</dd><dt>发布日期</dt><dd>{{published_on}}</dd>
    <dt>公开页面</dt><dd><a href="{{base}}/{{staff_agency_code}}/catalogue/{{entry_id}}">/{{staff_agency_code}}/catalogue/{{entry_id}}</a></dd>{{/published}}
  </dl>
  {{#returned}}
  <div class="review-comment" role="alert">
    <h3>审核人退回意见</h3>
    <p class="pre-wrap">{{review_comment:pre_escape}}</p>
  </div>
  {{/returned}}
  {{#in_review}}<p class="notice">此修订正在等待审核，审核结束前不能修改。</p>{{/in_review}}
  {{#can_submit}}
  <form action="{{base}}/admin/entries/{{entry_id}}/submit" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit">提交审核</button>
    <span class="hint">提交后由审核人进行保密审查并发布。请先保存修改。</span>
  </form>
  {{/can_submit}}
  {{>signoff}}
  {{#can_review}}
  <div class="review-actions">
    <form action="{{base}}/admin/entries/{{entry_id}}/publish" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      {{#publish_error}}<p class="field-error" role="alert">{{message}}</p>{{/publish_error}}
      <p><input type="checkbox" id="secrecy_checked" name="secrecy_checked" value="1">
      <label for="secrecy_checked">已按规定完成保密审查，本信息不涉及国家秘密、工作秘密、商业秘密和个人隐私</label></p>
      {{#one_level}}<button type="submit">审核通过并发布</button>{{/one_level}}
      {{#two_levels}}<button type="submit">审核通过，送审签</button>
      <span class="hint">本机关实行两级审核：审核通过后由审签人审签发布。</span>{{/two_levels}}
    </form>
    <form action="{{base}}/admin/entries/{{entry_id}}/return" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <label for="return-comment">退回意见（编辑会看到）</label>
      {{#return_error}}<p class="field-error" role="alert">{{message}}</p>{{/return_error}}
      <textarea id="return-comment" name="comment" rows="3" maxlength="600"></textarea>
      <button type="submit" class="secondary">退回修改</button>
    </form>
  </div>
  {{/can_review}}
</section>
{{/existing}}
{{#read_only}}{{>review_changes}}{{/read_only}}
{{#editable}}
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#e-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}{{form_action}}" method="post" class="admin-form entry-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#title_error}} has-error{{/title_error}}">
    <label for="e-title">标题 <span class="required">（必填）</span></label>
    {{#title_error}}<p class="field-error">{{message}}</p>{{/title_error}}
    <input id="e-title" name="title" type="text" maxlength="200" value="{{title}}" class="wide">
  </div>
  <div class="form-row">
    <div class="field{{#doc_no_error}} has-error{{/doc_no_error}}">
      <label for="e-doc_no">文号</label>
      {{#doc_no_error}}<p class="field-error">{{message}}</p>{{/doc_no_error}}
      <input id="e-doc_no" name="doc_no" type="text" maxlength="100" value="{{doc_no}}">
    </div>
    <div class="field{{#agency_id_error}} has-error{{/agency_id_error}}">
      <label for="e-agency_id">发布机构 <span class="required">（必填）</span></label>
      {{#agency_id_error}}<p class="field-error">{{message}}</p>{{/agency_id_error}}
      <select id="e-agency_id" name="agency_id">
        {{#agency_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/agency_options}}
      </select>
    </div>
    <div class="field{{#written_on_error}} has-error{{/written_on_error}}">
      <label for="e-written_on">成文日期</label>
      {{#written_on_error}}<p class="field-error">{{message}}</p>{{/written_on_error}}
      <input id="e-written_on" name="written_on" type="date" value="{{written_on}}">
    </div>
  </div>
  <div class="form-row">
    <div class="field{{#topic_id_error}} has-error{{/topic_id_error}}">
      <label for="e-topic_id">主题分类</label>
      {{#topic_id_error}}<p class="field-error">{{message}}</p>{{/topic_id_error}}
      <select id="e-topic_id" name="topic_id">
        <option value="">（未分类）</option>
        {{#topic_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/topic_options}}
      </select>
    </div>
    <div class="field{{#genre_id_error}} has-error{{/genre_id_error}}">
      <label for="e-genre_id">体裁分类</label>
      {{#genre_id_error}}<p class="field-error">{{message}}</p>{{/genre_id_error}}
      <select id="e-genre_id" name="genre_id">
        <option value="">（未分类）</option>
        {{#genre_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/genre_options}}
      </select>
    </div>
    <div class="field{{#keywords_error}} has-error{{/keywords_error}}">
      <label for="e-keywords">关键词</label>
      {{#keywords_error}}<p class="field-error">{{message}}</p>{{/keywords_error}}
      <input id="e-keywords" name="keywords" type="text" maxlength="200" value="{{keywords}}">
    </div>
  </div>
  <div class="form-row">
    <div class="field{{#disclosure_method_error}} has-error{{/disclosure_method_error}}">
      <label for="e-disclosure_method">公开方式</label>
      {{#disclosure_method_error}}<p class="field-error">{{message}}</p>{{/disclosure_method_error}}
      <select id="e-disclosure_method" name="disclosure_method">
        {{#disclosure_method_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/disclosure_method_options}}
      </select>
    </div>
    <div class="field{{#disclosure_scope_error}} has-error{{/disclosure_scope_error}}">
      <label for="e-disclosure_scope">公开范围</label>
      {{#disclosure_scope_error}}<p class="field-error">{{message}}</p>{{/disclosure_scope_error}}
      <select id="e-disclosure_scope" name="disclosure_scope">
        {{#disclosure_scope_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/disclosure_scope_options}}
      </select>
    </div>
    <div class="field{{#validity_error}} has-error{{/validity_error}}">
      <label for="e-validity">有效性</label>
      {{#validity_error}}<p class="field-error">{{message}}</p>{{/validity_error}}
      <select id="e-validity" name="validity">
        {{#validity_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/validity_options}}
      </select>
    </div>
  </div>
  <div class="field{{#art20_error}} has-error{{/art20_error}}">
    <label for="e-art20">法定主动公开内容（条例第二十条）</label>
    <p class="hint" id="e-art20-hint">属于《政府信息公开条例》第二十条所列事项的，选择对应项，公开页面“法定主动公开内容”栏目按此归类。可不选。</p>
    {{#art20_error}}<p class="field-error">{{message}}</p>{{/art20_error}}
    <select id="e-art20" name="art20" class="wide" aria-describedby="e-art20-hint">
      <option value="">（不属于第二十条所列事项）</option>
      {{#art20_choices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/art20_choices}}
    </select>
  </div>
  <fieldset class="field-group">
    <legend>解读与澄清</legend>
    <p class="hint" id="e-relation-hint">政策解读（文字解读、图解、音视频解读）须关联本平台已发布的政策原文，公开页面上原文显示“相关解读”，解读显示“政策原文”。澄清说明可关联被澄清的信息，被澄清的信息显示“澄清说明”链接；澄清本平台以外的不实信息时可不关联。</p>
    <div class="form-row">
      <div class="field{{#relation_error}} has-error{{/relation_error}}">
        <label for="e-relation">本信息是</label>
        {{#relation_error}}<p class="field-error">{{message}}</p>{{/relation_error}}
        <select id="e-relation" name="relation" aria-describedby="e-relation-hint">
          <option value="">（不是解读或澄清说明）</option>
          {{#relation_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/relation_options}}
        </select>
      </div>
      <div class="field{{#relates_to_error}} has-error{{/relates_to_error}}">
        <label for="e-relates_to">政策原文或被澄清的信息（文号、索引号或完整标题）</label>
        {{#relates_to_error}}<p class="field-error">{{message}}</p>{{/relates_to_error}}
        <input id="e-relates_to" name="relates_to" type="text" maxlength="200" value="{{relates_to}}" class="wide" aria-describedby="e-relation-hint">
      </div>
    </div>
  </fieldset>
  <div class="field{{#validity_note_error}} has-error{{/validity_note_error}}">
    <label for="e-validity_note">有效性说明</label>
    <p class="hint" id="e-validity_note-hint">修改、废止或失效时填写依据，例如“已被宁民〔2026〕3号废止”或“第五条已被宁民〔2026〕5号修改”。公开页面会显示。</p>
    {{#validity_note_error}}<p class="field-error">{{message}}</p>{{/validity_note_error}}
    <input id="e-validity_note" name="validity_note" type="text" maxlength="200" value="{{validity_note}}" class="wide" aria-describedby="e-validity_note-hint">
  </div>
  <div class="field{{#body_md_error}} has-error{{/body_md_error}}">
    <label for="e-body_md">正文（Markdown）</label>
    <p class="hint" id="e-body_md-hint">用 # 标题、- 列表、| 表格 |、[文字](网址) 链接排版。不允许 HTML。点“预览”查看效果。</p>
    {{#body_md_error}}<p class="field-error">{{message}}</p>{{/body_md_error}}
    <textarea id="e-body_md" name="body_md" rows="18" aria-describedby="e-body_md-hint">{{body_md:pre_escape}}</textarea>
  </div>
  <div class="field{{#change_note_error}} has-error{{/change_note_error}}">
    <label for="e-change_note">修改说明{{#amending}} <span class="required">（必填）</span>{{/amending}}</label>
    <p class="hint" id="e-change_note-hint">修改已发布的信息时必填，公开页面的“修改记录”会显示。</p>
    {{#change_note_error}}<p class="field-error">{{message}}</p>{{/change_note_error}}
    <input id="e-change_note" name="change_note" type="text" maxlength="500" value="{{change_note}}" class="wide" aria-describedby="e-change_note-hint">
  </div>
  <p class="form-actions">
    <button type="submit" name="action" value="save">保存草稿</button>
    <button type="submit" name="action" value="preview" class="secondary">预览</button>
  </p>
</form>
{{/editable}}
{{#preview}}
<section class="panel markdown-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">正文预览</h2>
  <div class="markdown">{{preview_html:none}}</div>
</section>
{{/preview}}
{{#existing}}
<section class="panel" aria-labelledby="files-heading">
  <h2 id="files-heading">附件</h2>
  {{#upload_error}}<p class="field-error" role="alert">{{message}}</p>{{/upload_error}}
  <table class="data compact">
    <thead><tr><th scope="col">文件名</th><th scope="col">类型</th><th scope="col">大小</th><th scope="col">操作</th></tr></thead>
    <tbody>
    {{#attachments}}
    <tr>
      <td>{{filename}}{{#pending_add}} <strong class="status-badge">新增，随修订发布后公开</strong>{{/pending_add}}{{#pending_remove}} <strong class="status-badge">删除，随修订发布后撤下</strong>{{/pending_remove}}</td><td>{{mime}}</td><td class="num">{{size}}</td>
      <td class="actions">{{#removable}}<form action="{{base}}/admin/entries/{{entry_id}}/attachments/{{attachment_id}}/delete" method="post">
        <input type="hidden" name="csrf_token" value="{{csrf_token}}">
        <button type="submit" class="secondary">删除</button></form>{{/removable}}</td>
    </tr>
    {{/attachments}}
    </tbody>
  </table>
  <form action="{{base}}/admin/entries/{{entry_id}}/attachments" method="post" enctype="multipart/form-data" class="upload-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <label for="attachment-file">上传附件</label>
    <p class="hint" id="attachment-hint">PDF、DOC、DOCX、XLS、XLSX、JPG、PNG，不超过 20 MB。按文件内容识别格式。已发布信息新增或删除的附件随修订一起审核，由另一位审核人发布后才在公开页面生效。</p>
    <input id="attachment-file" name="file" type="file" aria-describedby="attachment-hint">
    <button type="submit">上传</button>
  </form>
</section>
<section class="panel" aria-labelledby="history-heading">
  <h2 id="history-heading">修订记录</h2>
  <table class="data compact">
    <thead><tr><th scope="col">修订</th><th scope="col">状态</th><th scope="col">修改说明</th><th scope="col">创建时间</th><th scope="col">发布时间</th><th scope="col">审核意见</th></tr></thead>
    <tbody>
    {{#revisions}}<tr><td>第{{rev_no}}版</td><td>{{status_label}}</td><td>{{change_note}}</td><td>{{created_at}}</td><td>{{published_at}}</td><td>{{review_comment}}</td></tr>{{/revisions}}
    </tbody>
  </table>
</section>
{{/existing}}
