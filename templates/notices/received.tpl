{{%AUTOESCAPE context="XML"}}
{{#email}}【{{agency_name:x-plain-text}}】政府信息公开申请 {{number:x-plain-text}} 已受理
您好：

{{agency_name:x-plain-text}}已于{{day:x-plain-text}}确认收到您的政府信息公开申请（申请编号 {{number:x-plain-text}}）。
{{#due}}本机关将在{{due_on:x-plain-text}}前作出答复（《政府信息公开条例》第三十三条：自收到申请之日起20个工作日内）。{{/due}}

{{#status_link}}查询办理进度：{{status_url:x-plain-text}}
（请输入申请编号和提交申请时取得的查询码。）{{/status_link}}{{#no_status_link}}查询办理进度：请到本平台“依申请公开”栏目的“申请进度查询”页面，输入申请编号和查询码。{{/no_status_link}}

本邮件由系统自动发送，请勿直接回复。如有疑问，请联系{{agency_name:x-plain-text}}。
{{/email}}{{#sms}}【{{agency_name:x-plain-text}}】您的政府信息公开申请{{number:x-plain-text}}已于{{day:x-plain-text}}受理{{#due}}，将于{{due_on:x-plain-text}}前答复{{/due}}。{{#status_link}}查询：{{status_url:x-plain-text}}{{/status_link}}{{/sms}}
