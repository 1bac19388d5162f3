{{%AUTOESCAPE context="XML"}}
{{#email}}【{{agency_name:x-plain-text}}】您的留言 {{number:x-plain-text}} 已答复
您好：

{{agency_name:x-plain-text}}已于{{day:x-plain-text}}答复您的{{kind:x-plain-text}}留言（留言编号 {{number:x-plain-text}}）。答复如下：

{{text:x-plain-text}}

{{#status_link}}查看留言和答复：{{status_url:x-plain-text}}
（请输入留言编号和提交留言时取得的查询码。）{{/status_link}}{{#no_status_link}}查看留言和答复：请到本平台“互动交流”栏目的“留言查询”页面，输入留言编号和查询码。{{/no_status_link}}

本邮件由系统自动发送，请勿直接回复。如有疑问，可以再次留言或联系{{agency_name:x-plain-text}}。
{{/email}}{{#sms}}【{{agency_name:x-plain-text}}】您的留言{{number:x-plain-text}}已于{{day:x-plain-text}}答复，请到留言查询页面查看。{{#status_link}}查询：{{status_url:x-plain-text}}{{/status_link}}{{/sms}}
