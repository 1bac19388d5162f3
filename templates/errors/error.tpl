{{%AUTOESCAPE context="HTML"}}
<section class="error-page" aria-labelledby="error-heading">
  <h1 id="error-heading">{{heading}}</h1>
  <p class="error-status">错误代码：{{status}}</p>
  <p>{{message}}</p>
  {{#not_found}}
  <p>您可以：</p>
  <ul>
    <li><a href="{{base}}/">返回首页</a></li>
    <li><a href="{{base}}/catalogue">浏览政府信息公开目录</a></li>
    <li><a href="{{base}}/search">使用站内搜索</a></li>
  </ul>
  {{/not_found}}
  <p><a href="{{base}}/">返回首页</a></p>
</section>
