{{%AUTOESCAPE context="HTML"}}
<h1>留言查询</h1>
{{#lookup}}
<p>请输入提交留言后回执上显示的留言编号和查询码。</p>
{{#problem}}<div class="error-summary" role="alert"><p>{{message}}</p></div>{{/problem}}
{{#form_has_errors}}
<div class="error-summary" role="alert" aria-labelledby="error-summary-heading">
  <h2 id="error-summary-heading">有 {{error_count}} 处需要修改</h2>
  <ul>
    {{#form_errors}}<li><a href="#{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}
  </ul>
</div>
{{/form_has_errors}}
<form class="status-lookup" method="post" action="{{base}}/apply/message/status" accept-charset="utf-8" novalidate>
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <div class="field{{#number_error}} has-error{{/number_error}}">
    <label for="number">留言编号 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="number-hint">例如：LY-2026-000123</p>
    {{#number_error}}<p class="field-error" id="number-error">{{message}}</p>{{/number_error}}
    <input type="text" id="number" name="number" maxlength="40" value="{{number}}" required autocomplete="off"{{#number_error}} aria-invalid="true"{{/number_error}} aria-describedby="number-hint{{#number_error}} number-error{{/number_error}}">
  </div>
  <div class="field{{#code_error}} has-error{{/code_error}}">
    <label for="code">查询码 <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id="code-hint">回执上显示的12位字母和数字，不区分大小写。</p>
    {{#code_error}}<p class="field-error" id="code-error">{{message}}</p>{{/code_error}}
    <input type="text" id="code" name="code" maxlength="32" value="{{code}}" required autocomplete="off" spellcheck="false"{{#code_error}} aria-invalid="true"{{/code_error}} aria-describedby="code-hint{{#code_error}} code-error{{/code_error}}">
  </div>
  <p class="form-actions"><button type="submit">查询</button></p>
</form>
<p>还没有留言？<a href="{{base}}/apply/message">我要写信</a>。</p>
{{/lookup}}
{{#status}}
<dl class="summary-list">
  <dt>留言编号</dt><dd>{{number}}</dd>
  <dt>办理机关</dt><dd>{{addressee}}</dd>
  <dt>留言类型</dt><dd>{{kind}}</dd>
  <dt>状态</dt><dd><strong>{{state}}</strong>{{#open}}，答复期限：{{due_on}}{{/open}}</dd>
  <dt>提交时间</dt><dd>{{submitted_at}}</dd>
  <dt>是否公开</dt><dd>{{#published}}已公开（不含您的姓名和联系方式）{{/published}}{{#consent}}您同意公开，尚未公开{{/consent}}{{#no_consent}}不公开{{/no_consent}}</dd>
</dl>
<h2>您的留言：{{subject}}</h2>
<p class="pre-wrap">{{body}}</p>
{{#reply}}
<h2>答复（{{replied_on}}）</h2>
<p class="pre-wrap">{{reply_text}}</p>
{{/reply}}
{{#refused}}
<h2>不予受理</h2>
<p>理由：{{reason}}</p>
{{/refused}}
<h2>办理过程</h2>
<ol class="timeline">
  {{#event}}<li><span class="meta">{{at}}</span> {{label}}{{#text}}：{{text}}{{/text}}</li>{{/event}}
</ol>
{{/status}}
