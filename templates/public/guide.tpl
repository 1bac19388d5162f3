{{%AUTOESCAPE context="HTML"}}
<article class="guide">
  <p class="print-only print-title">一次性告知单</p>
  <h1>{{name}}</h1>
  <ul class="guide-summary">
    <li><span class="summary-label">到现场次数</span> <strong>最多跑{{visits}}次</strong></li>
    <li><span class="summary-label">承诺时限</span> <strong>{{promised_limit}}</strong></li>
    <li><span class="summary-label">收费标准</span> <strong>{{fee}}</strong></li>
  </ul>

  <section aria-labelledby="guide-basic">
    <h2 id="guide-basic">基本信息</h2>
    <div class="table-wrap">
      <table class="guide-info">
        <tbody>
          <tr><th scope="row">事项名称</th><td>{{name}}</td></tr>
          <tr><th scope="row">事项类型</th><td>{{type}}</td></tr>
          <tr><th scope="row">服务主题</th><td>{{theme}}</td></tr>
          <tr><th scope="row">实施主体</th><td>{{agency}}</td></tr>
          <tr><th scope="row">法定时限</th><td>{{legal_limit}}</td></tr>
          <tr><th scope="row">承诺时限</th><td>{{promised_limit}}</td></tr>
          <tr><th scope="row">收费标准</th><td>{{fee}}</td></tr>
          <tr><th scope="row">办理地点</th><td>{{location}}</td></tr>
          <tr><th scope="row">办理时间</th><td>{{hours}}</td></tr>
          <tr><th scope="row">咨询电话</th><td><a href="tel:{{consult_phone}}">{{consult_phone}}</a></td></tr>
          <tr><th scope="row">监督投诉电话</th><td><a href="tel:{{complaint_phone}}">{{complaint_phone}}</a></td></tr>
          <tr><th scope="row">到现场次数</th><td>最多跑{{visits}}次</td></tr>
        </tbody>
      </table>
    </div>
  </section>

  {{#legal_basis}}
  <section aria-labelledby="guide-basis">
    <h2 id="guide-basis">设定依据</h2>
    <div class="markdown">{{html:none}}</div>
  </section>
  {{/legal_basis}}

  {{#conditions}}
  <section aria-labelledby="guide-conditions">
    <h2 id="guide-conditions">受理条件</h2>
    <div class="markdown">{{html:none}}</div>
  </section>
  {{/conditions}}

  <section aria-labelledby="guide-materials">
    <h2 id="guide-materials">申请材料</h2>
    {{#no_materials}}<p>本事项无需提交申请材料。</p>{{/no_materials}}
    {{#has_materials}}
    <div class="table-wrap">
      <table class="materials">
        <thead>
          <tr><th scope="col">序号</th><th scope="col">材料名称</th><th scope="col">原件/复印件</th><th scope="col">份数</th><th scope="col">是否必需</th><th scope="col">备注</th><th scope="col" class="no-print">空表/样表</th></tr>
        </thead>
        <tbody>
          {{#materials}}
          <tr><td data-label="序号">{{n}}</td><td data-label="材料名称" class="material-name">{{name}}</td><td data-label="原件/复印件">{{form}}</td><td data-label="份数">{{copies}}</td><td data-label="是否必需">{{required}}</td><td data-label="备注">{{notes}}</td><td data-label="空表/样表" class="no-print">{{#downloads}}<a href="{{base}}{{url}}" aria-label="下载{{label}}：{{filename}}">下载{{label}}</a> {{/downloads}}</td></tr>
          {{/materials}}
        </tbody>
      </table>
    </div>
    {{/has_materials}}
  </section>

  {{#has_steps}}
  <section aria-labelledby="guide-steps">
    <h2 id="guide-steps">办理流程</h2>
    {{#flowchart}}
    <figure class="flowchart">
      <svg xmlns="http://www.w3.org/2000/svg" class="flowchart-svg" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" aria-hidden="true" focusable="false">
        <title>运行流程图：{{summary}}</title>
        <defs><marker id="flow-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" class="flow-arrowhead"/></marker></defs>
        {{#boxes}}<rect x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}" rx="6" class="flow-box"/>{{#lines}}<text x="{{tx}}" y="{{ty}}" class="flow-text">{{text}}</text>{{/lines}}{{#arrow}}<line x1="{{ax}}" y1="{{y1}}" x2="{{ax}}" y2="{{y2}}" class="flow-line" marker-end="url(#flow-arrow)"/>{{/arrow}}
        {{/boxes}}
      </svg>
      <figcaption>运行流程图（各步骤的文字说明见下方列表）</figcaption>
    </figure>
    {{/flowchart}}
    <ol class="guide-steps">
      {{#steps}}<li><strong>{{title}}</strong>{{#description}}：{{text}}{{/description}}</li>{{/steps}}
    </ol>
  </section>
  {{/has_steps}}

  {{#faq}}
  <section class="no-print" aria-labelledby="guide-faq">
    <h2 id="guide-faq">常见问题</h2>
    <div class="markdown">{{html:none}}</div>
  </section>
  {{/faq}}

  <p class="no-print print-hint">提示：用浏览器的“打印”功能打印本页，即为本事项的一次性告知单。</p>
  {{#updated}}<p class="meta">更新日期：{{updated_on}}</p>{{/updated}}
  <p class="no-print"><a href="{{base}}{{list_url}}">返回办事指南</a></p>
</article>
