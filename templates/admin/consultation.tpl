{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/consultations">← 返回征集意见列表</a></p>
<h1>{{heading}}</h1>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#existing}}
<section class="panel content-status" aria-labelledby="status-heading">
  <h2 id="status-heading">状态：{{status_label}}（{{phase}}）</h2>
  {{#published}}<p>公开页面：<a href="{{base}}{{url}}">{{url}}</a>。经审核的有效意见 {{comments}} 条：<a href="{{base}}/admin/consultations/{{consultation_id}}/comments">查看和审核意见</a></p>
  <p class="hint">已发布的征求意见稿不能再修改，公众针对的是发布的版本。</p>{{/published}}
  {{#returned}}<div class="review-comment" role="alert"><h3>审核人退回意见</h3><p class="pre-wrap">{{review_comment}}</p></div>{{/returned}}
  {{#can_submit}}
  <form action="{{base}}/admin/consultations/{{consultation_id}}/submit" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit">提交审核</button>
  </form>
  {{/can_submit}}
  {{#can_review}}
  <div class="review-actions">
    <form action="{{base}}/admin/consultations/{{consultation_id}}/publish" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <p><input type="checkbox" id="secrecy_checked" name="secrecy_checked" value="1">
      <label for="secrecy_checked">已按规定完成保密审查</label></p>
      <button type="submit">审核通过并发布</button>
    </form>
    <form action="{{base}}/admin/consultations/{{consultation_id}}/return" method="post" class="workflow-form">
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
  <ul>{{#form_errors}}<li><a href="#c-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}{{form_action}}" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#title_error}} has-error{{/title_error}}">
    <label for="c-title">草案名称 <span class="required">（必填）</span></label>
    <p class="hint">如“宁国市最低生活保障审核确认办法（征求意见稿）”。</p>
    {{#title_error}}<p class="field-error">{{message}}</p>{{/title_error}}
    <input id="c-title" name="title" type="text" maxlength="200" value="{{title}}" class="wide">
  </div>
  <div class="form-row">
    <div class="field{{#starts_on_error}} has-error{{/starts_on_error}}">
      <label for="c-starts_on">征集开始日期 <span class="required">（必填）</span></label>
      {{#starts_on_error}}<p class="field-error">{{message}}</p>{{/starts_on_error}}
      <input id="c-starts_on" name="starts_on" type="date" value="{{starts_on}}">
    </div>
    <div class="field{{#ends_on_error}} has-error{{/ends_on_error}}">
      <label for="c-ends_on">征集截止日期 <span class="required">（必填）</span></label>
      <p class="hint">截止日当天仍可提交意见。截止日期须晚于开始日期，且不早于今天（{{today}}）。重大行政决策的征求意见期限一般不少于30日（《重大行政决策程序暂行条例》第十五条）。</p>
      {{#ends_on_error}}<p class="field-error">{{message}}</p>{{/ends_on_error}}
      <input id="c-ends_on" name="ends_on" type="date" value="{{ends_on}}">
    </div>
  </div>
  <div class="field{{#summary_md_error}} has-error{{/summary_md_error}}">
    <label for="c-summary_md">起草说明（Markdown） <span class="required">（必填）</span></label>
    <p class="hint">说明起草背景、主要内容，以及提意见的方式。草案全文请作为文件上传。</p>
    {{#summary_md_error}}<p class="field-error">{{message}}</p>{{/summary_md_error}}
    <textarea id="c-summary_md" name="summary_md" rows="12">{{summary_md:pre_escape}}</textarea>
  </div>
  <div class="field checkbox">
    <label class="choice" for="c-show_comments"><input type="checkbox" id="c-show_comments" name="show_comments" value="1"{{#show_comments_checked}} checked{{/show_comments_checked}}> 公开经审核的意见内容</label>
    <p class="hint">勾选后，审核采用意见时可以公开意见内容（不公开姓名和联系方式，审核人须删去内容中的个人信息）；不勾选则只公开意见条数。</p>
  </div>
  <p class="form-actions">
    <button type="submit" name="action" value="save">保存</button>
    <button type="submit" name="action" value="preview" class="secondary">预览</button>
  </p>
</form>
{{/fields_form}}
{{#preview}}
<section class="panel markdown-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">起草说明预览</h2>
  <div class="markdown">{{preview_html:none}}</div>
</section>
{{/preview}}
{{#documents}}
<section class="panel" aria-labelledby="documents-heading">
  <h2 id="documents-heading">草案及相关文件</h2>
  {{#no_documents}}<p>还没有上传文件。</p>{{/no_documents}}
  {{#has_documents}}<ul>{{#document}}<li>{{filename}} <span class="meta">{{size}}</span>{{#can_remove}}
    <form class="inline-form" action="{{base}}/admin/consultations/{{consultation_id}}/attachments/{{attachment_id}}/delete" method="post">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <button type="submit" class="secondary">删除</button>
    </form>{{/can_remove}}</li>{{/document}}</ul>{{/has_documents}}
  {{#can_upload}}
  <form action="{{base}}/admin/consultations/{{consultation_id}}/attachments" method="post" enctype="multipart/form-data" class="admin-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <label for="c-file">上传文件</label>
    <p class="hint" id="c-file-hint">PDF、Word、Excel 或图片，每个不超过 {{max_mb}} MB。</p>
    <input id="c-file" name="file" type="file" aria-describedby="c-file-hint">
    <button type="submit">上传</button>
  </form>
  {{/can_upload}}
</section>
{{/documents}}
{{#feedback_later}}<section class="panel" id="feedback"><h2>意见采纳情况</h2><p>{{reason}}</p></section>{{/feedback_later}}
{{#feedback}}
<section class="panel" id="feedback" aria-labelledby="feedback-heading">
  <h2 id="feedback-heading">意见采纳情况：{{status_label}}</h2>
  <p>经审核的有效意见共 {{received}} 条（<a href="{{base}}/admin/consultations/{{consultation_id}}/comments">查看意见</a>）。</p>
  {{#published}}<p>公开页面：<a href="{{base}}{{url}}">{{url}}</a></p>{{/published}}
  {{#returned}}<div class="review-comment" role="alert"><h3>审核人退回意见</h3><p class="pre-wrap">{{review_comment}}</p></div>{{/returned}}
  {{#feedback_read_only}}{{>review_changes}}{{/feedback_read_only}}
  {{#feedback_form}}
  {{#form_has_errors}}<div class="error-summary" role="alert"><p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#f-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul></div>{{/form_has_errors}}
  <form action="{{base}}/admin/consultations/{{consultation_id}}/feedback" method="post" class="admin-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <div class="field{{#adopted_error}} has-error{{/adopted_error}}">
      <label for="f-adopted">采纳的意见数 <span class="required">（必填）</span></label>
      {{#adopted_error}}<p class="field-error">{{message}}</p>{{/adopted_error}}
      <input id="f-adopted" name="adopted" type="text" inputmode="numeric" maxlength="9" value="{{adopted}}">
    </div>
    <div class="field{{#feedback_md_error}} has-error{{/feedback_md_error}}">
      <label for="f-feedback_md">意见采纳情况（Markdown） <span class="required">（必填）</span></label>
      <p class="hint">说明收到的意见的主要内容、采纳情况，以及未采纳的理由。</p>
      {{#feedback_md_error}}<p class="field-error">{{message}}</p>{{/feedback_md_error}}
      <textarea id="f-feedback_md" name="feedback_md" rows="12">{{feedback_md:pre_escape}}</textarea>
    </div>
    <p class="form-actions"><button type="submit">保存</button></p>
  </form>
  {{/feedback_form}}
  {{#can_submit}}
  <form action="{{base}}/admin/consultations/{{consultation_id}}/feedback/submit" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit">提交审核</button>
  </form>
  {{/can_submit}}
  {{#can_review}}
  <div class="review-actions">
    <form action="{{base}}/admin/consultations/{{consultation_id}}/feedback/publish" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <p><input type="checkbox" id="f-secrecy_checked" name="secrecy_checked" value="1">
      <label for="f-secrecy_checked">已按规定完成保密审查</label></p>
      <button type="submit">审核通过并公布</button>
    </form>
    <form action="{{base}}/admin/consultations/{{consultation_id}}/feedback/return" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      <label for="f-return-comment">退回意见（编辑会看到）</label>
      <textarea id="f-return-comment" name="comment" rows="3" maxlength="600"></textarea>
      <button type="submit" class="secondary">退回修改</button>
    </form>
  </div>
  {{/can_review}}
</section>
{{/feedback}}
