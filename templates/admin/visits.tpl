{{%AUTOESCAPE context="HTML"}}
<h1>访问统计（{{scope}}）</h1>
<p>由 <code>portalctl visits</code> 从网站访问日志统计：页面浏览量按北京时间每日、每个栏目计；访客数为每日的独立访客（按访问地址的加密摘要去重，不保存任何地址，不同日期之间无法关联）。静态文件、订阅、工作人员页面和出错的请求不计。</p>
{{#chart}}
<section class="panel chart-panel" aria-labelledby="visits-chart">
  <h2 id="visits-chart">近30天页面浏览量</h2>
  <svg class="bar-chart" role="img" viewBox="0 0 {{width}} 180" width="100%" height="180" preserveAspectRatio="xMinYMin meet">
    <title>近30天每日页面浏览量</title>
    <desc>{{first_day}}至{{last_day}}，共{{total}}次浏览。每日数字见下表。</desc>
    <line x1="36" y1="{{axis_y}}" x2="{{width}}" y2="{{axis_y}}" stroke="#555" stroke-width="1"/>
    <text x="32" y="18" text-anchor="end" font-size="11" fill="#333">{{max}}</text>
    <text x="32" y="{{axis_y}}" text-anchor="end" font-size="11" fill="#333">0</text>
    {{#day}}<rect x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}" fill="#1f5f9e"><title>{{day}}：{{views}}次浏览，{{visitors}}位访客</title></rect>{{#label}}<text x="{{lx}}" y="{{label_y}}" text-anchor="middle" font-size="10" fill="#333">{{text}}</text>{{/label}}{{/day}}
  </svg>
  <details>
    <summary>每日数字（{{first_day}}至{{last_day}}，共{{total}}次浏览）</summary>
    <div class="table-wrap">
      <table>
        <thead><tr><th scope="col">日期</th><th scope="col">页面浏览量</th><th scope="col">访客数</th></tr></thead>
        <tbody>{{#day}}<tr><th scope="row"><time datetime="{{day}}">{{day}}</time></th><td>{{views}}</td><td>{{visitors}}</td></tr>{{/day}}</tbody>
      </table>
    </div>
  </details>
</section>
{{/chart}}
<section class="panel" aria-labelledby="visits-columns">
  <h2 id="visits-columns">{{year}}年各栏目页面浏览量{{#platform}}（平台自身页面）{{/platform}}</h2>
  <div class="table-wrap">
    <table>
      <thead><tr><th scope="col">栏目</th><th scope="col">页面浏览量</th></tr></thead>
      <tbody>{{#column}}<tr><th scope="row">{{label}}</th><td>{{views}}</td></tr>{{/column}}</tbody>
    </table>
  </div>
</section>
{{#platform}}
<section class="panel" aria-labelledby="visits-agencies">
  <h2 id="visits-agencies">{{year}}年各机关栏目页面浏览量</h2>
  <div class="table-wrap">
    <table>
      <thead><tr><th scope="col">机关</th><th scope="col">页面浏览量</th></tr></thead>
      <tbody>{{#agency}}<tr><th scope="row">{{name}}</th><td>{{views}}</td></tr>{{/agency}}</tbody>
    </table>
  </div>
</section>
{{/platform}}
