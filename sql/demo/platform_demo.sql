-- sql/demo/platform_demo.sql: DEMO DATA for 宁国市人民政府's 政府信息公开 platform (issue 10).
-- Loaded after content_demo.sql (宁国市民政局, agency 1, code mzj).
--
-- THIS FILE IS DEMO DATA, NOT AN OFFICIAL RECORD. Every agency below exists in
-- 宁国市 by name; everything else about them is INVENTED for the demo: 统一社会信用代码
-- (valid check characters, but not theirs), addresses, phones, e-mails, 文号, 索引号,
-- dates, figures and every text. Laws cited by name are real.
--
-- Id map (codes are the URL segments, /rsj/ ...):
--   agencies 100 宁国市人民政府 (zf, 本级政府), 101 市政府办公室 (its office: the 政务公开办)
--            200 宁国市人力资源和社会保障局 (rsj, 部门), 201 办公室, 202 就业服务中心
--            300 宁国市财政局 (czj, 部门), 301 办公室
--            400 宁国市西津街道办事处 (xjjd, 乡镇（街道）), 401 党政办公室
--            500 宁国市港口镇人民政府 (gkz, 乡镇（街道）), 501 党政办公室
--   entries  101-117; guides 101-103; news 101-105; annual reports: 2025 for each agency
--   category 58 就业创业 (service_theme)

PRAGMA foreign_keys = ON;
BEGIN;

-- ---------------------------------------------------------------- the platform
UPDATE settings SET value = '宁国市人民政府' WHERE key = 'site_name';
UPDATE settings SET value = '宁国市人民政府办公室' WHERE key = 'footer_sponsor';
UPDATE settings SET value = '宁国市人民政府' WHERE key = 'platform_name';
UPDATE settings SET value = '宁国市人民政府' WHERE key = 'agency_name';
-- demo: the government portal this platform is mounted under (make run serves it at the root).
UPDATE settings SET value = 'https://www.ningguo.gov.cn/' WHERE key = 'parent_site_url';

-- ---------------------------------------------------------------- agencies
-- demo: all contact details and 统一社会信用代码 invented.
INSERT INTO agencies (id, parent_id, kind, name, uscc, duties_md, address, postcode, office_hours, phone, fax, email, supervision_phone, sort, code, level) VALUES
    (100, NULL, 'bureau', '宁国市人民政府', '11341881003018700C', '宁国市人民政府是宁国市的地方国家行政机关，执行市人民代表大会及其常务委员会的决议和上级国家行政机关的决定、命令，规定行政措施，发布决定和命令，领导所属各工作部门和各乡镇人民政府、街道办事处的工作。

市人民政府办公室为市政府政务公开工作主管部门（政务公开办），负责推进、指导、协调、监督全市政府信息公开工作。', '安徽省宁国市西津街道宁阳西路1号', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4012301', '0563-4012302', 'zfb@ningguo.gov.cn', '0563-4012309', 0, 'zf', 'government'),
    (200, NULL, 'bureau', '宁国市人力资源和社会保障局', '11341881003018711G', '负责全市就业创业、社会保险、劳动关系、人事人才和劳动保障监察工作。', '安徽省宁国市西津街道津北路20号', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4023301', '0563-4023302', 'rsj@ningguo.gov.cn', '0563-4023309', 20, 'rsj', 'department'),
    (300, NULL, 'bureau', '宁国市财政局', '11341881003018722L', '负责全市财政收支、预算管理、国有资产管理、政府采购监督管理和会计管理工作。', '安徽省宁国市西津街道宁阳西路18号', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4034401', '0563-4034402', 'czj@ningguo.gov.cn', '0563-4034409', 30, 'czj', 'department'),
    (400, NULL, 'bureau', '宁国市西津街道办事处', '11341881003018733Q', '负责辖区经济发展、社会事务、城市管理、平安建设和社区建设工作，承办城乡居民最低生活保障等事项的受理和初审。', '安徽省宁国市西津街道中溪路6号', '242300', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4045501', '', 'xjjd@ningguo.gov.cn', '0563-4045509', 40, 'xjjd', 'township'),
    (500, NULL, 'bureau', '宁国市港口镇人民政府', '11341881003018744W', '负责全镇经济社会发展、乡村振兴、社会事务、生态环境保护和平安建设工作。', '安徽省宁国市港口镇港口街88号', '242321', '周一至周五 上午8:00-12:00 下午14:30-17:30（法定节假日除外）', '0563-4056601', '', 'gkz@ningguo.gov.cn', '0563-4056609', 50, 'gkz', 'township');
INSERT INTO agencies (id, parent_id, kind, name, duties_md, address, postcode, office_hours, phone, email, sort) VALUES
    (101, 100, 'office', '市政府办公室', '负责市政府文电、会务和政务公开工作；市政务公开办设在本室。', '安徽省宁国市西津街道宁阳西路1号三楼', '242300', '周一至周五（法定节假日除外）', '0563-4012311', 'zwgk@ningguo.gov.cn', 10),
    (201, 200, 'office', '办公室', '负责机关日常运转和政府信息公开工作。', '安徽省宁国市西津街道津北路20号二楼', '242300', '周一至周五（法定节假日除外）', '0563-4023311', 'rsjbgs@ningguo.gov.cn', 10),
    (202, 200, 'unit', '宁国市就业服务中心', '提供就业登记、失业登记、失业保险金申领和职业介绍服务。', '安徽省宁国市西津街道津北路22号', '242300', '周一至周五（法定节假日除外）', '0563-4023321', 'jyzx@ningguo.gov.cn', 20),
    (301, 300, 'office', '办公室', '负责机关日常运转和政府信息公开工作。', '安徽省宁国市西津街道宁阳西路18号二楼', '242300', '周一至周五（法定节假日除外）', '0563-4034411', 'czjbgs@ningguo.gov.cn', 10),
    (401, 400, 'office', '党政办公室', '负责街道办事处文电、会务和政务公开工作。', '安徽省宁国市西津街道中溪路6号二楼', '242300', '周一至周五（法定节假日除外）', '0563-4045511', 'xjjddzb@ningguo.gov.cn', 10),
    (501, 500, 'office', '党政办公室', '负责镇政府文电、会务和政务公开工作。', '安徽省宁国市港口镇港口街88号二楼', '242321', '周一至周五（法定节假日除外）', '0563-4056611', 'gkzdzb@ningguo.gov.cn', 10);

-- Where each agency takes applications (Art. 12). demo: invented.
INSERT INTO agency_settings (agency_id, key, value)
    SELECT a.id, k.key, CASE k.key
        WHEN 'applications_office' THEN a.name || (SELECT name FROM agencies o WHERE o.parent_id = a.id AND o.kind = 'office') || '（政府信息公开工作机构）'
        WHEN 'applications_address' THEN (SELECT address FROM agencies o WHERE o.parent_id = a.id AND o.kind = 'office')
        WHEN 'applications_hours' THEN '周一至周五（法定节假日除外）上午8:00-12:00，下午14:30-17:30'
        WHEN 'applications_phone' THEN (SELECT phone FROM agencies o WHERE o.parent_id = a.id AND o.kind = 'office')
        WHEN 'applications_fax' THEN a.fax
        WHEN 'applications_postcode' THEN a.postcode END
    FROM agencies a,
         (SELECT 'applications_office' AS key UNION ALL SELECT 'applications_address' UNION ALL
          SELECT 'applications_hours' UNION ALL SELECT 'applications_phone' UNION ALL
          SELECT 'applications_fax' UNION ALL SELECT 'applications_postcode') k
    WHERE a.id IN (100, 200, 300, 400, 500);

INSERT INTO categories (id, scheme, code, name, sort) VALUES (58, 'service_theme', 'jycy', '就业创业', 80);

-- ---------------------------------------------------------------- 民政局's entries by Art. 20
-- content_demo.sql predates the art20 column (migration 5 filed existing rows by
-- 体裁 when it ran, before this demo data existed): the same mapping, and the
-- entries whose 体裁 says nothing about their item filed by hand.
UPDATE entries SET art20 = CASE
        WHEN id IN (2, 15) THEN 5       -- 行政审批事项办理流程, 政务服务事项清单
        WHEN id = 50 THEN 2             -- 政府信息公开工作机构和联系方式
        ELSE (SELECT CASE c.code WHEN 'gz' THEN 1 WHEN 'gfxwj' THEN 1 WHEN 'tjxx' THEN 4
                                 WHEN 'czyjs' THEN 7 WHEN 'rsxx' THEN 14 WHEN 'gzjh' THEN 3 END
              FROM categories c WHERE c.id = entries.genre_id) END
    WHERE id BETWEEN 1 AND 50;
UPDATE entry_revisions SET art20 = (SELECT art20 FROM entries WHERE entries.id = entry_revisions.entry_id)
    WHERE entry_id BETWEEN 1 AND 50;

-- ---------------------------------------------------------------- entries (all demo)
INSERT INTO entries (id, index_no, title, doc_no, agency_id, topic_id, genre_id, written_on, published_on, keywords, validity, disclosure_method, disclosure_scope, body_md, status, art20, created_at, updated_at) VALUES
    (101, '11341881003018700C/202503-00001', '宁国市人民政府关于印发宁国市政府信息公开工作规定的通知', '宁政〔2025〕12号', 100, 13, 22, '2025-03-10', '2025-03-14', '政府信息公开 工作规定', 'valid', '主动公开', '面向社会', '各乡镇人民政府、街道办事处，市政府各部门：

现将《宁国市政府信息公开工作规定》印发给你们，请认真贯彻执行。

## 宁国市政府信息公开工作规定

第一条 为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》，制定本规定。

第二条 市政府各部门、各乡镇人民政府和街道办事处通过宁国市人民政府政府信息公开平台统一发布主动公开的政府信息，不另设专门网站。

第三条 各单位收到政府信息公开申请，应当在《条例》规定的期限内答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。
', 'published', 1, '2025-03-14T02:00:00Z', '2025-03-14T02:00:00Z'),
    (102, '11341881003018700C/202506-00002', '宁国市人民政府办公室关于进一步做好政策解读工作的通知', '宁政办〔2025〕21号', 101, 13, 22, '2025-06-03', '2025-06-05', '政策解读 政务公开', 'valid', '主动公开', '面向社会', '市政府各部门：

以市政府或市政府办公室名义印发的行政规范性文件，起草部门应当同步起草解读材料，与文件同步报批、同步发布。
', 'published', 1, '2025-06-05T02:00:00Z', '2025-06-05T02:00:00Z'),
    (103, '11341881003018700C/202604-00003', '2025年宁国市国民经济和社会发展统计公报', '', 100, 13, 28, '2026-04-08', '2026-04-10', '统计公报 2025', 'valid', '主动公开', '面向社会', '2025年，全市地区生产总值稳步增长，城乡居民收入持续提高。（演示数据，数字从略。）
', 'published', 4, '2026-04-10T02:00:00Z', '2026-04-10T02:00:00Z'),
    (104, '11341881003018700C/202601-00004', '宁国市国民经济和社会发展第十五个五年规划纲要', '', 100, 13, 23, '2026-01-20', '2026-01-28', '十五五 规划纲要', 'valid', '主动公开', '面向社会', '本纲要阐明2026—2030年全市经济社会发展的主要目标、重点任务和重大举措。（演示数据，正文从略。）
', 'published', 3, '2026-01-28T02:00:00Z', '2026-01-28T02:00:00Z'),
    (105, '11341881003018711G/202502-00001', '宁国市2025年就业创业补贴政策汇编', '宁人社〔2025〕8号', 200, 13, 22, '2025-02-18', '2025-02-20', '就业补贴 创业补贴', 'valid', '主动公开', '面向社会', '为落实就业优先政策，现将我市2025年一次性创业补贴、创业担保贷款贴息、灵活就业社会保险补贴等政策汇编公布。

| 补贴项目 | 对象 | 标准 |
|---|---|---|
| 一次性创业补贴 | 首次创办小微企业的人员 | 5000元 |
| 灵活就业社会保险补贴 | 就业困难人员 | 按缴费额的2/3 |
', 'published', 11, '2025-02-20T02:00:00Z', '2025-02-20T02:00:00Z'),
    (106, '11341881003018711G/202509-00002', '宁国市人力资源和社会保障局2025年度事业单位公开招聘工作人员公告', '', 201, 12, 31, '2025-09-01', '2025-09-03', '公开招聘 事业单位', 'expired', '主动公开', '面向社会', '根据工作需要，2025年度市属事业单位公开招聘工作人员25名。报名时间、岗位条件见附表（演示数据）。
', 'published', 14, '2025-09-03T02:00:00Z', '2025-09-03T02:00:00Z'),
    (107, '11341881003018711G/202603-00003', '宁国市2025年度劳动保障监察行政处罚决定公示', '', 200, 13, 24, '2026-03-02', '2026-03-05', '行政处罚 劳动保障监察', 'valid', '主动公开', '面向社会', '2025年度，我局依法作出劳动保障监察行政处罚决定3件，均已执行完毕（演示数据，当事人信息从略）。
', 'published', 6, '2026-03-05T02:00:00Z', '2026-03-05T02:00:00Z'),
    (108, '11341881003018722L/202602-00001', '宁国市财政局2026年部门预算', '', 300, 11, 30, '2026-02-10', '2026-02-12', '部门预算 2026', 'valid', '主动公开', '面向社会', '本预算包括部门收支总体情况、一般公共预算支出情况和“三公”经费支出情况（演示数据，数字从略）。
', 'published', 7, '2026-02-12T02:00:00Z', '2026-02-12T02:00:00Z'),
    (109, '11341881003018722L/202508-00002', '宁国市财政局2024年部门决算', '', 300, 11, 30, '2025-08-20', '2025-08-25', '部门决算 2024', 'valid', '主动公开', '面向社会', '2024年度部门决算公开内容包括收入支出决算总表、财政拨款收入支出决算表和“三公”经费支出决算情况（演示数据，数字从略）。
', 'published', 7, '2025-08-25T02:00:00Z', '2025-08-25T02:00:00Z'),
    (110, '11341881003018722L/202603-00003', '宁国市2026年政府集中采购目录及采购限额标准', '宁财购〔2026〕3号', 301, 11, 22, '2026-03-15', '2026-03-18', '政府采购 集中采购目录', 'valid', '主动公开', '面向社会', '本目录所列项目应当实行政府集中采购；分散采购限额标准为货物和服务项目50万元、工程项目60万元（演示数据）。
', 'published', 9, '2026-03-18T02:00:00Z', '2026-03-18T02:00:00Z'),
    (111, '11341881003018722L/202601-00004', '宁国市行政事业性收费项目目录清单（2026年版）', '', 300, 11, 24, '2026-01-05', '2026-01-08', '收费目录 行政事业性收费', 'valid', '主动公开', '面向社会', '清单以外的行政事业性收费项目一律不得收取。（演示数据，清单从略。）
', 'published', 8, '2026-01-08T02:00:00Z', '2026-01-08T02:00:00Z'),
    (112, '11341881003018733Q/202604-00001', '西津街道2026年城乡居民最低生活保障对象名单公示（第一季度）', '', 400, 2, 24, '2026-04-02', '2026-04-03', '低保 公示', 'valid', '主动公开', '面向社会', '经入户调查、民主评议，现将2026年第一季度新增低保对象公示如下（演示数据，姓名已作去标识化处理）。公示期7天。
', 'published', 11, '2026-04-03T02:00:00Z', '2026-04-03T02:00:00Z'),
    (113, '11341881003018733Q/202510-00002', '西津街道突发事件总体应急预案', '西办〔2025〕15号', 401, 13, 23, '2025-10-10', '2025-10-15', '应急预案', 'valid', '主动公开', '面向社会', '本预案适用于街道辖区内自然灾害、事故灾难、公共卫生事件和社会安全事件的应对工作。
', 'published', 12, '2025-10-15T02:00:00Z', '2025-10-15T02:00:00Z'),
    (114, '11341881003018733Q/202603-00003', '西津街道2026年重点工作安排', '', 400, 13, 25, '2026-03-01', '2026-03-04', '工作安排 2026', 'valid', '主动公开', '面向社会', '围绕城市更新、社区治理和民生保障，2026年街道重点推进十项工作（演示数据）。
', 'published', NULL, '2026-03-04T02:00:00Z', '2026-03-04T02:00:00Z'),
    (115, '11341881003018744W/202605-00001', '港口镇2026年高标准农田建设项目实施情况', '', 500, 13, 24, '2026-05-10', '2026-05-12', '高标准农田 建设项目', 'valid', '主动公开', '面向社会', '项目建设规模3000亩，总投资约450万元，已完成土地平整和灌溉渠系建设（演示数据）。
', 'published', 10, '2026-05-12T02:00:00Z', '2026-05-12T02:00:00Z'),
    (116, '11341881003018744W/202602-00002', '港口镇2026年部门预算', '', 501, 11, 30, '2026-02-11', '2026-02-14', '预算 2026', 'valid', '主动公开', '面向社会', '港口镇2026年一般公共预算支出情况及“三公”经费预算（演示数据，数字从略）。
', 'published', 7, '2026-02-14T02:00:00Z', '2026-02-14T02:00:00Z'),
    (117, '11341881003018744W/202511-00003', '港口镇森林防灭火应急预案', '港政〔2025〕30号', 500, 13, 23, '2025-11-03', '2025-11-06', '森林防火 应急预案', 'valid', '主动公开', '面向社会', '本预案明确镇森林防灭火指挥部组成、预警响应和扑救组织（演示数据）。
', 'published', 12, '2025-11-06T02:00:00Z', '2025-11-06T02:00:00Z');
INSERT INTO entry_revisions (entry_id, rev_no, status, title, doc_no, agency_id, topic_id, genre_id, written_on,
                             keywords, validity, validity_note, body_md, change_note, secrecy_checked,
                             created_at, published_at, disclosure_method, disclosure_scope, art20)
    SELECT id, 1, 'published', title, doc_no, agency_id, topic_id, genre_id, written_on, keywords, validity,
           validity_note, body_md, '首次发布', 1, created_at, created_at, disclosure_method, disclosure_scope, art20
    FROM entries WHERE id BETWEEN 101 AND 117;

-- ---------------------------------------------------------------- guides (demo)
INSERT INTO guides (id, name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, status, updated_on, sort) VALUES
    (101, '失业保险金申领', 43, 58, 202, '- 《失业保险条例》第十四条、第十六条', '同时具备下列条件的失业人员：

1. 失业前用人单位和本人已经缴纳失业保险费满一年的；
2. 非因本人意愿中断就业的；
3. 已经进行失业登记，并有求职要求的。', '', '5个工作日', '', '宁国市政务服务中心一楼人社窗口', '周一至周五（法定节假日除外）', '0563-4023321', '0563-4023309', 0, '', 'published', '2026-03-01', 10),
    (102, '城乡居民最低生活保障申请受理', 43, 56, 400, '- 《社会救助暂行办法》第十一条', '共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合财产状况规定的家庭。', '', '受理后3个工作日内完成初审材料报送', '', '西津街道便民服务中心', '周一至周五（法定节假日除外）', '0563-4045521', '0563-4045509', 1, '', 'published', '2026-02-20', 10),
    (103, '农村村民住宅建设审批', 41, 55, 500, '- 《中华人民共和国土地管理法》第六十二条', '本镇农村集体经济组织成员，符合一户一宅和村庄规划要求。', '20个工作日', '15个工作日', '', '港口镇便民服务中心', '周一至周五（法定节假日除外）', '0563-4056621', '0563-4056609', 1, '', 'published', '2026-01-15', 10);
INSERT INTO guide_materials (guide_id, sort, name, form, copies, required, notes) VALUES
    (101, 10, '居民身份证', '原件', 1, 1, ''),
    (101, 20, '解除或终止劳动关系的证明', '原件', 1, 1, ''),
    (102, 10, '户口簿和居民身份证', '原件和复印件', 1, 1, ''),
    (102, 20, '家庭收入和财产状况申报表', '原件', 1, 1, '在受理窗口领取'),
    (103, 10, '农村宅基地和建房（规划许可）申请表', '原件', 1, 1, ''),
    (103, 20, '户口簿', '复印件', 1, 1, '');
INSERT INTO guide_steps (guide_id, sort, title, description) VALUES
    (101, 10, '申请', '失业登记后在窗口或线上提出申请'),
    (101, 20, '审核', '就业服务中心5个工作日内审核'),
    (101, 30, '发放', '按月发放至本人社会保障卡'),
    (102, 10, '受理', '街道便民服务中心受理申请'),
    (102, 20, '调查', '入户调查和民主评议'),
    (102, 30, '报送', '报市民政局审核确认'),
    (103, 10, '申请', '向村民委员会提出书面申请'),
    (103, 20, '审查', '镇政府组织审查和现场踏勘'),
    (103, 30, '批准', '审批后核发乡村建设规划许可证');

-- ---------------------------------------------------------------- news (demo)
INSERT INTO news (id, title, agency_id, published_on, body_md, status) VALUES
    (101, '市政府召开全市政务公开工作会议', 100, '2026-03-20', '会议通报了2025年度全市政务公开工作考核结果，部署2026年重点工作（演示数据）。', 'published'),
    (102, '市人社局举办2026年春风行动专场招聘会', 200, '2026-02-25', '120家企业提供就业岗位3000余个，现场达成就业意向800余人（演示数据）。', 'published'),
    (103, '市财政局完成2026年部门预算公开工作', 300, '2026-02-28', '全市86家预算单位在政府信息公开平台公开了部门预算（演示数据）。', 'published'),
    (104, '西津街道开展低保对象动态核查', 400, '2026-04-15', '街道对辖区低保家庭逐户入户核查，确保应保尽保（演示数据）。', 'published'),
    (105, '港口镇推进高标准农田建设', 500, '2026-05-20', '全镇高标准农田建设项目进入收尾阶段（演示数据）。', 'published');

-- ---------------------------------------------------------------- pages (demo)
-- Each agency's 公开指南 (Art. 12), 公开制度 and 机构职能.
INSERT INTO pages (agency_id, slug, title, body_md, updated_on)
    SELECT a.id, 'disclosure-guide', a.name || '政府信息公开指南',
'根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。

## 一、主动公开

本机关主动公开的政府信息，按照《条例》第二十条的内容分类，在宁国市人民政府政府信息公开平台“' || a.name || '”栏目的“法定主动公开内容”中发布，并编制政府信息公开目录。目录按主题分类和体裁分类编排，每条信息有唯一的索引号。

## 二、依申请公开

公民、法人或者其他组织可以通过平台在线提交申请，或以信函、当面方式向本机关提出申请。

- 受理机构：' || (SELECT value FROM agency_settings WHERE agency_id = a.id AND key = 'applications_office') || '
- 地址：' || (SELECT value FROM agency_settings WHERE agency_id = a.id AND key = 'applications_address') || '
- 电话：' || (SELECT value FROM agency_settings WHERE agency_id = a.id AND key = 'applications_phone') || '
- 电子邮箱：' || a.email || '

本机关收到申请，能够当场答复的当场答复；不能当场答复的，自收到申请之日起20个工作日内答复，需要延长的，经负责人同意并告知申请人，延长期限最长不超过20个工作日。依申请提供政府信息，不收取费用（《条例》第四十二条规定的情形除外）。

## 三、监督和救济

认为本机关在政府信息公开工作中侵犯其合法权益的，可以向宁国市人民政府办公室（政务公开办）投诉、举报，也可以依法申请行政复议或者提起行政诉讼。

（演示数据：联系方式为虚构。）
', '2026-03-01'
    FROM agencies a WHERE a.id IN (100, 200, 300, 400, 500);
INSERT INTO pages (agency_id, slug, title, body_md, updated_on)
    SELECT a.id, 'rules', a.name || '政府信息公开制度',
'本机关执行以下政府信息公开工作制度（演示数据）：

1. **主动公开制度**：政府信息形成或者变更之日起20个工作日内公开（《条例》第二十六条）。
2. **依申请公开办理制度**：登记、审核、答复、送达全程留痕，答复期限按工作日计算。
3. **保密审查制度**：公开前由承办科室和分管负责人进行保密审查。
4. **政府信息管理动态调整制度**：定期评估不予公开的信息，可以公开的及时转为主动公开（《条例》第四十四条）。
5. **年度报告制度**：每年1月31日前公布上一年度政府信息公开工作年度报告（《条例》第四十九条）。
', '2026-03-01'
    FROM agencies a WHERE a.id IN (100, 200, 300, 400, 500);
INSERT INTO pages (agency_id, slug, title, body_md, updated_on)
    SELECT a.id, 'functions', a.name || '机构职能', a.duties_md, '2026-03-01'
    FROM agencies a WHERE a.id IN (100, 200, 300, 400, 500);
INSERT INTO pages (agency_id, slug, title, body_md, updated_on)
    VALUES (1, 'rules', '宁国市民政局政府信息公开制度',
'本局执行以下政府信息公开工作制度（演示数据）：

1. **主动公开制度**：政府信息形成或者变更之日起20个工作日内公开（《条例》第二十六条）。
2. **依申请公开办理制度**：办公室统一受理，承办股室提出意见，分管局长审核后答复。
3. **保密审查制度**：公开前由承办股室和分管局长进行保密审查。
4. **年度报告制度**：每年1月31日前公布上一年度政府信息公开工作年度报告（《条例》第四十九条）。
', '2026-03-01');

-- ---------------------------------------------------------------- annual reports (demo)
INSERT INTO annual_reports (agency_id, year, title, body_md, published_on, status)
    SELECT a.id, 2025, a.name || '2025年政府信息公开工作年度报告',
'## 一、总体情况

2025年，' || a.name || '认真贯彻《中华人民共和国政府信息公开条例》，通过宁国市人民政府政府信息公开平台集中发布主动公开信息。

## 二、主动公开政府信息情况

详见本栏目“法定主动公开内容”。

## 三、收到和处理政府信息公开申请情况

全年收到政府信息公开申请2件，均在法定期限内答复。

## 四、政府信息公开行政复议、行政诉讼情况

全年未发生因政府信息公开引起的行政复议、行政诉讼。

## 五、存在的主要问题及改进情况

政策解读形式有待丰富。

## 六、其他需要报告的事项

本年度未收取信息处理费。

（演示数据：全文为虚构。）
', '2026-01-25', 'published'
    FROM agencies a WHERE a.id IN (100, 200, 300, 400, 500);

COMMIT;
