{{%AUTOESCAPE context="HTML"}}
<h1>澄清说明</h1>
<p class="lead">{{agency_name}}对涉及本机关的虚假或者不完整信息作出的澄清（《中华人民共和国政府信息公开条例》第六条）。澄清本平台已发布信息的，被澄清的信息页面也标有“澄清说明”链接。</p>
{{#empty}}<p class="notice">本机关暂无澄清说明。</p>{{/empty}}
{{#has_rows}}
<ul class="doc-list clarification-list">
  {{#rows}}<li><a href="{{base}}{{url}}">{{title}}</a> <span class="meta"><time datetime="{{published_on}}">{{published_on}}</time>{{#corrected}}；涉及：<a href="{{base}}{{url}}">{{title}}</a>{{/corrected}}</span></li>{{/rows}}
</ul>
{{/has_rows}}
