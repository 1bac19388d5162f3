{{%AUTOESCAPE context="HTML"}}
{{! The frame of every page of an agency's column (cgi-bin/public/column.c):
    the agency's name and the column navigation, 61号's four columns first. }}
<div class="agency-column">
  <div class="wrap">
    <p class="agency-title"><a href="{{base}}{{home_url}}">{{agency_name}}</a> <span class="agency-level">{{agency_level}}</span> <span class="agency-sub">政府信息公开</span></p>
    <nav class="column-nav" aria-label="{{agency_name}}政府信息公开栏目">
      <ul class="column-main">
        {{#main_column}}<li><a href="{{base}}{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/main_column}}
      </ul>
      <ul class="column-more">
        {{#more_column}}<li><a href="{{base}}{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a></li>{{/more_column}}
      </ul>
    </nav>
  </div>
</div>
