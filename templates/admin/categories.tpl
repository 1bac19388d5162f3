{{%AUTOESCAPE context="HTML"}}
<h1>分类管理</h1>
<p class="lead">公开目录和办事指南使用的分类。修改后立即在公开网站生效；正在使用的分类不能删除。</p>
{{#notice}}<p class="notice" role="status">{{notice_text}}</p>{{/notice}}
{{#schemes}}
<section class="panel" aria-label="{{scheme_label}}">
  <h2>{{scheme_label}}</h2>
  <table class="data compact">
    <thead><tr><th scope="col">编码</th><th scope="col">名称</th><th scope="col">排序</th><th scope="col">使用次数</th><th scope="col">操作</th></tr></thead>
    <tbody>
    {{#categories}}
    <tr>
      <td><input form="cat-{{id}}" aria-label="编码" name="code" type="text" maxlength="20" size="8" value="{{code}}"></td>
      <td><input form="cat-{{id}}" aria-label="名称" name="name" type="text" maxlength="50" value="{{name}}"></td>
      <td><input form="cat-{{id}}" aria-label="排序" name="sort" type="text" maxlength="6" size="5" value="{{sort}}"></td>
      <td class="num">{{uses}}</td>
      <td class="actions"><form id="cat-{{id}}" action="{{base}}/admin/categories/{{id}}" method="post">
        <input type="hidden" name="csrf_token" value="{{csrf_token}}">
        <button type="submit" name="action" value="save">保存</button>
        {{#deletable}}<button type="submit" name="action" value="delete" class="secondary">删除</button>{{/deletable}}
      </form></td>
    </tr>
    {{/categories}}
    </tbody>
  </table>
</section>
{{/schemes}}
<section class="panel" aria-labelledby="add-heading">
  <h2 id="add-heading">新增分类</h2>
  {{#form_has_errors}}<div class="error-summary" role="alert"><ul>{{#form_errors}}<li><a href="#c-{{name}}">{{label}}：{{message}}</a></li>{{/form_errors}}</ul></div>{{/form_has_errors}}
  <form action="{{base}}/admin/categories" method="post" class="filter-bar">
    <input type="hidden" name="csrf_token" value="{{csrf_token}}">
    <div class="field"><label for="c-scheme">分类体系</label>
      <select id="c-scheme" name="scheme">{{#scheme_options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/scheme_options}}</select></div>
    <div class="field"><label for="c-code">编码</label><input id="c-code" name="code" type="text" maxlength="20" size="8" value="{{code}}"></div>
    <div class="field"><label for="c-name">名称</label><input id="c-name" name="name" type="text" maxlength="50" value="{{name}}"></div>
    <div class="field"><label for="c-sort">排序</label><input id="c-sort" name="sort" type="text" maxlength="6" size="5" value="{{sort}}"></div>
    <div class="field"><button type="submit">新增</button></div>
  </form>
</section>
