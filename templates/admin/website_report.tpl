{{%AUTOESCAPE context="HTML"}}
<h1>{{year}}年度政府网站工作年度报表</h1>
<p>按《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号），本平台作为政府门户网站的政府信息公开栏目，应于次年1月31日前在首页显著位置发布上一年度的《政府网站工作年度报表》。标有“由数据生成”的项目在保存时按平台数据重新计算（访问量来自 <code>portalctl visits</code> 的统计）；其余项目请如实填写，不知道的留空。保存后由另一位平台管理员审核发布。</p>
<p>状态：{{status_label}}{{#published}}（首次发布于 {{published_on}}，公开页面：<a href="{{base}}/website-report/{{year}}">查看</a>）{{/published}}</p>
{{#notice}}<p class="notice" role="status">{{text}}</p>{{/notice}}
{{#has_errors}}<div class="error-summary" role="alert"><p>有 {{count}} 处需要修改，见下方标出的项目；填写的内容都已保留。</p></div>{{/has_errors}}
<form action="{{base}}/admin/website-report/{{year}}" method="post" class="admin-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  {{#section}}
  <fieldset class="report-section">
    <legend>{{name}}</legend>
    {{#row}}
    <div class="field{{#error}} has-error{{/error}}">
      {{#generated}}<p><strong>{{label}}</strong>：{{value}}{{unit}} <span class="hint">（由数据生成）</span></p>{{/generated}}
      {{#typed}}<label for="wr-{{key}}">{{label}}{{#has_unit}}（{{unit}}）{{/has_unit}}</label>
      {{#error}}<p class="field-error">{{message}}</p>{{/error}}
      <input id="wr-{{key}}" name="{{key}}" type="text" maxlength="200" value="{{value}}">{{/typed}}
      {{#yes_no}}<fieldset><legend>{{label}}</legend>
      {{#error}}<p class="field-error">{{message}}</p>{{/error}}
      <label><input type="radio" name="{{key}}" value="是"{{#yes}} checked{{/yes}}> 是</label>
      <label><input type="radio" name="{{key}}" value="否"{{#no}} checked{{/no}}> 否</label>
      <label><input type="radio" name="{{key}}" value=""{{#unset}} checked{{/unset}}> 未填</label></fieldset>{{/yes_no}}
    </div>
    {{/row}}
  </fieldset>
  {{/section}}
  <button type="submit">保存并提交审核发布</button>
</form>
{{#can_publish}}
<form action="{{base}}/admin/website-report/{{year}}/publish" method="post" class="workflow-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  <input type="hidden" name="version" value="{{version}}">
  <button type="submit">审核通过并发布到平台首页</button>
</form>
{{/can_publish}}
