{{%AUTOESCAPE context="HTML"}}
<h1>办事指南</h1>
<p class="lead">请按您要办的事情找到对应的指南，里面写明了要带的材料、办理地点、时间和电话。也可以拨打 <a href="{{base}}/contacts">联系我们</a> 页面上的电话咨询。</p>

<section aria-labelledby="by-theme">
  <h2 id="by-theme">按服务主题查找</h2>
  <div class="guide-groups">
    {{#themes}}
    <section class="panel guide-group" aria-labelledby="theme-{{group_id}}">
      <h3 id="theme-{{group_id}}">{{group}}</h3>
      <ul class="guide-links">
        {{#guides}}<li><a href="{{base}}/guides/{{id}}">{{name}}</a></li>{{/guides}}
      </ul>
    </section>
    {{/themes}}
  </div>
</section>

<section aria-labelledby="by-type">
  <h2 id="by-type">按事项类型查找</h2>
  <div class="guide-groups">
    {{#types}}
    <section class="panel guide-group" aria-labelledby="type-{{group_id}}">
      <h3 id="type-{{group_id}}">{{group}}</h3>
      <ul class="doc-list">
        {{#guides}}<li><a href="{{base}}/guides/{{id}}">{{name}}</a></li>{{/guides}}
      </ul>
    </section>
    {{/types}}
  </div>
</section>
