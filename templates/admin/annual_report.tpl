{{%AUTOESCAPE context="HTML"}}
<p><a href="{{base}}/admin/annual-report">← 返回年度报告列表</a></p>
<h1>{{heading}}</h1>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#workflow}}
<section class="panel content-status" aria-labelledby="status-heading">
  <h2 id="status-heading">状态：{{status_label}}</h2>
  <p class="hint">依《政府信息公开条例》第四十九条，本年度报告应于{{next_year}}年1月31日前向社会公布。</p>
  {{#published}}<p>已于 <time datetime="{{published_on}}">{{published_on}}</time> 发布{{#frozen}}，第二、三部分的数字已冻结{{/frozen}}。公开页面：<a href="{{base}}{{public_url}}">{{public_url}}</a></p>{{/published}}
  {{#legacy}}<p>该年度报告为旧格式的整篇正文，不按统一格式计算，请在公开页面查看。</p>{{/legacy}}
  {{#returned}}<div class="review-comment" role="alert"><h3>审核人退回意见</h3><p class="pre-line">{{review_comment}}</p></div>{{/returned}}
  {{#can_submit}}
  <form action="{{base}}/admin/annual-report/{{year}}/submit" method="post" class="workflow-form">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <button type="submit">提交审核</button>
  </form>
  {{/can_submit}}
  {{#can_review}}
  {{#unbalanced_warning}}<p class="error-summary" role="alert">注意：第三部分的勾稽关系不成立（见下方预览），发布前请核查申请办理记录。</p>{{/unbalanced_warning}}
  <div class="review-actions">
    <form action="{{base}}/admin/annual-report/{{year}}/publish" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      {{#publish_error}}<p class="field-error" role="alert">{{message}}</p>{{/publish_error}}
      <p><input type="checkbox" id="secrecy_checked" name="secrecy_checked" value="1">
      <label for="secrecy_checked">已按规定完成保密审查</label></p>
      <p class="hint">发布时将按当时的数据冻结第二、三部分的数字，此后公开页面不随数据变化。</p>
      <button type="submit">审核通过并发布</button>
    </form>
    <form action="{{base}}/admin/annual-report/{{year}}/return" method="post" class="workflow-form">
      <input type="hidden" name="csrf_token" value="{{csrf_token}}">
      {{#return_error}}<p class="field-error" role="alert">{{message}}</p>{{/return_error}}
      <label for="return-comment">退回意见（编辑会看到）</label>
      <textarea id="return-comment" name="comment" rows="3" maxlength="600"></textarea>
      <button type="submit" class="secondary">退回修改</button>
    </form>
  </div>
  {{/can_review}}
</section>
{{/workflow}}
{{#editor_form}}
{{#form_has_errors}}
<div class="error-summary" role="alert">
  <p>有 {{error_count}} 处需要修改：</p>
  <ul>{{#form_errors}}<li><a href="#r-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul>
</div>
{{/form_has_errors}}
<form action="{{base}}/admin/annual-report/{{year}}" method="post" class="admin-form annual-report-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#title_error}} has-error{{/title_error}}">
    <label for="r-title">报告标题 <span class="required">（必填）</span></label>
    {{#title_error}}<p class="field-error">{{message}}</p>{{/title_error}}
    <input id="r-title" name="title" type="text" maxlength="200" value="{{title}}" class="wide">
  </div>
  <div class="field{{#section1_md_error}} has-error{{/section1_md_error}}">
    <label for="r-section1_md">一、总体情况（Markdown）</label>
    {{#section1_md_error}}<p class="field-error">{{message}}</p>{{/section1_md_error}}
    <textarea id="r-section1_md" name="section1_md" rows="10">{{section1_md}}</textarea>
  </div>
  <fieldset class="report-numbers">
    <legend>二、主动公开政府信息情况：由其他业务系统统计、需手工填写的数字</legend>
    <p class="hint">规章、行政规范性文件的制发、废止和现行有效件数由公开目录自动统计，见下方预览。</p>
    <div class="form-row">
    {{#s2_number}}
    <div class="field{{#error}} has-error{{/error}}">
      <label for="r-{{name}}">{{label}}</label>
      {{#error}}<p class="field-error">{{message}}</p>{{/error}}
      <input id="r-{{name}}" name="{{name}}" type="text" maxlength="16" size="10" value="{{value}}">
    </div>
    {{/s2_number}}
    </div>
  </fieldset>
  <fieldset class="report-numbers">
    <legend>四、政府信息公开行政复议、行政诉讼情况（件）</legend>
    <p class="hint">每组的“总计”必须等于前四项之和。</p>
    {{#s4_group}}
    <fieldset class="report-number-group">
      <legend>{{legend}}</legend>
      <div class="form-row">
      {{#s4_number}}
      <div class="field{{#error}} has-error{{/error}}">
        <label for="r-{{name}}">{{label}}</label>
        {{#error}}<p class="field-error">{{message}}</p>{{/error}}
        <input id="r-{{name}}" name="{{name}}" type="text" maxlength="16" size="6" value="{{value}}">
      </div>
      {{/s4_number}}
      </div>
    </fieldset>
    {{/s4_group}}
  </fieldset>
  <div class="field{{#section5_md_error}} has-error{{/section5_md_error}}">
    <label for="r-section5_md">五、存在的主要问题及改进情况（Markdown）</label>
    {{#section5_md_error}}<p class="field-error">{{message}}</p>{{/section5_md_error}}
    <textarea id="r-section5_md" name="section5_md" rows="6">{{section5_md}}</textarea>
  </div>
  <div class="field{{#section6_md_error}} has-error{{/section6_md_error}}">
    <label for="r-section6_md">六、其他需要报告的事项（Markdown）</label>
    {{#section6_md_error}}<p class="field-error">{{message}}</p>{{/section6_md_error}}
    <textarea id="r-section6_md" name="section6_md" rows="6">{{section6_md}}</textarea>
  </div>
  <p class="form-actions">
    <button type="submit" name="action" value="save">保存草稿</button>
    <button type="submit" name="action" value="preview" class="secondary">预览</button>
  </p>
</form>
{{/editor_form}}
{{#legacy_note}}<p><a href="{{base}}{{public_url}}">查看已公布的{{year}}年度报告</a></p>{{/legacy_note}}
{{#report_preview}}
<section class="panel report-preview" aria-labelledby="preview-heading">
  <h2 id="preview-heading">报告预览</h2>
  <p class="hint">{{figures_note}}</p>
  <article class="annual-report">
    <h3 class="report-preview-title">{{title}}</h3>
    {{#section1}}<section aria-labelledby="preview-s1"><h2 id="preview-s1">一、总体情况</h2><div class="markdown">{{html:none}}</div></section>{{/section1}}
    {{>report_tables}}
    {{#section5}}<section aria-labelledby="preview-s5"><h2 id="preview-s5">五、存在的主要问题及改进情况</h2><div class="markdown">{{html:none}}</div></section>{{/section5}}
    {{#section6}}<section aria-labelledby="preview-s6"><h2 id="preview-s6">六、其他需要报告的事项</h2><div class="markdown">{{html:none}}</div></section>{{/section6}}
  </article>
  <details class="report-method">
    <summary>数字的统计口径</summary>
    <ul>
      <li>只统计本机关（含所属内设机构和下属单位）的公开目录和本机关受理的申请，不含平台上其他机关的。</li>
      <li>本年新收：确认收到日期在本年度内的申请；尚未确认收到的，按提交时间（北京时间）计。</li>
      <li>上年结转：本年度之前收到、且在本年1月1日前尚未办结的申请。</li>
      <li>本年度办理结果：答复、终止或撤回日期在本年度内的申请，按登记的办理结果分类；申请人撤回的计入“（六）其他处理 3.其他”。</li>
      <li>结转下年度继续办理：本年12月31日前收到、当日仍未办结的申请。</li>
      <li>规章、行政规范性文件：公开目录中体裁为“规章”“行政规范性文件”的已发布信息。本年制发按成文日期（未填写的按发布日期）计；本年废止按首次标注为“已废止”的修订发布日期计；现行有效为截至12月31日已制发且尚未废止或失效的件数。</li>
    </ul>
  </details>
</section>
{{/report_preview}}
