{{%AUTOESCAPE context="HTML"}}
<h1>依申请公开</h1>
