{{%AUTOESCAPE context="HTML"}}
<h1>权责清单</h1>
<p class="lead">{{agency_name}}依法行使的行政权力和提供的公共服务事项，列明类别、依据和实施主体。有办事指南的事项，点击“办事指南和流程图”查看申请材料和运行流程图。本机关的职能和负责人见 <a href="{{base}}{{functions_url}}">机构职能</a>。</p>
{{#empty}}<p class="notice">本机关的权责清单正在编制中，暂未发布。</p>{{/empty}}
{{#has_rows}}
<div class="table-wrap">
  <table class="powers-table">
    <caption class="visually-hidden">{{agency_name}}权责清单</caption>
    <thead><tr><th scope="col">序号</th><th scope="col">事项名称</th><th scope="col">类别</th><th scope="col">依据</th><th scope="col">实施主体</th><th scope="col">办事指南</th></tr></thead>
    <tbody>
      {{#rows}}
      <tr>
        <td data-label="序号">{{n}}</td>
        <th scope="row" data-label="事项名称" class="power-name">{{name}}</th>
        <td data-label="类别">{{category}}</td>
        <td data-label="依据">{{basis}}</td>
        <td data-label="实施主体">{{implementer}}</td>
        <td data-label="办事指南">{{#guide}}<a href="{{base}}{{url}}">办事指南和流程图</a>{{/guide}}{{#no_guide}}暂无办事指南{{/no_guide}}</td>
      </tr>
      {{/rows}}
    </tbody>
  </table>
</div>
{{/has_rows}}
