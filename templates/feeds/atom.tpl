{{%AUTOESCAPE context="XML"}}<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>{{self}}</id>
  <title>{{title}}</title>
  <subtitle>政府信息公开目录和工作动态的最新更新</subtitle>
  <updated>{{updated}}</updated>
  <link rel="self" type="application/atom+xml" href="{{self}}"/>
  <link rel="alternate" type="text/html" href="{{home}}"/>
  <author><name>{{author}}</name><uri>{{home}}</uri></author>
  <generator>政府信息公开平台</generator>
{{#item}}
  <entry>
    <id>{{url}}</id>
    <title>{{title}}</title>
    <link rel="alternate" type="text/html" href="{{url}}"/>
    <published>{{published}}</published>
    <updated>{{updated}}</updated>
    <author><name>{{agency}}</name></author>
    <category term="{{category}}"/>
    <summary type="text">{{summary}}</summary>
  </entry>
{{/item}}
</feed>
