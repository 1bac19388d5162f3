{{%AUTOESCAPE context="HTML"}}
<h1>网站检查自查</h1>
<p>按《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）中可以用本平台数据判断的指标逐项自查，截至 <time datetime="{{today}}">{{today}}</time>。每一行的灯号以文字标明：<strong>不合格</strong>（已触及指标）、<strong>注意</strong>（即将超过期限，或尚待检查）、<strong>正常</strong>；旁边是对应的指标原文。</p>
{{#platform}}<p class="hint">平台管理员看到的是整个平台（即政府门户网站的政府信息公开栏目）：单项否决指标按全平台累计；各机关只列出不合格和需要注意的项目。</p>{{/platform}}
<p class="hint">本页不能代替人工检查：错别字、虚假内容、互动回应等指标需要人工判断。外部链接由每晚运行的 <code>portalctl check-links</code> 检查，结果在下次运行前不会变化。</p>
{{#report}}
<section class="panel freshness" aria-labelledby="fr-{{anchor}}">
  <h2 id="fr-{{anchor}}">{{heading}}</h2>
  <p>不合格 {{red}} 项，注意 {{amber}} 项，正常 {{green}} 项。</p>
  {{#all_green}}<p>全部正常。</p>{{/all_green}}
  <ul class="check-lines">
    {{#line}}<li class="check-line check-{{light}}">
      <p><strong class="check-light">{{light_label}}</strong> {{subject}}{{#link}}（<a href="{{base}}{{url}}">查看</a>）{{/link}}</p>
      <p>{{finding}}</p>
      <p class="hint">指标：{{rule}}</p>
    </li>{{/line}}
  </ul>
</section>
{{/report}}
