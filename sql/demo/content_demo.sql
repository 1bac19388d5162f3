-- sql/demo/content_demo.sql: DEMO DATA for content.db (宁国市民政局政府信息公开平台).
--
-- THIS FILE IS DEMO DATA, NOT AN OFFICIAL RECORD.
--   * Taken from the real public page (/work/shared/demo/ningguo-civil-affairs-2012-disclosure-report.txt):
--     the full text of the 2012 政府信息公开工作年度报告 of 宁国市民政局; the names of the agency,
--     its units (市殡仪馆(公墓), 婚姻登记处, 烈士陵园管理处, 社会福利院, 市社会(儿童)福利中心, 乡镇敬老院)
--     and its services (村级公益性生态墓地审批, 地名命名更名审核申报, 民间组织登记及年度检查,
--     儿童收养登记, 婚姻登记, 收养登记); the footer fields 邮编 242300, 运维电话 0563-4116396,
--     网站标识码 3418810033, 皖ICP备05001192号-3, 皖公网安备34188102000030号.
--   * INVENTED for the demo: every other address, phone, fax, email, 统一社会信用代码, 文号, 索引号,
--     date, person's name, figure, road name and every other text beyond that page. Rows and values
--     that are invented are marked with "-- demo:" comments. Laws cited by name are real; the
--     entries that apply them are not.
--   * The spam line injected into the captured page's footer is deliberately NOT reproduced.
--
-- Load after the schema:  sqlite3 content.db < sql/demo/content_demo.sql
-- Ids are explicit so code and tests can rely on them (see the id map just below).
--
-- Id map:
--   agencies     1 = 宁国市民政局 (bureau, uscc 11341881003018759D); 2-5 offices; 6-11 units
--   categories   1-13 topic, 21-31 genre, 41-44 service_type, 51-57 service_theme
--   entries      1-50 (all published); entries 27, 34, 37 have a second revision
--   attachments  1-5 on entries (44, 33, 38, 29, 43), 6-11 blank forms of guides
--   guides       1 结婚登记, 2 离婚登记, 3 儿童收养登记, 4 解除收养关系登记, 5 村级公益性生态墓地审批,
--                6 地名命名更名审核申报, 7 社会团体…登记, 8 民办非企业单位…登记, 9 社会组织年度检查,
--                10 最低生活保障审核确认, 11 高龄津贴申领
--   news 1-8; pages disclosure-guide, functions, accessibility; annual_reports 2012 (real text), 2025 (demo: a draft
--                in the national format, see below); calendar 2024-2026

PRAGMA foreign_keys = ON;
BEGIN;

-- ---------------------------------------------------------------- settings
INSERT INTO settings (key, value) VALUES
    ('site_name', '宁国市民政局政府信息公开'),
    ('agency_name', '宁国市民政局'),
    ('footer_sponsor', '宁国市民政局'),
    ('footer_address', '安徽省宁国市西津街道宁阳西路88号'),  -- demo: invented address
    ('footer_postcode', '242300'),  -- from the page
    ('footer_phone', '0563-4116396'),  -- from the page (运维电话)
    ('site_code', '3418810033'),  -- from the page (网站标识码)
    ('icp', '皖ICP备05001192号-3'),  -- from the page
    ('police_record', '皖公网安备34188102000030号'),  -- from the page
    ('ipv6_note', '本站已支持IPv6访问'),  -- from the page
    ('index_format', '{uscc}/{yyyymm}-{seq5}'),
    ('demo_notice', '本站内容含演示数据，地址、电话、文号等为虚构。'),
    ('applications_office', '宁国市民政局办公室（政府信息公开工作机构）'),  -- demo: invented
    ('applications_address', '安徽省宁国市西津街道宁阳西路88号民政局二楼203室'),  -- demo: invented
    ('applications_hours', '周一至周五（法定节假日除外）上午8:00-12:00，下午14:30-17:30'),  -- demo: invented
    ('applications_phone', '0563-4021503'),  -- demo: invented
    ('applications_fax', '0563-4021502'),  -- demo: invented
    ('applications_postcode', '242300');

-- ---------------------------------------------------------------- agencies
-- demo: the uscc (valid GB 32100 check character) and all contact details are invented.
INSERT INTO agencies (id, parent_id, kind, name, uscc, duties_md, address, postcode, office_hours, phone, fax, email, supervision_phone, sort) VALUES
    (1, NULL, 'bureau', '宁国市民政局', '11341881003018759D', '宁国市民政局是市人民政府主管民政工作的工作部门，主要职能是：

- 拟订并组织实施全市民政事业发展规划和政策；
- 负责最低生活保障、特困人员救助供养、临时救助等社会救助工作；
- 负责社会团体、民办非企业单位登记管理和年度检查；
- 负责婚姻登记、收养登记管理和殡葬管理工作；
- 负责行政区划、地名管理和养老服务、儿童福利工作。

局机关设办公室、社会救助股、社会事务股、社会组织管理股4个内设机构，下设市殡仪馆(公墓)、婚姻登记处、烈士陵园管理处、社会福利院、市社会(儿童)福利中心、乡镇敬老院等单位。

详细职能见本网站“机构职能”页面。
', '安徽省宁国市西津街道宁阳西路88号', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4021501', '0563-4021502', 'mzj@ningguo.gov.cn', '0563-4021509', 0),  -- demo: contact details invented
    (2, 1, 'office', '办公室', NULL, '负责机关文电、会务、财务、人事、档案、政务公开和政府信息公开工作。', '安徽省宁国市西津街道宁阳西路88号二楼203室', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4021503', '0563-4021502', 'mzjbgs@ningguo.gov.cn', '', 10),  -- demo: contact details invented
    (3, 1, 'office', '社会救助股', NULL, '负责城乡最低生活保障、特困人员救助供养、临时救助和流浪乞讨人员救助管理工作。', '安徽省宁国市西津街道宁阳西路88号三楼305室', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4021521', '', 'mzjjzg@ningguo.gov.cn', '', 20),  -- demo: contact details invented
    (4, 1, 'office', '社会事务股', NULL, '负责婚姻收养登记、殡葬管理、区划地名、养老服务、儿童福利和残疾人福利工作。', '安徽省宁国市西津街道宁阳西路88号三楼308室', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4021531', '', 'mzjswg@ningguo.gov.cn', '', 30),  -- demo: contact details invented
    (5, 1, 'office', '社会组织管理股', NULL, '负责社会团体、民办非企业单位的登记、年度检查和执法监督工作。', '安徽省宁国市西津街道宁阳西路88号三楼310室', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4021541', '', 'mzjzzg@ningguo.gov.cn', '', 40),  -- demo: contact details invented
    (6, 1, 'unit', '宁国市殡仪馆(公墓)', NULL, '提供遗体接运、火化、骨灰寄存和公墓安葬等殡葬服务，公开收费项目和收费标准。', '安徽省宁国市南山街道青龙湾路12号', '242300', '全年无休 7:00-17:30（遗体接运24小时）', '0563-4021560', '0563-4021561', 'ngbyg@ningguo.gov.cn', '0563-4021509', 50),  -- demo: contact details invented
    (7, 1, 'unit', '宁国市婚姻登记处', NULL, '依法办理结婚登记、离婚登记、补领婚姻登记证和婚姻登记档案查询。', '安徽省宁国市西津街道宁阳西路90号', '242300', '周一至周五 上午8:30-12:00 下午14:30-17:30（法定节假日除外）', '0563-4021570', '', 'nghydj@ningguo.gov.cn', '0563-4021509', 60),  -- demo: contact details invented
    (8, 1, 'unit', '宁国市烈士陵园管理处', NULL, '负责烈士陵园和烈士事迹陈列馆的保护管理、祭扫接待和红色教育服务。', '安徽省宁国市河沥溪街道烈士陵园路1号', '242300', '周二至周日 8:30-17:00', '0563-4021580', '', 'nglsly@ningguo.gov.cn', '0563-4021509', 70),  -- demo: contact details invented
    (9, 1, 'unit', '宁国市社会福利院', NULL, '为城乡特困人员和有需要的老年人提供集中供养和照料护理服务。', '安徽省宁国市汪溪街道福利院路8号', '242300', '全天候服务；探视时间 9:00-11:30、14:30-17:00', '0563-4021590', '', 'ngflyuan@ningguo.gov.cn', '0563-4021509', 80),  -- demo: contact details invented
    (10, 1, 'unit', '宁国市社会(儿童)福利中心', NULL, '为孤儿、弃婴和困境儿童提供养育、康复、教育和安置服务。', '安徽省宁国市汪溪街道福利院路10号', '242300', '周一至周五 8:00-17:30', '0563-4021595', '', 'ngetfl@ningguo.gov.cn', '0563-4021509', 90),  -- demo: contact details invented
    (11, 1, 'unit', '宁国市乡镇敬老院管理服务中心', NULL, '统筹管理全市乡镇敬老院，指导敬老院服务质量提升和安全管理。', '安徽省宁国市港口镇敬老院路3号', '242300', '周一至周五 8:00-17:30', '0563-4021598', '', 'ngjly@ningguo.gov.cn', '0563-4021509', 100);  -- demo: contact details invented

-- ---------------------------------------------------------------- categories
INSERT INTO categories (id, scheme, code, name, sort) VALUES
    (1, 'topic', 'mz', '民政', 10),
    (2, 'topic', 'shjz', '社会救助', 20),
    (3, 'topic', 'shfl', '社会福利', 30),
    (4, 'topic', 'hydj', '婚姻登记', 40),
    (5, 'topic', 'bzgl', '殡葬管理', 50),
    (6, 'topic', 'shzz', '社会组织', 60),
    (7, 'topic', 'qhdm', '区划地名', 70),
    (8, 'topic', 'fuaz', '优抚安置', 80),
    (9, 'topic', 'ylfw', '养老服务', 90),
    (10, 'topic', 'jgzn', '机构职能', 100),
    (11, 'topic', 'czzj', '财政资金', 110),
    (12, 'topic', 'rsxx', '人事信息', 120),
    (13, 'topic', 'zwgk', '政务公开', 130),
    (21, 'genre', 'gz', '规章', 10),
    (22, 'genre', 'gfxwj', '行政规范性文件', 20),
    (23, 'genre', 'qtwj', '其他文件', 30),
    (24, 'genre', 'tzgg', '通知公告', 40),
    (25, 'genre', 'gzjh', '工作计划', 50),
    (26, 'genre', 'gzzj', '工作总结', 60),
    (27, 'genre', 'zcjd', '政策解读', 70),
    (28, 'genre', 'tjxx', '统计信息', 80),
    (29, 'genre', 'ndbg', '年度报告', 90),
    (30, 'genre', 'czyjs', '财政预决算', 100),
    (31, 'genre', 'rsxx', '人事信息', 110),
    (41, 'service_type', 'xzxk', '行政许可', 10),
    (42, 'service_type', 'xzqr', '行政确认', 20),
    (43, 'service_type', 'ggfw', '公共服务', 30),
    (44, 'service_type', 'qtxzql', '其他行政权力', 40),
    (51, 'service_theme', 'hydj', '婚姻登记', 10),
    (52, 'service_theme', 'sydj', '收养登记', 20),
    (53, 'service_theme', 'shzz', '社会组织', 30),
    (54, 'service_theme', 'bz', '殡葬', 40),
    (55, 'service_theme', 'dm', '地名', 50),
    (56, 'service_theme', 'shjz', '社会救助', 60),
    (57, 'service_theme', 'ylfw', '养老服务', 70);

-- ---------------------------------------------------------------- entries
-- demo: every entry is invented demo content (titles, 文号, dates, figures, names); 索引号 = uscc/YYYYMM-NNNNN,
-- NNNNN numbering the entries of each publication month in order of publication.
-- demo: entry 1
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (1, '11341881003018759D/201204-00001', '宁国市民政局2012年政务公开工作要点', '宁民〔2012〕15号', 1, 13, 25, '2012-04-06', '2012-04-10', '政务公开 工作要点 2012', 'expired', '年度工作要点，执行期已届满', '主动公开', '面向社会', '各股室、局直属各单位：

为深入贯彻《中华人民共和国政府信息公开条例》，推进“阳光民政”建设，现将2012年政务公开工作要点印发给你们，请认真贯彻落实。

## 一、工作目标

以群众关心的低保、救灾、优抚、婚姻登记、殡葬服务等事项为重点，做到主动公开及时、依申请公开规范、监督保障有力。

## 二、重点任务

1. 调整局政务公开工作领导组，明确办公室负责日常工作。
2. 整合政府信息公开网与局网站政务公开栏目，做到内容更新及时。
3. 定期更新局机关大院政务公开宣传栏。
4. 编制并更新政府信息主动公开指南和公开目录。
5. 落实政府信息发布前保密审查制度。

## 三、工作要求

各单位要明确一名信息员，每月向局办公室报送公开信息不少于2条。
', 'published', '2012-04-10T01:30:00Z', '2012-04-10T01:30:00Z');
-- demo: entry 2
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (2, '11341881003018759D/201206-00001', '关于公布村级公益性生态墓地审批等5项行政审批事项办理流程的公告', '宁民〔2012〕28号', 1, 10, 24, '2012-06-15', '2012-06-18', '行政审批 办理流程 公墓 地名 收养 民间组织', 'repealed', '已被宁民〔2021〕9号废止', '主动公开', '面向社会', '根据市深化行政审批制度改革工作要求，我局进驻市行政服务中心的行政审批事项办理流程公开如下：

1. 村级公益性生态墓地审批；
2. 地名命名更名审核申报；
3. 民间组织成立、变更、注销登记；
4. 民间组织年度检查；
5. 儿童收养登记。

以上事项均在市行政服务中心民政窗口受理，实行一次性告知制度。各事项的申请材料、办理程序和办理时限，详见本网站“办事指南”栏目。

监督电话：0563-4021509（演示号码）。
', 'published', '2012-06-18T01:30:00Z', '2012-06-18T01:30:00Z');
-- demo: entry 3
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (3, '11341881003018759D/201212-00001', '宁国市民政局2012年工作总结', '', 1, 1, 26, '2012-12-20', '2012-12-25', '工作总结 2012 民政', 'valid', '', '主动公开', '面向社会', '2012年，在市委、市政府的正确领导下，全市民政系统围绕保障民生这一中心，各项工作取得新进展。

## 一、社会救助体系进一步完善

全年发放城乡低保金、五保供养金按月足额发放，实现应保尽保；临时救助及时有效。

## 二、社会福利事业加快发展

全市8所乡镇敬老院改扩建工程全面推进，市老年公寓、市社会(儿童)福利中心建设有序实施。

## 三、公共服务水平不断提升

- 婚姻登记处全年依法办理婚姻登记，登记合格率100%；
- 市殡仪馆综合楼建设按程序推进；
- 烈士事迹陈列馆项目完成立项。

## 四、政务公开扎实开展

村级公益性生态墓地审批等5项行政审批事项集中在市行政服务中心办理，群众满意率达100%。
', 'published', '2012-12-25T01:30:00Z', '2012-12-25T01:30:00Z');
-- demo: entry 4
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (4, '11341881003018759D/201303-00001', '宁国市民政局2012年政府信息公开工作年度报告', '', 1, 13, 29, '2013-03-12', '2013-03-15', '政府信息公开 年度报告 2012', 'valid', '', '主动公开', '面向社会', '根据《中华人民共和国政府信息公开条例》规定，现公布宁国市民政局2012年政府信息公开工作年度报告。

报告全文见本网站“年度报告”栏目：[宁国市民政局2012年政府信息公开工作年度报告](/reports/2012)。
', 'published', '2013-03-15T01:30:00Z', '2013-03-15T01:30:00Z');
-- demo: entry 5
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (5, '11341881003018759D/201405-00001', '关于进一步规范婚姻登记工作的通知', '宁民〔2014〕21号', 1, 4, 23, '2014-05-16', '2014-05-20', '婚姻登记 规范化 通知', 'valid', '', '主动公开', '面向社会', '市婚姻登记处：

为进一步规范婚姻登记工作，提升服务水平，现就有关事项通知如下：

1. 严格执行《婚姻登记条例》和《婚姻登记工作规范》，当事人材料齐全、符合法定条件的，当场办理。
2. 在登记大厅公开登记条件、所需材料、办理流程和监督电话，实行一次性告知。
3. 推行颁证服务，为有需要的当事人提供免费颁证仪式。
4. 婚姻登记不收取任何费用，严禁搭售任何商品或服务。
5. 规范婚姻登记档案管理，按规定提供档案查询服务。
', 'published', '2014-05-20T01:30:00Z', '2014-05-20T01:30:00Z');
-- demo: entry 6
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (6, '11341881003018759D/201508-00001', '宁国市城乡最低生活保障实施细则', '宁民〔2015〕33号', 1, 2, 22, '2015-08-05', '2015-08-12', '低保 实施细则 城乡最低生活保障', 'repealed', '已被宁民〔2024〕3号废止', '主动公开', '面向社会', '## 第一章 总则

**第一条** 为规范城乡最低生活保障（以下简称低保）工作，根据《社会救助暂行办法》等规定，结合本市实际，制定本细则。

**第二条** 低保工作坚持应保尽保、公开公平公正、动态管理的原则。

## 第二章 申请与审批

**第三条** 申请低保以家庭为单位，由户主或其代理人向户籍所在地乡镇人民政府（街道办事处）提出书面申请。

**第四条** 乡镇人民政府（街道办事处）应当自受理申请之日起，组织开展家庭经济状况调查，并在村（居）民委员会协助下进行民主评议和公示。

## 第三章 附则

**第五条** 本细则自发布之日起施行。
', 'published', '2015-08-12T01:30:00Z', '2015-08-12T01:30:00Z');
-- demo: entry 7
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (7, '11341881003018759D/201601-00001', '关于做好2016年春节走访慰问优抚对象工作的通知', '宁民〔2016〕4号', 1, 8, 23, '2016-01-14', '2016-01-18', '优抚对象 春节 走访慰问', 'valid', '', '主动公开', '面向社会', '各乡镇人民政府、街道办事处：

2016年春节即将来临，为做好重点优抚对象走访慰问工作，现将有关事项通知如下：

1. 慰问对象为在乡重点优抚对象、烈士遗属和驻宁部队官兵。
2. 慰问金由市财政安排，各乡镇（街道）须于2月5日前发放到位，并在村（居）务公开栏公示。
3. 市烈士陵园管理处在春节期间做好祭扫接待服务。
', 'published', '2016-01-18T01:30:00Z', '2016-01-18T01:30:00Z');
-- demo: entry 8
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (8, '11341881003018759D/201609-00001', '宁国市殡葬改革工作实施方案', '宁民〔2016〕31号', 1, 5, 23, '2016-09-01', '2016-09-08', '殡葬改革 实施方案 公益性公墓 生态安葬', 'valid', '', '主动公开', '面向社会', '为推进移风易俗，深化殡葬改革，制定本实施方案。

## 一、主要目标

到2020年，全市遗体火化率保持100%，节地生态安葬比例明显提高，每个乡镇至少建成一处村级公益性生态墓地。

## 二、主要任务

- 规范村级公益性生态墓地建设审批，严禁违规建设经营性墓地；
- 推行树葬、草坪葬、花坛葬等节地生态安葬方式；
- 市殡仪馆(公墓)公开收费项目和收费标准，接受社会监督；
- 倡导文明节俭治丧，反对大操大办。

## 三、保障措施

各乡镇（街道）要把殡葬改革纳入年度目标考核，市民政局会同相关部门加强督查。
', 'published', '2016-09-08T01:30:00Z', '2016-09-08T01:30:00Z');
-- demo: entry 9
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (9, '11341881003018759D/201709-00001', '关于宁国市部分道路命名的公告', '宁民〔2017〕36号', 1, 7, 24, '2017-09-20', '2017-09-26', '地名 道路命名 公告', 'valid', '', '主动公开', '面向社会', '经市人民政府批准，现将我市城区部分道路命名公告如下（道路名称均为演示数据）：

| 序号 | 道路名称 | 起止点 | 长度（米） |
|---|---|---|---|
| 1 | 青枫路 | 宁阳西路—竹峰路 | 860 |
| 2 | 竹峰路 | 青枫路—宁阳东路 | 1240 |
| 3 | 翠溪巷 | 竹峰路—滨河路 | 310 |

以上道路名称自公告之日起使用。
', 'published', '2017-09-26T01:30:00Z', '2017-09-26T01:30:00Z');
-- demo: entry 10
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (10, '11341881003018759D/201806-00001', '宁国市困难残疾人生活补贴和重度残疾人护理补贴实施办法', '宁民〔2018〕22号', 1, 3, 22, '2018-06-08', '2018-06-15', '残疾人两项补贴 生活补贴 护理补贴', 'valid', '', '主动公开', '面向社会', '**第一条** 为保障困难残疾人生活和重度残疾人照护需求，根据国家和省有关规定，制定本办法。

**第二条** 困难残疾人生活补贴对象为纳入最低生活保障范围的持证残疾人；重度残疾人护理补贴对象为残疾等级为一级、二级的持证残疾人。

**第三条** 补贴实行申请、审核、审定和发放程序，通过“一卡通”按月发放。

**第四条** 本办法自2018年7月1日起施行。
', 'published', '2018-06-15T01:30:00Z', '2018-06-15T01:30:00Z');
-- demo: entry 11
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (11, '11341881003018759D/201903-00001', '关于公布2019年宁国市特困人员基本生活标准的通知', '宁民〔2019〕9号', 3, 2, 24, '2019-03-15', '2019-03-20', '特困人员 供养标准 2019', 'valid', '', '主动公开', '面向社会', '各乡镇人民政府、街道办事处：

经市人民政府同意，2019年我市特困人员基本生活标准如下：

| 类别 | 基本生活标准（元/人·年） | 备注 |
|---|---|---|
| 城市特困人员 | 10296 | 按不低于城市低保标准1.3倍确定 |
| 农村特困人员 | 7800 | 按不低于农村低保标准1.3倍确定 |

以上标准自2019年1月1日起执行。
', 'published', '2019-03-20T01:30:00Z', '2019-03-20T01:30:00Z');
-- demo: entry 12
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    -- A county bureau makes no 规章: this reprinted ministry rule is 其他文件 (genre 23).
    (12, '11341881003018759D/201904-00001', '《中国公民收养子女登记办法》（转载）', '', 1, 4, 23, '2019-04-22', '2019-04-22', '收养登记 部门规章 转载', 'valid', '', '主动公开', '面向社会', '本栏目转载与收养登记相关的部门规章，供群众查阅。文本以国家正式发布的版本为准。

《中国公民收养子女登记办法》主要规定了：

- 收养登记机关：中国公民在中国境内收养子女或者协议解除收养关系的，应当依照本办法办理登记；
- 收养登记的申请与所需证件、证明材料；
- 收养登记机关的审查与公告程序；
- 解除收养关系登记的办理。

办理收养登记，请查阅本网站“办事指南”中的《儿童收养登记》。
', 'published', '2019-04-22T01:30:00Z', '2019-04-22T01:30:00Z');
-- demo: entry 13
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (13, '11341881003018759D/201910-00001', '关于公布2018年度社会组织年度检查结果的公告', '宁民〔2019〕38号', 5, 6, 24, '2019-10-25', '2019-10-28', '社会组织 年度检查 年检结果', 'valid', '', '主动公开', '面向社会', '根据《社会团体登记管理条例》《民办非企业单位登记管理暂行条例》，我局对在本局登记的社会组织进行了2018年度检查，现将结果公告如下（组织名称为演示数据）：

| 结论 | 数量 | 社会组织名称 |
|---|---|---|
| 合格 | 86 | 宁国市书法家协会等 |
| 基本合格 | 5 | 宁国市演示养殖协会等 |
| 不合格 | 2 | 宁国市演示培训学校等 |

年检不合格的社会组织应在30日内完成整改。
', 'published', '2019-10-28T01:30:00Z', '2019-10-28T01:30:00Z');
-- demo: entry 14
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (14, '11341881003018759D/202004-00001', '宁国市民政局2020年部门预算', '', 2, 11, 30, '2020-04-20', '2020-04-28', '部门预算 2020 财政资金', 'valid', '', '主动公开', '面向社会', '## 一、部门基本情况

宁国市民政局内设办公室、社会救助股、社会事务股、社会组织管理股，下属殡仪馆(公墓)、婚姻登记处、社会福利院等单位。

## 二、收支预算总体情况

2020年部门收支预算总计8236.5万元（演示数据），其中基本支出1265.3万元，项目支出6971.2万元。

## 三、“三公”经费预算

2020年“三公”经费预算12.4万元，比上年减少1.1万元。
', 'published', '2020-04-28T01:30:00Z', '2020-04-28T01:30:00Z');
-- demo: entry 15
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (15, '11341881003018759D/202103-00001', '关于公布宁国市民政局政务服务事项清单的通知', '宁民〔2021〕9号', 1, 10, 24, '2021-03-05', '2021-03-10', '政务服务 事项清单 权责清单', 'valid', '', '主动公开', '面向社会', '根据全市政务服务事项标准化工作要求，现将我局政务服务事项清单予以公开。《关于公布村级公益性生态墓地审批等5项行政审批事项办理流程的公告》（宁民〔2012〕28号）同时废止。

| 序号 | 事项名称 | 事项类型 |
|---|---|---|
| 1 | 结婚登记 | 行政确认 |
| 2 | 离婚登记 | 行政确认 |
| 3 | 收养登记 | 行政确认 |
| 4 | 村级公益性生态墓地审批 | 行政许可 |
| 5 | 社会团体成立、变更、注销登记 | 行政许可 |
| 6 | 民办非企业单位成立、变更、注销登记 | 行政许可 |
| 7 | 地名命名更名审核申报 | 其他行政权力 |

各事项办事指南见本网站“办事指南”栏目。
', 'published', '2021-03-10T01:30:00Z', '2021-03-10T01:30:00Z');
-- demo: entry 16
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (16, '11341881003018759D/202107-00001', '宁国市民政局2020年部门决算', '', 2, 11, 30, '2021-07-26', '2021-07-30', '部门决算 2020', 'valid', '', '主动公开', '面向社会', '2020年度本部门收入合计8412.7万元，支出合计8390.2万元（演示数据）。

- 社会保障和就业支出7810.4万元，主要用于城乡低保、特困供养、临时救助、养老服务等；
- 城乡社区支出356.1万元；
- “三公”经费支出10.8万元，控制在预算以内。
', 'published', '2021-07-30T01:30:00Z', '2021-07-30T01:30:00Z');
-- demo: entry 17
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (17, '11341881003018759D/202205-00001', '《地名管理条例》解读', '', 4, 7, 27, '2022-05-10', '2022-05-16', '地名管理条例 政策解读 地名命名', 'valid', '', '主动公开', '面向社会', '2022年施行的《地名管理条例》对地名的命名、更名、使用、文化保护等作出了新的规定。现就与群众关系密切的内容解读如下：

1. **地名命名原则**：地名应当反映当地人文或者自然地理特征，一般不以人名作地名，不以国家领导人的名字作地名。
2. **命名更名程序**：申报地名命名、更名应当提交申报书，说明理由和拟用名称的含义、来源等，并进行综合评估和专家论证。
3. **标准地名使用**：机关、企业事业单位的公文、证件、地图、导航等，应当使用标准地名。

宁国市辖区内道路、街巷、居民区等地名命名更名，由市民政局受理审核，详见办事指南《地名命名更名审核申报》。
', 'published', '2022-05-16T01:30:00Z', '2022-05-16T01:30:00Z');
-- demo: entry 18
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (18, '11341881003018759D/202209-00001', '关于加强公墓管理有关事项的通知', '宁民〔2022〕27号', 4, 5, 23, '2022-09-14', '2022-09-20', '公墓管理 殡葬 公益性公墓', 'valid', '', '主动公开', '面向社会', '各乡镇人民政府、街道办事处，市殡仪馆(公墓)：

为规范公墓建设和管理，现就有关事项通知如下：

1. 村级公益性生态墓地只能安葬本村村民，不得对外销售，不得从事经营活动。
2. 市公墓应当公开墓穴价格、管理费标准和收费依据，不得捆绑销售。
3. 严禁硬化山体、建造豪华墓，节地生态安葬比例不低于50%。
4. 各乡镇（街道）每年10月底前完成辖区公墓年检自查。
', 'published', '2022-09-20T01:30:00Z', '2022-09-20T01:30:00Z');
-- demo: entry 19
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (19, '11341881003018759D/202302-00001', '宁国市民政局2022年政府信息公开工作年度报告', '', 1, 13, 29, '2023-02-20', '2023-02-27', '政府信息公开 年度报告 2022', 'valid', '', '主动公开', '面向社会', '## 一、总体情况

2022年，我局坚持以公开为常态、不公开为例外，全年主动公开政府信息163条，收到政府信息公开申请3件，均在法定期限内答复。

## 二、存在的主要问题及改进情况

政策解读形式还较单一。下一步将增加图解、问答等形式。
', 'published', '2023-02-27T01:30:00Z', '2023-02-27T01:30:00Z');
-- demo: entry 20
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (20, '11341881003018759D/202306-00001', '关于调整2023年城乡低保标准的通知', '宁民〔2023〕18号', 3, 2, 22, '2023-06-20', '2023-06-26', '低保标准 调整 2023', 'expired', '执行期已满，2024年7月起执行宁民〔2024〕20号标准', '主动公开', '面向社会', '各乡镇人民政府、街道办事处：

经市人民政府同意，自2023年7月1日起调整我市城乡最低生活保障标准：

| 区域 | 调整前（元/人·月） | 调整后（元/人·月） |
|---|---|---|
| 城市 | 770 | 810 |
| 农村 | 770 | 810 |

请各地按新标准及时核定补差金额。
', 'published', '2023-06-26T01:30:00Z', '2023-06-26T01:30:00Z');
-- demo: entry 21
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (21, '11341881003018759D/202312-00001', '宁国市民政局关于人事任免的通知', '宁民〔2023〕41号', 2, 12, 31, '2023-12-18', '2023-12-22', '人事任免 干部', 'valid', '', '主动公开', '面向社会', '局属各单位：

经局党组研究决定（人员姓名为演示数据）：

- 任命陈晓雯为宁国市社会福利院院长（试用期一年）；
- 任命周立新为宁国市婚姻登记处主任；
- 免去王建华宁国市烈士陵园管理处主任职务。
', 'published', '2023-12-22T01:30:00Z', '2023-12-22T01:30:00Z');
-- demo: entry 22
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (22, '11341881003018759D/202401-00001', '宁国市最低生活保障审核确认实施细则', '宁民〔2024〕3号', 3, 2, 22, '2024-01-15', '2024-01-19', '低保 审核确认 实施细则', 'valid', '', '主动公开', '面向社会', '**第一条** 为规范最低生活保障审核确认工作，根据《社会救助暂行办法》《最低生活保障审核确认办法》等规定，制定本细则。

**第二条** 申请低保，由共同生活的家庭成员向户籍所在地乡镇人民政府（街道办事处）提出；也可通过本网站、“皖事通”等线上渠道提出。

**第三条** 乡镇人民政府（街道办事处）应当自受理之日起组织开展家庭经济状况调查，对申请家庭入户调查，并在村（居）公示7天。

**第四条** 乡镇人民政府（街道办事处）可以根据市民政局授权，直接审核确认低保对象，并报市民政局备案。

**第五条** 低保家庭实行分类动态管理：

- 家庭成员无劳动能力、收入来源基本固定的，每年核查一次；
- 其他家庭，每半年核查一次。

**第六条** 本细则自2024年2月1日起施行，《宁国市城乡最低生活保障实施细则》（宁民〔2015〕33号）同时废止。
', 'published', '2024-01-19T01:30:00Z', '2024-01-19T01:30:00Z');
-- demo: entry 23
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (23, '11341881003018759D/202401-00002', '《宁国市最低生活保障审核确认实施细则》政策解读', '', 3, 2, 27, '2024-01-22', '2024-01-26', '低保 政策解读 审核确认', 'valid', '', '主动公开', '面向社会', '## 一、为什么要制定

原细则施行已近十年，申请审核方式、核查周期等与现行规定不一致，需要修订。

## 二、主要变化

1. **申请渠道更多**：除到乡镇（街道）当面申请外，可在线申请；
2. **审核确认权下放**：经授权，乡镇（街道）可直接确认低保对象；
3. **动态管理分类**：按家庭情况分别一年或半年核查一次。

## 三、群众如何咨询

可拨打市民政局社会救助股电话0563-4021521（演示号码）咨询。
', 'published', '2024-01-26T01:30:00Z', '2024-01-26T01:30:00Z');
-- demo: entry 24
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (24, '11341881003018759D/202402-00001', '宁国市民政局2023年政府信息公开工作年度报告', '', 1, 13, 29, '2024-02-20', '2024-02-26', '政府信息公开 年度报告 2023', 'valid', '', '主动公开', '面向社会', '## 一、总体情况

2023年，我局全年主动公开政府信息178条，收到政府信息公开申请4件，均按期答复，未发生因政府信息公开引起的行政复议和行政诉讼。

## 二、存在的主要问题及改进情况

部分栏目更新不够及时。2024年将建立栏目更新月度提醒制度。
', 'published', '2024-02-26T01:30:00Z', '2024-02-26T01:30:00Z');
-- demo: entry 25
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (25, '11341881003018759D/202403-00001', '宁国市民政局2024年部门预算', '', 2, 11, 30, '2024-03-22', '2024-03-28', '部门预算 2024', 'valid', '', '主动公开', '面向社会', '2024年部门收支预算（演示数据）：

| 项目 | 金额（万元） |
|---|---|
| 收入预算合计 | 9120.6 |
| 支出预算合计 | 9120.6 |
| 其中：基本支出 | 1402.8 |
| 其中：项目支出 | 7717.8 |
| “三公”经费 | 11.5 |
', 'published', '2024-03-28T01:30:00Z', '2024-03-28T01:30:00Z');
-- demo: entry 26
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (26, '11341881003018759D/202404-00001', '关于开通婚姻登记网上预约服务的公告', '', 7, 4, 24, '2024-04-10', '2024-04-15', '婚姻登记 预约 网上预约', 'valid', '', '主动公开', '面向社会', '为减少群众排队等候时间，自2024年4月20日起，宁国市婚姻登记处开通婚姻登记网上预约服务。

1. 预约渠道：“皖事通”App或民政部婚姻登记预约平台；
2. 预约时段：工作日上午8:30-11:30、下午14:30-17:00；
3. 当事人应按预约时间携带有效身份证件到婚姻登记处办理；
4. 未预约的当事人仍可现场取号办理。

咨询电话：0563-4021570（演示号码）。
', 'published', '2024-04-15T01:30:00Z', '2024-04-15T01:30:00Z');
-- demo: entry 27
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (27, '11341881003018759D/202406-00001', '关于调整2024年城乡低保标准的通知', '宁民〔2024〕20号', 3, 2, 22, '2024-06-18', '2024-06-24', '低保标准 调整 2024', 'valid', '', '主动公开', '面向社会', '各乡镇人民政府、街道办事处：

经市人民政府同意，自2024年7月1日起调整我市城乡最低生活保障标准：

| 区域 | 调整前（元/人·月） | 调整后（元/人·月） |
|---|---|---|
| 城市 | 810 | 850 |
| 农村 | 810 | 850 |

**第二条** 特困人员基本生活标准按不低于当地低保标准的1.3倍同步调整。

**第三条** 各地应于7月底前完成补差发放，并在村（居）务公开栏公开。
', 'published', '2024-06-24T01:30:00Z', '2024-06-26T02:10:00Z');
-- demo: entry 28
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (28, '11341881003018759D/202409-00001', '2024年第二季度社会救助资金发放情况', '', 3, 2, 28, '2024-09-25', '2024-09-30', '社会救助 资金发放 统计 季度', 'valid', '', '主动公开', '面向社会', '2024年第二季度全市社会救助资金发放情况如下（演示数据）：

| 项目 | 保障人数（人） | 发放金额（万元） |
|---|---|---|
| 城市低保 | 1265 | 312.4 |
| 农村低保 | 6318 | 1488.9 |
| 特困人员供养 | 1102 | 496.3 |
| 临时救助 | 389（人次） | 78.6 |
', 'published', '2024-09-30T01:30:00Z', '2024-09-30T01:30:00Z');
-- demo: entry 29
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (29, '11341881003018759D/202411-00001', '关于公布2023年度社会组织年度检查结果的公告', '宁民〔2024〕35号', 5, 6, 24, '2024-11-15', '2024-11-20', '社会组织 年度检查 年检结果 2023', 'valid', '', '主动公开', '面向社会', '根据社会组织登记管理有关规定，我局对在本局登记的社会组织进行了2023年度检查。现将结果公告如下：

- 年检合格：103家；
- 年检基本合格：6家；
- 年检不合格：3家；
- 未参加年检：4家。

未参加年检和年检不合格的社会组织名单见附件。对连续两年未参加年检的，将依法作出撤销登记的处理。
', 'published', '2024-11-20T01:30:00Z', '2024-11-20T01:30:00Z');
-- demo: entry 30
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (30, '11341881003018759D/202412-00001', '宁国市民政局2024年工作总结', '', 1, 1, 26, '2024-12-23', '2024-12-27', '工作总结 2024', 'valid', '', '主动公开', '面向社会', '2024年，全市民政系统聚焦基本民生保障、基层社会治理和基本社会服务，各项工作稳步推进。

1. 城乡低保标准提高到每人每月850元，全年发放社会救助资金6800余万元；
2. 新建社区养老服务站12个，为1.2万名80周岁以上老年人发放高龄津贴；
3. 婚姻登记开通网上预约，全年办理婚姻登记2300余对；
4. 完成3个乡镇村级公益性生态墓地建设。
', 'published', '2024-12-27T01:30:00Z', '2024-12-27T01:30:00Z');
-- demo: entry 31
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (31, '11341881003018759D/202501-00001', '宁国市民政局2025年工作要点', '宁民〔2025〕2号', 1, 1, 25, '2025-01-10', '2025-01-16', '工作要点 2025', 'valid', '', '主动公开', '面向社会', '## 一、兜牢基本民生底线

完善分层分类社会救助体系，开展低保边缘家庭认定，全面推行临时救助“先行救助”。

## 二、发展养老服务

推进居家社区养老服务网络建设，落实高龄津贴和养老服务补贴制度。

## 三、提升社会事务服务水平

深化婚姻登记、殡葬服务改革，推进节地生态安葬。

## 四、加强社会组织管理

开展社会组织年度报告抽查和非法社会组织整治。
', 'published', '2025-01-16T01:30:00Z', '2025-01-16T01:30:00Z');
-- demo: entry 32
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (32, '11341881003018759D/202502-00001', '宁国市民政局2024年政府信息公开工作年度报告', '', 1, 13, 29, '2025-02-18', '2025-02-24', '政府信息公开 年度报告 2024', 'valid', '', '主动公开', '面向社会', '## 一、总体情况

2024年，我局全年主动公开政府信息192条，收到政府信息公开申请5件，均在法定期限内答复。

## 二、存在的主要问题及改进情况

依申请公开答复文书仍需规范。2025年将统一答复文书格式。
', 'published', '2025-02-24T01:30:00Z', '2025-02-24T01:30:00Z');
-- demo: entry 33
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (33, '11341881003018759D/202503-00001', '宁国市民政局2025年部门预算', '', 2, 11, 30, '2025-03-20', '2025-03-25', '部门预算 2025', 'valid', '', '主动公开', '面向社会', '2025年部门收支预算总计9587.3万元（演示数据），其中基本支出1450.2万元，项目支出8137.1万元；“三公”经费预算11.2万元。

预算明细表见附件。
', 'published', '2025-03-25T01:30:00Z', '2025-03-25T01:30:00Z');
-- demo: entry 34
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (34, '11341881003018759D/202504-00001', '宁国市临时救助实施办法', '宁民〔2025〕8号', 3, 2, 22, '2025-04-14', '2025-04-18', '临时救助 实施办法 先行救助', 'valid', '', '主动公开', '面向社会', '**第一条** 为发挥临时救助兜底作用，根据《社会救助暂行办法》，制定本办法。

**第二条** 因火灾、交通事故、突发重大疾病等意外事件，或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的家庭或个人，可以申请临时救助。

**第三条** 临时救助标准：

| 困难类型 | 救助标准 |
|---|---|
| 一般困难 | 不超过当地月低保标准的3倍 |
| 较大困难 | 当地月低保标准的3至6倍 |
| 重大困难 | 当地月低保标准的6至12倍 |

**第四条** 情况紧急的，乡镇（街道）可先行救助，事后补齐手续。

**第五条** 本办法自2025年5月1日起施行。
', 'published', '2025-04-18T01:30:00Z', '2025-04-21T03:00:00Z');
-- demo: entry 35
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (35, '11341881003018759D/202504-00002', '《宁国市临时救助实施办法》政策解读', '', 3, 2, 27, '2025-04-21', '2025-04-25', '临时救助 政策解读', 'valid', '', '主动公开', '面向社会', '**问：哪些人可以申请临时救助？**

答：因意外事件、突发重大疾病等导致基本生活暂时出现严重困难的家庭或个人，包括非本地户籍的困难群众。

**问：到哪里申请？**

答：向户籍所在地或者经常居住地乡镇人民政府（街道办事处）申请；情况紧急的，可以直接向市民政局求助。

**问：救助金额是多少？**

答：按困难程度分为三档，最高可达当地月低保标准的12倍。
', 'published', '2025-04-25T01:30:00Z', '2025-04-25T01:30:00Z');
-- demo: entry 36
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (36, '11341881003018759D/202503-00002', '关于2025年清明节期间文明祭扫和公墓管理的通告', '', 6, 5, 24, '2025-03-25', '2025-03-28', '清明 文明祭扫 公墓管理 殡葬', 'valid', '', '主动公开', '面向社会', '为保障清明节期间祭扫安全有序，倡导文明低碳祭扫，现将有关事项通告如下：

1. 市公墓开放时间为每日7:00-17:30，清明节当日延长至18:00；
2. 倡导鲜花祭扫、网络祭扫，墓区内禁止焚烧纸钱、燃放鞭炮；
3. 市殡仪馆(公墓)提供免费代客祭扫服务，可电话预约；
4. 祭扫高峰期开通公交专线。

服务电话：0563-4021560（演示号码）。
', 'published', '2025-03-28T01:30:00Z', '2025-03-28T01:30:00Z');
-- demo: entry 37
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (37, '11341881003018759D/202506-00001', '宁国市高龄津贴和养老服务补贴发放实施办法', '宁民〔2025〕12号', 1, 9, 22, '2025-06-16', '2025-06-20', '养老服务补贴 高龄津贴 老年人', 'valid', '', '主动公开', '面向社会', '**第一条** 为提升老年人福祉，制定本办法。

**第二条** 具有本市户籍的老年人，按年龄段享受高龄津贴，标准如下：

| 年龄段 | 高龄津贴（元/人·月） |
|---|---|
| 80-89周岁 | 50 |
| 90-99周岁 | 100 |
| 100周岁及以上 | 500 |

**第三条** 经济困难的失能、半失能老年人，按评估等级享受养老服务补贴，以服务形式发放。

**第四条** 本办法自2025年7月1日起施行。
', 'published', '2025-06-20T01:30:00Z', '2025-06-24T01:45:00Z');
-- demo: entry 38
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (38, '11341881003018759D/202507-00001', '关于部分新建道路命名的公告', '宁民〔2025〕19号', 4, 7, 24, '2025-07-18', '2025-07-22', '地名命名 公告 道路', 'valid', '', '主动公开', '面向社会', '经市人民政府批准，对我市经济开发区部分新建道路命名如下（道路名称为演示数据）：

1. 东西走向，西起青枫路、东至港口大道的道路，命名为“云栖路”；
2. 南北走向，北起云栖路、南至汪溪路的道路，命名为“梅林路”。

道路位置示意图见附件。
', 'published', '2025-07-22T01:30:00Z', '2025-07-22T01:30:00Z');
-- demo: entry 39
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (39, '11341881003018759D/202508-00001', '宁国市民政局2024年部门决算', '', 2, 11, 30, '2025-08-22', '2025-08-28', '部门决算 2024', 'valid', '', '主动公开', '面向社会', '2024年度本部门收入合计9356.8万元，支出合计9302.5万元（演示数据）。“三公”经费支出10.2万元，比预算减少1.3万元，主要是严格控制公务接待。
', 'published', '2025-08-28T01:30:00Z', '2025-08-28T01:30:00Z');
-- demo: entry 40
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (40, '11341881003018759D/202509-00001', '关于2025年国庆节、中秋节期间婚姻登记服务安排的公告', '', 7, 4, 24, '2025-09-22', '2025-09-24', '婚姻登记 节假日 服务安排', 'valid', '', '主动公开', '面向社会', '根据国务院办公厅节假日安排，现将国庆节、中秋节期间婚姻登记服务安排公告如下：

1. 10月1日至8日放假，婚姻登记处暂停办理业务；
2. 9月28日（星期日）、10月11日（星期六）正常上班，办理婚姻登记；
3. 需在特殊日期办理结婚登记的，请提前通过网上预约。
', 'published', '2025-09-24T01:30:00Z', '2025-09-24T01:30:00Z');
-- demo: entry 41
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (41, '11341881003018759D/202510-00001', '2025年第三季度民政事业统计数据', '', 2, 1, 28, '2025-10-24', '2025-10-29', '统计数据 民政事业 季度', 'valid', '', '主动公开', '面向社会', '2025年第三季度全市民政事业主要统计数据（演示数据）：

| 指标 | 单位 | 数量 |
|---|---|---|
| 城乡低保对象 | 人 | 7420 |
| 特困供养人员 | 人 | 1086 |
| 登记社会组织 | 家 | 421 |
| 养老机构床位 | 张 | 2860 |
| 结婚登记 | 对 | 596 |
', 'published', '2025-10-29T01:30:00Z', '2025-10-29T01:30:00Z');
-- demo: entry 42
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (42, '11341881003018759D/202512-00001', '宁国市民政局关于人事任免的通知', '宁民〔2025〕33号', 2, 12, 31, '2025-12-15', '2025-12-19', '人事任免', 'valid', '', '主动公开', '面向社会', '局属各单位：

经局党组研究决定（人员姓名为演示数据）：

- 陈晓雯同志试用期满，经考核合格，正式任命为宁国市社会福利院院长；
- 任命刘子豪为宁国市殡仪馆(公墓)副馆长（试用期一年）。
', 'published', '2025-12-19T01:30:00Z', '2025-12-19T01:30:00Z');
-- demo: entry 43
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (43, '11341881003018759D/202601-00001', '宁国市民政局2025年政府信息公开工作年度报告', '', 1, 13, 29, '2026-01-15', '2026-01-20', '政府信息公开 年度报告 2025', 'valid', '', '主动公开', '面向社会', '根据《中华人民共和国政府信息公开条例》，现公布宁国市民政局2025年政府信息公开工作年度报告。

报告全文（按国家统一格式，含统计表）经审核后在本局[政府信息公开工作年度报告栏目](/reports)公布。
', 'published', '2026-01-20T01:30:00Z', '2026-01-20T01:30:00Z');
-- demo: entry 44
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (44, '11341881003018759D/202601-00002', '关于公布2026年城乡低保和特困人员基本生活标准的通知', '宁民〔2026〕2号', 3, 2, 22, '2026-01-22', '2026-01-27', '低保标准 特困人员 2026', 'valid', '', '主动公开', '面向社会', '各乡镇人民政府、街道办事处：

经市人民政府同意，自2026年1月1日起，我市城乡低保和特困人员基本生活标准如下：

| 类别 | 标准 | 单位 |
|---|---|---|
| 城乡低保标准 | 890 | 元/人·月 |
| 特困人员基本生活标准 | 1157 | 元/人·月 |
| 全自理特困人员照料护理标准 | 89 | 元/人·月 |

标准表见附件。
', 'published', '2026-01-27T01:30:00Z', '2026-01-27T01:30:00Z');
-- demo: entry 45
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (45, '11341881003018759D/202602-00001', '宁国市民政局2026年工作要点', '宁民〔2026〕5号', 1, 1, 25, '2026-02-06', '2026-02-12', '工作要点 2026', 'valid', '', '主动公开', '面向社会', '2026年是“十五五”开局之年。全市民政工作要点如下：

1. 健全分层分类社会救助体系，推进救助服务“一网通办”；
2. 扩大居家社区养老服务覆盖面，新增社区助餐点10个；
3. 完善婚姻登记、收养登记便民服务；
4. 推进殡葬公共服务均等化，落实基本殡葬服务减免政策；
5. 做好第三次全国地名普查成果转化应用。
', 'published', '2026-02-12T01:30:00Z', '2026-02-12T01:30:00Z');
-- demo: entry 46
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (46, '11341881003018759D/202603-00001', '关于做好2026年清明节殡葬服务保障工作的通知', '宁民〔2026〕9号', 4, 5, 23, '2026-03-20', '2026-03-24', '清明节 殡葬服务 保障', 'valid', '', '主动公开', '面向社会', '各乡镇人民政府、街道办事处，市殡仪馆(公墓)：

2026年清明节假期为4月4日至6日。为做好祭扫服务保障，现通知如下：

1. 市殡仪馆(公墓)延长开放时间，增设引导岗和志愿服务点；
2. 各村级公益性生态墓地落实防火责任人；
3. 公开祭扫服务项目和收费标准，严禁乱收费。
', 'published', '2026-03-24T01:30:00Z', '2026-03-24T01:30:00Z');
-- demo: entry 47
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (47, '11341881003018759D/202604-00001', '宁国市民政局2026年部门预算', '', 2, 11, 30, '2026-04-23', '2026-04-28', '部门预算 2026', 'valid', '', '主动公开', '面向社会', '2026年部门收支预算总计9812.4万元（演示数据），其中基本支出1488.6万元，项目支出8323.8万元；“三公”经费预算10.9万元。
', 'published', '2026-04-28T01:30:00Z', '2026-04-28T01:30:00Z');
-- demo: entry 48
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (48, '11341881003018759D/202606-00001', '关于公布2025年度社会组织年度检查结果的公告', '宁民〔2026〕17号', 5, 6, 24, '2026-06-12', '2026-06-17', '社会组织 年度检查 年检结果 2025', 'valid', '', '主动公开', '面向社会', '我局对在本局登记的社会组织进行了2025年度检查，结果如下：

| 结论 | 社会团体 | 民办非企业单位 |
|---|---|---|
| 合格 | 118 | 242 |
| 基本合格 | 4 | 9 |
| 不合格 | 1 | 3 |

不合格单位应于公告之日起30日内整改。
', 'published', '2026-06-17T01:30:00Z', '2026-06-17T01:30:00Z');
-- demo: entry 49
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (49, '11341881003018759D/202609-00001', '关于优化婚姻登记服务的公告', '', 7, 4, 24, '2026-09-10', '2026-09-15', '婚姻登记 便民服务 颁证', 'valid', '', '主动公开', '面向社会', '为进一步方便群众办理婚姻登记，自2026年10月1日起：

1. 婚姻登记处在每月第二个星期六上午提供预约办理服务；
2. 为结婚登记当事人提供免费颁证服务；
3. 婚姻登记档案查询可在线预约。
', 'published', '2026-09-15T01:30:00Z', '2026-09-15T01:30:00Z');
-- demo: entry 50
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, body_md, status, created_at, updated_at) VALUES
    (50, '11341881003018759D/202611-00001', '宁国市民政局关于政府信息公开工作机构和联系方式的公告', '', 2, 13, 24, '2026-11-05', '2026-11-10', '政府信息公开 依申请公开 联系方式', 'valid', '', '主动公开', '面向社会', '根据《中华人民共和国政府信息公开条例》，我局政府信息公开工作机构为局办公室。现将依申请公开受理渠道公告如下：

- 网上申请：本网站“依申请公开”页面（/apply）；
- 当面申请：宁国市民政局办公室（地址见公开指南）；
- 信函申请：请在信封左下角注明“政府信息公开申请”。

详见《宁国市民政局政府信息公开指南》。
', 'published', '2026-11-10T01:30:00Z', '2026-11-10T01:30:00Z');

-- ---------------------------------------------------------------- entry_revisions
-- demo: one published revision per entry; entries 27, 34, 37 were corrected (rev 1 superseded by rev 2).
-- author_id / reviewer_id refer to staff in private.db and are left NULL in the demo.
INSERT INTO entry_revisions (id, entry_id, rev_no, status, title, doc_no, agency_id, topic_id, genre_id, written_on, keywords, validity, validity_note, body_md, change_note, author_id, reviewer_id, secrecy_checked, review_comment, created_at, published_at) VALUES
    (27, 27, 1, 'superseded', '关于调整2024年城乡低保标准的通知', '宁民〔2024〕20号', 3, 2, 22, '2024-06-18', '低保标准 调整 2024', 'valid', '', '各乡镇人民政府、街道办事处：

经市人民政府同意，自2024年7月1日起调整我市城乡最低生活保障标准：

| 区域 | 调整前（元/人·月） | 调整后（元/人·月） |
|---|---|---|
| 城市 | 810 | 850 |
| 农村 | 810 | 850 |

**第二条** 特困人员基本生活标准按当地低保标准的1.3倍同步调整。

**第三条** 各地应于7月底前完成补差发放，并在村（居）务公开栏公开。
', '首次发布', NULL, NULL, 1, '已审核，同意发布', '2024-06-24T01:30:00Z', '2024-06-24T01:30:00Z'),
    (35, 34, 1, 'superseded', '宁国市临时救助实施办法', '宁民〔2025〕8号', 3, 2, 22, '2025-04-14', '临时救助 实施办法 先行救助', 'valid', '', '**第一条** 为发挥临时救助兜底作用，根据《社会救助暂行办法》，制定本办法。

**第二条** 因火灾、交通事故、突发重大疾病等意外事件，或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的家庭或个人，可以申请临时救助。

**第三条** 临时救助标准：

| 困难类型 | 救助标准 |
|---|---|
| 一般困难 | 不超过当地月低保标准的3倍 |
| 较大困难 | 当地月低保标准的3至6倍 |
| 重大困难 | 当地月低保标准的6至10倍 |

**第四条** 情况紧急的，乡镇（街道）可先行救助，事后补齐手续。

**第五条** 本办法自2025年5月1日起施行。
', '首次发布', NULL, NULL, 1, '已审核，同意发布', '2025-04-18T01:30:00Z', '2025-04-18T01:30:00Z'),
    (39, 37, 1, 'superseded', '宁国市高龄津贴和养老服务补贴发放实施办法', '宁民〔2025〕12号', 1, 9, 22, '2025-06-16', '养老服务补贴 高龄津贴 老年人', 'valid', '', '**第一条** 为提升老年人福祉，制定本办法。

**第二条** 具有本市户籍的老年人，按年龄段享受高龄津贴，标准如下：

| 年龄段 | 高龄津贴（元/人·月） |
|---|---|
| 80-89周岁 | 50 |
| 90-99周岁 | 100 |
| 100周岁及以上 | 300 |

**第三条** 经济困难的失能、半失能老年人，按评估等级享受养老服务补贴，以服务形式发放。

**第四条** 本办法自2025年7月1日起施行。
', '首次发布', NULL, NULL, 1, '已审核，同意发布', '2025-06-20T01:30:00Z', '2025-06-20T01:30:00Z');
-- demo: the live revision of every entry is the entry itself (rev 2 for the three corrected ones).
INSERT INTO entry_revisions (entry_id, rev_no, status, title, doc_no, agency_id, topic_id, genre_id, written_on,
    keywords, validity, validity_note, body_md, change_note, secrecy_checked, review_comment, created_at, published_at)
SELECT id, CASE WHEN id IN (27, 34, 37) THEN 2 ELSE 1 END, 'published', title, doc_no, agency_id, topic_id, genre_id,
    written_on, keywords, validity, validity_note, body_md,
    CASE id WHEN 27 THEN '更正第二条表述' WHEN 34 THEN '更正第三条表格中重大困难救助标准' WHEN 37 THEN '更正第二条百岁老人津贴标准' ELSE '首次发布' END, 1, '已审核，同意发布',
    CASE id WHEN 27 THEN '2024-06-26T02:10:00Z' WHEN 34 THEN '2025-04-21T03:00:00Z' WHEN 37 THEN '2025-06-24T01:45:00Z' ELSE created_at END,
    CASE id WHEN 27 THEN '2024-06-26T02:10:00Z' WHEN 34 THEN '2025-04-21T03:00:00Z' WHEN 37 THEN '2025-06-24T01:45:00Z' ELSE created_at END
FROM entries ORDER BY id;

-- ---------------------------------------------------------------- attachments
-- demo: small generated files (single-page PDFs, a PNG, a UTF-8 CSV); size and sha256 computed from the bytes.
-- demo: generated file, 2208 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (1, 'entry', 44, '2026年城乡低保和特困人员基本生活标准表.pdf', 'application/pdf', 2208, '1981d1b4f11539a9645a0b84dce987fc353124120c31954f6ddc55687f6730a3', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E6774682031303835203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C3030333230303330303033323030333635453734353743453445363134463445344644443534384337323739353646303445424135343538353746413637324337353146364433423638303735314336383836383E20546A2045540A4254202F463120313120546620363020373530205464202844454D4F2044415441202D204E696E6767756F20436976696C2041666661697273204275726561752064656D6F20706F7274616C2E20466967757265732061726520696E76656E7465642E2920546A2045540A4254202F463120313120546620363020373332205464202845666665637469766520323032362D30312D30312E2920546A2045540A4254202F463220313120546620363620363838205464203C37433742353232423E20546A2045540A4254202F46322031312054662032323620363838205464203C36383037353143363E20546A2045540A4254202F46322031312054662033383620363838205464203C35333535344634443E20546A2045540A4254202F463220313120546620363620363634205464203C3537434534453631344634453446444436383037353143363E20546A2045540A4254202F46322031312054662032323620363634205464203C3030333830303339303033303E20546A2045540A4254202F46322031312054662033383620363634205464203C35313433303032463445424130304237363730383E20546A2045540A4254202F463220313120546620363620363430205464203C373237393536463034454241353435383537464136373243373531463644334236383037353143363E20546A2045540A4254202F46322031312054662032323620363430205464203C303033313030333130303335303033373E20546A2045540A4254202F46322031312054662033383620363430205464203C35313433303032463445424130304237363730383E20546A2045540A4254202F463220313120546620363620363136205464203C3531363838314541373430363731363736353939363241343734303636383037353143363E20546A2045540A4254202F46322031312054662032323620363136205464203C30303338303033393E20546A2045540A4254202F46322031312054662033383620363136205464203C35313433303032463445424130304237363730383E20546A2045540A302E3520770A363020373034206D2035343020373034206C20530A363020363830206D2035343020363830206C20530A363020363536206D2035343020363536206C20530A363020363332206D2035343020363332206C20530A363020363038206D2035343020363038206C20530A363020373034206D20363020363038206C20530A32323020373034206D2032323020363038206C20530A33383020373034206D2033383020363038206C20530A35343020373034206D2035343020363038206C20530A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303031333933203030303030206E200A30303030303031343930203030303030206E200A30303030303031363132203030303030206E200A30303030303031373932203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313936340A2525454F460A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 314 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (2, 'entry', 33, '宁国市民政局2025年部门预算表.csv', 'text/csv', 314, 'e4f1b74ce70f7904bc2430adb6f16ff8e9e469c43b64bbb52ffd72b1825a4f25', X'E9A1B9E79BAE2C32303235E5B9B4E9A284E7AE97E695B0EFBC88E4B887E58583EFBC892C32303234E5B9B4E9A284E7AE97E695B0EFBC88E4B887E58583EFBC892CE5A29EE5878FEFBC8825EFBC890AE694B6E585A5E9A284E7AE97E59088E8AEA12C393538372E332C393132302E362C352E310AE59FBAE69CACE694AFE587BA2C313435302E322C313430322E382C332E340AE9A1B9E79BAEE694AFE587BA2C383133372E312C373731372E382C352E340AE585B6E4B8ADEFBC9AE7A4BEE4BC9AE69591E58AA92C363132302E302C353836302E352C342E340AE585B6E4B8ADEFBC9AE585BBE88081E69C8DE58AA12C313331302E342C313230352E392C382E370AE2809CE4B889E585ACE2809DE7BB8FE8B4B92C31312E322C31312E352C2D322E360AE8AFB4E6988E2CE6BC94E7A4BAE695B0E68DAE2C2C0A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 222 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (3, 'entry', 38, '新建道路位置示意图.png', 'image/png', 222, '3e7a886a554bfb11265288894ec2c49d496261bcb0bbc1ef72b561d7644da0b3', X'89504E470D0A1A0A0000000D49484452000000600000004008020000006A56E559000000A54944415478DAEDD6310A80300C05D09EA4C7EE993C8A8383B3939345D4AD448CBC9029CB87076D5296754ED4ED56D189051020408000010204081020408000010204081020408000010204081020408000011A046A396BAAF59DA09291E6DCE140DB517DF4F1C923505C7A32A08B4E370A04F2C4FC41634049D77CA771073914010102040810204080000102040810204080000102040810204080000102040810A05F03EDCF4C146C61DD3DA30000000049454E44AE426082', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 2075 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (4, 'entry', 29, '2023年度未参加年检和年检不合格社会组织名单.pdf', 'application/pdf', 2075, 'eed4201f0b7ca3c6af6f6cd1157961e5a49c62087dd1f61ebe7f1d82830670d6', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E67746820393533203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C30303332303033303030333230303333354537343545413636373241353343323532413035453734363843303534384335453734363843303445304435343038363833433739334534463141374543343745433735343044353335353E20546A2045540A4254202F463120313120546620363020373530205464202844454D4F2044415441202D204E696E6767756F20436976696C2041666661697273204275726561752064656D6F20706F7274616C2E20466967757265732061726520696E76656E7465642E2920546A2045540A4254202F46312031312054662036302037333220546420284F7267616E69736174696F6E206E616D65732061726520696E76656E7465642E2920546A2045540A4254202F463220313120546620363620363838205464203C3739334534463141374543343745433735343044373946303E20546A2045540A4254202F46322031312054662032323620363838205464203C37433742353738423E20546A2045540A4254202F46322031312054662033383620363838205464203C37454433384242413E20546A2045540A4254202F463220313120546620363620363634205464203C3542383135364644354530323646313437393341353137423642393635333446344631413E20546A2045540A4254202F46322031312054662032323620363634205464203C373933453446314135364532344635333E20546A2045540A4254202F46322031312054662033383620363634205464203C3445304435343038363833433E20546A2045540A4254202F463220313120546620363620363430205464203C3542383135364644354530323646313437393341353746393842414435423636363832313E20546A2045540A4254202F46322031312054662032323620363430205464203C364331313532394539373545344630313445314135333535344634443E20546A2045540A4254202F46322031312054662033383620363430205464203C36373241353343323532413035453734363843303E20546A2045540A302E3520770A363020373034206D2035343020373034206C20530A363020363830206D2035343020363830206C20530A363020363536206D2035343020363536206C20530A363020363332206D2035343020363332206C20530A363020373034206D20363020363332206C20530A32323020373034206D2032323020363332206C20530A33383020373034206D2033383020363332206C20530A35343020373034206D2035343020363332206C20530A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303031323630203030303030206E200A30303030303031333537203030303030206E200A30303030303031343739203030303030206E200A30303030303031363539203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313833310A2525454F460A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 1409 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (5, 'entry', 43, '宁国市民政局2025年政府信息公开工作年度报告.pdf', 'application/pdf', 1409, '5f6d97a72c775938b246d583d2c4f4e9b450bb3bb659de3581bb0dbea56f3bab', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E67746820323837203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C35423831353646443545303236433131363533463543343030303332303033303030333230303335354537343635334635453943344645313630364635313643354630303544453534463543354537343545413636324135353434413E20546A2045540A4254202F463120313120546620363020373530205464202844454D4F2044415441202D204E696E6767756F20436976696C2041666661697273204275726561752064656D6F20706F7274616C2E20466967757265732061726520696E76656E7465642E2920546A2045540A4254202F463120313120546620363020373332205464202846756C6C20746578743A202F7265706F7274732F323032352920546A2045540A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303030353934203030303030206E200A30303030303030363931203030303030206E200A30303030303030383133203030303030206E200A30303030303030393933203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313136350A2525454F460A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 2034 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (6, 'guide', 1, '申请结婚登记声明书（空白表）.pdf', 'application/pdf', 2034, '87445a684e1d9f91b3ee7066b9613fec520cb576c37742ebc56caa0fe083d13f', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E67746820393132203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C3735333338424637374544333541354137363742384242303538463036363045344536363E20546A2045540A4254202F4631203131205466203630203735302054642028426C616E6B20666F726D205C2864656D6F5C292E2920546A2045540A4254202F463220313120546620363620373036205464203C39383739373645453E20546A2045540A4254202F46322031312054662032323620373036205464203C37353337363542393E20546A2045540A4254202F46322031312054662033383620373036205464203C35393733363542393E20546A2045540A4254202F463220313120546620363620363832205464203C35394433353430443E20546A2045540A4254202F46322031312054662032323620363832205464203C3E20546A2045540A4254202F46322031312054662033383620363832205464203C3E20546A2045540A4254202F463220313120546620363620363538205464203C353146413735314636354535363731463E20546A2045540A4254202F46322031312054662032323620363538205464203C3E20546A2045540A4254202F46322031312054662033383620363538205464203C3E20546A2045540A4254202F463220313120546620363620363334205464203C38454142344546443842433134454636353346373E20546A2045540A4254202F46322031312054662032323620363334205464203C3E20546A2045540A4254202F46322031312054662033383620363334205464203C3E20546A2045540A4254202F463220313120546620363620363130205464203C354135413539464237324236353142353E20546A2045540A4254202F46322031312054662032323620363130205464203C3E20546A2045540A4254202F46322031312054662033383620363130205464203C3E20546A2045540A302E3520770A363020373232206D2035343020373232206C20530A363020363938206D2035343020363938206C20530A363020363734206D2035343020363734206C20530A363020363530206D2035343020363530206C20530A363020363236206D2035343020363236206C20530A363020363032206D2035343020363032206C20530A363020373232206D20363020363032206C20530A32323020373232206D2032323020363032206C20530A33383020373232206D2033383020363032206C20530A35343020373232206D2035343020363032206C20530A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303031323139203030303030206E200A30303030303031333136203030303030206E200A30303030303031343338203030303030206E200A30303030303031363138203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313739300A2525454F460A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 1899 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (7, 'guide', 2, '离婚登记申请书（空白表）.pdf', 'application/pdf', 1899, '3db92b3431bc2ed42865154c08a3d42829fd8f7e0d80a9f5983f283962836308', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E67746820373737203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C373942423541354137363742384242303735333338424637344536363E20546A2045540A4254202F4631203131205466203630203735302054642028426C616E6B20666F726D205C2864656D6F5C292E2920546A2045540A4254202F463220313120546620363620373036205464203C39383739373645453E20546A2045540A4254202F46322031312054662032323620373036205464203C37353337363542393E20546A2045540A4254202F46322031312054662033383620373036205464203C35393733363542393E20546A2045540A4254202F463220313120546620363620363832205464203C35394433353430443E20546A2045540A4254202F46322031312054662032323620363832205464203C3E20546A2045540A4254202F46322031312054662033383620363832205464203C3E20546A2045540A4254202F463220313120546620363620363538205464203C38454142344546443842433134454636353346373E20546A2045540A4254202F46322031312054662032323620363538205464203C3E20546A2045540A4254202F46322031312054662033383620363538205464203C3E20546A2045540A4254202F463220313120546620363620363334205464203C3745443335413541373637423842423036354535363731463E20546A2045540A4254202F46322031312054662032323620363334205464203C3E20546A2045540A4254202F46322031312054662033383620363334205464203C3E20546A2045540A302E3520770A363020373232206D2035343020373232206C20530A363020363938206D2035343020363938206C20530A363020363734206D2035343020363734206C20530A363020363530206D2035343020363530206C20530A363020363236206D2035343020363236206C20530A363020373232206D20363020363236206C20530A32323020373232206D2032323020363236206C20530A33383020373232206D2033383020363236206C20530A35343020373232206D2035343020363236206C20530A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303031303834203030303030206E200A30303030303031313831203030303030206E200A30303030303031333033203030303030206E200A30303030303031343833203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313635350A2525454F460A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 1891 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (8, 'guide', 3, '收养登记申请书（空白表）.pdf', 'application/pdf', 1891, 'b2a170b6617761a5377fde6377e5d95e251e2f67d36f90941fdddc59ad63fb5e', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E67746820373639203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C363533363531374237363742384242303735333338424637344536363E20546A2045540A4254202F4631203131205466203630203735302054642028426C616E6B20666F726D205C2864656D6F5C292E2920546A2045540A4254202F463220313120546620363620373036205464203C39383739373645453E20546A2045540A4254202F46322031312054662032323620373036205464203C3635333635313742344542413E20546A2045540A4254202F46322031312054662033383620373036205464203C383841423635333635313742344542413E20546A2045540A4254202F463220313120546620363620363832205464203C35394433353430443E20546A2045540A4254202F46322031312054662032323620363832205464203C3E20546A2045540A4254202F46322031312054662033383620363832205464203C3E20546A2045540A4254202F463220313120546620363620363538205464203C353146413735314636354535363731463E20546A2045540A4254202F46322031312054662032323620363538205464203C3E20546A2045540A4254202F46322031312054662033383620363538205464203C3E20546A2045540A4254202F463220313120546620363620363334205464203C34463446363234303E20546A2045540A4254202F46322031312054662032323620363334205464203C3E20546A2045540A4254202F46322031312054662033383620363334205464203C3E20546A2045540A302E3520770A363020373232206D2035343020373232206C20530A363020363938206D2035343020363938206C20530A363020363734206D2035343020363734206C20530A363020363530206D2035343020363530206C20530A363020363236206D2035343020363236206C20530A363020373232206D20363020363236206C20530A32323020373232206D2032323020363236206C20530A33383020373232206D2033383020363236206C20530A35343020373232206D2035343020363236206C20530A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303031303736203030303030206E200A30303030303031313733203030303030206E200A30303030303031323935203030303030206E200A30303030303031343735203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313634370A2525454F460A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 2062 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (9, 'guide', 5, '村级公益性生态墓地建设申请表（空白表）.pdf', 'application/pdf', 2062, '46c597426cfc53a1f9f63ebea0ce38f44fd2604506d3af322349b20e2df23e2f', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E67746820393430203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C36373531374541373531364337364341363032373735314636303031353839333537333035454641384242453735333338424637383836383E20546A2045540A4254202F4631203131205466203630203735302054642028426C616E6B20666F726D205C2864656D6F5C292E2920546A2045540A4254202F463220313120546620363620373036205464203C39383739373645453E20546A2045540A4254202F46322031312054662032323620373036205464203C35313835354242393E20546A2045540A4254202F46322031312054662033383620373036205464203C35393037364345383E20546A2045540A4254202F463220313120546620363620363832205464203C373533333842463735333535344634443E20546A2045540A4254202F46322031312054662032323620363832205464203C3E20546A2045540A4254202F46322031312054662033383620363832205464203C3E20546A2045540A4254202F463220313120546620363620363538205464203C363244463930303935373330353734303E20546A2045540A4254202F46322031312054662032323620363538205464203C3E20546A2045540A4254202F46322031312054662033383620363538205464203C3E20546A2045540A4254202F463220313120546620363620363334205464203C353336303537333039373632373945463E20546A2045540A4254202F46322031312054662032323620363334205464203C3E20546A2045540A4254202F46322031312054662033383620363334205464203C3E20546A2045540A4254202F463220313120546620363620363130205464203C38394334353231323538393334463444363537303E20546A2045540A4254202F46322031312054662032323620363130205464203C3E20546A2045540A4254202F46322031312054662033383620363130205464203C3E20546A2045540A302E3520770A363020373232206D2035343020373232206C20530A363020363938206D2035343020363938206C20530A363020363734206D2035343020363734206C20530A363020363530206D2035343020363530206C20530A363020363236206D2035343020363236206C20530A363020363032206D2035343020363032206C20530A363020373232206D20363020363032206C20530A32323020373232206D2032323020363032206C20530A33383020373232206D2033383020363032206C20530A35343020373232206D2035343020363032206C20530A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303031323437203030303030206E200A30303030303031333434203030303030206E200A30303030303031343636203030303030206E200A30303030303031363436203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313831380A2525454F460A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 1903 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (10, 'guide', 6, '地名命名更名申报表（空白表）.pdf', 'application/pdf', 1903, '9375b5b9d8a9b65436fd57b3f064e8aaab626932c9b8e0c8ff4fbabf13020a30', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E67746820373831203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C3537333035343044353437443534304436364634353430443735333336324135383836383E20546A2045540A4254202F4631203131205466203630203735302054642028426C616E6B20666F726D205C2864656D6F5C292E2920546A2045540A4254202F463220313120546620363620373036205464203C39383739373645453E20546A2045540A4254202F46322031312054662032323620373036205464203C35313835354242393E20546A2045540A4254202F46322031312054662033383620373036205464203C35393037364345383E20546A2045540A4254202F463220313120546620363620363832205464203C373533333632413535333535344634443E20546A2045540A4254202F46322031312054662032323620363832205464203C3E20546A2045540A4254202F46322031312054662033383620363832205464203C3E20546A2045540A4254202F463220313120546620363620363538205464203C363244463735323835343044373946303E20546A2045540A4254202F46322031312054662032323620363538205464203C3E20546A2045540A4254202F46322031312054662033383620363538205464203C3E20546A2045540A4254202F463220313120546620363620363334205464203C353430443739463035343242344534393E20546A2045540A4254202F46322031312054662032323620363334205464203C3E20546A2045540A4254202F46322031312054662033383620363334205464203C3E20546A2045540A302E3520770A363020373232206D2035343020373232206C20530A363020363938206D2035343020363938206C20530A363020363734206D2035343020363734206C20530A363020363530206D2035343020363530206C20530A363020363236206D2035343020363236206C20530A363020373232206D20363020363236206C20530A32323020373232206D2032323020363236206C20530A33383020373232206D2033383020363236206C20530A35343020373232206D2035343020363236206C20530A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303031303838203030303030206E200A30303030303031313835203030303030206E200A30303030303031333037203030303030206E200A30303030303031343837203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313635390A2525454F460A', 10, '2026-11-01T00:00:00Z');
-- demo: generated file, 2058 bytes
INSERT INTO attachments (id, owner_kind, owner_id, filename, mime, size, sha256, data, sort, created_at) VALUES
    (11, 'guide', 7, '社会团体成立登记申请表（空白表）.pdf', 'application/pdf', 2058, '52b1bb660a0e49630aa5c3360c773b92fa550e543da6041f9beac6cbb98c3b71', X'255044462D312E340A25E2E3CFD30A312030206F626A0A3C3C202F54797065202F436174616C6F67202F5061676573203220302052203E3E0A656E646F626A0A322030206F626A0A3C3C202F54797065202F5061676573202F4B696473205B33203020525D202F436F756E742031203E3E0A656E646F626A0A332030206F626A0A3C3C202F54797065202F50616765202F506172656E74203220302052202F4D65646961426F78205B30203020353935203834325D202F5265736F7572636573203C3C202F466F6E74203C3C202F4631203520302052202F4632203620302052203E3E203E3E202F436F6E74656E7473203420302052203E3E0A656E646F626A0A342030206F626A0A3C3C202F4C656E67746820393336203E3E0A73747265616D0A4254202F463220313820546620363020373830205464203C37393345344631413536453234463533363231303741434237363742384242303735333338424637383836383E20546A2045540A4254202F4631203131205466203630203735302054642028426C616E6B20666F726D205C2864656D6F5C292E2920546A2045540A4254202F463220313120546620363620373036205464203C39383739373645453E20546A2045540A4254202F46322031312054662032323620373036205464203C35313835354242393E20546A2045540A4254202F46322031312054662033383620373036205464203C35393037364345383E20546A2045540A4254202F463220313120546620363620363832205464203C3739334534463141353645323446353335343044373946303E20546A2045540A4254202F46322031312054662032323620363832205464203C3E20546A2045540A4254202F46322031312054662033383620363832205464203C3E20546A2045540A4254202F463220313120546620363620363538205464203C34463446363234303E20546A2045540A4254202F46322031312054662032323620363538205464203C3E20546A2045540A4254202F46322031312054662033383620363538205464203C3E20546A2045540A4254202F463220313120546620363620363334205464203C344531413532413138333033353646343E20546A2045540A4254202F46322031312054662032323620363334205464203C3E20546A2045540A4254202F46322031312054662033383620363334205464203C3E20546A2045540A4254202F463220313120546620363620363130205464203C363244463445464236434435354239413445453338383638344542413E20546A2045540A4254202F46322031312054662032323620363130205464203C3E20546A2045540A4254202F46322031312054662033383620363130205464203C3E20546A2045540A302E3520770A363020373232206D2035343020373232206C20530A363020363938206D2035343020363938206C20530A363020363734206D2035343020363734206C20530A363020363530206D2035343020363530206C20530A363020363236206D2035343020363236206C20530A363020363032206D2035343020363032206C20530A363020373232206D20363020363032206C20530A32323020373232206D2032323020363032206C20530A33383020373232206D2033383020363032206C20530A35343020373232206D2035343020363032206C20530A656E6473747265616D0A656E646F626A0A352030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706531202F42617365466F6E74202F48656C766574696361202F456E636F64696E67202F57696E416E7369456E636F64696E67203E3E0A656E646F626A0A362030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F5479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F456E636F64696E67202F556E6947422D554353322D48202F44657363656E64616E74466F6E7473205B37203020525D203E3E0A656E646F626A0A372030206F626A0A3C3C202F54797065202F466F6E74202F53756274797065202F434944466F6E745479706530202F42617365466F6E74202F5354536F6E672D4C69676874202F43494453797374656D496E666F203C3C202F5265676973747279202841646F626529202F4F72646572696E67202847423129202F537570706C656D656E742032203E3E202F466F6E7444657363726970746F72203820302052202F44572031303030203E3E0A656E646F626A0A382030206F626A0A3C3C202F54797065202F466F6E7444657363726970746F72202F466F6E744E616D65202F5354536F6E672D4C69676874202F466C6167732036202F466F6E7442426F78205B2D3235202D3235342031303030203838305D202F4974616C6963416E676C652030202F417363656E7420383830202F44657363656E74202D313230202F43617048656967687420383830202F5374656D56203933203E3E0A656E646F626A0A787265660A3020390A303030303030303030302036353533352066200A30303030303030303135203030303030206E200A30303030303030303634203030303030206E200A30303030303030313231203030303030206E200A30303030303030323537203030303030206E200A30303030303031323433203030303030206E200A30303030303031333430203030303030206E200A30303030303031343632203030303030206E200A30303030303031363432203030303030206E200A747261696C65720A3C3C202F53697A652039202F526F6F74203120302052203E3E0A7374617274787265660A313831340A2525454F460A', 10, '2026-11-01T00:00:00Z');

-- ---------------------------------------------------------------- guides
-- Service names from the real page; demo: addresses, phones, hours, time limits and dates invented.
-- demo: guide 1 结婚登记
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (1, '结婚登记', 42, 51, 1, '- 《中华人民共和国民法典》第一千零四十六条至第一千零五十一条
- 《婚姻登记条例》
', '1. 男女双方完全自愿；
2. 男方年满22周岁，女方年满20周岁；
3. 双方均无配偶；
4. 双方不是直系血亲或者三代以内旁系血亲；
5. 双方亲自到婚姻登记机关共同申请。
', '当场办结', '即时办结（材料齐全、符合法定条件的）', '', '宁国市婚姻登记处（安徽省宁国市西津街道宁阳西路90号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021570', '0563-4021509', 1, '**问：办理结婚登记需要预约吗？**

答：不强制预约。可通过“皖事通”App预约，未预约的可现场取号办理。

**问：可以委托他人代办结婚登记吗？**

答：不可以。结婚登记必须由男女双方亲自到场办理。

**问：办理结婚登记收费吗？**

答：不收费。婚姻登记处提供的颁证服务也是免费的。
', 'published', '2026-09-15', 10);
-- demo: guide 2 离婚登记
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (2, '离婚登记', 42, 51, 1, '- 《中华人民共和国民法典》第一千零七十六条至第一千零七十八条
- 《婚姻登记条例》
', '1. 夫妻双方自愿离婚，并对子女抚养、财产及债务处理等事项协商一致；
2. 双方在内地（大陆）办理的结婚登记；
3. 双方均具有完全民事行为能力；
4. 双方亲自到婚姻登记机关申请。
', '申请之日起30日离婚冷静期满后30日内双方申请发证', '冷静期满、双方到场申请发证的，当场办结', '', '宁国市婚姻登记处（安徽省宁国市西津街道宁阳西路90号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021570', '0563-4021509', 2, '**问：什么是离婚冷静期？**

答：自婚姻登记机关收到离婚登记申请之日起30日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回申请。

**问：冷静期满后没有去领证怎么办？**

答：冷静期届满后30日内，双方未共同到婚姻登记机关申请发给离婚证的，视为撤回离婚登记申请。
', 'published', '2026-09-15', 20);
-- demo: guide 3 儿童收养登记
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (3, '儿童收养登记', 42, 52, 1, '- 《中华人民共和国民法典》第一千零九十三条至第一千一百一十条
- 《中国公民收养子女登记办法》
', '收养人应当同时具备下列条件：

1. 无子女或者只有一名子女；
2. 有抚养、教育和保护被收养人的能力；
3. 未患有在医学上认为不应当收养子女的疾病；
4. 无不利于被收养人健康成长的违法犯罪记录；
5. 年满30周岁。

被收养人为未成年人，包括丧失父母的孤儿、查找不到生父母的未成年人、生父母有特殊困难无力抚养的子女。
', '自次日起30日内审查', '20个工作日', '', '宁国市政务服务中心一楼民政窗口（安徽省宁国市西津街道港口路66号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021531', '0563-4021509', 2, '**问：收养登记需要公告吗？**

答：收养查找不到生父母的未成年人的，收养登记机关应当在登记前予以公告，公告期满后生父母或者其他监护人未认领的，方可办理登记。

**问：收养登记收费吗？**

答：不收费。
', 'published', '2026-05-20', 30);
-- demo: guide 4 解除收养关系登记
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (4, '解除收养关系登记', 42, 52, 1, '- 《中华人民共和国民法典》第一千一百一十四条至第一千一百一十八条
- 《中国公民收养子女登记办法》
', '1. 收养人、送养人协议解除收养关系，或者养父母与成年养子女协议解除收养关系；
2. 养子女年满八周岁的，应当征得本人同意；
3. 当事人共同到原收养登记机关办理。
', '自次日起30日内审查', '10个工作日', '', '宁国市政务服务中心一楼民政窗口（安徽省宁国市西津街道港口路66号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021531', '0563-4021509', 1, '**问：在哪里办理解除收养关系登记？**

答：到原办理收养登记的民政部门办理。

**问：解除收养关系后，养子女与生父母的关系如何？**

答：未成年养子女与生父母以及其他近亲属间的权利义务关系自行恢复。
', 'published', '2026-05-20', 40);
-- demo: guide 5 村级公益性生态墓地审批
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (5, '村级公益性生态墓地审批', 41, 54, 1, '- 《殡葬管理条例》第八条：农村为村民设置公益性墓地，经乡级人民政府审核同意后，报县级人民政府民政部门审批。
- 《中华人民共和国行政许可法》
', '1. 申请人为村民委员会，墓地仅用于安葬本村村民；
2. 选址符合国土空间规划，不占用耕地，避开水源保护区、交通干线两侧等禁止区域；
3. 经村民会议或者村民代表会议讨论同意；
4. 经乡镇人民政府（街道办事处）审核同意；
5. 采用节地生态安葬方式，不建造豪华墓。
', '20个工作日', '10个工作日', '', '宁国市政务服务中心一楼民政窗口（安徽省宁国市西津街道港口路66号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021531', '0563-4021509', 1, '**问：村级公益性生态墓地可以对外出售墓穴吗？**

答：不可以。村级公益性生态墓地只能安葬本村村民，不得对外销售，不得从事经营性活动。

**问：审批收费吗？**

答：不收费。
', 'published', '2026-03-24', 50);
-- demo: guide 6 地名命名更名审核申报
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (6, '地名命名更名审核申报', 44, 55, 1, '- 《地名管理条例》
- 《地名管理条例实施细则》
', '1. 拟命名、更名的地名符合地名命名原则，不重名、不同音；
2. 居民区、建筑物等命名由建设单位申报，道路、街巷等由所在乡镇（街道）或主管部门申报；
3. 更名应当有充分理由，并征求社会公众意见。
', '依照《地名管理条例》规定的审批程序办理', '20个工作日（不含专家论证和征求意见时间）', '', '宁国市政务服务中心一楼民政窗口（安徽省宁国市西津街道港口路66号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021531', '0563-4021509', 1, '**问：小区名称什么时候申报？**

答：建设单位应当在申请规划许可前申报小区名称，经批准后方可对外宣传使用。

**问：可以用外文或者人名命名小区吗？**

答：不可以。地名应当使用规范汉字，一般不以人名作地名，不得使用外国人名、外国地名。
', 'published', '2025-07-22', 60);
-- demo: guide 7 社会团体成立、变更、注销登记
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (7, '社会团体成立、变更、注销登记', 41, 53, 1, '- 《社会团体登记管理条例》
- 《中华人民共和国行政许可法》
', '成立社会团体应当具备下列条件：

1. 有50个以上的个人会员，或者30个以上的单位会员；个人会员、单位会员混合组成的，会员总数不得少于50个；
2. 有规范的名称和相应的组织机构；
3. 有固定的住所；
4. 有与其业务活动相适应的专职工作人员；
5. 有合法的资产和经费来源，地方性的社会团体有3万元以上活动资金；
6. 有独立承担民事责任的能力。

变更、注销登记应当经理事会或会员（代表）大会通过，并按规定办理。
', '成立登记30日，变更、注销登记依法定程序办理', '15个工作日', '', '宁国市政务服务中心一楼民政窗口（安徽省宁国市西津街道港口路66号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021541', '0563-4021509', 1, '**问：成立社会团体前需要业务主管单位同意吗？**

答：除行业协会商会类、科技类、公益慈善类、城乡社区服务类可直接登记外，其他社会团体需经业务主管单位审查同意。

**问：社会团体名称有什么要求？**

答：名称应当与其业务范围、成员分布、活动地域相一致，以“宁国市”冠名。
', 'published', '2026-06-17', 70);
-- demo: guide 8 民办非企业单位成立、变更、注销登记
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (8, '民办非企业单位成立、变更、注销登记', 41, 53, 1, '- 《民办非企业单位登记管理暂行条例》
- 《中华人民共和国行政许可法》
', '1. 经业务主管单位审查同意（直接登记类除外）；
2. 有规范的名称、必要的组织机构；
3. 有与其业务活动相适应的从业人员；
4. 有与其业务活动相适应的合法财产；
5. 有必要的场所。
', '60日', '15个工作日', '', '宁国市政务服务中心一楼民政窗口（安徽省宁国市西津街道港口路66号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021541', '0563-4021509', 1, '**问：民办非企业单位可以分红吗？**

答：不可以。民办非企业单位是非营利性社会组织，结余只能用于章程规定的业务活动。

**问：注销前需要做什么？**

答：应当在业务主管单位指导下成立清算组，完成清算后办理注销登记。
', 'published', '2026-06-17', 80);
-- demo: guide 9 社会组织年度检查
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (9, '社会组织年度检查', 44, 53, 1, '- 《社会团体登记管理条例》
- 《民办非企业单位登记管理暂行条例》
- 《民办非企业单位年度检查办法》
', '在宁国市民政局登记、成立满一个会计年度的社会团体和民办非企业单位，应当于每年3月31日前报送上一年度工作报告，接受年度检查。
', '依规定时间完成', '年检材料齐全的，20个工作日内作出年检结论', '', '宁国市政务服务中心一楼民政窗口（安徽省宁国市西津街道港口路66号）', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021541', '0563-4021509', 0, '**问：年检可以网上办理吗？**

答：可以。通过安徽省社会组织管理信息平台在线报送年度工作报告，无需到现场。

**问：不参加年检有什么后果？**

答：连续两年不参加年度检查的，登记管理机关可以依法撤销登记。
', 'published', '2026-06-17', 90);
-- demo: guide 10 最低生活保障审核确认
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (10, '最低生活保障审核确认', 44, 56, 1, '- 《社会救助暂行办法》
- 《最低生活保障审核确认办法》
- 《宁国市最低生活保障审核确认实施细则》（宁民〔2024〕3号，演示文号）
', '1. 申请人具有本市户籍；
2. 共同生活的家庭成员人均收入低于当地低保标准；
3. 家庭财产状况符合规定。
', '30个工作日', '20个工作日', '', '户籍所在地乡镇人民政府（街道办事处）社会事务办', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021521', '0563-4021509', 1, '**问：可以在网上申请低保吗？**

答：可以。通过“皖事通”App或本网站链接的社会救助申请平台在线申请。

**问：低保审核结果会公示吗？**

答：会。审核确认结果在村（居）务公开栏公示7天，公示期间可以提出异议。
', 'published', '2026-01-27', 100);
-- demo: guide 11 高龄津贴申领
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (11, '高龄津贴申领', 43, 57, 1, '- 《中华人民共和国老年人权益保障法》
- 《宁国市高龄津贴和养老服务补贴发放实施办法》（宁民〔2025〕12号，演示文号）
', '具有本市户籍、年满80周岁的老年人。
', '无', '10个工作日', '', '户籍所在地村（居）委会或乡镇（街道）便民服务中心', '周一至周五（法定节假日除外）上午8:30-12:00，下午14:30-17:30', '0563-4021531', '0563-4021509', 1, '**问：高龄津贴每月什么时候发？**

答：按季度发放至老年人本人社会保障卡账户。

**问：老人行动不便可以代办吗？**

答：可以由家属持老人身份证代办，村（居）委会也可提供上门服务。
', 'published', '2025-06-24', 110);

-- demo: material lists (blank_form_id points at the attachments above)
INSERT INTO guide_materials (id, guide_id, sort, name, form, copies, required, notes, blank_form_id, sample_id) VALUES
    (1, 1, 10, '本人有效居民身份证', '原件', 1, 1, '身份证过期的，可持临时身份证办理', NULL, NULL),
    (2, 1, 20, '近期2寸半身免冠合影照片', '原件', 3, 1, '红底或蓝底，双方合影', NULL, NULL),
    (3, 1, 30, '申请结婚登记声明书', '原件', 1, 1, '在登记员面前现场签署，空白表格可下载预览', 6, NULL),
    (4, 1, 40, '离婚证或离婚判决书、调解书', '原件和复印件', 1, 0, '离过婚的当事人提供', NULL, NULL),
    (5, 2, 10, '本人有效居民身份证', '原件', 1, 1, '', NULL, NULL),
    (6, 2, 20, '结婚证', '原件', 2, 1, '双方各一本；遗失的可先补领', NULL, NULL),
    (7, 2, 30, '离婚协议书', '原件', 3, 1, '双方签字，载明子女抚养、财产及债务处理等事项', NULL, NULL),
    (8, 2, 40, '离婚登记申请书', '原件', 1, 1, '现场填写', 7, NULL),
    (9, 2, 50, '近期2寸单人半身免冠照片', '原件', 2, 1, '每人2张', NULL, NULL),
    (10, 3, 10, '收养登记申请书', '原件', 1, 1, '收养人填写并签名', 8, NULL),
    (11, 3, 20, '收养人居民户口簿和居民身份证', '原件和复印件', 1, 1, '', NULL, NULL),
    (12, 3, 30, '收养人婚姻状况证明及收养能力评估报告', '原件', 1, 1, '', NULL, NULL),
    (13, 3, 40, '县级以上医疗机构出具的收养人身体健康检查证明', '原件', 1, 1, '', NULL, NULL),
    (14, 3, 50, '送养人出具的送养书面意见或社会福利机构证明', '原件', 1, 1, '', NULL, NULL),
    (15, 3, 60, '被收养人照片', '原件', 2, 1, '2寸免冠', NULL, NULL),
    (16, 4, 10, '解除收养关系登记申请书', '原件', 1, 1, '', NULL, NULL),
    (17, 4, 20, '当事人居民户口簿和居民身份证', '原件和复印件', 1, 1, '', NULL, NULL),
    (18, 4, 30, '收养登记证', '原件', 1, 1, '', NULL, NULL),
    (19, 4, 40, '解除收养关系的书面协议', '原件', 1, 1, '', NULL, NULL),
    (20, 5, 10, '村级公益性生态墓地建设申请表', '原件', 2, 1, '村民委员会盖章', 9, NULL),
    (21, 5, 20, '村民会议或村民代表会议决议', '原件', 1, 1, '', NULL, NULL),
    (22, 5, 30, '乡镇人民政府（街道办事处）审核意见', '原件', 1, 1, '', NULL, NULL),
    (23, 5, 40, '自然资源部门出具的选址意见', '原件和复印件', 1, 1, '', NULL, NULL),
    (24, 5, 50, '墓地建设规划设计图', '原件', 1, 1, '标明墓区布局和生态安葬区域', NULL, NULL),
    (25, 6, 10, '地名命名更名申报表', '原件', 2, 1, '申报单位盖章', 10, NULL),
    (26, 6, 20, '申报单位营业执照或统一社会信用代码证书', '复印件', 1, 1, '', NULL, NULL),
    (27, 6, 30, '规划总平面图或位置示意图', '原件', 1, 1, '', NULL, NULL),
    (28, 6, 40, '拟用名称含义、来源说明', '原件', 1, 1, '', NULL, NULL),
    (29, 7, 10, '社会团体成立登记申请表', '原件', 1, 1, '法定代表人签字', 11, NULL),
    (30, 7, 20, '业务主管单位批准文件', '原件', 1, 0, '直接登记的社会团体无需提供', NULL, NULL),
    (31, 7, 30, '章程草案', '原件', 1, 1, '经会员大会或会员代表大会通过', NULL, NULL),
    (32, 7, 40, '验资报告及场所使用权证明', '原件和复印件', 1, 1, '', NULL, NULL),
    (33, 7, 50, '负责人身份证明和简历', '复印件', 1, 1, '', NULL, NULL),
    (34, 8, 10, '民办非企业单位登记申请书', '原件', 1, 1, '', NULL, NULL),
    (35, 8, 20, '业务主管单位批准文件', '原件', 1, 0, '直接登记的无需提供', NULL, NULL),
    (36, 8, 30, '场所使用权证明', '原件和复印件', 1, 1, '', NULL, NULL),
    (37, 8, 40, '验资报告', '原件', 1, 1, '', NULL, NULL),
    (38, 8, 50, '拟任负责人基本情况和身份证明', '复印件', 1, 1, '', NULL, NULL),
    (39, 8, 60, '章程草案', '原件', 1, 1, '', NULL, NULL),
    (40, 9, 10, '年度工作报告书', '原件', 1, 1, '在线填报后打印盖章', NULL, NULL),
    (41, 9, 20, '年度财务会计报告', '原件', 1, 1, '', NULL, NULL),
    (42, 9, 30, '登记证书副本', '原件', 1, 1, '', NULL, NULL),
    (43, 10, 10, '低保申请书', '原件', 1, 1, '', NULL, NULL),
    (44, 10, 20, '家庭成员居民身份证和户口簿', '复印件', 1, 1, '', NULL, NULL),
    (45, 10, 30, '家庭经济状况核对授权书', '原件', 1, 1, '家庭成员签字', NULL, NULL),
    (46, 10, 40, '残疾证、病历等相关证明', '复印件', 1, 0, '有特殊情况的提供', NULL, NULL),
    (47, 11, 10, '老年人居民身份证', '原件和复印件', 1, 1, '', NULL, NULL),
    (48, 11, 20, '户口簿', '复印件', 1, 1, '', NULL, NULL),
    (49, 11, 30, '社会保障卡', '复印件', 1, 1, '用于发放津贴', NULL, NULL);

-- demo: procedure steps
INSERT INTO guide_steps (id, guide_id, sort, title, description) VALUES
    (1, 1, 10, '申请', '男女双方共同到婚姻登记处，提交身份证件和照片，填写《申请结婚登记声明书》。'),
    (2, 1, 20, '受理', '登记员查验证件，当事人在登记员面前签署声明书。'),
    (3, 1, 30, '审查', '登记员询问当事人结婚意愿，审查材料是否符合法定条件。'),
    (4, 1, 40, '登记发证', '符合条件的当场予以登记，颁发结婚证。'),
    (5, 2, 10, '申请', '双方持材料到婚姻登记处，填写《离婚登记申请书》。'),
    (6, 2, 20, '受理', '材料齐全的，出具《离婚登记申请受理回执单》，进入30日冷静期。'),
    (7, 2, 30, '冷静期', '30日内任何一方不愿离婚的，可撤回申请。'),
    (8, 2, 40, '审查', '冷静期满后30日内，双方共同到场申请发证，登记员审查。'),
    (9, 2, 50, '登记发证', '符合条件的予以登记，发给离婚证。'),
    (10, 3, 10, '申请', '收养人、送养人共同到民政窗口提出申请并提交材料。'),
    (11, 3, 20, '受理', '材料齐全的予以受理；不齐全的一次性告知需补正的材料。'),
    (12, 3, 30, '审查', '对收养人进行收养评估，必要时开展调查；需公告的予以公告。'),
    (13, 3, 40, '决定', '符合条件的予以登记，发给收养登记证。'),
    (14, 4, 10, '申请', '当事人共同到民政窗口提交申请和材料。'),
    (15, 4, 20, '审查', '核实当事人意愿及协议内容。'),
    (16, 4, 30, '决定', '符合规定的予以登记，收回收养登记证，发给解除收养关系证明。'),
    (17, 5, 10, '申请', '村民委员会经乡镇（街道）审核同意后，向民政窗口提交申请。'),
    (18, 5, 20, '受理', '材料齐全、符合法定形式的当场受理，出具受理通知书。'),
    (19, 5, 30, '审查', '对申请材料进行审查，组织现场勘查。'),
    (20, 5, 40, '决定', '作出准予或者不予许可的书面决定。'),
    (21, 5, 50, '送达', '通过窗口领取或邮寄送达决定书。'),
    (22, 6, 10, '申报', '申报单位向民政窗口提交申报材料。'),
    (23, 6, 20, '审核', '对名称进行审核，必要时组织专家论证、征求意见。'),
    (24, 6, 30, '报批', '按照规定报市人民政府批准或者由民政部门批准。'),
    (25, 6, 40, '公告', '批准后向社会公告并颁发地名批复文件。'),
    (26, 7, 10, '申请', '发起人向民政窗口提交成立登记申请材料。'),
    (27, 7, 20, '受理', '材料齐全的予以受理。'),
    (28, 7, 30, '审查', '对材料进行审查，必要时实地核查。'),
    (29, 7, 40, '决定', '作出准予登记或不予登记的决定。'),
    (30, 7, 50, '送达', '准予登记的，发给社会团体法人登记证书。'),
    (31, 8, 10, '申请', '举办者向民政窗口提交申请材料。'),
    (32, 8, 20, '受理', '材料齐全的予以受理。'),
    (33, 8, 30, '审查', '审查材料，必要时实地核查。'),
    (34, 8, 40, '决定', '作出准予或者不予登记的决定，准予登记的发给登记证书。'),
    (35, 9, 10, '报送', '社会组织在线报送年度工作报告和财务报告。'),
    (36, 9, 20, '初审', '业务主管单位（有的）出具初审意见。'),
    (37, 9, 30, '审查', '民政局对报告进行审查，必要时实地抽查。'),
    (38, 9, 40, '结论', '作出年检结论并向社会公告。'),
    (39, 10, 10, '申请', '向乡镇（街道）提出书面申请或在线申请。'),
    (40, 10, 20, '调查', '乡镇（街道）组织入户调查和经济状况核对。'),
    (41, 10, 30, '公示', '在村（居）公示7天。'),
    (42, 10, 40, '确认', '审核确认后按月发放低保金。'),
    (43, 11, 10, '申请', '本人或家属到村（居）委会提出申请。'),
    (44, 11, 20, '审核', '乡镇（街道）审核年龄和户籍信息。'),
    (45, 11, 30, '发放', '市民政局审核确认后按季度发放。');

-- ---------------------------------------------------------------- news
-- demo: all 工作动态 items invented.
INSERT INTO news (id, title, agency_id, published_on, body_md, status) VALUES
    (1, '市民政局开展2024年春节困难群众走访慰问活动', 1, '2024-02-05', '春节前夕，市民政局班子成员分组深入各乡镇（街道），走访慰问低保家庭、特困供养人员和困境儿童，送去慰问金和生活物资。

全市共走访慰问困难群众1200余户，发放慰问金96万元（演示数据）。
', 'published'),
    (2, '婚姻登记处“520”当天为新人提供特色颁证服务', 7, '2024-05-21', '5月20日，宁国市婚姻登记处为当天登记的新人提供免费颁证服务，当天共办理结婚登记68对（演示数据）。

登记处提醒：婚姻登记不收取任何费用，可通过网上预约减少等候时间。
', 'published'),
    (3, '市社会福利院开展消防安全应急演练', 9, '2024-11-08', '11月7日，市社会福利院联合消防救援大队开展消防安全应急演练，院内工作人员和部分自理老人参加。

演练包括火情报警、人员疏散、初起火灾扑救等内容，进一步提高了养老机构应对突发事件的能力。
', 'published'),
    (4, '市民政局召开2025年全市民政工作会议', 1, '2025-01-20', '1月17日，全市民政工作会议召开，总结2024年工作，部署2025年重点任务。

会议要求，要兜牢基本民生底线，发展养老服务，深化婚姻和殡葬改革，加强社会组织管理。
', 'published'),
    (5, '清明节期间全市祭扫平稳有序', 6, '2025-04-07', '清明节期间，市殡仪馆(公墓)共接待祭扫群众3.2万人次（演示数据），开展代客祭扫服务210余次。

各村级公益性生态墓地落实防火措施，全市未发生火情。
', 'published'),
    (6, '市民政局开展社会组织年度报告集中辅导', 5, '2025-09-16', '为帮助社会组织做好年度报告填报，市民政局社会组织管理股组织集中辅导，100余家社会组织负责人和财务人员参加。

辅导讲解了年度工作报告在线填报流程和常见问题。
', 'published'),
    (7, '新版政府信息公开平台上线运行', 2, '2026-01-05', '1月5日，宁国市民政局政府信息公开平台新版上线。新平台提供公开目录分类检索、办事指南、依申请公开网上申请和办理进度查询等功能。

平台支持键盘操作、大字和高对比度显示，不依赖JavaScript也能完整使用。
', 'published'),
    (8, '我市召开2026年养老服务工作推进会', 1, '2026-10-22', '10月21日，全市养老服务工作推进会召开。会议通报了社区助餐点建设和高龄津贴发放进展，部署下一阶段养老服务重点工作。

截至9月底，全市新增社区助餐点9个，为1.3万名80周岁以上老年人发放高龄津贴（演示数据）。
', 'published');

-- ---------------------------------------------------------------- pages
-- demo: texts follow the 条例 (2019) and real law; the contact details in them are invented.
INSERT INTO pages (slug, title, body_md, updated_on) VALUES
    ('disclosure-guide', '宁国市民政局政府信息公开指南', '为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第十二条，编制《宁国市民政局政府信息公开指南》。公民、法人和其他组织需要获得本机关政府信息服务的，请阅读本指南。

本指南每年至少更新一次。

## 一、主动公开

### （一）公开范围

本机关依照《条例》第十九条、第二十条主动公开下列政府信息：

1. 机构职能、机构设置、办公地址、办公时间、联系方式、负责人姓名；
2. 行政规范性文件；
3. 民政事业发展规划、年度工作计划和工作总结；
4. 社会救助、社会福利、养老服务的标准、条件、程序和发放情况；
5. 婚姻登记、收养登记、社会组织登记、村级公益性生态墓地审批、地名命名更名审核等事项的依据、条件、程序、期限和申请材料（见“办事指南”）；
6. 部门预算、决算及“三公”经费情况；
7. 社会组织年度检查结果、行政处罚决定；
8. 人事任免、招考录用信息；
9. 政府信息公开工作年度报告；
10. 法律、法规、规章和国家有关规定应当主动公开的其他政府信息。

具体内容见本网站“政府信息公开目录”。

### （二）公开方式

1. 本网站（宁国市民政局政府信息公开平台）；
2. 宁国市人民政府信息公开网；
3. 局机关政务公开栏、市政务服务中心民政窗口及局直属单位公开栏；
4. 新闻发布会、报刊、广播、电视等；
5. 市档案馆、市图书馆设立的政府信息查阅点。

### （三）信息的分类和编排

本机关主动公开的政府信息编入“政府信息公开目录”，每条信息按以下方式分类：

- **主题分类**：机构职能、社会救助、社会福利、养老服务、婚姻登记、收养登记、殡葬管理、社会组织、区划地名、优抚安置、财政资金、人事信息、政务公开；
- **体裁分类**：规章、行政规范性文件、其他文件、通知公告、工作计划、工作总结、政策解读、统计信息、年度报告、财政预决算、人事信息；
- **发布机构**：本局及各内设机构、直属单位。

目录按发布日期由新到旧编排，可按主题、体裁、年份和发布机构组合筛选，也可使用站内搜索。每条信息有唯一的索引号，格式为“统一社会信用代码/发布年月-当月顺序号”，例如 11341881003018759D/202601-00002；目录中的每条信息均列明索引号、发布机构、成文日期、发布日期、文号、主题分类、体裁分类和有效性。

### （四）公开时限

属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。法律、法规对政府信息公开的期限另有规定的，从其规定。

## 二、依申请公开

公民、法人或者其他组织可以向本机关申请获取除主动公开以外的政府信息。

### （一）受理机构

- 受理机构：宁国市民政局办公室（政府信息公开工作机构）
- 办公地址：安徽省宁国市西津街道宁阳西路88号民政局二楼203室（演示地址）
- 办公时间：周一至周五（法定节假日除外）上午8:00-12:00，下午14:30-17:30
- 联系电话：0563-4021503（演示号码）
- 传真：0563-4021502（演示号码）
- 邮政编码：242300
- 电子邮箱：xxgk@ningguo-mz.example.gov.cn（演示地址）
- 互联网申请渠道：本网站“依申请公开”栏目（/apply）

### （二）申请方式

1. **网上申请**：在本网站[依申请公开](/apply)页面在线填写并提交申请。提交成功后，系统生成申请编号和查询码，可在[申请查询](/apply/status)页面查询办理进度。
2. **当面申请**：到受理机构当面填写《政府信息公开申请表》。申请人书写确有困难的，可以口头提出，由受理机构代为填写。
3. **信函申请**：将申请表寄至受理机构，请在信封左下角注明“政府信息公开申请”字样。
4. **传真申请**：将申请表传真至受理机构，并电话确认。

本机关不受理电话申请，但可以通过电话提供咨询服务。

### （三）申请内容

依照《条例》第二十九条，申请应当包括下列内容：

1. 申请人的姓名或者名称、身份证明、联系方式；
2. 申请公开的政府信息的名称、文号或者便于本机关查询的其他特征性描述；
3. 申请公开的政府信息的形式要求，包括获取信息的方式、途径。

### （四）收到申请的时间

- 当面提交申请的，以提交之日为收到申请之日；
- 以邮寄方式提交申请的，以本机关签收之日为收到申请之日；以平常信函等无需签收的邮寄方式提交的，本机关于收到申请的当日与申请人确认，确认之日为收到申请之日；
- 通过互联网渠道或者传真提交申请的，以双方确认之日为收到申请之日。

### （五）补正

申请内容不明确的，本机关自收到申请之日起7个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。答复期限自收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。

### （六）答复时限

本机关收到政府信息公开申请，能够当场答复的，当场予以答复；不能够当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。

行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内。

### （七）收费

本机关依申请提供政府信息，不收取费用。申请人申请公开政府信息的数量、频次明显超过合理范围的，本机关可以依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费，收费前将书面告知申请人收费依据、标准和数额。

## 三、监督和救济

1. 公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向宁国市人民政府政务公开工作主管部门投诉、举报，也可以向本机关投诉，监督电话：0563-4021509（演示号码）。
2. 公民、法人或者其他组织认为本机关在政府信息公开工作中的行政行为侵犯其合法权益的，可以自知道该行政行为之日起60日内依法向宁国市人民政府申请行政复议，或者自知道或者应当知道作出行政行为之日起6个月内依法向有管辖权的人民法院提起行政诉讼。
', '2026-11-10'),
    ('functions', '机构职能', '宁国市民政局是市人民政府工作部门，主管全市民政工作。主要职责是：

1. 贯彻执行国家和省、宣城市有关民政工作的方针政策和法律法规，拟订全市民政事业发展规划并组织实施。
2. 负责社会组织登记和监督管理，依法对社会团体、民办非企业单位（社会服务机构）进行登记、年度检查，查处社会组织违法行为。
3. 负责城乡社会救助工作，组织实施最低生活保障、特困人员救助供养、临时救助、生活无着流浪乞讨人员救助工作。
4. 指导城乡社区治理体系建设，推动基层民主政治建设。
5. 负责行政区划和地名管理工作，组织地名命名、更名审核，推进地名标志设置和地名文化保护。
6. 统筹推进、督促指导、监督管理养老服务工作，落实高龄津贴、养老服务补贴等老年人福利制度。
7. 负责婚姻登记管理、收养登记工作，推进婚俗改革。
8. 负责殡葬管理工作，推进殡葬改革，审批村级公益性生态墓地。
9. 负责残疾人权益保护政策落实，组织实施困难残疾人生活补贴和重度残疾人护理补贴制度。
10. 负责儿童福利、农村留守儿童关爱保护和困境儿童保障工作。
11. 推动慈善事业、社会工作和志愿服务发展。
12. 完成市委、市政府交办的其他任务。

## 内设机构

- **办公室**：负责文电、会务、财务、人事、政务公开和政府信息公开工作。
- **社会救助股**：负责低保、特困供养、临时救助等社会救助工作。
- **社会事务股**：负责婚姻收养登记、殡葬管理、地名管理、养老服务和儿童福利工作。
- **社会组织管理股**：负责社会组织登记、年检和执法监督。

## 局属单位

宁国市殡仪馆(公墓)、宁国市婚姻登记处、宁国市烈士陵园管理处、宁国市社会福利院、宁国市社会(儿童)福利中心、宁国市乡镇敬老院管理服务中心。各单位联系方式见[联系我们](/contacts)。
', '2026-02-12'),
    ('accessibility', '无障碍声明', '宁国市民政局致力于让所有人，包括老年人和残障人士，都能平等、便利地获取政府信息和办事服务。本网站参照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668-2019）和WCAG 2.1 AA级要求进行建设。

## 本网站支持的功能

- **键盘操作**：所有功能均可仅用键盘完成。按Tab键在链接和表单之间移动，每页第一个链接为“跳到主要内容”；当前焦点有清晰的边框提示。
- **大字和高对比度**：页面顶部提供“大字版”和“高对比度”切换链接，设置保存在本机浏览器中；也可使用浏览器自带的缩放功能（最高放大到200%）而不丢失内容。
- **无需JavaScript**：浏览目录、查看办事指南、检索、提交政府信息公开申请和查询办理进度，都不依赖JavaScript，在关闭脚本的浏览器或读屏软件中均可使用。
- **读屏软件**：页面使用规范的标题层级、地标区域、表格表头和表单标签；图片提供替代文本；表单错误信息紧邻对应字段并可被读屏软件读出。
- **清晰的语言**：页面语言标注为简体中文，链接文字说明去向，附件标明格式和大小。

## 已知限制

- 部分历史附件为扫描件PDF，读屏软件可能无法读取。如需文字版，请联系我们，我们将在5个工作日内提供。

## 反馈无障碍问题

如果您在使用本网站时遇到障碍，请告诉我们遇到问题的页面地址和情况：

- 电话：0563-4116396（运维电话）
- 电子邮箱：mzjbgs@ningguo.gov.cn（演示地址）
- 信函：安徽省宁国市西津街道宁阳西路88号 宁国市民政局办公室，邮编242300（演示地址）

我们会在5个工作日内答复，并尽快修复问题。
', '2026-11-10');

-- ---------------------------------------------------------------- annual_reports
-- The 2012 report: full text of the real public page (section headings turned into ## headings);
-- demo: its published_on date is invented. The footer lines of the captured page are left out.
INSERT INTO annual_reports (agency_id, year, title, body_md, published_on, status) VALUES
    (1, 2012, '宁国市民政局2012年政府信息公开工作年度报告', '2012 年,我局认真贯彻落实《政府信息公开条例》,不断加强制度建设,积极探索民政信息公开的方式,拓展信息公开内容,及时、准确地报送主动公开的政府信息, 努力建设 “ 阳光民政 ” , 稳步推进民政政府信息公开工作。现将我局 2012 年政府信息公开工作情况汇报如下:

## 一、加强领导,为实施政务公开提供组织保证

局党组对政务公开工作高度重视,根据人事变动情况,及时调整了局政务公开工作领导组,成立了以局长为组长、分管副局长为副组长、各职能科室负责人为成员的民政系统政务公开领导小组,领导小组下设办公室,由局办公室具体负责日常工作。坚持把政务公开工作纳入民政工作发展“十二五”规划及年度工作目标考核内容,做到政务公开与民政业务工作同安排、同部署、同检查、同落实,形成一级抓一级,层层抓落实的政务公开工作责任体系,为全面推行政务公开工作提供了坚强的组织保证。同时,积极开展政务公开学习培训,不断加强政务公开队伍和岗位工作能力建设,努力提高岗位工作能力。

## 二、丰富载体,为实施政务公开搭建有效平台

2007年,我局即率先在市直单位率先建立了部门网站。今年以来,我们不断创新政务公开形式,丰富政务公开内容,并实现了政府信息公开网与部门网站资源有效整合。按照市统一要求,进一步调整了民政局网站政务公开网页,做到内容更新及时,不断满足群众需求。投入3000余元将局机关大院政务公开宣传栏定期更新,做到常规性工作长期公开、阶段性工作定期公开、临时性工作及时公开。以多种形式开展民政政策法规、工作动态、政务信息、办事程序、办理时限、收费标准等民政政务宣传工作,取得了明显成效,群众满意。

利用电子政务公开信息,将各部门的职责、权限、办事流程、办理时限公布于众,并及时更新内容。网站设置新闻、政策法规、办事指南、机构职能、联系方式、网站链接、政务公开目录、表格下载、党务公开等10多个栏目。对于便于群众办事查询的信息公开做到覆盖面广、更新及时、下载方便。信息公开实行严格保密审查制度。在服务窗口我局严格落实一次性告知制度,完善办事指南指引程序,方便广大市民办理业务,体现便民利民理念。民间组织登记工作进驻政务中心以来,我们克服人员少、工作量大等困难,以优质服务赢得广泛好评,群众满意率达100%。同时,大型会议、重要活动等,我局都通过媒体向及时向社会公布。对人民群众关心、社会媒体关注的热点问题,我局积极与新闻媒体配合,让社会及时了解,扩大了公开力度。

## 三、健全机制,为实施政务公开提供制度保障

1、健全主动公开制度。对应当让公众知晓的事项,如婚姻登记、收养登记、民间组织登记管理等政策法规、办事程序、信息动态及时通过政务公开栏、民政局网站发布。今年,我局进一步完善了政务公开工作考核、社会评议和责任追究制度和群众利益诉求受理办理机制,规范调查处理投诉举报。

2、健全政务公开制度。机关内部政务公开是政务公开的一项重要内容,是保证机关干部职工民主权利的重要措施,也是更好地推行政务公开的重要前提。2012年,我局对干部任免、招考录用、行政审批及领导干部廉洁自律情况及党务公开工作,都按照要求及时实施公开,以保证干部职工的知情权、参与权和监督权。

3、健全预先审核制度。通过预先审查,准确把握公开的内容、范围、形式和时间,严格限制不公开事项的范围。在此基础上,编制了政务公开内容的详细目录。建立了政府信息发布协调机制,按照分管局长审核、局长审签等严格程序发布政府信息。并按照要求建立了政府信息保密审查制度,健全了各项保密工作制度,在信息形成和公文制作中增加了公开属性审查程序,较好地履行了保密审查职责。

4、健全民主评议制度。通过社会公示、听证、召开现场会论证及通过局政风行风监督员会议等形式,较好地落实了政务公开民主评议制度。局机关及各直属单位均在醒目位置公布了监督电话号码,以便公众对机关公务人员的执法行为进行监督。设立了意见箱,随时收集、听取群众的意见和呼声,并及时研究解决。

## 四、强化落实,不断提升政务公开工作水平

1、行政权力透明运行。我局进一步清理、确认、公示行政权力,编制了权力目录;绘制、公布了社会团体申请登记、民办非企业单位申请登记、村级公益性公墓审批、地名命名等行政权力运行流程图;以实施廉政风险防控为契机,认真组织开展了本系统风险排查防控,共清理了68项职权,编制了职权目录,查找了每个岗位的风险点,绘制了职权权利运行流程图,逐一落实了防控措施;局系统全面实施电子政务,所有文件传阅、办理实现了网上运行,借助计算机网络等现代信息技术手段,设置完整直观的政务办理服务指南,让群众一目了然,方便群众办事。

2、一站式服务窗口完善。2009年,我局即全面、有效落实了市深化行政审批制度改革工作会议精神,顺利完成行政审批制度改革工作。村级公益性生态墓地审批、地名命名更名审核申报、民间组织成立、变更、注销登记及年度检查、儿童收养登记等5项行政审批项目集中到市行政服务中心办理,落实了民政窗口首席代表,并不断推进窗口标准化建设;积极拓展服务领域,优化内部运行流程,制作了明白卡和一次性告知单,方便群众办事,改善服务环境。

3、实现办事程序全公开。局直属事业单位市殡仪馆(公墓)、婚姻登记处、烈士陵园管理处、社会福利院不断深化公共服务单位办事公开,在单位内部均设立了公开栏。市社会福利院、殡仪馆还建立了单位网站,通过多种形式将收费项目、收费依据、办事程序、服务承诺等向社会全面公开,广泛接受监督;进一步规范招投标、政府采购、土地和产权交易等行为。严格执行工程建设招投标、政府采购等制度,加强对市社会(儿童)福利中心和乡镇敬老院建设监督管理,全市全年8所乡镇敬老院改扩建工程和市老年公寓、殡仪馆综合楼、烈士事迹陈列馆等项目的立项、规划、设计、招投标等都严格按程序规范实施,并落实资金审计和项目决算制度,做到了公开透明,有效预防暗箱操作和腐败行为发生。积极推进单位财务、干部任用、考核奖惩等内部事务公开。

4、狠抓公开示范点建设。深入开展了政务公开、办事公开示范点建设,按照要求及时规范编制和更新政府信息主动公开指南、公开目录,明确主动公开工作程序,重点做好政府信息发布工作,建立健全了虚假或者不完整信息澄清等制度;根据市政务公开工作领导组办公室要求,规范编制和及时更新政府信息依申请公开指南、公开目录,明确依申请公开工作程序,利用局机关和行政服务中心等便民场所开展受理申请,并在规定时限内回复;制作了民生工程明白卡、依法行政办理程序一次性告知单。通过今日宁国、宁国电视台等新闻媒体宣传民政政策法规、民生工程建设;通过民政局网站公开民政法规、办事程序等,不断创新政务公开形式;根据要求及时报送了政务公开动态信息,被省民政厅、宣城市民政局及市政府网站等多家媒体采用信息动态100余条。同时,加大政务公开监督检查,确保政务公开实效。对群众来信来访反映的问题,凡属于业务职责范围内的事项,及时予以处理,落实专人负责答复,对一时不能解决的问题,明确告知解决期限,市长热线、政民互动信息全部按时回复。

一年来,通过实施政务公开和政务服务工作,各项民政业务办理程序更加方便快捷,工作效率明显提高,适应了形势发展需要;依法行政、依法办事意识不断增强,提高了依法行政能力,机关管理工作走上了制度化、规范化、法制化轨道。今后,我们将采取切实有效措施,不断推进政务公开和政务服务工作深入开展。
', '2013-03-15', 'published');  -- demo: published_on invented

-- The 2025 report: a draft in the national template's format (国办公开办函〔2021〕30号), left
-- for the demo's clerk to review and publish (/admin/annual-report/2025). Sections 二 and 三
-- are counted from the catalogue and from the 2024-2026 applications of sql/demo/private_demo.sql
-- (section 三: 新收 12, 上年结转 2, 办结 12, 结转下年度 2); the texts of 一, 五 and 六 and the numbers
-- of other systems (行政许可 ... and section 四) are the clerk's. A real site would have published
-- it by 31 January 2026; a report published already could not be tried out, and one in the old
-- free-text form (as the demo shipped before) is what the national format replaced.
-- demo: the whole report is invented.
INSERT INTO annual_reports (agency_id, year, title, section1_md, section5_md, section6_md, status, format) VALUES
    (1, 2025, '宁国市民政局2025年政府信息公开工作年度报告', '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，所列数据统计期限为2025年1月1日至2025年12月31日。（演示数据）

2025年，宁国市民政局围绕低保、临时救助、养老服务、婚姻登记等群众关切事项做好政府信息公开工作。

**主动公开。** 全年主动公开政府信息206条，及时公开城乡低保和特困人员基本生活标准、养老服务补贴、福利彩票公益金使用等信息。

**依申请公开。** 全年新收政府信息公开申请12件，上年结转2件；办结12件，结转下年度继续办理2件，均在法定期限内办理，具体见第三部分。

**平台建设。** 上线新版政府信息公开平台，实现公开目录、办事指南和依申请公开一网办理。

**监督保障。** 将政府信息公开工作纳入年度目标考核，全年未发生因政府信息公开引起的行政复议、行政诉讼。
', '一是政策解读形式还不够丰富，以文字解读为主；二是个别依申请公开答复文书说理不够充分。

2026年将增加图解、问答等解读形式，制定依申请公开答复文书范本，答复前由办公室统一审核。
', '1. 本年度未收取信息处理费。
2. 本年度承办人大代表建议3件、政协委员提案4件，办理结果均已按要求公开。
', 'draft', 'template');
INSERT INTO annual_report_figures (report_id, key, value)
    SELECT r.id, f.column1, f.column2 FROM annual_reports r, (VALUES
        ('permit', '126'), ('penalty', '2'), ('coercion', '0'), ('fee', '0'),
        ('review_upheld', '0'), ('review_corrected', '0'), ('review_other', '0'), ('review_pending', '0'), ('review_total', '0'),
        ('direct_upheld', '0'), ('direct_corrected', '0'), ('direct_other', '0'), ('direct_pending', '0'), ('direct_total', '0'),
        ('after_upheld', '0'), ('after_corrected', '0'), ('after_other', '0'), ('after_pending', '0'), ('after_total', '0')
    ) AS f WHERE r.agency_id = 1 AND r.year = 2025;

-- ---------------------------------------------------------------- calendar (2024 and 2025 State Council holiday schedules)
-- The demo's applications of 2024 and 2025 (sql/demo/private_demo.sql) had their deadlines counted with these.
INSERT INTO calendar_years (year, source) VALUES
    (2024, '国务院办公厅关于2024年部分节假日安排的通知'),
    (2025, '国务院办公厅关于2025年部分节假日安排的通知');
INSERT INTO calendar_days (day, kind, note) VALUES
    ('2024-01-01', 'holiday', '元旦'),
    ('2024-02-04', 'workday', '调休上班'),
    ('2024-02-10', 'holiday', '春节'),
    ('2024-02-11', 'holiday', '春节'),
    ('2024-02-12', 'holiday', '春节'),
    ('2024-02-13', 'holiday', '春节'),
    ('2024-02-14', 'holiday', '春节'),
    ('2024-02-15', 'holiday', '春节'),
    ('2024-02-16', 'holiday', '春节'),
    ('2024-02-17', 'holiday', '春节'),
    ('2024-02-18', 'workday', '调休上班'),
    ('2024-04-04', 'holiday', '清明节'),
    ('2024-04-05', 'holiday', '清明节'),
    ('2024-04-06', 'holiday', '清明节'),
    ('2024-04-07', 'workday', '调休上班'),
    ('2024-04-28', 'workday', '调休上班'),
    ('2024-05-01', 'holiday', '劳动节'),
    ('2024-05-02', 'holiday', '劳动节'),
    ('2024-05-03', 'holiday', '劳动节'),
    ('2024-05-04', 'holiday', '劳动节'),
    ('2024-05-05', 'holiday', '劳动节'),
    ('2024-05-11', 'workday', '调休上班'),
    ('2024-06-10', 'holiday', '端午节'),
    ('2024-09-14', 'workday', '调休上班'),
    ('2024-09-15', 'holiday', '中秋节'),
    ('2024-09-16', 'holiday', '中秋节'),
    ('2024-09-17', 'holiday', '中秋节'),
    ('2024-09-29', 'workday', '调休上班'),
    ('2024-10-01', 'holiday', '国庆节'),
    ('2024-10-02', 'holiday', '国庆节'),
    ('2024-10-03', 'holiday', '国庆节'),
    ('2024-10-04', 'holiday', '国庆节'),
    ('2024-10-05', 'holiday', '国庆节'),
    ('2024-10-06', 'holiday', '国庆节'),
    ('2024-10-07', 'holiday', '国庆节'),
    ('2024-10-12', 'workday', '调休上班'),
    ('2025-01-01', 'holiday', '元旦'),
    ('2025-01-26', 'workday', '调休上班'),
    ('2025-01-28', 'holiday', '春节'),
    ('2025-01-29', 'holiday', '春节'),
    ('2025-01-30', 'holiday', '春节'),
    ('2025-01-31', 'holiday', '春节'),
    ('2025-02-01', 'holiday', '春节'),
    ('2025-02-02', 'holiday', '春节'),
    ('2025-02-03', 'holiday', '春节'),
    ('2025-02-04', 'holiday', '春节'),
    ('2025-02-08', 'workday', '调休上班'),
    ('2025-04-04', 'holiday', '清明节'),
    ('2025-04-05', 'holiday', '清明节'),
    ('2025-04-06', 'holiday', '清明节'),
    ('2025-04-27', 'workday', '调休上班'),
    ('2025-05-01', 'holiday', '劳动节'),
    ('2025-05-02', 'holiday', '劳动节'),
    ('2025-05-03', 'holiday', '劳动节'),
    ('2025-05-04', 'holiday', '劳动节'),
    ('2025-05-05', 'holiday', '劳动节'),
    ('2025-05-31', 'holiday', '端午节'),
    ('2025-06-01', 'holiday', '端午节'),
    ('2025-06-02', 'holiday', '端午节'),
    ('2025-09-28', 'workday', '调休上班'),
    ('2025-10-01', 'holiday', '国庆节、中秋节'),
    ('2025-10-02', 'holiday', '国庆节、中秋节'),
    ('2025-10-03', 'holiday', '国庆节、中秋节'),
    ('2025-10-04', 'holiday', '国庆节、中秋节'),
    ('2025-10-05', 'holiday', '国庆节、中秋节'),
    ('2025-10-06', 'holiday', '国庆节、中秋节'),
    ('2025-10-07', 'holiday', '国庆节、中秋节'),
    ('2025-10-08', 'holiday', '国庆节、中秋节'),
    ('2025-10-11', 'workday', '调休上班');

-- ---------------------------------------------------------------- calendar (2026 State Council holiday schedule)
INSERT INTO calendar_years (year, source) VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知');
INSERT INTO calendar_days (day, kind, note) VALUES
    ('2026-01-01', 'holiday', '元旦'),
    ('2026-01-02', 'holiday', '元旦'),
    ('2026-01-03', 'holiday', '元旦'),
    ('2026-01-04', 'workday', '调休上班'),
    ('2026-02-14', 'workday', '调休上班'),
    ('2026-02-15', 'holiday', '春节'),
    ('2026-02-16', 'holiday', '春节'),
    ('2026-02-17', 'holiday', '春节'),
    ('2026-02-18', 'holiday', '春节'),
    ('2026-02-19', 'holiday', '春节'),
    ('2026-02-20', 'holiday', '春节'),
    ('2026-02-21', 'holiday', '春节'),
    ('2026-02-22', 'holiday', '春节'),
    ('2026-02-23', 'holiday', '春节'),
    ('2026-02-28', 'workday', '调休上班'),
    ('2026-04-04', 'holiday', '清明节'),
    ('2026-04-05', 'holiday', '清明节'),
    ('2026-04-06', 'holiday', '清明节'),
    ('2026-05-01', 'holiday', '劳动节'),
    ('2026-05-02', 'holiday', '劳动节'),
    ('2026-05-03', 'holiday', '劳动节'),
    ('2026-05-04', 'holiday', '劳动节'),
    ('2026-05-05', 'holiday', '劳动节'),
    ('2026-05-09', 'workday', '调休上班'),
    ('2026-06-19', 'holiday', '端午节'),
    ('2026-06-20', 'holiday', '端午节'),
    ('2026-06-21', 'holiday', '端午节'),
    ('2026-09-20', 'workday', '调休上班'),
    ('2026-09-25', 'holiday', '中秋节'),
    ('2026-09-26', 'holiday', '中秋节'),
    ('2026-09-27', 'holiday', '中秋节'),
    ('2026-10-01', 'holiday', '国庆节'),
    ('2026-10-02', 'holiday', '国庆节'),
    ('2026-10-03', 'holiday', '国庆节'),
    ('2026-10-04', 'holiday', '国庆节'),
    ('2026-10-05', 'holiday', '国庆节'),
    ('2026-10-06', 'holiday', '国庆节'),
    ('2026-10-07', 'holiday', '国庆节'),
    ('2026-10-10', 'workday', '调休上班');

-- ---------------------------------------------------------------- platform (migration 5)
-- 民政局 is one agency of 宁国市人民政府's platform; sql/demo/platform_demo.sql adds the others.
UPDATE agencies SET code = 'mzj', level = 'department' WHERE id = 1;
UPDATE pages SET agency_id = 1 WHERE slug <> 'accessibility';
INSERT INTO agency_settings (agency_id, key, value)
    SELECT 1, key, value FROM settings WHERE key LIKE 'applications\_%' ESCAPE '\';
DELETE FROM settings WHERE key LIKE 'applications\_%' ESCAPE '\';
-- The single-agency version's URLs (/disclosure-guide, /reports/2012 ...) were 民政局's.
INSERT INTO settings (key, value) VALUES ('legacy_agency_id', '1');

COMMIT;
