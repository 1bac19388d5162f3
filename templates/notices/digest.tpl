{{%AUTOESCAPE context="XML"}}
{{#email}}政府信息公开申请办理提醒（{{day:none}}）
{{name:none}}，您好：

以下是截至{{day:none}}需要您关注的依申请公开和互动交流事项。
{{#has_overdue}}
【已逾期】
{{#overdue}}- {{number:none}}（{{agency_name:none}}，{{state:none}}）答复期限{{due_on:none}}，已超过{{days:none}}个工作日{{#link}}
  {{url:none}}{{/link}}
{{/overdue}}{{/has_overdue}}{{#has_due_soon}}
【{{due_soon_days:none}}个工作日内到期】
{{#due_soon}}- {{number:none}}（{{agency_name:none}}，{{state:none}}）答复期限{{due_on:none}}，还剩{{days:none}}个工作日{{#link}}
  {{url:none}}{{/link}}
{{/due_soon}}{{/has_due_soon}}{{#has_new}}
【新申请，待确认收到】
{{#new}}- {{number:none}}（{{agency_name:none}}）{{#link}}
  {{url:none}}{{/link}}
{{/new}}{{/has_new}}{{#has_message_overdue}}
【互动交流留言已逾期】
{{#message_overdue}}- {{number:none}}（{{agency_name:none}}，{{state:none}}）答复期限{{due_on:none}}，已超过{{days:none}}个工作日{{#link}}
  {{url:none}}{{/link}}
{{/message_overdue}}{{/has_message_overdue}}{{#has_message_due_soon}}
【互动交流留言{{due_soon_days:none}}个工作日内到期】
{{#message_due_soon}}- {{number:none}}（{{agency_name:none}}，{{state:none}}）答复期限{{due_on:none}}，还剩{{days:none}}个工作日{{#link}}
  {{url:none}}{{/link}}
{{/message_due_soon}}{{/has_message_due_soon}}{{#has_message_new}}
【新留言，尚未指派】
{{#message_new}}- {{number:none}}（{{agency_name:none}}）{{#link}}
  {{url:none}}{{/link}}
{{/message_new}}{{/has_message_new}}{{#has_platform_overdue}}
【全平台已逾期的申请】
{{#platform_overdue}}- {{number:none}}（{{agency_name:none}}，{{state:none}}）答复期限{{due_on:none}}，已超过{{days:none}}个工作日
{{/platform_overdue}}{{/has_platform_overdue}}{{#has_platform_message_overdue}}
【全平台已逾期的互动交流留言】
{{#platform_message_overdue}}- {{number:none}}（{{agency_name:none}}）答复期限{{due_on:none}}，已超过{{days:none}}个工作日
{{/platform_message_overdue}}{{/has_platform_message_overdue}}
请登录政府信息公开平台办理。本邮件由系统每日自动发送，请勿直接回复。
{{/email}}
