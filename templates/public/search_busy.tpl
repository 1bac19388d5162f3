{{%AUTOESCAPE context="HTML"}}
<h1>请稍后再搜索</h1>
<div class="notice search-busy" role="alert">
  <p>您搜索得太频繁了。为了让每一位访问者都能正常使用本站，同一网络地址每分钟最多搜索 {{per_minute}} 次。</p>
  <p>请等待 <strong>{{seconds}}</strong> 秒，然后再点“搜索”。您输入的内容已保留在下面的搜索框中。</p>
</div>
<form class="search-form panel" role="search" action="{{base}}/search" method="get">
  <label for="search-q">搜索词</label>
  <div class="search-box">
    <input id="search-q" name="q" type="search" maxlength="100" value="{{query}}">
    {{#kept}}<input type="hidden" name="{{name}}" value="{{value}}">{{/kept}}
    <button type="submit">搜索</button>
  </div>
</form>
<p>浏览<a href="{{base}}/catalogue">政府信息公开目录</a>、<a href="{{base}}/guides">办事指南</a>等页面不受此限制。</p>
