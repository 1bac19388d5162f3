{{%AUTOESCAPE context="HTML"}}
<h1>法定主动公开内容</h1>
<p class="lead">根据《中华人民共和国政府信息公开条例》第二十条，{{agency_name}}主动公开下列政府信息。每一项后的数字是政府信息公开目录中归入该项的信息条数。</p>
<ol class="statutory-list">
  {{#item}}
  <li class="statutory-item" id="art20-{{n}}">
    <span class="item-no">{{numeral}}</span>
    <span class="item-body">{{#linked}}<a class="item-text" href="{{base}}{{url}}">{{text}}</a>{{/linked}}{{#plain}}<span class="item-text">{{text}}</span>{{/plain}}
      <span class="item-count">{{count}}条</span>
      {{#links}}<a class="item-link" href="{{base}}{{url}}">{{label}}</a> {{/links}}</span>
  </li>
  {{/item}}
</ol>
