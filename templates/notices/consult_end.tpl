{{%AUTOESCAPE context="XML"}}
{{#email}}【{{agency_name:none}}】政府信息公开申请 {{number:none}} 征求意见结束{{#due}}，答复期限至{{due_on:none}}{{/due}}
您好：

{{agency_name:none}}就您的政府信息公开申请（申请编号 {{number:none}}）征求意见已于{{day:none}}结束，答复期限以剩余的工作日继续计算{{#due}}，现在的答复期限为{{due_on:none}}{{/due}}（《政府信息公开条例》第三十二条、第三十三条）。

{{#status_link}}查询办理进度：{{status_url:none}}
（请输入申请编号和提交申请时取得的查询码。）{{/status_link}}{{#no_status_link}}查询办理进度：请到本平台“依申请公开”栏目的“申请进度查询”页面，输入申请编号和查询码。{{/no_status_link}}

本邮件由系统自动发送，请勿直接回复。如有疑问，请联系{{agency_name:none}}。
{{/email}}{{#sms}}【{{agency_name:none}}】您的政府信息公开申请{{number:none}}征求意见已于{{day:none}}结束，答复期限继续计算{{#due}}，现为{{due_on:none}}{{/due}}。{{#status_link}}查询：{{status_url:none}}{{/status_link}}{{/sms}}
