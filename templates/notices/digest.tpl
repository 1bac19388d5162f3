{{%AUTOESCAPE context="XML"}}
{{#email}}政府信息公开申请办理提醒（{{day:x-plain-text}}）
{{name:x-plain-text}}，您好：

以下是截至{{day:x-plain-text}}需要您关注的依申请公开和互动交流事项。
{{#has_overdue}}
【已逾期】
{{#overdue}}- {{number:x-plain-text}}（{{agency_name:x-plain-text}}，{{state:x-plain-text}}）答复期限{{due_on:x-plain-text}}，已超过{{days:x-plain-text}}个工作日{{#link}}
  {{url:x-plain-text}}{{/link}}
{{/overdue}}{{/has_overdue}}{{#has_due_soon}}
【{{due_soon_days:x-plain-text}}个工作日内到期】
{{#due_soon}}- {{number:x-plain-text}}（{{agency_name:x-plain-text}}，{{state:x-plain-text}}）答复期限{{due_on:x-plain-text}}，还剩{{days:x-plain-text}}个工作日{{#link}}
  {{url:x-plain-text}}{{/link}}
{{/due_soon}}{{/has_due_soon}}{{#has_new}}
【新申请，待确认收到】
{{#new}}- {{number:x-plain-text}}（{{agency_name:x-plain-text}}）{{#link}}
  {{url:x-plain-text}}{{/link}}
{{/new}}{{/has_new}}{{#has_message_overdue}}
【互动交流留言已逾期】
{{#message_overdue}}- {{number:x-plain-text}}（{{agency_name:x-plain-text}}，{{state:x-plain-text}}）答复期限{{due_on:x-plain-text}}，已超过{{days:x-plain-text}}个工作日{{#link}}
  {{url:x-plain-text}}{{/link}}
{{/message_overdue}}{{/has_message_overdue}}{{#has_message_due_soon}}
【互动交流留言{{due_soon_days:x-plain-text}}个工作日内到期】
{{#message_due_soon}}- {{number:x-plain-text}}（{{agency_name:x-plain-text}}，{{state:x-plain-text}}）答复期限{{due_on:x-plain-text}}，还剩{{days:x-plain-text}}个工作日{{#link}}
  {{url:x-plain-text}}{{/link}}
{{/message_due_soon}}{{/has_message_due_soon}}{{#has_message_new}}
【新留言，尚未指派】
{{#message_new}}- {{number:x-plain-text}}（{{agency_name:x-plain-text}}）{{#link}}
  {{url:x-plain-text}}{{/link}}
{{/message_new}}{{/has_message_new}}{{#has_platform_overdue}}
【全平台已逾期的申请】
{{#platform_overdue}}- {{number:x-plain-text}}（{{agency_name:x-plain-text}}，{{state:x-plain-text}}）答复期限{{due_on:x-plain-text}}，已超过{{days:x-plain-text}}个工作日
{{/platform_overdue}}{{/has_platform_overdue}}{{#has_platform_message_overdue}}
【全平台已逾期的互动交流留言】
{{#platform_message_overdue}}- {{number:x-plain-text}}（{{agency_name:x-plain-text}}）答复期限{{due_on:x-plain-text}}，已超过{{days:x-plain-text}}个工作日
{{/platform_message_overdue}}{{/has_platform_message_overdue}}
请登录政府信息公开平台办理。本邮件由系统每日自动发送，请勿直接回复。
{{/email}}
