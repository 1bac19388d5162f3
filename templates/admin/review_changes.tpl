{{%AUTOESCAPE context="HTML"}}
<section class="panel review-changes" aria-labelledby="changes-heading">
  <h2 id="changes-heading">{{#amendment}}本次修改（与已发布版本对比）{{/amendment}}{{#new_item}}待审核内容（首次发布）{{/new_item}}</h2>
  {{#amendment}}<p class="hint">共 {{change_count}} 处字段有改动。删除的内容标为“删除”并加删除线，新增的内容标为“新增”。审核期间内容只读。</p>{{/amendment}}
  <dl class="review-fields">
  {{#review_fields}}
    <dt>{{label}}{{#changed}} <span class="tag">已修改</span>{{/changed}}</dt>
    <dd>
    {{#short_same}}{{value}}{{/short_same}}
    {{#long_same}}<div class="pre-wrap">{{value:pre_escape}}</div>{{/long_same}}
    {{#short_changed}}<p class="diff-del"><span class="diff-label">原：</span><del>{{before}}</del></p>
    <p class="diff-ins"><span class="diff-label">新：</span><ins>{{after}}</ins></p>{{/short_changed}}
    {{#long_changed}}<div class="diff">
      {{#diff_lines}}{{#same}}<p class="diff-same">{{text}}</p>{{/same}}{{#del}}<p class="diff-del"><span class="diff-label">删除：</span><del>{{text}}</del></p>{{/del}}{{#ins}}<p class="diff-ins"><span class="diff-label">新增：</span><ins>{{text}}</ins></p>{{/ins}}{{/diff_lines}}
    </div>{{/long_changed}}
    </dd>
  {{/review_fields}}
  </dl>
</section>
