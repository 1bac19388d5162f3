{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{{title}}：{{platform_name}}政府信息公开平台，提供各机关的政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报和依申请公开。">
<title>{{title}} - {{platform_name}}政府信息公开</title>
<link rel="stylesheet" href="{{base}}/static/site.css">
<link rel="stylesheet" href="{{base}}/static/print.css" media="print">
<link rel="alternate" type="application/atom+xml" title="{{platform_name}}政府信息公开" href="{{base}}/feed.atom">
{{#agency_feed}}<link rel="alternate" type="application/atom+xml" title="本机关的更新" href="{{base}}/{{agency_code}}/feed.atom">{{/agency_feed}}
</head>
<body class="{{body_class}}">
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="parent-bar">
    <div class="wrap parent-inner">
      {{#parent_site}}<p class="parent-site"><a href="{{url}}">{{site_site_name}}门户网站</a></p>{{/parent_site}}
      <form class="a11y-bar" action="{{base}}/prefs" method="get" aria-label="显示方式">
        <input type="hidden" name="back" value="{{path}}">
        <button type="submit" name="toggle" value="large" aria-pressed="{{large_pressed}}">大字版{{large_state}}</button>
        <button type="submit" name="toggle" value="contrast" aria-pressed="{{contrast_pressed}}">高对比度{{contrast_state}}</button>
        <button type="submit" name="toggle" value="reset">恢复默认</button>
      </form>
    </div>
  </div>
  <div class="wrap header-inner">
    <p class="site-name"><a href="{{base}}/"><span class="agency">{{platform_name}}</span> <span class="site-sub">政府信息公开</span></a></p>
    <form class="site-search" role="search" action="{{base}}/search" method="get">
      <label for="site-search-q">站内搜索</label>
      <input id="site-search-q" name="q" type="search" maxlength="100" value="{{search_query}}">
      <button type="submit">搜索</button>
    </form>
  </div>
  <nav class="site-nav" aria-label="主导航">
    <ul class="wrap">
      <li><a href="{{base}}/"{{#nav_home_current}} aria-current="page"{{/nav_home_current}}>首页</a></li>
      <li><a href="{{base}}/catalogue"{{#nav_catalogue_current}} aria-current="page"{{/nav_catalogue_current}}>政府信息公开目录</a></li>
      <li><a href="{{base}}/guides"{{#nav_guides_current}} aria-current="page"{{/nav_guides_current}}>办事指南</a></li>
      <li><a href="{{base}}/apply"{{#nav_apply_current}} aria-current="page"{{/nav_apply_current}}>依申请公开</a></li>
      <li><a href="{{base}}/apply/status">申请进度查询</a></li>
      <li><a href="{{base}}/search"{{#nav_search_current}} aria-current="page"{{/nav_search_current}}>站内搜索</a></li>
    </ul>
  </nav>
</header>
{{>agency_nav}}
<nav class="wrap breadcrumb" aria-label="当前位置">
  <ol>
    <li><a href="{{base}}/">首页</a></li>
    {{#breadcrumb}}<li>{{#link}}<a href="{{base}}{{url}}">{{label}}</a>{{/link}}{{#current}}<span aria-current="page">{{label}}</span>{{/current}}</li>{{/breadcrumb}}
  </ol>
</nav>
<main id="main" class="wrap" tabindex="-1">
{{>content}}
</main>
<footer class="site-footer">
  <div class="wrap">
    <ul class="footer-links">
      {{#parent_site}}<li><a href="{{url}}">{{site_site_name}}门户网站</a></li>{{/parent_site}}
      <li><a href="{{base}}/">政府信息公开平台首页</a></li>
      <li><a href="{{base}}/accessibility">无障碍声明</a></li>
      <li><a href="{{base}}/sitemap">网站地图</a></li>
      <li><a href="{{base}}/feed.atom">订阅更新</a></li>
      <li><a href="{{base}}/messages">互动交流</a></li>
      <li><a href="{{base}}/apply/message?kind=error&amp;page={{path:u}}">我为政府网站找错</a></li>
    </ul>
    <p>主办单位：{{site_footer_sponsor}}　地址：{{site_footer_address}}　邮编：{{site_footer_postcode}}</p>
    <p>运维电话：{{site_footer_phone}}　网站标识码：{{site_site_code}}</p>
    <p>{{site_icp}}　{{site_police_record}}　{{site_ipv6_note}}</p>
    <p class="demo-notice">{{site_demo_notice}}</p>
  </div>
</footer>
</body>
</html>
