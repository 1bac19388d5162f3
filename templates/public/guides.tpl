{{%AUTOESCAPE context="HTML"}}
<h1>办事指南</h1>
<p class="lead">请按您要办的事情找到对应的指南，里面写明了要带的材料、办理地点、时间和电话。{{#agency_contacts}}也可以拨打 <a href="{{base}}{{url}}">联系方式</a> 页面上的电话咨询。{{/agency_contacts}}</p>
{{#agency_filter}}
<form class="guides-filter panel" method="get" action="{{base}}/guides">
  <div class="field">
    <label for="guides-agency">按机构查看</label>
    <select id="guides-agency" name="agency">
      <option value="">全部机构</option>
      {{#levels}}<optgroup label="{{level_label}}">{{#agencies}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/agencies}}</optgroup>{{/levels}}
    </select>
  </div>
  <p class="filter-actions"><button type="submit">查看</button></p>
</form>
{{/agency_filter}}
{{#filtered}}<p class="active-note">当前只显示 <a href="{{base}}{{agency_url}}">{{agency}}</a> 的办事指南。<a href="{{base}}/guides">显示全部机构</a></p>{{/filtered}}

<section aria-labelledby="by-theme">
  <h2 id="by-theme">按服务主题查找</h2>
  <div class="guide-groups">
    {{#themes}}
    <section class="panel guide-group" aria-labelledby="theme-{{group_id}}">
      <h3 id="theme-{{group_id}}">{{group}}</h3>
      <ul class="guide-links">
        {{#guides}}<li><a href="{{base}}{{url}}">{{name}}</a>{{#agency}}<span class="guide-agency meta">{{agency}}</span>{{/agency}}</li>{{/guides}}
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
        {{#guides}}<li><a href="{{base}}{{url}}">{{name}}</a>{{#agency}} <span class="meta">{{agency}}</span>{{/agency}}</li>{{/guides}}
      </ul>
    </section>
    {{/types}}
  </div>
</section>
