{{%AUTOESCAPE context="XML"}}
{{#email}}【{{agency_name:x-plain-text}}】请补正政府信息公开申请 {{number:x-plain-text}}{{#period}}（期限至{{due_by:x-plain-text}}）{{/period}}
您好：

{{agency_name:x-plain-text}}于{{day:x-plain-text}}通知您补正政府信息公开申请（申请编号 {{number:x-plain-text}}）。需要补正的内容：

{{text:x-plain-text}}

{{#period}}请在{{due_by:x-plain-text}}前提交补正。{{/period}}您可以在申请进度查询页面直接提交补正内容。答复期限自本机关收到补正之日起重新计算；无正当理由逾期不补正的，视为放弃申请（《政府信息公开条例》第三十条）。

{{#status_link}}查询办理进度：{{status_url:x-plain-text}}
（请输入申请编号和提交申请时取得的查询码。）{{/status_link}}{{#no_status_link}}查询办理进度：请到本平台“依申请公开”栏目的“申请进度查询”页面，输入申请编号和查询码。{{/no_status_link}}

本邮件由系统自动发送，请勿直接回复。如有疑问，请联系{{agency_name:x-plain-text}}。
{{/email}}{{#sms}}【{{agency_name:x-plain-text}}】您的政府信息公开申请{{number:x-plain-text}}需要补正{{#period}}，请于{{due_by:x-plain-text}}前提交{{/period}}，逾期不补正视为放弃申请。补正内容请到进度查询页面查看。{{#status_link}}查询：{{status_url:x-plain-text}}{{/status_link}}{{/sms}}
