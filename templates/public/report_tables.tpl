{{%AUTOESCAPE context="HTML"}}
{{! Sections 二, 三 and 四 of an annual report in the layout of 国办公开办函〔2021〕30号.
    Filled by report_tables_fill (cgi-bin/site/annual_report.c); included by
    public/report.tpl and by the staff preview admin/annual_report.tpl; the
    platform summary (admin/annual_report_summary.tpl) shows section 三 alone,
    without the full_report section. Download links are report_url/table-N.csv. }}
{{#full_report}}
<section class="report-table" aria-labelledby="report-s2">
  <h2 id="report-s2">二、主动公开政府信息情况</h2>
  <div class="table-wrap" role="region" aria-labelledby="report-t2-caption" tabindex="0">
  <table class="report-grid report-t2">
    <caption id="report-t2-caption">表一　主动公开政府信息情况（{{year}}年度）</caption>
    <tbody>
      <tr><th colspan="4" id="t2-a" scope="colgroup">第二十条第（一）项</th></tr>
      <tr><th id="t2-a-item" scope="col">信息内容</th><th id="t2-a-new" scope="col">本年制发件数</th><th id="t2-a-repealed" scope="col">本年废止件数</th><th id="t2-a-valid" scope="col">现行有效件数</th></tr>
      <tr><th id="t2-rule" scope="row">规章</th><td headers="t2-a t2-rule t2-a-new" class="num">{{t2_rule_new}}</td><td headers="t2-a t2-rule t2-a-repealed" class="num">{{t2_rule_repealed}}</td><td headers="t2-a t2-rule t2-a-valid" class="num">{{t2_rule_valid}}</td></tr>
      <tr><th id="t2-normative" scope="row">行政规范性文件</th><td headers="t2-a t2-normative t2-a-new" class="num">{{t2_normative_new}}</td><td headers="t2-a t2-normative t2-a-repealed" class="num">{{t2_normative_repealed}}</td><td headers="t2-a t2-normative t2-a-valid" class="num">{{t2_normative_valid}}</td></tr>
      <tr><th colspan="4" id="t2-b" scope="colgroup">第二十条第（五）项</th></tr>
      <tr><th id="t2-b-item" scope="col">信息内容</th><th colspan="3" id="t2-b-n" scope="col">本年处理决定数量</th></tr>
      <tr><th id="t2-permit" scope="row">行政许可</th><td colspan="3" headers="t2-b t2-permit t2-b-n" class="num">{{permit}}</td></tr>
      <tr><th colspan="4" id="t2-c" scope="colgroup">第二十条第（六）项</th></tr>
      <tr><th id="t2-c-item" scope="col">信息内容</th><th colspan="3" id="t2-c-n" scope="col">本年处理决定数量</th></tr>
      <tr><th id="t2-penalty" scope="row">行政处罚</th><td colspan="3" headers="t2-c t2-penalty t2-c-n" class="num">{{penalty}}</td></tr>
      <tr><th id="t2-coercion" scope="row">行政强制</th><td colspan="3" headers="t2-c t2-coercion t2-c-n" class="num">{{coercion}}</td></tr>
      <tr><th colspan="4" id="t2-d" scope="colgroup">第二十条第（八）项</th></tr>
      <tr><th id="t2-d-item" scope="col">信息内容</th><th colspan="3" id="t2-d-n" scope="col">本年收费金额（单位：万元）</th></tr>
      <tr><th id="t2-fee" scope="row">行政事业性收费</th><td colspan="3" headers="t2-d t2-fee t2-d-n" class="num">{{fee}}</td></tr>
    </tbody>
  </table>
  </div>
  {{#downloads}}<p class="report-download no-print"><a href="{{base}}{{report_url}}/table-2.csv" download>下载本表（CSV）</a></p>{{/downloads}}
</section>
{{/full_report}}

<section class="report-table" aria-labelledby="report-s3">
  <h2 id="report-s3">三、收到和处理政府信息公开申请情况</h2>
  {{#unbalanced}}
  <div class="error-summary report-unbalanced" role="alert">
    <p><strong>数据勾稽关系不成立：</strong>下列列中“第一项加第二项之和”不等于“第三项（七）总计加第四项之和”，本表数字有误，需要核查申请办理记录。</p>
    <ul>
      {{#broken_column}}<li>{{label}}：一＋二＝{{in}}，（七）＋四＝{{out}}{{#unclassified}}（其中{{n}}件申请已办结但未登记办理结果）{{/unclassified}}</li>{{/broken_column}}
    </ul>
  </div>
  {{/unbalanced}}
  <p class="report-scroll-hint" aria-hidden="true">表格较宽，可在表格区域内左右滑动查看。</p>
  <div class="table-wrap" role="region" aria-labelledby="report-t3-caption" tabindex="0">
  <table class="report-grid report-t3">
    <caption id="report-t3-caption">表二　收到和处理政府信息公开申请情况（{{year}}年度）</caption>
    <thead>
      <tr><th colspan="3" rowspan="3" id="t3-corner" scope="col" class="report-corner">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7" id="t3-applicant" scope="colgroup">申请人情况</th></tr>
      <tr><th rowspan="2" id="t3-c0" scope="col">自然人</th><th colspan="5" id="t3-org" scope="colgroup">法人或其他组织</th><th rowspan="2" id="t3-c6" scope="col">总计</th></tr>
      <tr><th id="t3-c1" scope="col">商业企业</th><th id="t3-c2" scope="col">科研机构</th><th id="t3-c3" scope="col">社会公益组织</th><th id="t3-c4" scope="col">法律服务机构</th><th id="t3-c5" scope="col">其他</th></tr>
    </thead>
    <tbody>
      {{#t3_row}}<tr{{#summary_row}} class="report-summary-row"{{/summary_row}}>{{#label}}<th id="{{id}}" scope="{{scope}}"{{#rowspan}} rowspan="{{n}}"{{/rowspan}}{{#colspan}} colspan="{{n}}"{{/colspan}}>{{text}}</th>{{/label}}{{#value}}<td headers="{{headers}}" class="num{{#broken}} report-broken{{/broken}}">{{n}}</td>{{/value}}</tr>
      {{/t3_row}}
    </tbody>
  </table>
  </div>
  {{#downloads}}<p class="report-download no-print"><a href="{{base}}{{report_url}}/table-3.csv" download>下载本表（CSV）</a></p>{{/downloads}}
  {{#chart}}
  <figure class="report-chart">
    <svg role="img" viewBox="0 0 {{width}} {{height}}" width="100%" preserveAspectRatio="xMinYMin meet">
      <title>本年度办理结果分类统计图</title>
      <desc>{{desc}}</desc>
      {{#bar}}
      <text x="{{label_x}}" y="{{text_y}}" text-anchor="end" font-size="16" fill="#1a1a1a">{{label}}</text>
      <rect x="{{bar_x}}" y="{{y}}" width="{{w}}" height="{{bar_h}}" fill="{{colour}}"/>
      <text x="{{value_x}}" y="{{text_y}}" font-size="16" fill="#1a1a1a">{{n}}件</text>
      {{/bar}}
    </svg>
    <figcaption>图：本年度办理结果（按类别合计，数字见上表“三、本年度办理结果”）</figcaption>
  </figure>
  {{/chart}}
</section>

{{#full_report}}
<section class="report-table" aria-labelledby="report-s4">
  <h2 id="report-s4">四、政府信息公开行政复议、行政诉讼情况</h2>
  <p class="report-scroll-hint" aria-hidden="true">表格较宽，可在表格区域内左右滑动查看。</p>
  <div class="table-wrap" role="region" aria-labelledby="report-t4-caption" tabindex="0">
  <table class="report-grid report-t4">
    <caption id="report-t4-caption">表三　政府信息公开行政复议、行政诉讼情况（{{year}}年度）</caption>
    <thead>
      <tr><th colspan="5" id="t4-review" scope="colgroup">行政复议</th><th colspan="10" id="t4-suit" scope="colgroup">行政诉讼</th></tr>
      <tr>
        <th rowspan="2" id="t4-r1" scope="col">结果维持</th><th rowspan="2" id="t4-r2" scope="col">结果纠正</th><th rowspan="2" id="t4-r3" scope="col">其他结果</th><th rowspan="2" id="t4-r4" scope="col">尚未审结</th><th rowspan="2" id="t4-r5" scope="col">总计</th>
        <th colspan="5" id="t4-direct" scope="colgroup">未经复议直接起诉</th><th colspan="5" id="t4-after" scope="colgroup">复议后起诉</th>
      </tr>
      <tr>
        <th id="t4-d1" scope="col">结果维持</th><th id="t4-d2" scope="col">结果纠正</th><th id="t4-d3" scope="col">其他结果</th><th id="t4-d4" scope="col">尚未审结</th><th id="t4-d5" scope="col">总计</th>
        <th id="t4-a1" scope="col">结果维持</th><th id="t4-a2" scope="col">结果纠正</th><th id="t4-a3" scope="col">其他结果</th><th id="t4-a4" scope="col">尚未审结</th><th id="t4-a5" scope="col">总计</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <td headers="t4-review t4-r1" class="num">{{review_upheld}}</td><td headers="t4-review t4-r2" class="num">{{review_corrected}}</td><td headers="t4-review t4-r3" class="num">{{review_other}}</td><td headers="t4-review t4-r4" class="num">{{review_pending}}</td><td headers="t4-review t4-r5" class="num">{{review_total}}</td>
        <td headers="t4-suit t4-direct t4-d1" class="num">{{direct_upheld}}</td><td headers="t4-suit t4-direct t4-d2" class="num">{{direct_corrected}}</td><td headers="t4-suit t4-direct t4-d3" class="num">{{direct_other}}</td><td headers="t4-suit t4-direct t4-d4" class="num">{{direct_pending}}</td><td headers="t4-suit t4-direct t4-d5" class="num">{{direct_total}}</td>
        <td headers="t4-suit t4-after t4-a1" class="num">{{after_upheld}}</td><td headers="t4-suit t4-after t4-a2" class="num">{{after_corrected}}</td><td headers="t4-suit t4-after t4-a3" class="num">{{after_other}}</td><td headers="t4-suit t4-after t4-a4" class="num">{{after_pending}}</td><td headers="t4-suit t4-after t4-a5" class="num">{{after_total}}</td>
      </tr>
    </tbody>
  </table>
  </div>
  {{#downloads}}<p class="report-download no-print"><a href="{{base}}{{report_url}}/table-4.csv" download>下载本表（CSV）</a></p>{{/downloads}}
</section>
{{/full_report}}
