-- sql/demo/private_demo.sql: DEMO DATA for private.db (宁国市人民政府's platform).
-- Loaded by `portalctl init` after content_demo.sql and platform_demo.sql.
--
-- THIS FILE IS DEMO DATA, NOT AN OFFICIAL RECORD. Every application below is
-- INVENTED: applicants, organisations, phones, e-mails, addresses, the
-- information asked for, the replies and all dates. No real person's data:
-- names are made up; ID numbers carry the impossible birth date 1970-00-00;
-- phones are in the 138-0563-x range of no one in particular. No access code
-- opens these applications on /apply/status (access_code_hash matches no code).
--
-- What they are for: the annual reports' section 三 is counted from applications
-- (cgi-bin/site/annual_report.c), so the demo's latest finished year, 2025, has
-- real rows to count. 民政局 (agency 1) has the history a county bureau would:
--   2024: 5 received (its 2024 report, catalogue entry 32, says 5), 2 of them in
--         December and answered in January 2025 (2025's 上年结转 2);
--   2025: 12 received, 12 concluded (open 4, partial 2, 过程性信息 1, 本机关不掌握 1,
--         需另行制作 1, 信访举报投诉类 1, 逾期不补正 1, withdrawn = 其他 1), and 2
--         received in December answered in 2026 (结转下年度 2);
-- so 2025's table balances: 新收 12 + 上年结转 2 = 办结 12 + 结转下年 2, in every column.
-- The other five agencies received 2 each in 2025, as their 2025 reports say.
-- Nothing is received in 2026, so 2026 numbers (MZJ-2026-000001 ...) start at 1.
--
-- Due dates (due_on) are those the deadline engine computes from the events and
-- the 2024-2026 calendars of content_demo.sql: receipt day 0, 20 working days,
-- an extension added after the due date, none while a 补正 stops the clock.
-- Events by staff carry actor 'staff:0' (no account: shown as 工作人员).
--
-- Id map: applications 1-5 民政局 2024; 6-17 民政局 2025; 18-27 the other agencies 2025.

PRAGMA foreign_keys = ON;
BEGIN;

-- ---------------------------------------------------------------- applications
-- demo: every value invented.
INSERT INTO applications (id, number, year, seq, agency_id, agency_seq, access_code_hash, channel,
    applicant_type, name, id_type, id_number, org_category, legal_rep, contact_name, phone, email, address, postcode,
    info_title, info_description, info_purpose, medium, delivery,
    state, submitted_at, received_on, due_on, outcome, reply_text, reply_reason, replied_on, closed_on,
    referral_name, referral_contact) VALUES
-- 民政局, 2024
    (1, 'MZJ-2024-000001', 2024, 1, 1, 1, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '汪建华', 'resident_id', '341881197000000011', '', '', '', '13805630101', '', '宁国市西津街道中山路演示小区3栋', '242300',
     '2024年城乡低保标准调整文件', '请提供我市2024年调整城乡居民最低生活保障标准的文件。', '了解本家庭是否符合低保条件', 'electronic', 'online',
     'replied', '2024-03-11T01:20:00Z', '2024-03-11', '2024-04-09', 'open',
     '已在平台提供宁民〔2024〕5号文件电子文本。', '', '2024-03-29', NULL, '', ''),
    (2, 'MZJ-2024-000002', 2024, 2, 1, 2, '0000000000000000000000000000000000000000000000000000000000000000', 'in_person',
     'person', '程秀兰', 'resident_id', '341881197000000022', '', '', '', '13805630102', '', '宁国市河沥溪街道演示路18号', '242300',
     '2023年度养老服务补贴资金分配文件', '2023年度全市居家养老服务补贴资金的分配文件及分配表。', '', 'paper', 'pickup',
     'replied', '2024-05-20T02:05:00Z', '2024-05-20', '2024-06-18', 'open',
     '提供资金分配文件及分配表纸质复印件各一份，申请人已当面领取。', '', '2024-06-07', NULL, '', ''),
    (3, 'MZJ-2024-000003', 2024, 3, 1, 3, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '宁国市演示殡葬服务有限公司', '', '', 'business', '方立新', '方立新', '13805630103', 'demo-fz@example.com', '宁国市港口镇演示工业园8号', '242321',
     '某公墓扩建项目用地审批材料', '请提供某经营性公墓扩建项目的建设用地审批材料。', '', 'electronic', 'email',
     'replied', '2024-08-06T00:50:00Z', '2024-08-06', '2024-09-03', 'none_not_held',
     '经检索，本机关未制作或获取该信息。', '建设用地审批材料不由本机关制作或保存，本机关经检索没有该信息（《条例》第三十六条第（四）项）。', '2024-08-23', NULL, '', ''),
    (4, 'MZJ-2024-000004', 2024, 4, 1, 4, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '安徽演示养老服务有限公司', '', '', 'business', '胡志强', '吴敏', '13805630104', 'demo-yl@example.com', '宁国市南山街道演示大道66号', '242300',
     '养老机构运营补贴申报指南', '2024年度养老机构运营补贴的申报条件、标准和程序。', '准备申报', 'electronic', 'online',
     'replied', '2024-12-16T01:40:00Z', '2024-12-16', '2025-01-14', 'open',
     '已在平台提供2024年度养老机构运营补贴申报指南电子文本。', '', '2025-01-08', NULL, '', ''),
    (5, 'MZJ-2024-000005', 2024, 5, 1, 5, '0000000000000000000000000000000000000000000000000000000000000000', 'post',
     'person', '刘国平', 'resident_id', '341881197000000035', '', '', '', '13805630105', '', '宁国市中溪镇演示村12号', '242311',
     '本村特困人员供养名单及标准', '2024年本村特困人员供养对象名单及供养标准。', '', 'paper', 'post',
     'replied', '2024-12-24T02:30:00Z', '2024-12-24', '2025-02-25', 'partial',
     '提供2024年特困人员供养标准文件；名单中的个人信息不予公开。', '供养对象名单含第三方个人信息，公开会对其合法权益造成损害，作区分处理（《条例》第十五条、第三十七条）。', '2025-02-10', NULL, '', ''),
-- 民政局, 2025
    (6, 'MZJ-2025-000001', 2025, 1, 1, 1, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '汪丽萍', 'resident_id', '341881197000000046', '', '', '', '13805630106', 'demo-wlp@example.com', '宁国市西津街道演示花园5栋', '242300',
     '2025年城乡低保和特困人员基本生活标准', '2025年我市城乡低保标准和特困人员基本生活标准的文件。', '', 'electronic', 'email',
     'replied', '2025-02-17T01:10:00Z', '2025-02-17', '2025-03-17', 'open',
     '已通过电子邮件提供宁民〔2025〕3号文件。', '', '2025-03-05', NULL, '', ''),
    (7, 'MZJ-2025-000002', 2025, 3, 1, 2, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '周文斌', 'resident_id', '341881197000000057', '', '', '', '13805630107', '', '宁国市汪溪街道演示社区2组', '242300',
     '社区养老服务站建设补助资金拨付文件', '2024年汪溪街道某社区养老服务站建设补助资金的拨付文件及验收意见。', '', 'electronic', 'online',
     'replied', '2025-03-10T02:15:00Z', '2025-03-10', '2025-04-08', 'partial',
     '提供资金拨付文件；验收意见中施工单位人员的个人信息已删除。', '验收意见含第三方个人信息，作区分处理后公开（《条例》第三十七条）。', '2025-03-31', NULL, '', ''),
    (8, 'MZJ-2025-000003', 2025, 6, 1, 3, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '安徽演示律师事务所', '', '', 'legal_service', '孙晓东', '孙晓东', '13805630108', 'demo-ls@example.com', '宁国市西津街道演示路200号', '242300',
     '某村集体土地征收补偿安置方案', '2024年某村集体土地征收的补偿安置方案及公告。', '代理当事人维权', 'electronic', 'email',
     'replied', '2025-04-14T01:30:00Z', '2025-04-14', '2025-05-14', 'none_not_held',
     '本机关不掌握该信息，已告知负责公开的机关。', '土地征收补偿安置方案不由本机关制作或保存（《条例》第三十六条第（五）项）。', '2025-05-09', NULL,
     '宁国市自然资源和规划局', '0563-4000000（演示号码）'),
    (9, 'MZJ-2025-000004', 2025, 8, 1, 4, '0000000000000000000000000000000000000000000000000000000000000000', 'in_person',
     'person', '黄美华', 'resident_id', '341881197000000068', '', '', '', '13805630109', '', '宁国市南山街道演示新村7号', '242300',
     '2024年度福利彩票公益金使用情况', '2024年度本级福利彩票公益金的使用项目和金额。', '', 'paper', 'pickup',
     'replied', '2025-05-19T06:20:00Z', '2025-05-19', '2025-06-17', 'open',
     '提供2024年度福利彩票公益金使用情况公告纸质件。', '', '2025-06-06', NULL, '', ''),
    (10, 'MZJ-2025-000005', 2025, 10, 1, 5, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '陈建军', 'resident_id', '341881197000000079', '', '', '', '13805630110', '', '宁国市港口镇演示街33号', '242321',
     '港口镇敬老院改造工程验收报告', '港口镇敬老院2024年改造工程的竣工验收报告。', '', 'electronic', 'online',
     'withdrawn', '2025-06-23T03:00:00Z', '2025-06-23', '2025-07-21', '',
     '', '', NULL, '2025-06-30', '', ''),
    (11, 'MZJ-2025-000006', 2025, 11, 1, 6, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '宁国市演示康养服务有限公司', '', '', 'business', '李春生', '王芳', '13805630111', 'demo-ky@example.com', '宁国市西津街道演示路9号', '242300',
     '养老机构等级评定专家评审意见', '2025年度养老机构等级评定中对本公司所属机构的专家评审意见。', '', 'electronic', 'email',
     'replied', '2025-07-14T01:45:00Z', '2025-07-14', '2025-08-11', 'deny_process',
     '不予公开。', '专家评审意见属于等级评定过程中的讨论记录，为过程性信息（《条例》第十六条第二款）；评定结果已主动公开。', '2025-08-04', NULL, '', ''),
    (12, 'MZJ-2025-000007', 2025, 13, 1, 7, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '吴海燕', 'resident_id', '341881197000000081', '', '', '', '13805630112', '', '宁国市天湖街道演示社区', '242300',
     '关于某事项的文件', '请提供相关文件。', '', 'electronic', 'online',
     'closed', '2025-08-18T02:10:00Z', '2025-08-18', NULL, 'other_no_correction',
     '', '', NULL, '2025-09-10', '', ''),
    (13, 'MZJ-2025-000008', 2025, 16, 1, 8, '0000000000000000000000000000000000000000000000000000000000000000', 'post',
     'person', '方志远', 'resident_id', '341881197000000092', '', '', '', '13805630113', '', '宁国市甲路镇演示村8组', '242343',
     '对邻居享受低保资格的调查结论', '要求调查邻居某某享受低保是否合规并告知调查结论。', '', 'paper', 'post',
     'replied', '2025-09-23T01:40:00Z', '2025-09-23', '2025-10-27', 'reject_petition',
     '不作为政府信息公开申请处理，已告知通过信访渠道反映。', '申请实为举报投诉，不属于政府信息公开申请（《条例》第三十九条第一款）。', '2025-10-21', NULL, '', ''),
    (14, 'MZJ-2025-000009', 2025, 18, 1, 9, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '宁国市演示公益基金会', '', '', 'public_interest', '朱卫东', '朱卫东', '13805630114', 'demo-gy@example.com', '宁国市西津街道演示路1号', '242300',
     '2025年社会组织等级评估结果', '2025年度全市社会组织等级评估结果及评估标准。', '', 'electronic', 'online',
     'replied', '2025-10-27T02:00:00Z', '2025-10-27', '2025-11-24', 'open',
     '已在平台提供评估结果公告和评估标准。', '', '2025-11-14', NULL, '', ''),
    (15, 'MZJ-2025-000010', 2025, 19, 1, 10, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '叶春林', 'resident_id', '341881197000000103', '', '', '', '13805630115', '', '宁国市宁墩镇演示村', '242337',
     '近十年各村低保户数统计分析', '2015年至2025年每年各行政村的低保户数、人数及变化原因分析。', '课题研究', 'electronic', 'online',
     'replied', '2025-11-10T01:25:00Z', '2025-11-10', '2025-12-08', 'none_need_create',
     '所申请信息需要另行加工制作，本机关不予提供；已告知可公开的年度统计数据的查阅途径。', '本机关没有现成的分村分年统计分析，需要另行制作（《条例》第三十八条）。', '2025-12-01', NULL, '', ''),
    (16, 'MZJ-2025-000011', 2025, 21, 1, 11, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '张玉梅', 'resident_id', '341881197000000114', '', '', '', '13805630116', '', '宁国市西津街道演示巷4号', '242300',
     '2026年高龄津贴发放标准', '2026年起80周岁以上老年人高龄津贴的发放标准文件。', '', 'electronic', 'online',
     'replied', '2025-12-15T02:00:00Z', '2025-12-15', '2026-01-13', 'open',
     '已在平台提供高龄津贴发放标准文件。', '', '2026-01-09', NULL, '', ''),
    (17, 'MZJ-2025-000012', 2025, 22, 1, 12, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '演示大学社会保障研究院', '', '', 'research', '', '赵磊', '13805630117', 'demo-yj@example.com', '合肥市演示路1号', '230000',
     '2025年临时救助资金使用明细', '2025年全市临时救助资金的发放批次、金额和救助对象类别。', '学术研究', 'electronic', 'email',
     'replied', '2025-12-24T01:15:00Z', '2025-12-24', '2026-02-12', 'partial',
     '提供分批次、分类别的发放金额；救助对象个人信息不予公开。', '救助对象名单含个人隐私，作区分处理（《条例》第十五条、第三十七条）。', '2026-02-05', NULL, '', ''),
-- the other agencies, 2025 (two each)
    (18, 'GKZ-2025-000001', 2025, 2, 500, 1, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '潘小军', 'resident_id', '341881197000000125', '', '', '', '13805630118', '', '宁国市港口镇演示村3组', '242321',
     '港口镇2025年农村道路建设计划', '港口镇2025年农村道路建设项目计划。', '', 'electronic', 'online',
     'replied', '2025-02-24T01:30:00Z', '2025-02-24', '2025-03-24', 'open', '已在平台提供建设计划。', '', '2025-03-14', NULL, '', ''),
    (19, 'RSJ-2025-000001', 2025, 4, 200, 1, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '俞红', 'resident_id', '341881197000000136', '', '', '', '13805630119', '', '宁国市西津街道演示路56号', '242300',
     '2025年公益性岗位招聘计划', '2025年全市公益性岗位招聘计划及条件。', '', 'electronic', 'online',
     'replied', '2025-03-17T01:00:00Z', '2025-03-17', '2025-04-15', 'open', '已在平台提供招聘计划。', '', '2025-04-03', NULL, '', ''),
    (20, 'ZF-2025-000001', 2025, 5, 100, 1, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '钱立群', 'resident_id', '341881197000000147', '', '', '', '13805630120', '', '宁国市河沥溪街道演示路7号', '242300',
     '2025年市政府工作报告重点任务分工', '2025年市政府工作报告重点任务分工方案。', '', 'electronic', 'online',
     'replied', '2025-04-07T01:20:00Z', '2025-04-07', '2025-05-07', 'open', '已在平台提供分工方案。', '', '2025-04-25', NULL, '', ''),
    (21, 'CZJ-2025-000001', 2025, 7, 300, 1, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '宁国市演示建设工程有限公司', '', '', 'business', '郑勇', '郑勇', '13805630121', 'demo-jg@example.com', '宁国市经济技术开发区演示路3号', '242300',
     '2025年政府采购意向汇总', '2025年第二季度市本级政府采购意向汇总表。', '', 'electronic', 'email',
     'replied', '2025-05-12T02:00:00Z', '2025-05-12', '2025-06-10', 'open', '已通过电子邮件提供汇总表。', '', '2025-05-30', NULL, '', ''),
    (22, 'XJJD-2025-000001', 2025, 9, 400, 1, '0000000000000000000000000000000000000000000000000000000000000000', 'in_person',
     'person', '江桂芳', 'resident_id', '341881197000000158', '', '', '', '13805630122', '', '宁国市西津街道演示社区9栋', '242300',
     '社区老旧小区改造方案', '2025年本社区老旧小区改造实施方案。', '', 'paper', 'pickup',
     'replied', '2025-06-09T06:10:00Z', '2025-06-09', '2025-07-07', 'open', '提供改造实施方案纸质件。', '', '2025-06-20', NULL, '', ''),
    (23, 'RSJ-2025-000002', 2025, 12, 200, 2, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '何志明', 'resident_id', '341881197000000169', '', '', '', '13805630123', '', '宁国市南山街道演示路22号', '242300',
     '某企业欠薪案件调查笔录', '某企业欠薪案件的调查询问笔录。', '', 'electronic', 'online',
     'replied', '2025-07-21T01:50:00Z', '2025-07-21', '2025-08-18', 'none_not_held',
     '经检索，本机关没有该信息。', '本机关经检索未制作或获取所申请信息（《条例》第三十六条第（四）项）。', '2025-08-08', NULL, '', ''),
    (24, 'GKZ-2025-000002', 2025, 14, 500, 2, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '宁国市演示茶叶专业合作社', '', '', 'other', '章国华', '章国华', '13805630124', '', '宁国市港口镇演示村', '242321',
     '2025年茶产业扶持资金分配情况', '2025年港口镇茶产业扶持资金的分配情况。', '', 'electronic', 'online',
     'replied', '2025-08-25T01:35:00Z', '2025-08-25', '2025-09-22', 'partial',
     '提供资金分配总体情况；获补助农户的个人信息不予公开。', '获补助农户名单含个人信息，作区分处理（《条例》第三十七条）。', '2025-09-12', NULL, '', ''),
    (25, 'ZF-2025-000002', 2025, 15, 100, 2, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'org', '宁国市演示物流有限公司', '', '', 'business', '沈涛', '沈涛', '13805630125', 'demo-wl@example.com', '宁国市港口镇演示物流园', '242321',
     '港口物流园区规划调整的会议纪要及批复', '港口物流园区规划调整的市政府常务会议纪要及批复文件。', '', 'electronic', 'email',
     'replied', '2025-09-08T02:20:00Z', '2025-09-08', '2025-10-11', 'partial',
     '提供批复文件；会议纪要中与该事项无关的内容不予公开。', '会议纪要其他议题属于内部事务信息，作区分处理（《条例》第十六条第一款、第三十七条）。', '2025-09-26', NULL, '', ''),
    (26, 'CZJ-2025-000002', 2025, 17, 300, 2, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '冯建新', 'resident_id', '341881197000000170', '', '', '', '13805630126', '', '宁国市西津街道演示路88号', '242300',
     '2024年市本级一般公共预算执行情况', '2024年市本级一般公共预算执行情况及决算草案。', '', 'electronic', 'online',
     'replied', '2025-10-20T01:10:00Z', '2025-10-20', '2025-11-17', 'open', '已在平台提供执行情况报告。', '', '2025-11-07', NULL, '', ''),
    (27, 'XJJD-2025-000002', 2025, 20, 400, 2, '0000000000000000000000000000000000000000000000000000000000000000', 'online',
     'person', '江桂芳', 'resident_id', '341881197000000158', '', '', '', '13805630122', '', '宁国市西津街道演示社区9栋', '242300',
     '社区老旧小区改造方案', '2025年本社区老旧小区改造实施方案（再次申请）。', '', 'electronic', 'online',
     'replied', '2025-11-17T02:30:00Z', '2025-11-17', '2025-12-15', 'reject_repeat',
     '本机关已于2025年6月20日就同一内容作出答复，不再重复处理。', '申请人重复申请公开相同政府信息（《条例》第三十六条第（六）项）。', '2025-12-05', NULL, '', '');

-- ---------------------------------------------------------------- timelines
-- demo: each application's events as the staff pages would have recorded them.
INSERT INTO application_events (application_id, at, day, kind, actor, text, days, internal, due_by)
    SELECT id, submitted_at, date(submitted_at, '+8 hours'), 'submitted', 'applicant', '', 0, 0, NULL
    FROM applications WHERE channel = 'online';
INSERT INTO application_events (application_id, at, day, kind, actor, text, days, internal, due_by)
    SELECT id, submitted_at, received_on, 'submitted', 'staff:0',
           CASE channel WHEN 'post' THEN '信函申请，由工作人员登记。' ELSE '当面申请，由工作人员登记。' END, 0, 0, NULL
    FROM applications WHERE channel <> 'online';
INSERT INTO application_events (application_id, at, day, kind, actor, text, days, internal, due_by)
    SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', submitted_at, '+30 minutes'), received_on, 'received', 'staff:0', '', 0, 0, NULL
    FROM applications;
-- The extensions (Art. 33), decided within the first 20 working days.
INSERT INTO application_events (application_id, at, day, kind, actor, text, days, internal, due_by) VALUES
    (5, '2025-01-17T07:00:00Z', '2025-01-17', 'extended', 'staff:0',
     '所需信息需向乡镇核实汇总，经办公室负责人同意延长答复期限。', 20, 0, NULL),
    (17, '2026-01-20T07:00:00Z', '2026-01-20', 'extended', 'staff:0',
     '所需数据跨年度，需待年度结算后汇总，经办公室负责人同意延长答复期限。', 15, 0, NULL);
-- The 补正 that was never answered (Art. 30), and the close after its period.
INSERT INTO application_events (application_id, at, day, kind, actor, text, days, internal, due_by) VALUES
    (12, '2025-08-20T02:00:00Z', '2025-08-20', 'correction_requested', 'staff:0',
     '申请内容不明确：请写明所需文件的名称、文号或者便于查询的其他特征性描述。', 0, 0, '2025-09-03'),
    (12, '2025-09-10T02:00:00Z', '2025-09-10', 'closed', 'staff:0',
     '申请人无正当理由逾期不补正，本机关不再处理该政府信息公开申请。', 0, 0, NULL);
INSERT INTO application_events (application_id, at, day, kind, actor, text, days, internal, due_by) VALUES
    (10, '2025-06-30T01:00:00Z', '2025-06-30', 'withdrawn', 'applicant', '', 0, 0, NULL);
-- The replies, worded as the reply form words them.
INSERT INTO application_events (application_id, at, day, kind, actor, text, days, internal, due_by)
    SELECT a.id, a.replied_on || 'T07:30:00Z', a.replied_on, 'replied', 'staff:0',
           '答复结果：' || CASE a.outcome
               WHEN 'open' THEN '（一）予以公开'
               WHEN 'partial' THEN '（二）部分公开'
               WHEN 'deny_process' THEN '（三）不予公开（属于四类过程性信息）'
               WHEN 'none_not_held' THEN '（四）无法提供（本机关不掌握相关政府信息）'
               WHEN 'none_need_create' THEN '（四）无法提供（没有现成信息需要另行制作）'
               WHEN 'reject_petition' THEN '（五）不予处理（信访举报投诉类申请）'
               WHEN 'reject_repeat' THEN '（五）不予处理（重复申请）' END
           || '。' || CASE WHEN a.reply_reason <> '' THEN '理由和依据：' || a.reply_reason ELSE '' END
           || '送达方式：' || CASE a.delivery WHEN 'post' THEN '邮寄' WHEN 'pickup' THEN '当面领取'
                                         WHEN 'email' THEN '电子邮件' ELSE '网上获取' END || '。'
           || CASE WHEN a.referral_name <> '' THEN '所申请信息不属于本机关负责公开，负责公开该信息的机关：'
                   || a.referral_name || '；联系方式：' || a.referral_contact || '。' ELSE '' END,
           0, 0, NULL
    FROM applications a WHERE a.state = 'replied';

-- ---------------------------------------------------------------- numbering
-- The next application of a year takes the number after these.
INSERT INTO application_counters (year, last_seq) VALUES (2024, 5), (2025, 22);
INSERT INTO agency_application_counters (agency_id, year, last_seq) VALUES
    (1, 2024, 5), (1, 2025, 12), (100, 2025, 2), (200, 2025, 2), (300, 2025, 2), (400, 2025, 2), (500, 2025, 2);

COMMIT;
