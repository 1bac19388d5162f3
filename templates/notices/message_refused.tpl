{{%AUTOESCAPE context="XML"}}
{{#email}}【{{agency_name:x-plain-text}}】您的留言 {{number:x-plain-text}} 不予受理
您好：

{{agency_name:x-plain-text}}于{{day:x-plain-text}}决定对您的留言（留言编号 {{number:x-plain-text}}）不予受理。理由：

{{text:x-plain-text}}

{{#status_link}}查看留言和办理情况：{{status_url:x-plain-text}}
（请输入留言编号和提交留言时取得的查询码。）{{/status_link}}{{#no_status_link}}查看留言和办理情况：请到本平台“互动交流”栏目的“留言查询”页面，输入留言编号和查询码。{{/no_status_link}}

本邮件由系统自动发送，请勿直接回复。
{{/email}}{{#sms}}【{{agency_name:x-plain-text}}】您的留言{{number:x-plain-text}}不予受理，理由：{{text:x-plain-text}}{{#status_link}} 查询：{{status_url:x-plain-text}}{{/status_link}}{{/sms}}
