-- Revision 6: check-in desk: scope rules, visit fields
-- Compatible from: 1
--
-- The check-in desk: the scope pre-check rules (预诊, editable by the roles entitled to them,
-- synced; the defaults are the same rows on every device) and the visit's extra fields.
-- Companions and representatives are identities: sealed like the persons' fields.

CREATE TABLE scope_rules (
            id TEXT PRIMARY KEY,
            category TEXT NOT NULL,
            keywords TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            note TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            hlc INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);

INSERT INTO scope_rules (id, category, keywords, body, position) VALUES ('00000000-0000-7000-8000-00000000sc01', '涉法涉诉', '法院,判决,裁定,诉讼,起诉,上诉,再审,申诉,执行,仲裁,检察院,抗诉', '人民法院、人民检察院', 1);

INSERT INTO scope_rules (id, category, keywords, body, position) VALUES ('00000000-0000-7000-8000-00000000sc02', '征地拆迁', '征地,拆迁,补偿款,安置房,宅基地,土地征收,强拆', '自然资源部门、住房和城乡建设部门', 2);

INSERT INTO scope_rules (id, category, keywords, body, position) VALUES ('00000000-0000-7000-8000-00000000sc03', '劳资纠纷', '工资,欠薪,讨薪,劳动合同,社保,工伤,辞退,加班费', '人力资源和社会保障部门（劳动保障监察机构）', 3);

INSERT INTO scope_rules (id, category, keywords, body, position) VALUES ('00000000-0000-7000-8000-00000000sc04', '治安刑事', '报警,诈骗,盗窃,抢劫,殴打,打架,传销', '公安机关', 4);

INSERT INTO scope_rules (id, category, keywords, body, position) VALUES ('00000000-0000-7000-8000-00000000sc05', '民事纠纷', '离婚,继承,借款,欠款,邻里纠纷,婚姻', '人民调解委员会、司法所或人民法院', 5);

INSERT INTO scope_rules (id, category, keywords, body, position) VALUES ('00000000-0000-7000-8000-00000000sc06', '消费投诉', '消费,商品质量,退款,假冒伪劣,物业费', '市场监督管理部门（12315）', 6);

ALTER TABLE visits ADD COLUMN representatives_enc BLOB;

ALTER TABLE visits ADD COLUMN companions_enc BLOB;

ALTER TABLE visits ADD COLUMN referred_to TEXT;

ALTER TABLE visits ADD COLUMN recording_sha256 TEXT;

ALTER TABLE visits ADD COLUMN created_by TEXT;

CREATE INDEX visits_report ON visits(report_id) WHERE report_id IS NOT NULL;
