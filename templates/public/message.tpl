{{%AUTOESCAPE context="HTML"}}
<article class="message-qa">
<h1>{{subject}}</h1>
<p class="meta">{{kind}} · {{agency_name}} · 提问 <time datetime="{{asked_on}}">{{asked_on}}</time> · 答复 <time datetime="{{answered_on}}">{{answered_on}}</time></p>
<h2>问题</h2>
<p class="pre-wrap">{{question}}</p>
<h2>{{agency_name}}的答复</h2>
<p class="pre-wrap">{{answer}}</p>
</article>
<p><a href="{{base}}{{list_url}}">返回互动交流</a> · <a href="{{base}}/apply/message?agency={{agency_code}}">我要写信</a></p>
