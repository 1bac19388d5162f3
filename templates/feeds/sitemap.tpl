{{%AUTOESCAPE context="XML"}}<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{{#url}}
  <url><loc>{{loc}}</loc>{{#lastmod}}<lastmod>{{date}}</lastmod>{{/lastmod}}</url>
{{/url}}
</urlset>
