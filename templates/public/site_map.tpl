{{%AUTOESCAPE context="HTML"}}
{{! The HTML site map (/sitemap, cgi-bin/public/agencies.c): the platform's
    pages, then every agency by level with the pages of its column. }}
<h1>网站地图</h1>
<section class="site-map" aria-labelledby="site-map-platform">
  <h2 id="site-map-platform">平台</h2>
  <ul>
    {{#platform_pages}}<li><a href="{{base}}{{url}}">{{label}}</a></li>{{/platform_pages}}
  </ul>
</section>
{{#levels}}
<section class="site-map" aria-labelledby="site-map-{{level}}">
  <h2 id="site-map-{{level}}">{{level_label}}</h2>
  {{#agencies}}
  <h3><a href="{{base}}{{url}}">{{name}}</a></h3>
  <ul class="site-map-columns">
    {{#columns}}<li><a href="{{base}}{{url}}">{{label}}</a></li>{{/columns}}
  </ul>
  {{/agencies}}
</section>
{{/levels}}
