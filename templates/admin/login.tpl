{{%AUTOESCAPE context="HTML"}}
<h1>工作人员登录</h1>
