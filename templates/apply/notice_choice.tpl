{{%AUTOESCAPE context="HTML"}}
  <fieldset class="field choice-group notify-choices{{#notify_email_error}} has-error{{/notify_email_error}}{{#notify_sms_error}} has-error{{/notify_sms_error}}" aria-describedby="notify-hint{{#notify_email_error}} notify_email-error{{/notify_email_error}}{{#notify_sms_error}} notify_sms-error{{/notify_sms_error}}">
    <legend>{{notify_legend}}</legend>
    <p class="hint" id="notify-hint">{{notify_hint}}</p>
    {{#notify_email_error}}<p class="field-error" id="notify_email-error">{{message}}</p>{{/notify_email_error}}
    {{#notify_sms_error}}<p class="field-error" id="notify_sms-error">{{message}}</p>{{/notify_sms_error}}
    <div class="choices">
      <label class="choice" for="notify_email"><input type="checkbox" id="notify_email" name="notify_email" value="1"{{#notify_email_checked}} checked{{/notify_email_checked}}{{#notify_email_error}} aria-invalid="true"{{/notify_email_error}}> 发送电子邮件到上面填写的电子邮箱</label>
      <label class="choice" for="notify_sms"><input type="checkbox" id="notify_sms" name="notify_sms" value="1"{{#notify_sms_checked}} checked{{/notify_sms_checked}}{{#notify_sms_error}} aria-invalid="true"{{/notify_sms_error}}> 发送短信到上面填写的手机号码</label>
    </div>
  </fieldset>
