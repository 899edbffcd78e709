-- Revision 7: typed views of the central store for reporting tools (schema `reporting`)
--
-- Expand only: a service of revision 6 keeps working (it neither reads nor writes these).
-- The service keeps every synced row as JSON in qf.rows; an office's IT or a statistics tool
-- wants columns with types. These views give them: one row per report, reported person
-- (被反映人), history event and attached file, typed as the workstation's own tables are
-- (resources/schema/sqlite), deleted rows left out, with the office's and category's names.
--
-- Every view is security_invoker: qf.rows' row-level security is applied to whoever queries,
-- exactly as to the sync service acting for that user. A user's database role (qf_u_<login>,
-- made by `qingfeng-syncd admin add-user`) sees its own office's rows and the reference rows,
-- restricted reports only when its role may see them. A tool logs in as a role of its own that
-- becomes the user's role at sign-in (see the README, "Reading the central store with SQL").
--
-- No identity is in them: reporters' and visitors' identities are in qf.identities (sealed on
-- the workstations anyway) and are not joined; the report's link to its reporter
-- (reporter_id) and its free text (content and the five facts, which letters often sign) are
-- left out. The schema `reporting` is made by `admin init` (owned by qingfeng_owner).

-- The value of a JSON field as the workstation's INTEGER column: NULL when it is not a whole number.
CREATE FUNCTION reporting.as_int(v text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE WHEN v ~ '^-?[0-9]{1,18}$' THEN v::bigint END $$;

-- A 0/1 flag of the workstation (or a JSON true/false) as a boolean; NULL when it is neither.
CREATE FUNCTION reporting.as_flag(v text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE WHEN v = 'true' THEN true WHEN v = 'false' THEN false
                        WHEN v ~ '^-?[0-9]{1,18}$' THEN v::bigint <> 0 END $$;

-- An ISO 8601 date-time of the workstation (UTC with Z, as it writes them) as a timestamptz;
-- NULL when the text is not one, so one malformed value never fails a whole query.
CREATE FUNCTION reporting.as_time(v text) RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT CASE WHEN v ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?$'
                        THEN v::timestamptz END $$;

CREATE VIEW reporting.reports WITH (security_invoker = true) AS
            SELECT r.id AS report_id,
                   r.data->>'reg_no' AS reg_no,
                   r.office AS office_id,
                   o.data->>'code' AS office_code,
                   o.data->>'name' AS office_name,
                   r.data->>'channel' AS channel,
                   reporting.as_time(r.data->>'received_at') AS received_at,
                   (reporting.as_time(r.data->>'received_at') AT TIME ZONE 'Asia/Shanghai')::date AS received_on,
                   r.data->>'status' AS status,
                   reporting.as_time(r.data->>'status_at') AS status_at,
                   r.data->>'category_id' AS category_id,
                   c.data->>'code' AS category_code,
                   c.data->>'name' AS category_name,
                   r.data->>'triage_class' AS triage_class,
                   coalesce(reporting.as_flag(r.data->>'anonymous'), false) AS anonymous,
                   r.restricted AS restricted,
                   coalesce(reporting.as_flag(r.data->>'principal_leader'), false) AS principal_leader,
                   coalesce(reporting.as_flag(r.data->>'supervised'), false) AS supervised,
                   coalesce(reporting.as_flag(r.data->>'needs_correction'), false) AS needs_correction,
                   r.data->>'region' AS region,
                   r.data->>'handling_org_id' AS handling_office_id,
                   h.data->>'name' AS handling_office_name,
                   r.data->>'handler_id' AS handler_id,
                   u.data->>'name' AS handler_name,
                   r.data->>'dispatch_kind' AS dispatch_kind,
                   r.data->>'referred_to' AS referred_to,
                   r.data->>'outcome' AS outcome,
                   reporting.as_flag(r.data->>'substantiated') AS substantiated,
                   reporting.as_flag(r.data->>'satisfied') AS satisfied,
                   reporting.as_int(r.data->>'verifiability')::int AS verifiability,
                   reporting.as_int(r.data->>'typicality')::int AS typicality,
                   reporting.as_int(r.data->>'timeliness')::int AS timeliness,
                   r.data->>'repeat_of' AS repeat_of,
                   coalesce(reporting.as_flag(r.data->>'repeat_new_facts'), false) AS repeat_new_facts,
                   reporting.as_time(r.data->>'signed_at') AS signed_at,
                   reporting.as_time(r.data->>'accepted_at') AS accepted_at,
                   reporting.as_time(r.data->>'triaged_at') AS triaged_at,
                   reporting.as_time(r.data->>'evidence_requested_at') AS evidence_requested_at,
                   reporting.as_time(r.data->>'evidence_received_at') AS evidence_received_at,
                   reporting.as_time(r.data->>'dispatched_at') AS dispatched_at,
                   reporting.as_time(r.data->>'concluded_at') AS concluded_at,
                   reporting.as_time(r.data->>'reviewed_at') AS reviewed_at,
                   reporting.as_time(r.data->>'acceptance_notice_at') AS acceptance_notice_at,
                   reporting.as_time(r.data->>'result_feedback_at') AS result_feedback_at,
                   r.data->>'created_by' AS created_by,
                   reporting.as_time(r.data->>'created_at') AS created_at,
                   r.seq AS change_seq
            FROM qf.rows r
            LEFT JOIN qf.rows o ON o.tbl = 'organisations' AND o.id = r.office
            LEFT JOIN qf.rows c ON c.tbl = 'categories' AND c.id = r.data->>'category_id'
            LEFT JOIN qf.rows h ON h.tbl = 'organisations' AND h.id = r.data->>'handling_org_id'
            LEFT JOIN qf.rows u ON u.tbl = 'users' AND u.id = r.data->>'handler_id'
            WHERE r.tbl = 'reports' AND NOT r.deleted;

COMMENT ON VIEW reporting.reports IS '举报件（信访举报登记）：每件一行，不含已删除件、举报人身份和来信正文。One row per report of the offices the querying role may see (row-level security of qf.rows applies); no deleted report, no identity, no free text.';

COMMENT ON COLUMN reporting.reports.report_id IS '举报件标识（UUIDv7）。The report''s id (UUIDv7), as on every workstation.';

COMMENT ON COLUMN reporting.reports.reg_no IS '登记编号，全省唯一。The registration number, unique across offices.';

COMMENT ON COLUMN reporting.reports.office_id IS '所属机构标识（纪委监委、乡镇纪委或派驻机构）。The office the report belongs to (qf.rows.office).';

COMMENT ON COLUMN reporting.reports.office_code IS '所属机构代码，如 QH-JW。The office''s code, as given to qingfeng-syncd admin add-user --office.';

COMMENT ON COLUMN reporting.reports.office_name IS '所属机构名称。The office''s name.';

COMMENT ON COLUMN reporting.reports.channel IS '来源渠道：letter 来信、visit 来访、phone 电话、online 网络、forwarded 转来、handed_over 移交。How the report came in.';

COMMENT ON COLUMN reporting.reports.received_at IS '收到时间。When it was received.';

COMMENT ON COLUMN reporting.reports.received_on IS '收到日期（北京时间）。The day it was received, in China Standard Time: the day statistics count it on.';

COMMENT ON COLUMN reporting.reports.status IS '办理状态（案件状态机的代码，如 registered 已登记、accepted 已受理、triaged 已分类处置、dispatched 已交办、handling 办理中、concluded 已办结、reviewed 已审核）。The stage of the case (the state machine''s code).';

COMMENT ON COLUMN reporting.reports.status_at IS '进入当前状态的时间。When the report reached its stage.';

COMMENT ON COLUMN reporting.reports.category_id IS '问题分类标识。The category''s id.';

COMMENT ON COLUMN reporting.reports.category_code IS '问题分类代码。The category''s code.';

COMMENT ON COLUMN reporting.reports.category_name IS '问题分类名称。The category''s name.';

COMMENT ON COLUMN reporting.reports.triage_class IS '分类处置类别 A/B/C（未分类为空）。The triage class A, B or C; NULL before triage.';

COMMENT ON COLUMN reporting.reports.anonymous IS '是否匿名举报。Whether the report is anonymous.';

COMMENT ON COLUMN reporting.reports.restricted IS '是否限制知悉范围（只有有权角色可见）。Whether the report is restricted (seen only by the roles entitled).';

COMMENT ON COLUMN reporting.reports.principal_leader IS '是否反映“一把手”。Whether it concerns a principal leader (一把手).';

COMMENT ON COLUMN reporting.reports.supervised IS '是否督办件。Whether the case is supervised (督办).';

COMMENT ON COLUMN reporting.reports.needs_correction IS '是否待更正。Whether the registration awaits a correction.';

COMMENT ON COLUMN reporting.reports.region IS '所涉地区。The region it concerns.';

COMMENT ON COLUMN reporting.reports.handling_office_id IS '承办机构标识。The office handling it.';

COMMENT ON COLUMN reporting.reports.handling_office_name IS '承办机构名称。The name of the office handling it.';

COMMENT ON COLUMN reporting.reports.handler_id IS '承办人标识。The officer handling it (a user''s id).';

COMMENT ON COLUMN reporting.reports.handler_name IS '承办人姓名。The handling officer''s name.';

COMMENT ON COLUMN reporting.reports.dispatch_kind IS '处置方式（如交办、转办、函询）。How it was dispatched.';

COMMENT ON COLUMN reporting.reports.referred_to IS '转往单位。Where it was referred to.';

COMMENT ON COLUMN reporting.reports.outcome IS '办理结果代码。The outcome''s code.';

COMMENT ON COLUMN reporting.reports.substantiated IS '反映问题是否属实（未办结为空）。Whether the matters reported were substantiated; NULL until concluded.';

COMMENT ON COLUMN reporting.reports.satisfied IS '举报人是否满意（未反馈为空）。Whether the reporter was satisfied; NULL until asked.';

COMMENT ON COLUMN reporting.reports.verifiability IS '可查性评分（1-5）。The verifiability score of triage (1-5).';

COMMENT ON COLUMN reporting.reports.typicality IS '典型性评分（1-5）。The typicality score of triage (1-5).';

COMMENT ON COLUMN reporting.reports.timeliness IS '时效性评分（1-5）。The timeliness score of triage (1-5).';

COMMENT ON COLUMN reporting.reports.repeat_of IS '重复举报所重复的举报件标识。The report this one repeats, when it is a repeat.';

COMMENT ON COLUMN reporting.reports.repeat_new_facts IS '重复举报是否有新情况。Whether a repeat brings new facts.';

COMMENT ON COLUMN reporting.reports.signed_at IS '批办签字时间。When the handling was signed off.';

COMMENT ON COLUMN reporting.reports.accepted_at IS '受理时间（受理时限从收到时间按工作日计算，由工作站计算，不在此存储）。When it was accepted. Deadlines count working days from received_at; the workstations compute them from the official calendar, the store keeps the stage times only.';

COMMENT ON COLUMN reporting.reports.triaged_at IS '分类处置时间。When it was triaged.';

COMMENT ON COLUMN reporting.reports.evidence_requested_at IS '通知补充材料时间。When further evidence was asked for.';

COMMENT ON COLUMN reporting.reports.evidence_received_at IS '收到补充材料时间。When the evidence arrived.';

COMMENT ON COLUMN reporting.reports.dispatched_at IS '交办时间。When it was dispatched.';

COMMENT ON COLUMN reporting.reports.concluded_at IS '办结时间。When it was concluded.';

COMMENT ON COLUMN reporting.reports.reviewed_at IS '审核时间。When the conclusion was reviewed.';

COMMENT ON COLUMN reporting.reports.acceptance_notice_at IS '告知受理时间。When the reporter was told it was accepted.';

COMMENT ON COLUMN reporting.reports.result_feedback_at IS '反馈结果时间。When the result was fed back to the reporter.';

COMMENT ON COLUMN reporting.reports.created_by IS '登记人（用户标识）。Who registered it (a user''s id).';

COMMENT ON COLUMN reporting.reports.created_at IS '登记时间。When it was registered.';

COMMENT ON COLUMN reporting.reports.change_seq IS '最后一次变更在变更日志中的序号：增量抽取时取大于上次最大值的行。The position of its last change in the change log: an incremental extract takes the rows above the last one it saw.';

CREATE VIEW reporting.subjects WITH (security_invoker = true) AS
            SELECT s.id AS subject_id,
                   s.data->>'report_id' AS report_id,
                   s.office AS office_id,
                   s.data->>'name' AS name,
                   s.data->>'unit' AS unit,
                   s.data->>'rank' AS rank,
                   s.data->>'position' AS position,
                   coalesce(reporting.as_flag(s.data->>'principal_leader'), false) AS principal_leader,
                   s.seq AS change_seq
            FROM qf.rows s
            JOIN qf.rows r ON r.tbl = 'reports' AND r.id = s.data->>'report_id' AND NOT r.deleted
            WHERE s.tbl = 'subjects' AND NOT s.deleted;

COMMENT ON VIEW reporting.subjects IS '被反映人：每件举报的每名被反映人一行（公职人员，非举报人）。The reported persons (被反映人, public officials, never reporters): one row per person per report, of reports not deleted.';

COMMENT ON COLUMN reporting.subjects.subject_id IS '被反映人记录标识。The row''s id.';

COMMENT ON COLUMN reporting.subjects.report_id IS '所属举报件，对应 reporting.reports.report_id。The report (reporting.reports.report_id).';

COMMENT ON COLUMN reporting.subjects.office_id IS '所属机构标识（同举报件）。The report''s office.';

COMMENT ON COLUMN reporting.subjects.name IS '姓名。The name.';

COMMENT ON COLUMN reporting.subjects.unit IS '工作单位。The unit the person works in.';

COMMENT ON COLUMN reporting.subjects.rank IS '职级（如科级、处级）。The rank.';

COMMENT ON COLUMN reporting.subjects.position IS '职务。The position held.';

COMMENT ON COLUMN reporting.subjects.principal_leader IS '是否“一把手”。Whether the person is a principal leader (一把手).';

COMMENT ON COLUMN reporting.subjects.change_seq IS '最后一次变更在变更日志中的序号。The position of its last change in the change log.';

CREATE VIEW reporting.events WITH (security_invoker = true) AS
            SELECT e.id AS event_id,
                   e.data->>'report_id' AS report_id,
                   e.office AS office_id,
                   reporting.as_time(e.data->>'at') AS at,
                   e.data->>'kind' AS kind,
                   e.data->>'author_id' AS author_id,
                   a.data->>'name' AS author_name,
                   e.data->>'source' AS source,
                   CASE WHEN e.data->>'payload' IS NULL THEN '{}'::jsonb
                        WHEN (e.data->>'payload') ~ '^\s*\{' THEN (e.data->>'payload')::jsonb
                        ELSE jsonb_build_object('text', e.data->>'payload') END AS payload,
                   e.seq AS change_seq
            FROM qf.rows e
            JOIN qf.rows r ON r.tbl = 'reports' AND r.id = e.data->>'report_id' AND NOT r.deleted
            LEFT JOIN qf.rows a ON a.tbl = 'users' AND a.id = e.data->>'author_id'
            WHERE e.tbl = 'events' AND NOT e.deleted;

COMMENT ON VIEW reporting.events IS '办理过程记录：每件举报的历史事件，只增不改。The history of each report (appended, never changed), of reports not deleted.';

COMMENT ON COLUMN reporting.events.event_id IS '事件标识。The event''s id.';

COMMENT ON COLUMN reporting.events.report_id IS '所属举报件。The report (reporting.reports.report_id).';

COMMENT ON COLUMN reporting.events.office_id IS '所属机构标识。The report''s office.';

COMMENT ON COLUMN reporting.events.at IS '发生时间。When it happened.';

COMMENT ON COLUMN reporting.events.kind IS '事件类型代码（如 registered 登记、field_changed 修改、repeat_confirmed 确认重复、satisfaction 满意度）。The kind of event.';

COMMENT ON COLUMN reporting.events.author_id IS '操作人（用户标识）。Who did it (a user''s id).';

COMMENT ON COLUMN reporting.events.author_name IS '操作人姓名。Who did it, by name.';

COMMENT ON COLUMN reporting.events.source IS '来源（工作站或导入）。Where the event came from.';

COMMENT ON COLUMN reporting.events.payload IS '事件详情（JSON，只有代码和标志，不含身份信息）。The event''s details as JSON: codes and flags, no identity.';

COMMENT ON COLUMN reporting.events.change_seq IS '在变更日志中的序号。The position of the event in the change log.';

CREATE VIEW reporting.attachments WITH (security_invoker = true) AS
            SELECT a.id AS attachment_id,
                   a.data->>'report_id' AS report_id,
                   a.office AS office_id,
                   a.data->>'sha256' AS sha256,
                   a.data->>'file_name' AS file_name,
                   a.data->>'kind' AS kind,
                   b.size AS size_bytes,
                   b.mime AS mime,
                   coalesce(b.complete, false) AS on_server,
                   reporting.as_time(a.data->>'added_at') AS added_at,
                   a.data->>'added_by' AS added_by,
                   a.seq AS change_seq
            FROM qf.rows a
            JOIN qf.rows r ON r.tbl = 'reports' AND r.id = a.data->>'report_id' AND NOT r.deleted
            LEFT JOIN qf.blobs b ON b.office = a.office AND b.sha256 = a.data->>'sha256'
            WHERE a.tbl = 'report_attachments' AND NOT a.deleted;

COMMENT ON VIEW reporting.attachments IS '附件：每件举报所附的每个文件一行（只有文件信息，不含内容）。The files attached to each report, one row each: what the file is, never its content.';

COMMENT ON COLUMN reporting.attachments.attachment_id IS '附件记录标识。The row''s id.';

COMMENT ON COLUMN reporting.attachments.report_id IS '所属举报件。The report (reporting.reports.report_id).';

COMMENT ON COLUMN reporting.attachments.office_id IS '所属机构标识。The report''s office.';

COMMENT ON COLUMN reporting.attachments.sha256 IS '文件内容的 SHA-256。The SHA-256 of the file''s content (files are kept once per office by it).';

COMMENT ON COLUMN reporting.attachments.file_name IS '文件名。The file''s name.';

COMMENT ON COLUMN reporting.attachments.kind IS '附件类别（如扫描件、录音、出具文书）。What the file is (a scan, a recording, an issued document...).';

COMMENT ON COLUMN reporting.attachments.size_bytes IS '文件大小（字节；文件尚未上传时为空）。The file''s size in bytes; NULL until a workstation has uploaded it.';

COMMENT ON COLUMN reporting.attachments.mime IS '文件类型（MIME）。The file''s MIME type.';

COMMENT ON COLUMN reporting.attachments.on_server IS '文件是否已完整上传到中心库。Whether the whole file has reached the central store.';

COMMENT ON COLUMN reporting.attachments.added_at IS '添加时间。When it was attached.';

COMMENT ON COLUMN reporting.attachments.added_by IS '添加人（用户标识）。Who attached it (a user''s id).';

COMMENT ON COLUMN reporting.attachments.change_seq IS '最后一次变更在变更日志中的序号。The position of its last change in the change log.';

REVOKE ALL ON ALL TABLES IN SCHEMA reporting FROM PUBLIC;

GRANT USAGE ON SCHEMA reporting TO qingfeng_user;

GRANT SELECT ON reporting.reports, reporting.subjects, reporting.events, reporting.attachments TO qingfeng_user;
