{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{title}} - 管理后台 - {{site_site_name}}</title>
<link rel="stylesheet" href="{{base}}/static/site.css">
<link rel="stylesheet" href="{{base}}/static/admin.css">
</head>
<body class="admin {{body_class}}">
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="admin-header">
  <div class="admin-header-inner">
    <p class="admin-site-name"><a href="{{base}}/admin/">{{site_agency_name}} 政府信息公开 · 管理后台</a></p>
    {{#signed_in}}
    <div class="admin-user">
      <span>当前用户：<strong>{{staff_display_name}}</strong>（{{staff_agency_name}}：{{staff_roles}}）</span>
      {{#agency_choice}}<form class="inline-form agency-switch" action="{{base}}/admin/agency" method="post">
        <input type="hidden" name="csrf_token" value="{{csrf_token}}">
        <label for="agency-switch">所在机关</label>
        <select id="agency-switch" name="agency">{{#agency_option}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agency_option}}</select>
        <button type="submit" class="secondary">切换</button>
      </form>{{/agency_choice}}
      <a href="{{base}}/admin/password">修改密码</a>
      <form class="inline-form" action="{{base}}/admin/logout" method="post">
        <input type="hidden" name="csrf_token" value="{{csrf_token}}">
        <button type="submit" class="secondary">退出</button>
      </form>
    </div>
    {{/signed_in}}
  </div>
  {{#signed_in}}
  <nav class="admin-nav" aria-label="后台导航">
    <ul>
      {{#admin_nav}}<li><a href="{{base}}{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/admin_nav}}
    </ul>
  </nav>
  {{/signed_in}}
</header>
<main id="main" class="admin-main" tabindex="-1">
{{>content}}
</main>
<footer class="admin-footer">
  <p>{{site_footer_sponsor}} · 工作人员专用，操作均记入审计日志。 <a href="{{base}}/">查看公开网站</a></p>
</footer>
</body>
</html>
