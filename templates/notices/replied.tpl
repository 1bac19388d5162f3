{{%AUTOESCAPE context="XML"}}
{{#email}}【{{agency_name:x-plain-text}}】政府信息公开申请 {{number:x-plain-text}} 已答复
您好：

{{agency_name:x-plain-text}}已于{{day:x-plain-text}}对您的政府信息公开申请（申请编号 {{number:x-plain-text}}）作出答复。答复内容和答复文件请在申请进度查询页面查看。

{{#status_link}}查询办理进度：{{status_url:x-plain-text}}
（请输入申请编号和提交申请时取得的查询码。）{{/status_link}}{{#no_status_link}}查询办理进度：请到本平台“依申请公开”栏目的“申请进度查询”页面，输入申请编号和查询码。{{/no_status_link}}

本邮件由系统自动发送，请勿直接回复。如有疑问，请联系{{agency_name:x-plain-text}}。
{{/email}}{{#sms}}【{{agency_name:x-plain-text}}】您的政府信息公开申请{{number:x-plain-text}}已于{{day:x-plain-text}}答复，请到进度查询页面查看。{{#status_link}}查询：{{status_url:x-plain-text}}{{/status_link}}{{/sms}}
