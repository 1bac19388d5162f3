{{%AUTOESCAPE context="HTML"}}
<h1>外链检查</h1>
<p class="lead">{{staff_agency_name}}公开内容中所有指向本站以外的链接和网址（已发布的公开信息及其修订说明、办事指南及其申请材料和办理流程、工作动态、页面、年度报告、机构职能和联系方式（含电子邮箱）、依申请公开受理机构；正文中的链接和其他栏目中写出的网址都算在内；平台管理员另见平台页面、站点设置和分类名称）。共 {{link_count}} 个，其中 {{flagged_count}} 个指向 .gov.cn 以外的主机。</p>
{{#has_flagged}}<p class="notice links-warning" role="alert">标为“非政府网站”的链接请逐一核对：来源不明的链接（例如博彩、广告网站）应立即通过修订删除。</p>{{/has_flagged}}
{{#no_links}}<p class="notice">公开网站上没有外部链接。</p>{{/no_links}}
<div class="table-wrap">
<table class="data links-table">
  <caption class="visually-hidden">外部链接列表，非政府网站排在前面</caption>
  <thead><tr><th scope="col">标记</th><th scope="col">主机</th><th scope="col">链接地址</th><th scope="col">出现位置</th></tr></thead>
  <tbody>
  {{#links}}
  <tr{{#flagged}} class="link-flagged"{{/flagged}}>
    <td>{{#flagged}}<strong class="tag tag-inactive">非政府网站</strong>{{/flagged}}</td>
    <td class="link-host">{{host}}</td>
    <td class="link-url"><code>{{url}}</code></td>
    <td>{{where}}<br>{{#admin_link}}<a href="{{base}}{{admin_url}}">编辑</a> · {{/admin_link}}<a href="{{base}}{{public_url}}">公开页面</a></td>
  </tr>
  {{/links}}
  </tbody>
</table>
</div>
