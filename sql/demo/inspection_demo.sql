-- sql/demo/inspection_demo.sql: DEMO DATA for what an inspector looks for in
-- 宁国市民政局's column (issue 14). THIS FILE IS DEMO DATA, NOT AN OFFICIAL
-- RECORD: the leaders' names, the 图解, the clarification and the power list's
-- wording are invented; the laws cited by name are real. Loaded after
-- content_demo.sql and platform_demo.sql (portalctl init).
--
-- Id map: entries 901 (图解 of 22), 902 (澄清说明 of 37); entries 23 and 35
-- become the 文字解读 of 22 and 34; entry 6 stays the 已废止 policy.

PRAGMA foreign_keys = ON;
BEGIN;

-- The interpretations the demo already had, tied to their documents.
UPDATE entries SET relation = 'text', relates_to = 22 WHERE id = 23;
UPDATE entries SET relation = 'text', relates_to = 34 WHERE id = 35;
UPDATE entry_revisions SET relation = 'text', relates_to = 22 WHERE entry_id = 23;
UPDATE entry_revisions SET relation = 'text', relates_to = 34 WHERE entry_id = 35;

-- demo: invented 图解 and clarification.
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords,
                     validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at,
                     updated_at, relation, relates_to) VALUES
    (901, '11341881003018759D/202401-00003', '图解：《宁国市最低生活保障审核确认实施细则》', '', 3, 2, 27,
     '2024-01-25', '2024-01-25', '低保 图解 审核确认', 'valid', '', '主动公开', '面向社会',
     '一图读懂低保审核确认：

1. **谁可以申请**：共同生活的家庭成员人均收入低于当地低保标准，且财产状况符合规定。
2. **到哪里申请**：向户籍所在地乡镇人民政府（街道办事处）提出，也可以在线申请。
3. **怎么审核**：入户调查、经济状况核对、村（居）公示7天。
4. **多久办结**：自受理之日起30个工作日内作出决定。
', 'published', '2024-01-25T02:00:00Z', '2024-01-25T02:00:00Z', 'graphic', 22),
    (902, '11341881003018759D/202611-00002', '关于网传“高龄津贴2027年起停发”不实信息的澄清说明', '', 1, 9, 24,
     '2026-11-20', '2026-11-20', '高龄津贴 澄清 不实信息', 'valid', '', '主动公开', '面向社会',
     '近日，有网络信息称“宁国市高龄津贴2027年起停发”。经核实，该信息不实。

《宁国市高龄津贴和养老服务补贴发放实施办法》（宁民〔2025〕12号）现行有效，高龄津贴按月正常发放，标准未作调整。请以本平台发布的信息为准。如有疑问，请拨打社会事务股电话 0563-4021531。
', 'published', '2026-11-20T02:00:00Z', '2026-11-20T02:00:00Z', 'clarifies', 37);

INSERT INTO entry_revisions (entry_id, rev_no, status, title, doc_no, agency_id, topic_id, genre_id, written_on,
    keywords, validity, validity_note, body_md, change_note, secrecy_checked, review_comment, created_at,
    published_at, relation, relates_to)
SELECT id, 1, 'published', title, doc_no, agency_id, topic_id, genre_id, written_on, keywords, validity,
       validity_note, body_md, '首次发布', 1, '已审核，同意发布', created_at, created_at, relation, relates_to
FROM entries WHERE id IN (901, 902) ORDER BY id;

-- demo: invented names; 负责人信息 (Art. 20(一)) and 权责清单, as a reviewer publishes them.
INSERT INTO agency_settings (agency_id, key, value) VALUES
    (1, 'leaders', '王建国｜党组书记、局长｜主持局全面工作，分管办公室。
李晓梅｜党组成员、副局长｜分管社会救助股、社会事务股，联系市社会福利院、市社会(儿童)福利中心。
陈志强｜党组成员、副局长｜分管社会组织管理股，联系市殡仪馆(公墓)、烈士陵园管理处。'),
    (1, 'powers', '结婚登记｜行政确认｜《中华人民共和国民法典》第一千零四十九条；《婚姻登记条例》｜宁国市民政局（婚姻登记处）｜
村级公益性生态墓地审批｜行政许可｜《殡葬管理条例》第八条｜宁国市民政局｜
社会团体成立、变更、注销登记｜行政许可｜《社会团体登记管理条例》｜宁国市民政局｜
最低生活保障审核确认｜行政给付｜《社会救助暂行办法》第九条至第十一条｜宁国市民政局（乡镇人民政府、街道办事处受理）｜
高龄津贴申领｜行政给付｜《宁国市高龄津贴和养老服务补贴发放实施办法》（宁民〔2025〕12号）｜宁国市民政局｜
对社会组织违反登记管理规定行为的处罚｜行政处罚｜《社会团体登记管理条例》第三十条｜宁国市民政局｜');


-- The platform's 2025 网站工作年度报表 (国办函〔2018〕12号 form), published
-- by 31 January 2026 as a real site's would be. DEMO DATA: figures invented.
INSERT INTO website_reports (year, status, edited_by, saved_at, published_on)
    VALUES (2025, 'published', NULL, '2026-01-20T02:00:00Z', '2026-01-22');
INSERT INTO website_report_values (year, key, value, published_value)
    SELECT 2025, column1, column2, column2 FROM (VALUES
        ('site_name', '宁国市人民政府政府信息公开平台'), ('home_url', 'https://www.ningguo.gov.cn/xxgk'),
        ('sponsor', '宁国市人民政府办公室'), ('site_type', '政府门户网站（政府信息公开专栏）'),
        ('site_code', '3418810001'), ('icp', '皖ICP备05001234号'), ('police_record', '皖公网安备34188102000123号'),
        ('visitors', '186520'), ('views', '1046378'),
        ('info_total', '1284'), ('info_overview', '36'), ('info_news', '412'), ('info_catalogue', '836'),
        ('topics_kept', '4'), ('topics_new', '1'),
        ('interpretations', '18'), ('interpretation_products', '6'), ('media_reviews', '3'), ('responses', '2'),
        ('service_catalogue', '是'), ('service_items', '128'), ('service_online', '96'), ('service_cases', '15342'),
        ('messages_received', '214'), ('messages_done', '214'), ('messages_days', '3.6'),
        ('surveys', '5'), ('interviews', '2'),
        ('security_checks', '4'), ('security_found', '7'), ('security_fixed', '7'),
        ('security_warning', '是'), ('security_drill', '是'), ('security_owner', '是'),
        ('new_media', '“宁国民政”微信公众号，发布信息326条'),
        ('accessibility', '是'), ('innovation', '站内搜索按词检索并提供同义词；大字版与高对比度'),
        ('head', '张明'), ('reviewer', '李华'), ('filer', '王芳'), ('phone', '0563-4012345'));

COMMIT;
