{{%AUTOESCAPE context="XML"}}
{{#email}}【{{agency_name:x-plain-text}}】您的留言 {{number:x-plain-text}} 已转交{{agency_name:x-plain-text}}办理
您好：

您的{{kind:x-plain-text}}留言（留言编号 {{number:x-plain-text}}）已于{{day:x-plain-text}}由{{from_agency:x-plain-text}}转交{{agency_name:x-plain-text}}办理。
转交原因：{{text:x-plain-text}}
{{#due}}答复期限自转交之日起重新计算，{{agency_name:x-plain-text}}将在{{due_on:x-plain-text}}前答复。{{/due}}

{{#status_link}}查看留言和办理情况：{{status_url:x-plain-text}}
（请输入留言编号和提交留言时取得的查询码，编号和查询码不变。）{{/status_link}}{{#no_status_link}}查看留言和办理情况：请到本平台“互动交流”栏目的“留言查询”页面，输入留言编号和查询码。{{/no_status_link}}

本邮件由系统自动发送，请勿直接回复。
{{/email}}{{#sms}}【{{agency_name:x-plain-text}}】您的留言{{number:x-plain-text}}已由{{from_agency:x-plain-text}}转交{{agency_name:x-plain-text}}办理{{#due}}，将在{{due_on:x-plain-text}}前答复{{/due}}。{{#status_link}}查询：{{status_url:x-plain-text}}{{/status_link}}{{/sms}}
