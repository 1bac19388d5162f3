{{%AUTOESCAPE context="XML"}}
{{#email}}【{{agency_name:x-plain-text}}】政府信息公开申请 {{number:x-plain-text}} 征求意见结束{{#due}}，答复期限至{{due_on:x-plain-text}}{{/due}}
您好：

{{agency_name:x-plain-text}}就您的政府信息公开申请（申请编号 {{number:x-plain-text}}）征求意见已于{{day:x-plain-text}}结束，答复期限以剩余的工作日继续计算{{#due}}，现在的答复期限为{{due_on:x-plain-text}}{{/due}}（《政府信息公开条例》第三十二条、第三十三条）。

{{#status_link}}查询办理进度：{{status_url:x-plain-text}}
（请输入申请编号和提交申请时取得的查询码。）{{/status_link}}{{#no_status_link}}查询办理进度：请到本平台“依申请公开”栏目的“申请进度查询”页面，输入申请编号和查询码。{{/no_status_link}}

本邮件由系统自动发送，请勿直接回复。如有疑问，请联系{{agency_name:x-plain-text}}。
{{/email}}{{#sms}}【{{agency_name:x-plain-text}}】您的政府信息公开申请{{number:x-plain-text}}征求意见已于{{day:x-plain-text}}结束，答复期限继续计算{{#due}}，现为{{due_on:x-plain-text}}{{/due}}。{{#status_link}}查询：{{status_url:x-plain-text}}{{/status_link}}{{/sms}}
