{{%AUTOESCAPE context="HTML"}}
<h1>站点设置</h1>
<p class="lead">全平台的设置：平台和上级门户网站的标识、页头页脚、索引号格式。保存后立即在公开网站生效，修改前后的值记入审计日志。各机关的依申请公开受理机构在<a href="{{base}}/admin/agencies">机关名录</a>中各机关的页面设置。另见：<a href="{{base}}/admin/categories">分类管理</a></p>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#has_errors}}<div class="error-summary" role="alert"><p>有 {{error_count}} 处需要修改，请查看标红的项目。</p></div>{{/has_errors}}
<form action="{{base}}/admin/settings" method="post" class="admin-form settings-form">
  <input type="hidden" name="csrf_token" value="{{csrf_token}}">
  {{#settings}}
  <div class="field{{#error}} has-error{{/error}}">
    <label for="s-{{key}}">{{label}}{{#required}} <span class="required">（必填）</span>{{/required}}</label>
    {{#hint}}<p class="hint">{{hint_text}}</p>{{/hint}}
    {{#error}}<p class="field-error">{{message}}</p>{{/error}}
    <input id="s-{{key}}" name="{{key}}" type="text" maxlength="{{max_chars}}" value="{{value}}" class="wide">
  </div>
  {{/settings}}
  <p><button type="submit">保存设置</button></p>
</form>
{{#has_other}}
<h2>其他设置（由其他功能维护，此处只读）</h2>
<table class="data compact"><thead><tr><th scope="col">键</th><th scope="col">值</th></tr></thead><tbody>
{{#other_settings}}<tr><td>{{key}}</td><td>{{value}}</td></tr>{{/other_settings}}
</tbody></table>
{{/has_other}}
