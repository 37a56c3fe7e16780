<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them are missing.</source>
        <translation>条目 %1 紧接在条目 %2 之后：二者之间的条目已缺失。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it (removed or reordered entries).</source>
        <translation>条目 %1 与其前一条目不衔接（条目被删除或顺序被调换）。</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation>条目 %1 在写入后被篡改。</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but %2 entries were written: entries at the end are missing.</source>
        <translation>日志止于条目 %1，但共写入过 %2 个条目：末尾的条目已缺失。</translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <source>Cyberspace administration</source>
        <translation>网信部门</translation>
    </message>
    <message>
        <source>Telecommunications authority</source>
        <translation>电信主管部门</translation>
    </message>
    <message>
        <source>Public security</source>
        <translation>公安部门</translation>
    </message>
    <message>
        <source>Market regulation</source>
        <translation>市场监管部门</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot update the reference numbers: %1</source>
        <translation>无法更新编号：%1</translation>
    </message>
    <message>
        <source>Cannot update the id sequences: %1</source>
        <translation>无法更新 ID 序列：%1</translation>
    </message>
    <message>
        <source>Cannot update statistics: %1</source>
        <translation>无法更新统计信息：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the bulk load: %1</source>
        <translation>无法准备批量导入：%1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Online feedback</source>
        <translation>在线反馈</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Written letter</source>
        <translation>书面请求</translation>
    </message>
    <message>
        <source>Phone hotline</source>
        <translation>电话热线</translation>
    </message>
    <message>
        <source>In-product</source>
        <translation>产品内</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Create the database, or bring it up to this version&apos;s schema.</source>
        <translation>创建数据库，或将其升级到本版本的架构。</translation>
    </message>
    <message>
        <source>Add deterministic demo data: people, staff and requests.</source>
        <translation>添加可重现的演示数据：个人信息主体、工作人员和请求。</translation>
    </message>
    <message>
        <source>List requests as the queue shows them, newest first.</source>
        <translation>按请求队列的显示方式列出请求，最新的在前。</translation>
    </message>
    <message>
        <source>Count requests by status and by type.</source>
        <translation>按状态和类型统计请求数量。</translation>
    </message>
    <message>
        <source>PrivacyDesk on the command line: manage the privacy-request database.</source>
        <translation>PrivacyDesk 命令行：管理隐私请求数据库。</translation>
    </message>
    <message>
        <source>Database address: sqlite:///path/file.db or postgresql://user@host:5432/db (password from PGPASSWORD). Default: %1.</source>
        <translation>数据库地址：sqlite:///path/file.db 或 postgresql://user@host:5432/db（密码取自 PGPASSWORD）。默认：%1。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>消息语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>How many requests to create.</source>
        <translation>要创建的请求数量。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>s</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Only these statuses (keys, comma-separated).</source>
        <translation>仅限这些状态（填键名，以逗号分隔）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态键名</translation>
    </message>
    <message>
        <source>Only these request types (keys, comma-separated).</source>
        <translation>仅限这些请求类型（填键名，以逗号分隔）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型键名</translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation>最多显示的行数。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而非表格。</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>使用 --help 查看用法。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--requests must be a whole number from 1 to 10000000, not &quot;%1&quot;.</source>
        <translation>--requests 必须是 1 到 10000000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation>--seed 必须是非负整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation>--limit 必须是 1 到 100000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Known statuses: %2.</source>
        <translation>未知状态“%1”。可用的状态：%2。</translation>
    </message>
    <message>
        <source>Unknown request type &quot;%1&quot;. Known types: %2.</source>
        <translation>未知请求类型“%1”。可用的类型：%2。</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>数据库 %1 已就绪（架构版本 %2）。</translation>
    </message>
    <message>
        <source>Demo data: %1 of %2 requests (%3%)</source>
        <translation>演示数据：%1 / %2 个请求（%3%）</translation>
    </message>
    <message>
        <source>Added %1 demo requests to %2 in %3 s.</source>
        <translation>已向 %2 添加 %1 个演示请求，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation>没有匹配的请求。</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>请求数：%1</translation>
    </message>
    <message>
        <source>By status:</source>
        <translation>按状态：</translation>
    </message>
    <message>
        <source>By type:</source>
        <translation>按类型：</translation>
    </message>
    <message>
        <source>Password for %1 (empty for none): </source>
        <translation>%1 的密码（无密码请直接回车）：</translation>
    </message>
    <message>
        <source>audit verify: check that the audit log&apos;s hash chain is intact.</source>
        <translation>audit verify：检查审计日志的哈希链是否完整。</translation>
    </message>
    <message>
        <source>One of: init, demo, list, stats, audit.</source>
        <translation>可选：init, demo, list, stats, audit。</translation>
    </message>
    <message>
        <source>Use: audit verify</source>
        <translation>用法：audit verify</translation>
    </message>
    <message>
        <source>No command given. Use one of: init, demo, list, stats, audit (--help for details).</source>
        <translation>未指定命令。请使用 init, demo, list, stats, audit 之一（详见 --help）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use one of: init, demo, list, stats, audit.</source>
        <translation>未知命令“%1”。请使用 init, demo, list, stats, audit 之一。</translation>
    </message>
    <message>
        <source>The audit log does NOT verify: first bad entry %1. %2</source>
        <translation>审计日志校验未通过：第一个异常条目为 %1。%2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>审计日志完整：已校验 %n 个条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database file.</source>
        <translation>无法为数据库文件创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The Qt database driver for %1 is not installed.</source>
        <translation>未安装 %1 的 Qt 数据库驱动。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>无法准备数据库 %1：%2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>未知的数据库错误</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database address &quot;%1&quot; needs an absolute file path, such as sqlite:///home/me/privacydesk.db.</source>
        <translation>数据库地址“%1”需要使用绝对文件路径，例如 sqlite:///home/me/privacydesk.db。</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not a valid PostgreSQL address; use postgresql://user@host:5432/database.</source>
        <translation>数据库地址“%1”不是有效的 PostgreSQL 地址；请使用 postgresql://user@host:5432/database。</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; must start with sqlite:// or postgresql://.</source>
        <translation>数据库地址“%1”必须以 sqlite:// 或 postgresql:// 开头。</translation>
    </message>
</context>
<context>
    <name>DeadlineRule</name>
    <message numerus="yes">
        <source>%n working day(s) after receipt</source>
        <translation>
            <numerusform>收到后 %n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Qianchuan Network Technology (Shanghai) Co., Ltd.</source>
        <translation>仟传网络科技（上海）有限公司</translation>
    </message>
    <message>
        <source>Qianyu Network Technology (Shanghai) Co., Ltd.</source>
        <translation>千舆网络科技（上海）有限公司</translation>
    </message>
    <message>
        <source>Both companies</source>
        <translation>两家公司</translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Contact: give at least a phone number, an e-mail address or an account, so that the person can be verified and answered.</source>
        <translation>联系方式：请至少提供电话号码、电子邮箱或账号中的一项，以便验证个人信息主体的身份并予以答复。</translation>
    </message>
    <message>
        <source>Request type: choose at least one.</source>
        <translation>请求类型：请至少选择一项。</translation>
    </message>
    <message>
        <source>Received: enter the date and time the request arrived.</source>
        <translation>接收时间：请输入收到请求的日期和时间。</translation>
    </message>
    <message>
        <source>Received: the time of receipt cannot be in the future.</source>
        <translation>接收时间：收到时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Received: the date is implausibly old.</source>
        <translation>接收时间：日期过于久远，不合常理。</translation>
    </message>
    <message>
        <source>Summary: at most 4000 characters (now %1).</source>
        <translation>摘要：最多 4000 个字符（当前 %1 个）。</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Acknowledgement</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Verification request</source>
        <translation>身份验证通知</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>补充材料通知</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>延期通知</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>办结通知</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒绝通知</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释说明函</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Cannot save the person: %1</source>
        <translation>无法保存个人信息主体：%1</translation>
    </message>
    <message>
        <source>Cannot read person %1: %2</source>
        <translation>无法读取个人信息主体 %1：%2</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>个人信息主体 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot search people: %1</source>
        <translation>无法搜索个人信息主体：%1</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>QueueFilter</name>
    <message>
        <source>Any due date</source>
        <translation>不限到期日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>3 个工作日内到期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <source>Cannot count requests: %1</source>
        <translation>无法统计请求数量：%1</translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation>无法读取请求队列：%1</translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <source>Deceptive or fraudulent</source>
        <translation>存在欺骗性</translation>
    </message>
    <message>
        <source>Impracticable</source>
        <translation>无法实行</translation>
    </message>
    <message>
        <source>Would harm another person&apos;s privacy</source>
        <translation>损害他人隐私权</translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation>身份未验证</translation>
    </message>
    <message>
        <source>A legal retention period has not expired</source>
        <translation>法律法规规定的保存期限未届满</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>重复请求</translation>
    </message>
</context>
<context>
    <name>RequestAction</name>
    <message>
        <source>Start verification</source>
        <translation>开始身份验证</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>身份已验证</translation>
    </message>
    <message>
        <source>Ask the requester for more</source>
        <translation>请申请人补充材料</translation>
    </message>
    <message>
        <source>Requester replied</source>
        <translation>申请人已补充</translation>
    </message>
    <message>
        <source>Propose refusal</source>
        <translation>提议拒绝</translation>
    </message>
    <message>
        <source>Propose deletion</source>
        <translation>提议删除</translation>
    </message>
    <message>
        <source>Propose account cancellation</source>
        <translation>提议注销账号</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Withdrawn by the requester</source>
        <translation>申请人撤回</translation>
    </message>
    <message>
        <source>Identity cannot be verified</source>
        <translation>无法验证身份</translation>
    </message>
    <message>
        <source>Override verification</source>
        <translation>越过身份验证</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>Cannot number the request: %1</source>
        <translation>无法为请求编号：%1</translation>
    </message>
    <message>
        <source>Cannot save request %1: %2</source>
        <translation>无法保存请求 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read request %1: %2</source>
        <translation>无法读取请求 %1：%2</translation>
    </message>
    <message>
        <source>Request %1 does not exist (it may have been deleted).</source>
        <translation>请求 %1 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Cannot record the history: %1</source>
        <translation>无法写入历史记录：%1</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>身份验证中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation>等待申请人补充</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>申请人撤回</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>无法验证身份</translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Access</source>
        <translation>查阅</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正/补充</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>拒绝或限制处理</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <source>Complaint / enquiry</source>
        <translation>投诉/咨询</translation>
    </message>
</context>
<context>
    <name>RequesterKind</name>
    <message>
        <source>The person themselves</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Authorised agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Close relative of a deceased person</source>
        <translation>近亲属（已故者）</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation>合规专员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>合规主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取架构版本：%1</translation>
    </message>
    <message>
        <source>The database&apos;s schema version &quot;%1&quot; is not a number.</source>
        <translation>数据库的架构版本“%1”不是数字。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of PrivacyDesk (schema %1; this program knows up to %2). It has not been changed. Please update PrivacyDesk.</source>
        <translation>此数据库由更新版本的 PrivacyDesk 写入（架构版本 %1；本程序最高支持 %2）。数据库未做任何更改。请更新 PrivacyDesk。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本程序中缺少迁移 %1。</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed and was undone: %2</source>
        <translation>迁移到架构版本 %1 失败，已撤销：%2</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>无法记录架构版本 %1：%2</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>Cannot read the staff list: %1</source>
        <translation>无法读取工作人员名单：%1</translation>
    </message>
    <message>
        <source>Cannot add staff member %1: %2</source>
        <translation>无法添加工作人员 %1：%2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>The transaction is already closed.</source>
        <translation>事务已结束。</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>The connection to the database was lost and could not be restored: %1</source>
        <translation>与数据库的连接已中断，且无法恢复：%1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Phone number: enter a number.</source>
        <translation>电话号码：请输入号码。</translation>
    </message>
    <message>
        <source>Phone number: &quot;%1&quot; cannot be read as a phone number. Use a mainland number such as 138 0013 8000, or an international number starting with + and the country code.</source>
        <translation>电话号码：无法将“%1”识别为电话号码。请使用中国大陆号码（例如 138 0013 8000），或以 + 和国家/地区代码开头的国际号码。</translation>
    </message>
    <message>
        <source>Phone number: &quot;%1&quot; is not a valid number (wrong length or an unassigned prefix).</source>
        <translation>电话号码：“%1”不是有效号码（位数不对或号段未分配）。</translation>
    </message>
    <message>
        <source>E-mail: enter an address.</source>
        <translation>电子邮箱：请输入邮箱地址。</translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not a valid address; it should look like name@example.com.</source>
        <translation>电子邮箱：“%1”不是有效的邮箱地址，格式应类似 name@example.com。</translation>
    </message>
    <message>
        <source>Resident ID number: enter the 18-character number.</source>
        <translation>居民身份证号码：请输入 18 位号码。</translation>
    </message>
    <message>
        <source>Resident ID number: &quot;%1&quot; must be 17 digits followed by a digit or X (18 characters).</source>
        <translation>居民身份证号码：“%1”应为 17 位数字加 1 位数字或 X（共 18 位）。</translation>
    </message>
    <message>
        <source>Resident ID number: &quot;%1&quot; contains an impossible date of birth (%2).</source>
        <translation>居民身份证号码：“%1”中的出生日期（%2）不存在。</translation>
    </message>
    <message>
        <source>Resident ID number: the check character of &quot;%1&quot; is wrong; please re-check the number.</source>
        <translation>居民身份证号码：“%1”的校验码有误，请重新核对号码。</translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name.</source>
        <translation>姓名：请输入个人信息主体的姓名。</translation>
    </message>
    <message>
        <source>Name: at most 200 characters.</source>
        <translation>姓名：最多 200 个字符。</translation>
    </message>
</context>
<context>
    <name>VerificationMethod</name>
    <message>
        <source>Account login match</source>
        <translation>账号登录匹配</translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <source>E-mail code</source>
        <translation>邮箱验证码</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Signed written request</source>
        <translation>签字的书面请求</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Proof of kinship</source>
        <translation>亲属关系证明</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>主管越权批准</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>pd::DemoDataLoader</name>
    <message>
        <source>Loading demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>当前批次完成后取消…</translation>
    </message>
    <message>
        <source>Loading demo data: %L1 of %L2 requests…</source>
        <translation>正在加载演示数据：%L1 / %L2 个请求…</translation>
    </message>
    <message>
        <source>Building the search indexes…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
</context>
<context>
    <name>pd::FilterBar</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due window (open requests only)</source>
        <translation>到期范围（仅限未办结的请求）</translation>
    </message>
    <message>
        <source>Search reference, name, e-mail or phone (Ctrl+F)</source>
        <translation>搜索编号、姓名、电子邮箱或电话号码（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>pd::IntakeDialog</name>
    <message>
        <source>Register a request</source>
        <translation>登记请求</translation>
    </message>
    <message>
        <source>Person (data subject)</source>
        <translation>个人信息主体</translation>
    </message>
    <message>
        <source>Find the person by phone, e-mail, account or resident ID number, or enter a new person below.</source>
        <translation>按电话号码、电子邮箱、账号或居民身份证号码查找个人信息主体，或在下方录入新的个人信息主体。</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000 or name@example.com</source>
        <translation>例如 138 0013 8000 或 name@example.com</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Enter a new person instead</source>
        <translation>改为录入新的个人信息主体</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话号码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Resident &amp;ID number</source>
        <translation>居民身份证号码(&amp;I)</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>所在公司(&amp;Y)</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>函件语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;quester</source>
        <translation>申请人(&amp;Q)</translation>
    </message>
    <message>
        <source>Pr&amp;ocessor</source>
        <translation>个人信息处理者(&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>优先级(&amp;R)</translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation>接收时间(&amp;V)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>Request &amp;types</source>
        <translation>请求类型(&amp;T)</translation>
    </message>
    <message>
        <source>+86 mobile, or + and country code</source>
        <translation>+86 手机号，或 + 加国家/地区代码</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation>个人信息主体的诉求（按其原话记录）</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Enter the person&apos;s details below.</source>
        <translation>没有与“%1”匹配的个人信息主体。请在下方录入其信息。</translation>
    </message>
    <message>
        <source>Requests will be registered for &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>请求将登记在 &lt;b&gt;%1&lt;/b&gt;（%2）名下。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the request can be registered.</source>
        <translation>
            <numerusform>登记请求前还需修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was not saved: %1 Nothing was changed; your input is still here.</source>
        <translation>请求未保存：%1 未做任何更改，您填写的内容仍保留在此。</translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>How many demo requests should be added?</source>
        <translation>要添加多少个演示请求？</translation>
    </message>
    <message>
        <source>About PrivacyDesk</source>
        <translation>关于 PrivacyDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PrivacyDesk %1&lt;/h3&gt;&lt;p&gt;Administers privacy requests under the Personal Information Protection Law: intake, triage, verification and replies within 15 working days.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrivacyDesk %1&lt;/h3&gt;&lt;p&gt;依据《个人信息保护法》办理隐私请求：受理、分派、身份验证，并在 15 个工作日内答复。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo data could not be loaded: %1</source>
        <translation>无法加载演示数据：%1</translation>
    </message>
    <message>
        <source>Added %L1 demo requests.</source>
        <translation>已添加 %L1 个演示请求。</translation>
    </message>
    <message>
        <source>PrivacyDesk — %1</source>
        <translation>PrivacyDesk — %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>请求队列</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近使用的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation>加载演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search requests</source>
        <translation>搜索请求(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PrivacyDesk</source>
        <translation>关于 PrivacyDesk(&amp;A)</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>当前打开的数据库</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <source>This database holds no request yet. Load demo data to try PrivacyDesk out?

Demo data is made up: fake names, numbers and addresses.</source>
        <translation>此数据库中还没有任何请求。要加载演示数据来试用 PrivacyDesk 吗？

演示数据均为虚构：姓名、号码和地址都是假的。</translation>
    </message>
    <message>
        <source>Load 10,000 demo requests</source>
        <translation>加载 10,000 个演示请求</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Database address — sqlite:///path/to/file.db for a file, or postgresql://user@host:5432/database for a shared server:</source>
        <translation>数据库地址——本地文件使用 sqlite:///path/to/file.db，共享服务器使用 postgresql://user@host:5432/database：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Wait for the demo data to finish loading before opening another database.</source>
        <translation>请等演示数据加载完成后再打开其他数据库。</translation>
    </message>
    <message>
        <source>PrivacyDesk</source>
        <translation>PrivacyDesk</translation>
    </message>
    <message>
        <source>Demo data is still loading. Cancel it first, then close the window.</source>
        <translation>演示数据仍在加载。请先取消加载，再关闭窗口。</translation>
    </message>
</context>
<context>
    <name>pd::MultiSelectButton</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RequestDetailPanel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息主体</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所在公司</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>个人信息处理者</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Select a request and press Enter (or double-click it) to see its details here.</source>
        <translation>选择一个请求并按 Enter 键（或双击该请求），即可在此查看详情。</translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>关闭面板（Esc）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>pd::RequestQueueModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>%1 到期（%2）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息主体</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>pd::RequestQueuePage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>已逾期 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 3 working days</source>
        <translation>
            <numerusform>3 个工作日内到期 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue cannot be read: %1
Press F5 to try again.</source>
        <translation>无法读取请求队列：%1
请按 F5 重试。</translation>
    </message>
    <message>
        <source>No requests yet — press Ctrl+N to register one, or load demo data from the File menu.</source>
        <translation>还没有任何请求——按 Ctrl+N 登记一个，或从“文件”菜单加载演示数据。</translation>
    </message>
    <message>
        <source>No request matches these filters. Change them, or press &quot;Clear filters&quot;.</source>
        <translation>没有符合筛选条件的请求。请修改筛选条件，或点击“清除筛选”。</translation>
    </message>
</context>
</TS>
