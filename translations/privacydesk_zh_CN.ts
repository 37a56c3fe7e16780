<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPackage</name>
    <message>
        <source>The package was cancelled; no file was written.</source>
        <translation>资料包已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation>无法写入 %1：%2（磁盘是否已满？）</translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation>无法读回 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>The checkpoint of %1 (entry %2) does not carry a valid signature: the file was altered.</source>
        <translation>%1 的检查点（条目 %2）签名无效：该文件已被改动。</translation>
    </message>
    <message>
        <source>Entries were removed: the checkpoint of %1 was signed over %2 entries up to entry %3, and the log now holds %4 up to entry %5.</source>
        <translation>有条目被删除：%1 的检查点签署时共有 %2 个条目（至条目 %3），而日志现在只有 %4 个条目（至条目 %5）。</translation>
    </message>
    <message>
        <source>Entry %1, signed in the checkpoint of %2, is missing.</source>
        <translation>%2 的检查点所签署的条目 %1 已不存在。</translation>
    </message>
    <message>
        <source>The chain was rebuilt: entry %1 no longer has the hash signed in the checkpoint of %2, so it or an entry before it was changed and the hashes recomputed.</source>
        <translation>哈希链已被重建：条目 %1 的哈希与 %2 的检查点所签署的不一致，说明该条目或其之前的条目被修改并重新计算了哈希。</translation>
    </message>
    <message>
        <source>Entry %1 was added after the checkpoint of %2 but is dated before it: a forged entry.</source>
        <translation>条目 %1 在 %2 的检查点之后写入，时间却早于该检查点：这是伪造的条目。</translation>
    </message>
    <message>
        <source>This is not a file of PrivacyDesk audit checkpoints.</source>
        <translation>这不是 PrivacyDesk 审计检查点文件。</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit checkpoint: the signing key file (created at first use, mode 0600; default PRIVACYDESK_AUDIT_KEY).</source>
        <translation>audit checkpoint：签名密钥文件（首次使用时创建，权限 0600；默认取 PRIVACYDESK_AUDIT_KEY）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>audit verify: also check the log against the signed checkpoints in this file.</source>
        <translation>audit verify：同时按此文件中已签名的检查点核对日志。</translation>
    </message>
    <message>
        <source>The audit log does NOT verify: first bad entry %1. %2</source>
        <translation>审计日志校验未通过：第一个有问题的条目为 %1。%2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>审计日志完整：已校验 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No checkpoint in %1 carries a valid signature.</source>
        <translation>%1 中没有签名有效的检查点。</translation>
    </message>
    <message>
        <source>The audit log does NOT agree with its signed checkpoints.</source>
        <translation>审计日志与已签名的检查点不一致。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log agrees with %n signed checkpoint(s); the newest covers %1 entries, %2 written since.</source>
        <translation>
            <numerusform>审计日志与 %n 个已签名检查点一致；最新的检查点覆盖 %1 个条目，此后又写入 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>audit checkpoint needs the signing key: --key FILE (or PRIVACYDESK_AUDIT_KEY). Keep it outside the database, readable by you only.</source>
        <translation>audit checkpoint 需要签名密钥：--key 文件（或 PRIVACYDESK_AUDIT_KEY）。请将其保存在数据库之外，仅限本人可读。</translation>
    </message>
    <message>
        <source>Checkpoint signed: %1 entries up to entry %2 (hash %3), key %4.</source>
        <translation>检查点已签署：共 %1 个条目，至条目 %2（哈希 %3），密钥 %4。</translation>
    </message>
    <message>
        <source>audit checkpoints needs --out FILE: where to keep the signed checkpoints, away from the database.</source>
        <translation>audit checkpoints 需要 --out 文件：已签名检查点的保存位置，应与数据库分开存放。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个已签名检查点写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDesk</name>
    <message>
        <source>Audit filter: at most %1 characters (now %2).</source>
        <translation>审计筛选：最多 %1 个字符（当前 %2 个）。</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息主体</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>个人信息处理者</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Person no.</source>
        <translation>个人信息主体编号</translation>
    </message>
    <message>
        <source>Verification no.</source>
        <translation>验证记录编号</translation>
    </message>
    <message>
        <source>First request no.</source>
        <translation>首个请求编号</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation>请求队列</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>函件编号</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>与所有人共享</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Look-ups</source>
        <translation>查询语句</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Failed look-ups</source>
        <translation>失败的查询</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>已显示明文</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>接收方类型</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>合法性基础</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Source no.</source>
        <translation>数据源编号</translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Found afterwards</source>
        <translation>事后查得</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>法定保留</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>写入语句</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查得</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>法定保留</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>处理目的</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
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
    <message>
        <source>The verification was cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Request registered</source>
        <translation>已登记请求</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Field edited</source>
        <translation>已修改字段</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>已添加备注</translation>
    </message>
    <message>
        <source>Correspondence recorded</source>
        <translation>已记录往来沟通</translation>
    </message>
    <message>
        <source>Escalation recorded</source>
        <translation>已记录上报</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>已延长期限</translation>
    </message>
    <message>
        <source>Verification policy changed</source>
        <translation>已修改身份验证策略</translation>
    </message>
    <message>
        <source>Identifiers matched</source>
        <translation>已比对身份标识</translation>
    </message>
    <message>
        <source>Verification recorded</source>
        <translation>已记录身份验证</translation>
    </message>
    <message>
        <source>Verification overridden</source>
        <translation>已越过身份验证</translation>
    </message>
    <message>
        <source>One-time code sent</source>
        <translation>已发送一次性验证码</translation>
    </message>
    <message>
        <source>One-time code checked</source>
        <translation>已核对一次性验证码</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>已添加证明材料</translation>
    </message>
    <message>
        <source>Evidence opened</source>
        <translation>已查看证明材料</translation>
    </message>
    <message>
        <source>Letter generated</source>
        <translation>已生成函件</translation>
    </message>
    <message>
        <source>Letter opened</source>
        <translation>已查看函件</translation>
    </message>
    <message>
        <source>Export created</source>
        <translation>已创建导出文件</translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation>已删除数据</translation>
    </message>
    <message>
        <source>Data anonymised</source>
        <translation>已匿名化数据</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Staff account created</source>
        <translation>已创建工作人员账号</translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation>已修改工作人员账号</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>已修改密码</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息主体</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>登录会话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Verification policy</source>
        <translation>身份验证策略</translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation>修改密码失败</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>已重置密码</translation>
    </message>
    <message>
        <source>Staff account deactivated</source>
        <translation>已停用工作人员账号</translation>
    </message>
    <message>
        <source>Staff account reactivated</source>
        <translation>已重新启用工作人员账号</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>已更改角色</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>已加载演示数据</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号已锁定</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>账号已解锁</translation>
    </message>
    <message>
        <source>Personal details viewed</source>
        <translation>已查看个人信息详情</translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation>已显示个人信息</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>会话已锁定</translation>
    </message>
    <message>
        <source>Letter saved to a file</source>
        <translation>函件已另存为文件</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>函件已打印</translation>
    </message>
    <message>
        <source>List exported</source>
        <translation>清单已导出</translation>
    </message>
    <message>
        <source>Requests imported</source>
        <translation>请求已导入</translation>
    </message>
    <message>
        <source>Linked as a duplicate</source>
        <translation>已关联为重复请求</translation>
    </message>
    <message>
        <source>View saved</source>
        <translation>视图已保存</translation>
    </message>
    <message>
        <source>View deleted</source>
        <translation>视图已删除</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <source>Verification reminder written</source>
        <translation>已撰写验证提醒函</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>已保存视图</translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation>团队设置</translation>
    </message>
    <message>
        <source>Proposed for closing as unverifiable</source>
        <translation>建议以无法验证身份结案</translation>
    </message>
    <message>
        <source>Data held about the person viewed</source>
        <translation>查看了所持有的个人信息</translation>
    </message>
    <message>
        <source>Data held about the person revealed</source>
        <translation>显示了所持有的个人信息明文</translation>
    </message>
    <message>
        <source>Data source added</source>
        <translation>已添加数据源</translation>
    </message>
    <message>
        <source>Data source changed</source>
        <translation>已修改数据源</translation>
    </message>
    <message>
        <source>Data source removed</source>
        <translation>已删除数据源</translation>
    </message>
    <message>
        <source>Data source look-up tested</source>
        <translation>已测试数据源查询</translation>
    </message>
    <message>
        <source>Data inventory changed</source>
        <translation>已修改数据清单</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>已登记披露</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>已登记同意</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation>数据清单</translation>
    </message>
    <message>
        <source>Data package created</source>
        <translation>已生成个人信息资料包</translation>
    </message>
    <message>
        <source>Erasure carried out at a source</source>
        <translation>已在数据源执行删除</translation>
    </message>
    <message>
        <source>Erasure proven by the look-ups</source>
        <translation>删除已经查询复核</translation>
    </message>
    <message>
        <source>Legal hold ended, held records deleted</source>
        <translation>法定保留期满，保留记录已删除</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>Cannot count audit entries: %1</source>
        <translation>无法统计审计日志条目：%1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>密码学库（libsodium）无法启动。</translation>
    </message>
    <message>
        <source>Cannot create the audit signing key %1: %2</source>
        <translation>无法创建审计签名密钥 %1：%2</translation>
    </message>
    <message>
        <source>The audit signing key %1 can be read by others; make it readable by its owner only (chmod 600) and use it again.</source>
        <translation>审计签名密钥 %1 可被他人读取；请将其设为仅所有者可读（chmod 600）后再使用。</translation>
    </message>
    <message>
        <source>Cannot read the audit signing key %1: %2</source>
        <translation>无法读取审计签名密钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PrivacyDesk audit signing key.</source>
        <translation>%1 不是 PrivacyDesk 审计签名密钥。</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Username: enter a username.</source>
        <translation>用户名：请输入用户名。</translation>
    </message>
    <message>
        <source>Username: use 2 to %1 characters.</source>
        <translation>用户名：长度应为 2 到 %1 个字符。</translation>
    </message>
    <message>
        <source>Username: use only the letters a–z, the digits 0–9 and . _ -, starting with a letter (e.g. wang.fang).</source>
        <translation>用户名：只能使用字母 a–z、数字 0–9 及 . _ -，且须以字母开头（例如 wang.fang）。</translation>
    </message>
    <message>
        <source>Display name: enter the name colleagues know this person by.</source>
        <translation>显示名称：请输入同事平时对此人的称呼。</translation>
    </message>
    <message>
        <source>Display name: use at most %1 characters.</source>
        <translation>显示名称：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation>密码：至少 %1 个字符。</translation>
    </message>
    <message>
        <source>Password: use at most %1 characters.</source>
        <translation>密码：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码哈希库。</translation>
    </message>
    <message>
        <source>The password could not be protected: not enough memory.</source>
        <translation>无法对密码进行加密保护：内存不足。</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator to reactivate it.</source>
        <translation>此账号已停用。请联系系统管理员重新启用。</translation>
    </message>
    <message>
        <source>This account has an unknown role (%1). Ask an administrator to correct it.</source>
        <translation>此账号的角色未知（%1）。请联系系统管理员更正。</translation>
    </message>
    <message>
        <source>The database has no administrator yet: the first account must be an administrator.</source>
        <translation>数据库中还没有系统管理员：第一个账号必须是系统管理员。</translation>
    </message>
    <message>
        <source>Sign in as an administrator to add staff accounts.</source>
        <translation>请以系统管理员身份登录后再添加工作人员账号。</translation>
    </message>
    <message>
        <source>Username: %1 is already taken; choose another.</source>
        <translation>用户名：%1 已被占用，请另选一个。</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed sign-ins in a row, until %2. Try again then, or ask an administrator to unlock it.</source>
        <translation>此账号因连续 %1 次登录失败已被锁定，直到 %2。请届时再试，或请系统管理员解锁。</translation>
    </message>
    <message>
        <source>Password: it must not contain the username.</source>
        <translation>密码：不得包含用户名。</translation>
    </message>
    <message>
        <source>Password: this is one of the passwords people choose most often, which attackers try first. Choose another, for example a few unrelated words.</source>
        <translation>密码：这是最常被使用的密码之一，攻击者会最先尝试。请另选一个，例如几个互不相关的词语。</translation>
    </message>
    <message>
        <source>Password: use more than three different characters.</source>
        <translation>密码：请使用三个以上不同的字符。</translation>
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
    <message>
        <source>Cannot write: the bulk load has not begun.</source>
        <translation>无法写入：批量加载尚未开始。</translation>
    </message>
    <message>
        <source>Someone else wrote to the audit log during the load. Nothing was loaded, so that the chain stays intact; try again.</source>
        <translation>加载期间有其他人写入了审计日志。为保持哈希链完整，本次未加载任何数据；请重试。</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Cannot listen for changes: the connection to the database is closed.</source>
        <translation>无法监听变更：与数据库的连接已关闭。</translation>
    </message>
    <message>
        <source>Cannot listen for changes: %1</source>
        <translation>无法监听变更：%1</translation>
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
    <name>CheckpointRepository</name>
    <message>
        <source>Cannot read the audit checkpoints: %1</source>
        <translation>无法读取审计检查点：%1</translation>
    </message>
    <message>
        <source>Cannot record the audit checkpoint: %1</source>
        <translation>无法记录审计检查点：%1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Create the database, or bring it up to this version's schema.</source>
        <translation>创建数据库，或将其升级到本版本的架构。</translation>
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
        <source>--requests must be a whole number from 1 to 10000000, not "%1".</source>
        <translation>--requests 必须是 1 到 10000000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not "%1".</source>
        <translation>--seed 必须是非负整数，而不是“%1”。</translation>
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
        <source>Password for %1 (empty for none): </source>
        <translation>%1 的密码（无密码请直接回车）：</translation>
    </message>
    <message>
        <source>policy show | policy set: the identity verification policy per request type.</source>
        <translation>policy show | policy set：按请求类型设定的身份验证策略。</translation>
    </message>
    <message>
        <source>Add deterministic demo data: demo staff, people and requests (administrators).</source>
        <translation>添加确定性的演示数据：演示工作人员、个人信息主体和请求（限系统管理员）。</translation>
    </message>
    <message>
        <source>show REF: one request and its person as the detail panel shows them.</source>
        <translation>show 编号：按详情面板的显示方式列出一个请求及其个人信息主体。</translation>
    </message>
    <message>
        <source>user add | list | passwd | deactivate | activate | role | unlock: staff accounts.</source>
        <translation>user add | list | passwd | deactivate | activate | role | unlock：工作人员账号。</translation>
    </message>
    <message>
        <source>server init: prepare a PostgreSQL server for PrivacyDesk with a least-privilege role.</source>
        <translation>server init：为 PrivacyDesk 准备 PostgreSQL 服务器，并创建最小权限角色。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>This command reads or changes the data: sign in with --user NAME (password from PRIVACYDESK_PASSWORD or a prompt).</source>
        <translation>此命令会读取或更改数据：请使用 --user 用户名 登录（密码取自 PRIVACYDESK_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>An administrator set the password of %1: choose your own first, with: user passwd %1 --user %1</source>
        <translation>%1 的密码由系统管理员设置：请先设置您自己的密码：user passwd %1 --user %1</translation>
    </message>
    <message>
        <source>Database address: sqlite:///path/file.db or postgresql://user@host:5432/db (password from PGPASSWORD or a prompt). Default: %1.</source>
        <translation>数据库地址：sqlite:///path/file.db 或 postgresql://user@host:5432/db（密码取自 PGPASSWORD 或提示输入）。默认：%1。</translation>
    </message>
    <message>
        <source>Sign in as this member of staff (password from PRIVACYDESK_PASSWORD or a prompt). Needed by every command that reads or changes the data.</source>
        <translation>以此工作人员身份登录（密码取自 PRIVACYDESK_PASSWORD 或提示输入）。所有读取或更改数据的命令都需要登录。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>可选值：%1。</translation>
    </message>
    <message>
        <source>No command given. Use one of: %1 (--help for details).</source>
        <translation>未指定命令。可用命令：%1（详见 --help）。</translation>
    </message>
    <message>
        <source>Unknown command "%1". Use one of: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
    <message>
        <source>import FILE.csv: register the requests of a CSV file, all or none.</source>
        <translation>import FILE.csv：登记 CSV 文件中的请求，要么全部登记，要么全不登记。</translation>
    </message>
    <message>
        <source>assign REF USER: assign a request (none: unassign).</source>
        <translation>assign REF USER：分配请求（none：取消分配）。</translation>
    </message>
    <message>
        <source>priority REF LEVEL: set a request's priority.</source>
        <translation>priority REF LEVEL：设置请求的优先级。</translation>
    </message>
    <message>
        <source>act REF ACTION: take a workflow step (start_verification, approve, complete ...).</source>
        <translation>act REF ACTION：执行一个流程步骤（start_verification、approve、complete 等）。</translation>
    </message>
    <message>
        <source>note REF TEXT: add an internal note.</source>
        <translation>note REF TEXT：添加内部备注。</translation>
    </message>
    <message>
        <source>correspond REF in|out SUMMARY: record correspondence with the requester.</source>
        <translation>correspond REF in|out SUMMARY：记录与请求人的往来沟通。</translation>
    </message>
    <message>
        <source>check REF METHOD passed|failed: record an identity verification check.</source>
        <translation>check REF METHOD passed|failed：记录一项身份验证核验。</translation>
    </message>
    <message>
        <source>letter REF KIND: write a letter (and save its PDF with --out).</source>
        <translation>letter REF KIND：撰写函件（可用 --out 保存其 PDF）。</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.csv or FILE.xlsx.</source>
        <translation>audit export 需要 --out FILE.csv 或 FILE.xlsx。</translation>
    </message>
    <message>
        <source>reminders run | show | set: verification reminders and closing proposals.</source>
        <translation>reminders run | show | set：身份验证提醒与结案建议。</translation>
    </message>
    <message>
        <source>sources list | add | test | remove: the systems that hold people's data.</source>
        <translation>sources list | add | test | remove：持有个人信息的系统。</translation>
    </message>
    <message>
        <source>person find TEXT | person show TEXT: everything held about a person.</source>
        <translation>person find 文本 | person show 文本：所持有的某人的全部信息。</translation>
    </message>
    <message>
        <source>export REF --out FILE.zip [--encrypt]: the access, copy or portability package.</source>
        <translation>export 编号 --out 文件.zip [--encrypt]：查阅、复制或转移请求的资料包。</translation>
    </message>
    <message>
        <source>audit verify [--checkpoints FILE]: check that the audit log's hash chain is intact (and agrees with signed checkpoints kept elsewhere); audit checkpoint --key FILE: sign its head; audit checkpoints --out FILE: write the signed heads to a file.</source>
        <translation>audit verify [--checkpoints 文件]：检查审计日志的哈希链是否完整（以及是否与另行保存的已签名检查点一致）；audit checkpoint --key 文件：签署链头；audit checkpoints --out 文件：将已签名的链头写入文件。</translation>
    </message>
    <message>
        <source>Use: audit verify [--checkpoints FILE], audit checkpoint [--key FILE], audit checkpoints --out FILE, or audit export --out FILE.csv|FILE.xlsx</source>
        <translation>用法：audit verify [--checkpoints 文件]、audit checkpoint [--key 文件]、audit checkpoints --out 文件，或 audit export --out 文件.csv|文件.xlsx</translation>
    </message>
    <message>
        <source>erase REF [--dry-run] [--json]: carry out an approved deletion or account cancellation at the sources (the dry run changes nothing).</source>
        <translation>erase 编号 [--dry-run] [--json]：在各数据源执行已批准的删除或注销账号（试运行不作任何更改）。</translation>
    </message>
    <message>
        <source>holds [--due] [--json] | holds run: the legal holds kept back from deletions; end those that are due.</source>
        <translation>holds [--due] [--json] | holds run：删除时依法保留的记录；结束已到期的保留。</translation>
    </message>
    <message>
        <source>withdraw REF --purpose KEY | --opt-out: record consent withdrawn on a consent withdrawal request (the marketing opt-out in one).</source>
        <translation>withdraw 编号 --purpose 目的 | --opt-out：在撤回同意请求上记录撤回的同意（--opt-out 一步完成营销退订）。</translation>
    </message>
</context>
<context>
    <name>ConsentChannels</name>
    <message>
        <source>web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <source>SMS opt-out (退订)</source>
        <translation>短信退订</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawal</name>
    <message>
        <source>Choose at least one purpose whose consent is withdrawn.</source>
        <translation>请至少选择一个撤回同意的处理目的。</translation>
    </message>
    <message>
        <source>The inventory has no purpose "%1".</source>
        <translation>数据清单中没有处理目的“%1”。</translation>
    </message>
    <message>
        <source>"%1" is not based on consent, so there is no consent to withdraw; a restriction request stops such processing instead.</source>
        <translation>“%1”并非基于同意，因此无同意可撤回；此类处理应通过拒绝或限制处理请求停止。</translation>
    </message>
    <message>
        <source>Channel: say how the requester withdrew their consent.</source>
        <translation>渠道：请说明申请人以何种方式撤回同意。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1 is not UTF-8 text. If the file was saved as GBK, choose that encoding.</source>
        <translation>第 %1 行不是 UTF-8 文本。如果文件以 GBK 保存，请选择该编码。</translation>
    </message>
    <message>
        <source>This computer's Qt cannot read GBK text.</source>
        <translation>本机的 Qt 无法读取 GBK 文本。</translation>
    </message>
    <message>
        <source>Line %1 is not GBK text either. Check the file's encoding.</source>
        <translation>第 %1 行也不是 GBK 文本。请检查文件的编码。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>文件超过 %1 行。</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters.</source>
        <translation>第 %1 行：有字段超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a " is missing).</source>
        <translation>第 %1 行：带引号的字段没有结束（缺少一个 "）。</translation>
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
        <source>the connection to the database is closed</source>
        <translation>与数据库的连接已关闭</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database address "%1" needs an absolute file path, such as sqlite:///home/me/privacydesk.db.</source>
        <translation>数据库地址“%1”需要使用绝对文件路径，例如 sqlite:///home/me/privacydesk.db。</translation>
    </message>
    <message>
        <source>The database address "%1" is not a valid PostgreSQL address; use postgresql://user@host:5432/database.</source>
        <translation>数据库地址“%1”不是有效的 PostgreSQL 地址；请使用 postgresql://user@host:5432/database。</translation>
    </message>
    <message>
        <source>The database address "%1" must start with sqlite:// or postgresql://.</source>
        <translation>数据库地址“%1”必须以 sqlite:// 或 postgresql:// 开头。</translation>
    </message>
    <message>
        <source>The database address "%1" has an unknown option "%2"; only sslmode is understood.</source>
        <translation>数据库地址“%1”含有未知选项“%2”；仅支持 sslmode。</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not "%2".</source>
        <translation>sslmode 必须是 %1 之一，而不是“%2”。</translation>
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
    <name>DemoBulkSink</name>
    <message>
        <source>The demo plan is out of step: person %1 was planned as %2.</source>
        <translation>演示数据计划不同步：个人 %1 原计划编号为 %2。</translation>
    </message>
    <message>
        <source>The demo plan has a step for request %1, which is not open.</source>
        <translation>演示数据计划中有针对请求 %1 的步骤，但该请求未在处理中。</translation>
    </message>
    <message>
        <source>The demo plan ends request %1 twice.</source>
        <translation>演示数据计划两次结束了请求 %1。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data: sign in as an administrator to load it (only a database without any staff account takes it without a sign-in).</source>
        <translation>演示数据：请以系统管理员身份登录后加载（只有没有任何工作人员账号的数据库可以不登录直接加载）。</translation>
    </message>
    <message numerus="yes">
        <source>Demo data is only loaded into a database that holds no requests but demo ones: this one holds %n real request(s). Open an empty database for demo data.</source>
        <translation>
            <numerusform>演示数据只能加载到除演示请求外不含任何请求的数据库中：此数据库含有 %n 个真实请求。请打开一个空数据库来加载演示数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoPlatform</name>
    <message>
        <source>Demo platform</source>
        <translation>演示平台</translation>
    </message>
    <message>
        <source>The demo platform %1: %2: %3</source>
        <translation>演示平台 %1：%2：%3</translation>
    </message>
    <message>
        <source>cannot open it</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>cannot create its tables</source>
        <translation>无法创建数据表</translation>
    </message>
    <message>
        <source>cannot begin writing</source>
        <translation>无法开始写入</translation>
    </message>
    <message>
        <source>cannot prepare its statements</source>
        <translation>无法准备语句</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <source>The demo platform was not written: cancelled.</source>
        <translation>演示平台未写入：已取消。</translation>
    </message>
    <message>
        <source>cannot finish writing</source>
        <translation>无法完成写入</translation>
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
    <name>EraseCommand</name>
    <message>
        <source>%1 · %2: found %3</source>
        <translation>%1 · %2：查得 %3 条</translation>
    </message>
    <message>
        <source>, %1 anonymised</source>
        <translation>，已匿名化 %1 条</translation>
    </message>
    <message>
        <source>, %1 deleted</source>
        <translation>，已删除 %1 条</translation>
    </message>
    <message>
        <source>, %1 kept: %2</source>
        <translation>，保留 %1 条：%2</translation>
    </message>
    <message>
        <source> [done]</source>
        <translation> [已完成]</translation>
    </message>
    <message>
        <source> [found afterwards: %1]</source>
        <translation> [事后查得：%1]</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>erase: show per source and category what would be deleted, anonymised or kept; change nothing.</source>
        <translation>erase：按数据源和类别显示将删除、匿名化或保留的内容，不作任何更改。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>holds: only those whose end has come.</source>
        <translation>holds：仅显示已到期的保留。</translation>
    </message>
    <message>
        <source>Use: erase REF [--dry-run] [--json] --user NAME</source>
        <translation>用法：erase 编号 [--dry-run] [--json] --user 用户名</translation>
    </message>
    <message>
        <source>Use: holds [--due] [--json] --user NAME, or holds run --user NAME</source>
        <translation>用法：holds [--due] [--json] --user 用户名，或 holds run --user 用户名</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: held until %4</source>
        <translation>%1 · %2 · %3：保留至 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n legal hold(s).</source>
        <translation>
            <numerusform>共 %n 项法定保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3: hold ended, %n row(s) deleted</source>
        <translation>
            <numerusform>%1 · %2 · %3：保留已结束，删除 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) ended.</source>
        <translation>
            <numerusform>已结束 %n 项保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ended: %1</source>
        <translation>未结束：%1</translation>
    </message>
    <message>
        <source>%1: carried out already.</source>
        <translation>%1：已执行过。</translation>
    </message>
    <message>
        <source>Nothing was changed: the dry run could not ask every source.</source>
        <translation>未作任何更改：试运行未能查询所有数据源。</translation>
    </message>
    <message>
        <source>%1: not finished; run erase again to carry on with the rest.</source>
        <translation>%1：尚未完成；再次运行 erase 以继续处理其余数据源。</translation>
    </message>
    <message>
        <source>%1: carried out at every source and proven by the look-ups.</source>
        <translation>%1：已在所有数据源执行，并经查询复核。</translation>
    </message>
    <message>
        <source>withdraw: a purpose whose consent is withdrawn (an inventory key); repeat for each.</source>
        <translation>withdraw：撤回同意的处理目的（数据清单中的键）；每个重复一次。</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>withdraw: the marketing opt-out (退订), the same as --purpose marketing.</source>
        <translation>withdraw：营销退订，等同于 --purpose marketing。</translation>
    </message>
    <message>
        <source>withdraw: how the requester withdrew it (default: the request's channel).</source>
        <translation>withdraw：申请人撤回的方式（默认为请求的渠道）。</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Use: withdraw REF --purpose KEY [--purpose KEY…] | --opt-out [--channel CHANNEL] --user NAME</source>
        <translation>用法：withdraw 编号 --purpose 目的 [--purpose 目的…] | --opt-out [--channel 渠道] --user 用户名</translation>
    </message>
    <message>
        <source>%1: consent withdrawn for %2.</source>
        <translation>%1：已撤回对 %2 的同意。</translation>
    </message>
</context>
<context>
    <name>ErasureRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot read the approvals</source>
        <translation>无法读取审批记录</translation>
    </message>
    <message>
        <source>Cannot read what the deletion did</source>
        <translation>无法读取删除的执行情况</translation>
    </message>
    <message>
        <source>Cannot record what the deletion did</source>
        <translation>无法记录删除的执行情况</translation>
    </message>
    <message>
        <source>Cannot record what the look-up found afterwards</source>
        <translation>无法记录事后查询的结果</translation>
    </message>
    <message>
        <source>Cannot record the deletion as carried out</source>
        <translation>无法将删除记录为已执行</translation>
    </message>
    <message>
        <source>Cannot read whether the deletion was carried out</source>
        <translation>无法读取删除是否已执行</translation>
    </message>
    <message>
        <source>Cannot read the erasures</source>
        <translation>无法读取删除记录</translation>
    </message>
    <message>
        <source>Cannot record the legal hold</source>
        <translation>无法记录法定保留</translation>
    </message>
    <message>
        <source>Cannot read the legal holds</source>
        <translation>无法读取法定保留</translation>
    </message>
    <message>
        <source>Cannot record the hold as ended</source>
        <translation>无法将保留记录为已结束</translation>
    </message>
    <message>
        <source>The legal hold was ended meanwhile by someone else.</source>
        <translation>该法定保留已被他人结束。</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Kept, restricted, until %1 (a legal retention duty).</source>
        <translation>限制处理并保留至 %1（法定保存义务）。</translation>
    </message>
    <message>
        <source>The look-up for %1 at %2: %3</source>
        <translation>%2 中 %1 的查询：%3</translation>
    </message>
    <message>
        <source>The "%1" statement for %2 at %3: %4</source>
        <translation>%3 中 %2 的“%1”语句：%4</translation>
    </message>
    <message>
        <source>%1 at %2 was not in the dry run you read; run the dry run again before carrying it out.</source>
        <translation>%2 中的 %1 不在您查看的试运行结果中；请先重新试运行，再执行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Kept, restricted, until %1 — %2</source>
        <translation>限制处理并保留至 %1——%2</translation>
    </message>
    <message>
        <source>Kept, restricted, until %1: the account is what finds the records a legal hold keeps; it is deleted with them.</source>
        <translation>限制处理并保留至 %1：依法保留的记录需通过该账号查找，届时一并删除。</translation>
    </message>
    <message>
        <source>%1 has no delete or anonymise statement for this category: an administrator adds one (Settings ▸ Data sources) before the deletion can be completed.</source>
        <translation>%1 没有该类别的删除或匿名化语句：须由系统管理员添加（设置 ▸ 数据源）后才能完成删除。</translation>
    </message>
    <message>
        <source>The statement reaches %1 of the %2 rows the look-up finds: an administrator corrects it before the deletion can be completed.</source>
        <translation>该语句只处理了查询所得 %2 条中的 %1 条：须由系统管理员更正后才能完成删除。</translation>
    </message>
    <message>
        <source>%1: the look-up afterwards failed: %2</source>
        <translation>%1：事后查询失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n row(s) remain</source>
        <translation>
            <numerusform>%1，%2：仍有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The look-ups still find records the deletion should have removed, so it is not complete: %1.</source>
        <translation>查询仍能查到本应删除的记录，删除尚未完成：%1。</translation>
    </message>
    <message>
        <source>The deletion of %1 was carried out already.</source>
        <translation>%1 的删除已执行过。</translation>
    </message>
    <message>
        <source>Run the dry run first: it shows what will be deleted, anonymised and kept.</source>
        <translation>请先试运行：它会显示将删除、匿名化和保留的内容。</translation>
    </message>
    <message>
        <source>The dry run shows records that would be kept without a legal reason; they have to be dealt with first (see the lines marked in the dry run).</source>
        <translation>试运行显示有记录将在无法定理由的情况下被保留，须先处理（见试运行中标出的行）。</translation>
    </message>
    <message>
        <source>The changes at %1 were made, but recording them failed: %2. Run it again: the statements find nothing more to change.</source>
        <translation>已在 %1 完成更改，但记录失败：%2。请再次执行：语句不会再更改任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>the source is no longer registered</source>
        <translation>该数据源已不再登记</translation>
    </message>
    <message>
        <source>no delete or anonymise statement</source>
        <translation>没有删除或匿名化语句</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>Evidence: the file has no name.</source>
        <translation>证明材料：文件没有名称。</translation>
    </message>
    <message>
        <source>Evidence "%1": say what the file shows.</source>
        <translation>证明材料“%1”：请说明该文件的内容。</translation>
    </message>
    <message>
        <source>Evidence "%1" is larger than 20 MB (%2 bytes); scan it at a lower resolution or split it.</source>
        <translation>证明材料“%1”超过 20 MB（%2 字节）；请以较低分辨率重新扫描，或拆分为多个文件。</translation>
    </message>
    <message>
        <source>Evidence "%1" is not a PNG, JPEG or PDF file (judged by its content, not its name).</source>
        <translation>证明材料“%1”不是 PNG、JPEG 或 PDF 文件（依据文件内容而非文件名判断）。</translation>
    </message>
</context>
<context>
    <name>ExportDesk</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Action key</source>
        <translation>操作代码</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
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
    <name>HoldingsReader</name>
    <message>
        <source>The look-up was cancelled.</source>
        <translation>查询已取消。</translation>
    </message>
</context>
<context>
    <name>IdentifierMatch</name>
    <message>
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Matches the records</source>
        <translation>与记录一致</translation>
    </message>
    <message>
        <source>Does not match the records</source>
        <translation>与记录不一致</translation>
    </message>
    <message>
        <source>Not on record</source>
        <translation>记录中无此项</translation>
    </message>
</context>
<context>
    <name>IdentifierMatcher</name>
    <message>
        <source>Identifiers: give at least one of phone number, e-mail, resident ID number or unified social credit code to compare with the records.</source>
        <translation>身份标识：请至少提供电话号码、电子邮箱、居民身份证号码或统一社会信用代码中的一项，以便与记录比对。</translation>
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
        <source>%1: at most %2 characters (now %3).</source>
        <translation>%1：最多 %2 个字符（当前 %3 个）。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Find: at most %1 characters (now %2).</source>
        <translation>查找：最多 %1 个字符（当前 %2 个）。</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>The inventory is not valid JSON (at character %1: %2).</source>
        <translation>数据清单不是有效的 JSON（第 %1 个字符：%2）。</translation>
    </message>
    <message>
        <source>Purpose %1 of the inventory needs a key and a label in both languages.</source>
        <translation>数据清单中的第 %1 个目的需要键名和中英文名称。</translation>
    </message>
    <message>
        <source>The inventory lists the purpose "%1" twice.</source>
        <translation>数据清单中目的“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Recipient %1 of the inventory needs a key and a label in both languages.</source>
        <translation>数据清单中的第 %1 个接收方需要键名和中英文名称。</translation>
    </message>
    <message>
        <source>The inventory lists the recipient "%1" twice.</source>
        <translation>数据清单中接收方“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The inventory names an unknown category "%1"; the policy's categories are: %2.</source>
        <translation>数据清单中有未知类别“%1”；隐私政策的类别为：%2。</translation>
    </message>
    <message>
        <source>The inventory lists the category "%1" twice.</source>
        <translation>数据清单中类别“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Category "%1" needs its name, legal basis and retention rule in both languages.</source>
        <translation>类别“%1”需要中英文的名称、合法性基础和保存期限规则。</translation>
    </message>
    <message>
        <source>Category "%1": the retention must not be shorter than the legal minimum (%2 months).</source>
        <translation>类别“%1”：保存期限不得短于法定最短期限（%2 个月）。</translation>
    </message>
    <message>
        <source>Category "%1": a deletion must either delete or anonymise it, not "%2".</source>
        <translation>类别“%1”：删除时只能删除或匿名化，不能是“%2”。</translation>
    </message>
    <message>
        <source>Category "%1", field %2: a key and a label in both languages are needed.</source>
        <translation>类别“%1”的第 %2 个字段：需要键名和中英文名称。</translation>
    </message>
    <message>
        <source>Category "%1" lists the field "%2" twice.</source>
        <translation>类别“%1”中字段“%2”出现了两次。</translation>
    </message>
    <message>
        <source>Category "%1" has no fields.</source>
        <translation>类别“%1”没有字段。</translation>
    </message>
    <message>
        <source>Category "%1" names the purpose "%2", which the inventory does not list.</source>
        <translation>类别“%1”引用了目的“%2”，但数据清单中没有该目的。</translation>
    </message>
    <message>
        <source>Category "%1" names the recipient "%2", which the inventory does not list.</source>
        <translation>类别“%1”引用了接收方“%2”，但数据清单中没有该接收方。</translation>
    </message>
    <message>
        <source>The inventory lacks the category "%1".</source>
        <translation>数据清单缺少类别“%1”。</translation>
    </message>
    <message>
        <source>Category "%1", field "%2": a key is the column name the look-ups return: lower-case letters, digits and _, beginning with a letter.</source>
        <translation>类别“%1”，字段“%2”：字段键是查询语句返回的列名，只能由小写字母、数字和 _ 组成，并以字母开头。</translation>
    </message>
    <message>
        <source>Category "%1" names no purpose: personal information is processed only for a stated purpose (PIPL Art. 6).</source>
        <translation>类别“%1”未列明处理目的：处理个人信息应当具有明确的目的（个人信息保护法第六条）。</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No password is stored for this database.</source>
        <translation>此数据库没有已保存的密码。</translation>
    </message>
    <message>
        <source>%1: this computer has no system keychain (%2).</source>
        <translation>%1：此计算机没有系统钥匙串（%2）。</translation>
    </message>
    <message>
        <source>%1: the system keychain refused access (%2).</source>
        <translation>%1：系统钥匙串拒绝访问（%2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串没有响应。</translation>
    </message>
    <message>
        <source>Cannot read the stored password</source>
        <translation>无法读取已保存的密码</translation>
    </message>
    <message>
        <source>Cannot store the password</source>
        <translation>无法保存密码</translation>
    </message>
    <message>
        <source>Cannot remove the stored password</source>
        <translation>无法删除已保存的密码</translation>
    </message>
</context>
<context>
    <name>LetterDesk</name>
    <message>
        <source>No data source is registered, so nothing was searched. Register the systems that hold personal data (Settings ▸ Data sources) before stating that none is held.</source>
        <translation>尚未登记任何数据源，因此未进行任何查询。请先登记保存个人信息的系统（设置 ▸ 数据源），再告知未持有信息。</translation>
    </message>
    <message>
        <source>The letter must say what is held, and these could not be read: %1. Try again when the source is reachable, or correct its look-up (Settings ▸ Data sources).</source>
        <translation>函件须说明所持有的信息，但以下内容无法读取：%1。请在数据源可访问时重试，或修正其查询语句（设置 ▸ 数据源）。</translation>
    </message>
    <message>
        <source>Personal information about %1 is held (%2 items in the sources, %3 disclosures, %4 consent records): deliver a data package instead of a "No data held" letter.</source>
        <translation>%1 的申请人有个人信息被持有（数据源中 %2 条、对外提供记录 %3 条、同意记录 %4 条）：请提供资料包，而不是“未持有信息”告知函。</translation>
    </message>
</context>
<context>
    <name>LetterInventory</name>
    <message>
        <source>items held about you:</source>
        <translation>持有的您的信息条数：</translation>
    </message>
    <message>
        <source>What</source>
        <translation>包含哪些信息</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>共享对象</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>不对外提供</translation>
    </message>
    <message>
        <source>Until %1, restricted: %2</source>
        <translation>限制处理至 %1：%2</translation>
    </message>
    <message>
        <source>needed to find the records kept by law; deleted with them</source>
        <translation>用于查找依法保留的记录，届时一并删除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Why kept, and until when</source>
        <translation>保留理由及期限</translation>
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
    <message>
        <source>No data held</source>
        <translation>未持有信息告知</translation>
    </message>
</context>
<context>
    <name>LetterLanguage</name>
    <message>
        <source>The Chinese texts for letters cannot be loaded (privacydesk_zh_CN.qm is missing).</source>
        <translation>无法加载函件的中文文本（缺少 privacydesk_zh_CN.qm）。</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>Letters can only be printed by a program with a graphical platform (for a command line, start it with -platform offscreen).</source>
        <translation>只有在具备图形平台的程序中才能打印函件（在命令行中请以 -platform offscreen 启动）。</translation>
    </message>
    <message>
        <source>The letter cannot be printed to PDF.</source>
        <translation>无法将函件打印为 PDF。</translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>Cannot save the letter: %1</source>
        <translation>无法保存函件：%1</translation>
    </message>
    <message>
        <source>Cannot read the letters: %1</source>
        <translation>无法读取函件：%1</translation>
    </message>
    <message>
        <source>Cannot read letter %1: %2</source>
        <translation>无法读取函件 %1：%2</translation>
    </message>
    <message>
        <source>Letter %1 does not exist.</source>
        <translation>函件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>A refusal must state its reasons (PIPL Art. 50): choose at least one reason and write an explanation for the requester.</source>
        <translation>拒绝必须说明理由（《个人信息保护法》第五十条）：请至少选择一项理由，并为申请人撰写说明。</translation>
    </message>
    <message>
        <source>An extension notice needs a new due date after the current one (%1).</source>
        <translation>延期通知须给出晚于当前到期日（%1）的新到期日。</translation>
    </message>
    <message>
        <source>An extension notice must give the reason for the extension.</source>
        <translation>延期通知必须说明延期理由。</translation>
    </message>
    <message>
        <source>A verification request must say what the requester has to provide: choose a method or list the documents.</source>
        <translation>身份验证通知必须写明申请人需要提供的内容：请选择验证方式或列出所需文件。</translation>
    </message>
    <message>
        <source>A request for information must list what the requester has to provide.</source>
        <translation>补充材料通知必须列出申请人需要提供的内容。</translation>
    </message>
    <message>
        <source>Letter %1 no longer matches the fingerprint it was stored with: it has been altered.</source>
        <translation>函件 %1 与保存时记录的指纹不再一致：已被篡改。</translation>
    </message>
    <message>
        <source>A "no data held" letter names the sources that were searched; none were.</source>
        <translation>“未持有信息”告知函须列明已查询的数据源，但未查询任何数据源。</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>The letter template %1 (%2) is missing.</source>
        <translation>缺少函件模板 %1（%2）。</translation>
    </message>
    <message>
        <source>The letter template %1 (%2) uses fields that do not exist: %3</source>
        <translation>函件模板 %1（%2）使用了不存在的字段：%3</translation>
    </message>
</context>
<context>
    <name>LinkRepository</name>
    <message>
        <source>Cannot link the requests: %1</source>
        <translation>无法关联这些申请：%1</translation>
    </message>
    <message>
        <source>Cannot read the linked requests: %1</source>
        <translation>无法读取关联的申请：%1</translation>
    </message>
    <message>
        <source>Cannot look for open requests of this person: %1</source>
        <translation>无法查找此人未结的申请：%1</translation>
    </message>
</context>
<context>
    <name>LookupStatement</name>
    <message>
        <source>A comment (/* … */) is not closed.</source>
        <translation>注释（/* … */）没有结束。</translation>
    </message>
    <message>
        <source>A text in quotes ('…') is not closed.</source>
        <translation>引号中的文本（'…'）没有结束。</translation>
    </message>
    <message>
        <source>A quoted name ("…") is not closed.</source>
        <translation>带引号的名称（"…"）没有结束。</translation>
    </message>
    <message>
        <source>A dollar-quoted text (%1 … %1) is not closed.</source>
        <translation>美元符号引用的文本（%1 … %1）没有结束。</translation>
    </message>
    <message>
        <source>The look-up is empty: write one SELECT statement.</source>
        <translation>查询语句为空：请写一条 SELECT 语句。</translation>
    </message>
    <message>
        <source>The look-up holds more than one statement: write exactly one SELECT.</source>
        <translation>查询中有多条语句：只能写一条 SELECT。</translation>
    </message>
    <message>
        <source>A look-up must be a SELECT statement (it begins with "%1").</source>
        <translation>查询必须是 SELECT 语句（当前以“%1”开头）。</translation>
    </message>
    <message>
        <source>A look-up may only read: "%1" is not allowed in it.</source>
        <translation>查询只能读取数据：其中不允许出现“%1”。</translation>
    </message>
    <message>
        <source>A look-up may not call the server's own functions ("%1").</source>
        <translation>查询不得调用服务器的系统函数（“%1”）。</translation>
    </message>
    <message>
        <source>Bind the person's identifiers by name (%1), not with ? or $1.</source>
        <translation>请按名称绑定个人的标识（%1），不要使用 ? 或 $1。</translation>
    </message>
    <message>
        <source>The look-up binds ":%1", which is not one of the person's identifiers (%2).</source>
        <translation>查询绑定了“:%1”，它不是个人的标识之一（%2）。</translation>
    </message>
    <message>
        <source>The look-up binds none of the person's identifiers (%1), so it would return everyone's records.</source>
        <translation>查询没有绑定任何个人标识（%1），会返回所有人的记录。</translation>
    </message>
    <message>
        <source>"%1" is not an action a source can carry out (%2).</source>
        <translation>“%1”不是数据源可执行的操作（%2）。</translation>
    </message>
    <message>
        <source>The statement is empty: write one UPDATE or DELETE statement.</source>
        <translation>语句为空：请写一条 UPDATE 或 DELETE 语句。</translation>
    </message>
    <message>
        <source>The statement holds more than one statement: write exactly one UPDATE or DELETE.</source>
        <translation>语句包含多条语句：请只写一条 UPDATE 或 DELETE。</translation>
    </message>
    <message>
        <source>The "%1" statement must be one %2 statement (it begins with "%3").</source>
        <translation>“%1”语句必须是一条 %2 语句（当前以“%3”开头）。</translation>
    </message>
    <message>
        <source>The "%1" statement may hold only one %2.</source>
        <translation>“%1”语句只能包含一个 %2。</translation>
    </message>
    <message>
        <source>The "%1" statement may change only what it is for: "%2" is not allowed in it.</source>
        <translation>“%1”语句只能更改其用途范围内的内容：其中不允许出现“%2”。</translation>
    </message>
    <message>
        <source>The "%1" statement must SET what it changes.</source>
        <translation>“%1”语句必须用 SET 指明更改的内容。</translation>
    </message>
    <message>
        <source>The "%1" statement has no WHERE: it would change everyone's records.</source>
        <translation>“%1”语句没有 WHERE：会更改所有人的记录。</translation>
    </message>
    <message>
        <source>The correction statement must bind the corrected value as :value.</source>
        <translation>更正语句必须以 :value 绑定更正后的值。</translation>
    </message>
    <message>
        <source>The "%1" statement binds none of the person's identifiers (%2), so it would change everyone's records.</source>
        <translation>“%1”语句未绑定任何个人标识（%2），会更改所有人的记录。</translation>
    </message>
</context>
<context>
    <name>OneTimeCodeHash</name>
    <message>
        <source>Cannot make a one-time code: the cryptography library did not start.</source>
        <translation>无法生成一次性验证码：加密库未能启动。</translation>
    </message>
</context>
<context>
    <name>PackageDesk</name>
    <message>
        <source>The package was cancelled; no file was written.</source>
        <translation>资料包已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>PackageRepository</name>
    <message>
        <source>Cannot record the package: %1</source>
        <translation>无法登记资料包：%1</translation>
    </message>
    <message>
        <source>Cannot read the packages: %1</source>
        <translation>无法读取资料包记录：%1</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The count is missing.</source>
        <translation>缺少计数结果。</translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>No person matches "%1" (phone, e-mail, account, ID number or name).</source>
        <translation>没有与“%1”匹配的人（手机号、邮箱、账号、身份证号或姓名）。</translation>
    </message>
    <message numerus="yes">
        <source>%n people match "%1"; give a phone, e-mail, account or ID number:</source>
        <translation>
            <numerusform>有 %n 人与“%1”匹配；请给出手机号、邮箱、账号或身份证号：</numerusform>
        </translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>未能读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>sources add: the source's address (sqlite:///… or postgresql://user@host:port/db).</source>
        <translation>sources add：数据源的地址（sqlite:///… 或 postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>sources add: a category's look-up, as CATEGORY=SELECT …; repeat for each category.</source>
        <translation>sources add：某一类别的查询，写作 类别=SELECT …；每个类别重复一次。</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>sources add: a JSON file of {"category": "SELECT …"}.</source>
        <translation>sources add：内容为 {"类别": "SELECT …"} 的 JSON 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>sources test: the person to look up (phone, e-mail, account or ID number).</source>
        <translation>sources test：要查询的人（手机号、邮箱、账号或身份证号）。</translation>
    </message>
    <message>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>person show: show identifiers unmasked (audited).</source>
        <translation>person show：显示未脱敏的标识（记入审计日志）。</translation>
    </message>
    <message>
        <source>person show: rows shown per category (default 5).</source>
        <translation>person show：每个类别显示的行数（默认 5）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>sources add NAME needs --url and at least one --lookup CATEGORY=SQL (or --lookups FILE.json).</source>
        <translation>sources add 名称 需要 --url 以及至少一个 --lookup 类别=SQL（或 --lookups 文件.json）。</translation>
    </message>
    <message>
        <source>sources test NAME needs --person PHONE|E-MAIL|ACCOUNT|ID.</source>
        <translation>sources test 名称 需要 --person 手机号|邮箱|账号|身份证号。</translation>
    </message>
    <message>
        <source>Use: sources list | sources add NAME --url URL --lookup CATEGORY=SQL | sources test NAME --person ID | sources remove NAME</source>
        <translation>用法：sources list | sources add 名称 --url 地址 --lookup 类别=SQL | sources test 名称 --person 标识 | sources remove 名称</translation>
    </message>
    <message>
        <source>--rows must be a whole number from 0 to 100000, not "%1".</source>
        <translation>--rows 必须是 0 到 100000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Use: person find TEXT | person show TEXT [--reveal] [--rows N]</source>
        <translation>用法：person find 文本 | person show 文本 [--reveal] [--rows 数量]</translation>
    </message>
    <message numerus="yes">
        <source>%n people found</source>
        <translation>
            <numerusform>找到 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosed %1 to %2 (%3) on %4: %5</source>
        <translation>%4 向 %2（%3）披露了%1：%5</translation>
    </message>
    <message>
        <source>Consent given for %1 on %2 (%3)</source>
        <translation>%2 同意用于：%1（%3）</translation>
    </message>
    <message>
        <source>Consent withdrawn for %1 on %2 (%3)</source>
        <translation>%2 撤回同意：%1（%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个数据源</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>--lookup "%1": write it as CATEGORY=SELECT …</source>
        <translation>--lookup “%1”：请写作 类别=SELECT …</translation>
    </message>
    <message numerus="yes">
        <source>Source "%1" saved with %n look-up(s).</source>
        <translation>
            <numerusform>数据源“%1”已保存，含 %n 条查询。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no source named "%1" (sources list shows them).</source>
        <translation>没有名为“%1”的数据源（sources list 可列出全部）。</translation>
    </message>
    <message>
        <source>Source "%1" removed.</source>
        <translation>数据源“%1”已删除。</translation>
    </message>
    <message>
        <source>export: the package to write (FILE.zip).</source>
        <translation>export：要写入的资料包（文件.zip）。</translation>
    </message>
    <message>
        <source>export: encrypt the package (AES-256) with a new password, printed once.</source>
        <translation>export：用新密码加密资料包（AES-256），密码只显示一次。</translation>
    </message>
    <message>
        <source>Use: export REF --out FILE.zip [--encrypt]</source>
        <translation>用法：export 编号 --out 文件.zip [--encrypt]</translation>
    </message>
    <message numerus="yes">
        <source>Package for %1 written to %2: %n file(s)</source>
        <translation>
            <numerusform>%1 的资料包已写入 %2：共 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1 (recorded on the request and in the audit log)</source>
        <translation>SHA-256：%1（已记录在请求和审计日志中）</translation>
    </message>
    <message>
        <source>Password (shown once; send it by another channel than the package): %1</source>
        <translation>密码（只显示一次；请通过与资料包不同的渠道发送）：%1</translation>
    </message>
    <message>
        <source>sources add: a write statement, as CATEGORY/ACTION=SQL (ACTION: delete, anonymise, restrict, cancel, correct.FIELD); repeat for each.</source>
        <translation>sources add：写入语句，格式为 类别/操作=SQL（操作：delete、anonymise、restrict、cancel、correct.字段）；每条重复一次。</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>语句</translation>
    </message>
    <message>
        <source>--action "%1": write it as CATEGORY/ACTION=UPDATE … or CATEGORY/delete=DELETE …</source>
        <translation>--action “%1”：请写成 类别/操作=UPDATE … 或 类别/delete=DELETE …</translation>
    </message>
</context>
<context>
    <name>PeopleDesk</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Agents see the data of the people whose requests are assigned to them or unassigned.</source>
        <translation>合规专员只能查看分配给自己或未分配的请求所涉及的个人信息。</translation>
    </message>
    <message>
        <source>The source or its look-up was removed meanwhile.</source>
        <translation>该数据源或其查询已被删除。</translation>
    </message>
    <message>
        <source>Category: the inventory has no category "%1".</source>
        <translation>类别：数据清单中没有类别“%1”。</translation>
    </message>
    <message>
        <source>Kind of recipient: the inventory has no recipient "%1".</source>
        <translation>接收方类型：数据清单中没有接收方“%1”。</translation>
    </message>
    <message>
        <source>Recipient: say to whom the data was disclosed.</source>
        <translation>接收方：请说明信息披露给了谁。</translation>
    </message>
    <message>
        <source>Legal basis: say on what basis the data was disclosed.</source>
        <translation>合法性基础：请说明披露的依据。</translation>
    </message>
    <message>
        <source>Disclosed on: a date that has passed, as YYYY-MM-DD.</source>
        <translation>披露日期：请填写已过去的日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Purpose: the inventory has no purpose "%1".</source>
        <translation>目的：数据清单中没有目的“%1”。</translation>
    </message>
    <message>
        <source>Channel: say how the consent was given or withdrawn.</source>
        <translation>渠道：请说明同意是如何给出或撤回的。</translation>
    </message>
    <message>
        <source>When: a time that has passed.</source>
        <translation>时间：请填写已过去的时间。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only an administrator can manage staff accounts (your role: %1).</source>
        <translation>只有系统管理员可以管理工作人员账号（您的角色：%1）。</translation>
    </message>
    <message>
        <source>Only an administrator can change the verification policy (your role: %1).</source>
        <translation>只有系统管理员可以修改身份验证策略（您的角色：%1）。</translation>
    </message>
    <message>
        <source>Only an administrator can load demo data (your role: %1).</source>
        <translation>只有系统管理员可以加载演示数据（您的角色：%1）。</translation>
    </message>
    <message>
        <source>Only an administrator can change the team's settings (your role: %1).</source>
        <translation>只有系统管理员可以更改团队设置（您的角色：%1）。</translation>
    </message>
    <message>
        <source>Only an administrator can manage the data sources and the data inventory (your role: %1).</source>
        <translation>只有系统管理员可以管理数据源和数据清单（您的角色：%1）。</translation>
    </message>
    <message>
        <source>Administrators manage the data sources and test their look-ups; agents and supervisors see what is held about a person.</source>
        <translation>系统管理员负责管理数据源并测试其查询；合规专员和合规主管查看所持有的个人信息。</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
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
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
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
    <message>
        <source>Cannot read people: %1</source>
        <translation>无法读取个人信息主体：%1</translation>
    </message>
    <message>
        <source>Cannot read the person's requests: %1</source>
        <translation>无法读取此人的请求：%1</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>policy set: the request type (key).</source>
        <translation>policy set：请求类型（键名）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>policy set: alternatives separated by ';', methods of one alternative by '+' (keys), e.g. "account_login;identity_document+sms_code"; empty for none.</source>
        <translation>policy set：各备选方案以 ; 分隔，同一方案中的验证方式以 + 连接（键名），例如 "account_login;identity_document+sms_code"；留空表示无需验证。</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Use: policy show, or policy set --type T --alternatives RULES --user ADMIN</source>
        <translation>用法：policy show，或 policy set --type 类型 --alternatives 规则 --user 系统管理员用户名</translation>
    </message>
    <message>
        <source>--type must be one of: %1.</source>
        <translation>--type 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--alternatives is required (an empty value means no verification).</source>
        <translation>必须提供 --alternatives（留空表示无需验证）。</translation>
    </message>
    <message>
        <source>Unknown verification method "%1". Known methods: %2.</source>
        <translation>未知的验证方式“%1”。可用的验证方式：%2。</translation>
    </message>
    <message>
        <source>Changing the policy needs an administrator: give --user NAME.</source>
        <translation>修改策略需要系统管理员：请提供 --user 用户名。</translation>
    </message>
    <message>
        <source>(no verification needed)</source>
        <translation>（无需验证）</translation>
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
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create a private folder for opened files: %1</source>
        <translation>无法为打开的文件创建私有文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
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
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <comment>working days left while the clock is paused</comment>
        <translation>%1（已暂停）</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
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
    <name>QueueReader</name>
    <message>
        <source>Search: at most %1 characters (now %2).</source>
        <translation>搜索：最多 %1 个字符（当前 %2 个）。</translation>
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
        <source>Would harm another person's privacy</source>
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
    <name>RegisterRepository</name>
    <message>
        <source>Cannot read the disclosures</source>
        <translation>无法读取披露记录</translation>
    </message>
    <message>
        <source>Cannot record the disclosure</source>
        <translation>无法登记披露</translation>
    </message>
    <message>
        <source>Cannot read the consents</source>
        <translation>无法读取同意记录</translation>
    </message>
    <message>
        <source>Cannot record the consent</source>
        <translation>无法登记同意</translation>
    </message>
    <message>
        <source>Cannot record the registers</source>
        <translation>无法写入登记簿</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>Cannot read the team's settings: %1</source>
        <translation>无法读取团队设置：%1</translation>
    </message>
    <message>
        <source>Cannot save the team's settings: %1</source>
        <translation>无法保存团队设置：%1</translation>
    </message>
    <message>
        <source>Cannot read the requests waiting for verification: %1</source>
        <translation>无法读取等待身份验证的申请：%1</translation>
    </message>
    <message>
        <source>Cannot record the reminder: %1</source>
        <translation>无法记录提醒：%1</translation>
    </message>
    <message>
        <source>The reminder was already written.</source>
        <translation>提醒函已经写过了。</translation>
    </message>
    <message>
        <source>Cannot record the proposal: %1</source>
        <translation>无法记录结案建议：%1</translation>
    </message>
    <message>
        <source>The request was already proposed for closing.</source>
        <translation>该申请已被建议结案。</translation>
    </message>
</context>
<context>
    <name>RemindersCommand</name>
    <message>
        <source>--%1 must be a whole number of days from %2 to %3, not "%4".</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数天数，而不是“%4”。</translation>
    </message>
    <message>
        <source>set: days of waiting for verification before the reminder.</source>
        <translation>set：等待身份验证多少天后发送提醒。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>set: days after the reminder before proposing to close as unverifiable.</source>
        <translation>set：提醒后多少天建议以无法验证身份结案。</translation>
    </message>
    <message>
        <source>Use: reminders run | reminders show | reminders set --remind-after N --close-after M</source>
        <translation>用法：reminders run | reminders show | reminders set --remind-after N --close-after M</translation>
    </message>
    <message>
        <source>reminders set needs --remind-after, --close-after or both.</source>
        <translation>reminders set 需要 --remind-after、--close-after 或两者。</translation>
    </message>
    <message>
        <source>reminded %1</source>
        <translation>已提醒 %1</translation>
    </message>
    <message>
        <source>proposed for closing as unverifiable %1</source>
        <translation>已建议以无法验证身份结案 %1</translation>
    </message>
    <message>
        <source>not done %1</source>
        <translation>未完成 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written</source>
        <translation>
            <numerusform>已写 %n 封提醒函</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) proposed for closing</source>
        <translation>
            <numerusform>%n 件申请建议结案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reminder after: %n day(s)</source>
        <translation>
            <numerusform>提醒时间：%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>propose closing: %n day(s) after the reminder</source>
        <translation>
            <numerusform>建议结案：提醒后 %n 天</numerusform>
        </translation>
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
    <name>RequestCommand</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation>没有符合条件的请求。</translation>
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
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>请求：%1</translation>
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
        <source>Only these statuses (keys, comma-separated).</source>
        <translation>仅这些状态（键名，以逗号分隔）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only these request types (keys, comma-separated).</source>
        <translation>仅这些请求类型（键名，以逗号分隔）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Only requests whose reference, person's name, e-mail, phone or account contains this text, as the queue's search box finds them.</source>
        <translation>仅编号、个人信息主体姓名、电子邮箱、电话号码或账号中包含此文本的请求，与请求队列搜索框的查找方式相同。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Show these personal fields unmasked (comma-separated: %1); each is audited.</source>
        <translation>不加掩码显示这些个人信息字段（以逗号分隔：%1）；每次显示都记入审计日志。</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 100000, not "%1".</source>
        <translation>--limit 必须是 1 到 100000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown status "%1". Known statuses: %2.</source>
        <translation>未知状态“%1”。已知状态：%2。</translation>
    </message>
    <message>
        <source>Unknown request type "%1". Known types: %2.</source>
        <translation>未知请求类型“%1”。已知类型：%2。</translation>
    </message>
    <message>
        <source>--search: at most %1 characters.</source>
        <translation>--search：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>show needs the request's reference, e.g. show DSR-2026-000123.</source>
        <translation>show 需要请求编号，例如 show DSR-2026-000123。</translation>
    </message>
    <message>
        <source>Unknown field "%1" for --reveal. Known fields: %2.</source>
        <translation>--reveal 的字段“%1”未知。已知字段：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n request(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个请求写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>At most this many rows (the table: 50 unless given; --csv and --out: all).</source>
        <translation>最多输出的行数（表格默认 50 行；--csv 和 --out 默认全部）。</translation>
    </message>
    <message>
        <source>Write every matching request as CSV to standard output.</source>
        <translation>将所有匹配的请求以 CSV 格式写到标准输出。</translation>
    </message>
    <message>
        <source>Export every matching request to this file (.csv or .xlsx).</source>
        <translation>将所有匹配的请求导出到此文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The columns of --csv and --out (keys, comma-separated: %1).</source>
        <translation>--csv 和 --out 输出的列（代码，以逗号分隔：%1）。</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Unknown column "%1" for --columns.</source>
        <translation>--columns 中的列“%1”未知。</translation>
    </message>
    <message>
        <source>audit export: the file to write (.csv or .xlsx).</source>
        <translation>audit export：要写入的文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>audit export: only entries about this request (reference).</source>
        <translation>audit export：仅导出与此请求（编号）有关的条目。</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>audit export: only entries by this user.</source>
        <translation>audit export：仅导出此用户的条目。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>audit export: only entries with this action key.</source>
        <translation>audit export：仅导出此操作代码的条目。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>audit export: from this day (YYYY-MM-DD).</source>
        <translation>audit export：自此日起（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>audit export: up to this day (YYYY-MM-DD).</source>
        <translation>audit export：截至此日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, not "%2".</source>
        <translation>--%1 必须是 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>已将 %n 个审计条目写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDesk</name>
    <message>
        <source>The file holds no requests.</source>
        <translation>文件中没有请求。</translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所在公司</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>函件语言</translation>
    </message>
    <message>
        <source>The file is empty: its first line should name the columns.</source>
        <translation>文件为空：第一行应为各列的名称。</translation>
    </message>
    <message>
        <source>Line %1: two columns give the field "%2" ("%3" is the second).</source>
        <translation>第 %1 行：有两列都对应字段“%2”（第二列为“%3”）。</translation>
    </message>
    <message>
        <source>"%1" is not HEADER=FIELD.</source>
        <translation>“%1”不是“列名=字段”的形式。</translation>
    </message>
    <message>
        <source>The file has no column "%1" (its columns: %2).</source>
        <translation>文件中没有列“%1”（文件的列：%2）。</translation>
    </message>
    <message>
        <source>"%1" is not a field; use one of: %2, or ignore.</source>
        <translation>“%1”不是字段；请使用以下之一：%2，或 ignore。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) more than the header names.</source>
        <translation>
            <numerusform>比标题行多出 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is not a date (use 2026-03-05 or 2026-03-05 14:30).</source>
        <translation>“%1”不是日期（请使用 2026-03-05 或 2026-03-05 14:30）。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 晚于当前时间。</translation>
    </message>
    <message>
        <source>"%1" is not a request type.</source>
        <translation>“%1”不是请求类型。</translation>
    </message>
    <message>
        <source>"%1" is not a channel.</source>
        <translation>“%1”不是渠道。</translation>
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
    <message>
        <source>Request %1 was changed by someone else since you opened it. Nothing was saved; reload it and try again.</source>
        <translation>您打开请求 %1 后，已有其他人对其作了修改。未保存任何内容；请重新加载后再试。</translation>
    </message>
    <message>
        <source>No request has the reference %1.</source>
        <translation>没有编号为 %1 的请求。</translation>
    </message>
    <message>
        <source>Cannot count requests: %1</source>
        <translation>无法统计请求数量：%1</translation>
    </message>
</context>
<context>
    <name>RequestRules</name>
    <message>
        <source>Administrators manage the system; work on requests belongs to agents and supervisors.</source>
        <translation>系统管理员负责管理系统；请求的办理由合规专员和合规主管负责。</translation>
    </message>
    <message>
        <source>Request %1 is assigned to %2. Agents see the requests assigned to them and the unassigned ones.</source>
        <translation>请求 %1 已分配给 %2。合规专员只能查看分配给自己的请求和未分配的请求。</translation>
    </message>
    <message>
        <source>Only a supervisor may assign or reassign requests.</source>
        <translation>只有合规主管可以分配或重新分配请求。</translation>
    </message>
    <message>
        <source>The request is closed (%1); nothing more can be done with it.</source>
        <translation>该请求已结束（%1）；无法再进行任何操作。</translation>
    </message>
    <message>
        <source>Escalations to a regulator are recorded on complaints only.</source>
        <translation>仅投诉/咨询类请求可以记录向监管部门的上报。</translation>
    </message>
    <message>
        <source>Only agents and supervisors verify requesters; administrators edit the verification policy.</source>
        <translation>只有合规专员和合规主管负责验证申请人身份；系统管理员负责编辑身份验证策略。</translation>
    </message>
    <message>
        <source>The request is closed (%1); its verification can no longer change.</source>
        <translation>该请求已结束（%1）；其身份验证不能再更改。</translation>
    </message>
    <message>
        <source>Only a supervisor may override identity verification.</source>
        <translation>只有合规主管可以越过身份验证。</translation>
    </message>
    <message>
        <source>Administrators manage the system; letters are written by agents and supervisors.</source>
        <translation>系统管理员负责管理系统；函件由合规专员和合规主管撰写。</translation>
    </message>
    <message>
        <source>Administrators manage the system; personal data is revealed only to the agents and supervisors who work the request.</source>
        <translation>系统管理员负责管理系统；个人信息仅向办理该请求的合规专员和合规主管显示。</translation>
    </message>
    <message>
        <source>The requester's identity is not verified yet: record the checks with "Verify identity…" first (the verification policy says which).</source>
        <translation>请求人的身份尚未验证：请先用“验证身份…”记录验证（验证策略规定需要哪些）。</translation>
    </message>
    <message>
        <source>A letter of this kind (%1) does not fit a request that is %2.</source>
        <translation>此类函件（%1）不适用于状态为“%2”的请求。</translation>
    </message>
    <message>
        <source>A "no data held" letter answers an access, copy or portability request; %1 is a request of type %2.</source>
        <translation>“未持有信息”告知函用于答复查阅、复制或转移请求；%1 是“%2”类请求。</translation>
    </message>
    <message>
        <source>%1 is a request of type %2: packages answer access, copy and portability requests.</source>
        <translation>%1 是“%2”类请求：资料包仅用于答复查阅、复制和转移请求。</translation>
    </message>
    <message>
        <source>Personal information goes only to a requester whose identity is verified: %1 is %2. Verify identity first.</source>
        <translation>个人信息只能提供给已核验身份的申请人：%1 当前状态为“%2”。请先核验身份。</translation>
    </message>
    <message>
        <source>%1 is a request of type %2: only deletion and account cancellation requests erase data.</source>
        <translation>%1 是“%2”类请求：只有删除和注销账号请求会删除数据。</translation>
    </message>
    <message>
        <source>%1 is %2: data is erased only for a verified requester, while the request is in progress.</source>
        <translation>%1 当前为“%2”：仅在身份已核验、请求处理中时才删除数据。</translation>
    </message>
    <message>
        <source>%1 has not been approved: a deletion or account cancellation is carried out only after a supervisor approves the proposal (four-eyes principle).</source>
        <translation>%1 尚未批准：删除或注销账号须经主管批准提议后方可执行（双人复核原则）。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may end legal holds.</source>
        <translation>只有主管或系统管理员可以结束法定保留。</translation>
    </message>
    <message>
        <source>%1 is a request of type %2: consent is withdrawn on a consent withdrawal request (or, for marketing, on a restriction request).</source>
        <translation>%1 是“%2”类请求：同意应在撤回同意请求上撤回（营销退订也可在拒绝或限制处理请求上办理）。</translation>
    </message>
    <message>
        <source>%1 is %2: consent is withdrawn once the requester's identity is verified, while the request is in progress.</source>
        <translation>%1 当前为“%2”：须在申请人身份已核验、请求处理中时撤回同意。</translation>
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
    <name>RequestWorkflow</name>
    <message>
        <source>Administrators manage the system; work on requests belongs to agents and supervisors.</source>
        <translation>系统管理员负责管理系统；请求由合规专员和合规主管办理。</translation>
    </message>
    <message>
        <source>Only a supervisor may "%1".</source>
        <translation>只有合规主管可以执行“%1”。</translation>
    </message>
    <message>
        <source>The request is closed (%1); nothing more can be done with it.</source>
        <translation>该请求已办结（%1），不能再进行任何操作。</translation>
    </message>
    <message>
        <source>"%1" is not possible while a request is "%2".</source>
        <translation>请求处于“%2”状态时，无法执行“%1”。</translation>
    </message>
    <message>
        <source>The requester's identity is not verified yet; a request cannot be fulfilled before verification is satisfied (or a supervisor overrides it with a justification).</source>
        <translation>申请人的身份尚未验证；在满足身份验证要求之前（或由合规主管说明理由后越过身份验证），不能办理请求。</translation>
    </message>
    <message>
        <source>Only a deletion request can be proposed for deletion.</source>
        <translation>只有删除请求才能提议删除。</translation>
    </message>
    <message>
        <source>Only an account cancellation request can be proposed for cancellation.</source>
        <translation>只有注销账号请求才能提议注销账号。</translation>
    </message>
    <message>
        <source>Refusal: choose at least one reason (PIPL Art. 50 requires the reasons to be stated).</source>
        <translation>拒绝：请至少选择一项理由（《个人信息保护法》第五十条要求说明理由）。</translation>
    </message>
    <message>
        <source>Refusal: write the explanation that will be sent to the requester.</source>
        <translation>拒绝：请填写将发送给申请人的说明。</translation>
    </message>
    <message>
        <source>There is no proposal waiting for approval on this request.</source>
        <translation>此请求没有待审批的提议。</translation>
    </message>
    <message>
        <source>You proposed this yourself; another supervisor must approve it (four-eyes principle).</source>
        <translation>此提议由您本人提出；根据四眼原则（双人复核），须由另一位合规主管批准。</translation>
    </message>
    <message>
        <source>Request %1 was changed by someone else since you opened it. Nothing was saved; reload it and try again.</source>
        <translation>您打开请求 %1 后，已有其他人对其作了修改。未保存任何内容；请重新加载后再试。</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist or is no longer active.</source>
        <translation>工作人员 %1 不存在或已停用。</translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation>备注：请先填写内容。</translation>
    </message>
    <message>
        <source>Correspondence: summarise what was sent or received.</source>
        <translation>往来沟通：请概述发出或收到的内容。</translation>
    </message>
    <message>
        <source>Correspondence: say whether it was sent to or received from the requester.</source>
        <translation>往来沟通：请说明是发给申请人的，还是从申请人处收到的。</translation>
    </message>
    <message>
        <source>Escalation: enter the date it was escalated (not in the future).</source>
        <translation>上报：请输入上报日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Refusal: the explanation has at most %1 characters (now %2).</source>
        <translation>拒绝：说明最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Note: at most %1 characters (now %2).</source>
        <translation>备注：最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Correspondence: at most %1 characters (now %2).</source>
        <translation>往来沟通：最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Escalation: their reference has at most %1 characters (now %2).</source>
        <translation>上报：对方编号最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Escalation: the outcome has at most %1 characters (now %2).</source>
        <translation>上报：处理结果最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>往来沟通</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>%1 asks for the personal information held about the requester. Before it is completed, deliver a data package that could read every source (Data package… on the request), or, when no source holds anything, write a "No data held" letter.</source>
        <translation>%1 要求提供所持有的申请人个人信息。办结前，请提供已读取全部数据源的资料包（请求上的“资料包……”），或在所有数据源均未持有信息时出具“未持有信息”告知函。</translation>
    </message>
    <message>
        <source>A deletion or account cancellation is carried out only after a supervisor approves it: propose it for approval first.</source>
        <translation>删除或注销账号须经主管批准后方可执行：请先提交审批。</translation>
    </message>
    <message>
        <source>%1 is approved; carry out the deletion at the sources (Erase… on the request, or privacydesk-cli erase %1) before completing it.</source>
        <translation>%1 已批准；请先在各数据源执行删除（请求上的“删除数据…”，或 privacydesk-cli erase %1），再办结。</translation>
    </message>
    <message>
        <source>%1 is approved already: carry it out (Erase…), then complete it.</source>
        <translation>%1 已批准：请执行删除（“删除数据…”），然后办结。</translation>
    </message>
    <message>
        <source>%1 asks to withdraw consent: record the withdrawal for the purposes concerned (Withdraw consent… on the request, or privacydesk-cli withdraw %1) before completing it.</source>
        <translation>%1 要求撤回同意：请先为相关处理目的记录撤回（请求上的“撤回同意…”，或 privacydesk-cli withdraw %1），再办结。</translation>
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
    <name>SavedView</name>
    <message>
        <source>Assigned to me</source>
        <translation>分配给我的</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>请为视图命名。</translation>
    </message>
    <message>
        <source>A view's name has at most %1 characters (now %2).</source>
        <translation>视图名称最多 %1 个字符（现为 %2 个）。</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>Cannot read the saved views: %1</source>
        <translation>无法读取已保存的视图：%1</translation>
    </message>
    <message>
        <source>Cannot read the saved view: %1</source>
        <translation>无法读取已保存的视图：%1</translation>
    </message>
    <message>
        <source>Cannot save the view "%1": %2</source>
        <translation>无法保存视图“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete the view: %1</source>
        <translation>无法删除视图：%1</translation>
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
        <source>The database's schema version "%1" is not a number.</source>
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
    <message>
        <source>This database needs schema %1, and this account may not change the schema. Ask the database's owner to run: privacydesk-cli server init --db postgresql://OWNER@host:port/database --app-role NAME</source>
        <translation>此数据库需要架构版本 %1，而此账号无权更改架构。请数据库所有者运行：privacydesk-cli server init --db postgresql://OWNER@host:port/database --app-role NAME</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>server init: the login role the app connects as (a–z, 0–9, _).</source>
        <translation>server init：应用程序连接时使用的登录角色（a–z、0–9、_）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Use: server init --db postgresql://OWNER@HOST:PORT/DB --app-role NAME</source>
        <translation>用法：server init --db postgresql://OWNER@HOST:PORT/DB --app-role NAME</translation>
    </message>
    <message>
        <source>server init needs --db postgresql://OWNER@HOST:PORT/DB: the owner of the database, who creates the schema.</source>
        <translation>server init 需要 --db postgresql://OWNER@HOST:PORT/DB：即创建架构的数据库所有者。</translation>
    </message>
    <message>
        <source>server init needs --app-role NAME: the role the app will connect as.</source>
        <translation>server init 需要 --app-role NAME：即应用程序连接时使用的角色。</translation>
    </message>
    <message>
        <source>Password for the role %1 (empty: none): </source>
        <translation>角色 %1 的密码（留空表示不设密码）：</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>Password for %1 (empty for none): </source>
        <translation>%1 的密码（无密码请直接回车）：</translation>
    </message>
    <message>
        <source>Created the role %1.</source>
        <translation>已创建角色 %1。</translation>
    </message>
    <message>
        <source>The role %1 exists; its rights were set again.</source>
        <translation>角色 %1 已存在；已重新设置其权限。</translation>
    </message>
    <message>
        <source>Read and write: %1</source>
        <translation>可读写：%1</translation>
    </message>
    <message>
        <source>Insert and read only (append-only, guarded by a trigger too): %1</source>
        <translation>仅可插入和读取（只追加，另有触发器保护）：%1</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Connect the app and the CLI as: %1 (add ?sslmode=require for TLS)</source>
        <translation>应用程序和命令行请以此方式连接：%1（如需 TLS，请加上 ?sslmode=require）</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>App role: use a–z, 0–9 and _, starting with a letter, at most 63 characters (not "%1").</source>
        <translation>应用角色：请使用 a–z、0–9 和 _，以字母开头，最多 63 个字符（而不是“%1”）。</translation>
    </message>
    <message>
        <source>server init prepares a PostgreSQL server; a SQLite file needs no roles.</source>
        <translation>server init 用于准备 PostgreSQL 服务器；SQLite 文件不需要角色。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot read the current role</source>
        <translation>无法读取当前角色</translation>
    </message>
    <message>
        <source>The app role must not be the owner (%1) who runs server init: choose another name.</source>
        <translation>应用角色不能是运行 server init 的所有者（%1）：请另选一个名称。</translation>
    </message>
    <message>
        <source>Cannot read the roles</source>
        <translation>无法读取角色列表</translation>
    </message>
    <message>
        <source>The role %1 exists and may create roles or databases (or is a superuser): that is not least privilege. Choose another name.</source>
        <translation>角色 %1 已存在，且可以创建角色或数据库（或为超级用户）：这不符合最小权限原则。请另选一个名称。</translation>
    </message>
    <message>
        <source>Cannot create the role %1</source>
        <translation>无法创建角色 %1</translation>
    </message>
    <message>
        <source>Cannot set the password of %1</source>
        <translation>无法设置 %1 的密码</translation>
    </message>
    <message>
        <source>Cannot read the database name</source>
        <translation>无法读取数据库名称</translation>
    </message>
    <message>
        <source>Cannot grant the rights</source>
        <translation>无法授予权限</translation>
    </message>
    <message>
        <source>Cannot list the tables</source>
        <translation>无法列出数据表</translation>
    </message>
    <message>
        <source>Cannot grant the rights on %1</source>
        <translation>无法授予对 %1 的权限</translation>
    </message>
</context>
<context>
    <name>SourceConnection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot reach the source %1: %2</source>
        <translation>无法连接数据源 %1：%2</translation>
    </message>
    <message>
        <source>Cannot make the connection to %1 read-only</source>
        <translation>无法将到 %1 的连接设为只读</translation>
    </message>
    <message>
        <source>Cannot begin a read-only transaction</source>
        <translation>无法开始只读事务</translation>
    </message>
    <message>
        <source>The look-up cannot run</source>
        <translation>查询无法执行</translation>
    </message>
    <message>
        <source>The look-up failed</source>
        <translation>查询失败</translation>
    </message>
</context>
<context>
    <name>SourceRegistry</name>
    <message>
        <source>Name: give the source a name (for example "CRM" or "Platform").</source>
        <translation>名称：请为数据源命名（例如“CRM”或“平台”）。</translation>
    </message>
    <message>
        <source>Name: at most 80 characters (now %1).</source>
        <translation>名称：最多 80 个字符（当前 %1 个）。</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message>
        <source>Connection: leave the password out of the URL; it is asked for, or read from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation>连接：地址中不要包含密码；密码会在需要时询问，或从 PGPASSWORD、~/.pgpass 或钥匙串读取。</translation>
    </message>
    <message>
        <source>Look-ups: give at least one category its look-up.</source>
        <translation>查询语句：请至少为一个类别填写查询。</translation>
    </message>
    <message>
        <source>Look-ups: the inventory has no category "%1".</source>
        <translation>查询语句：数据清单中没有类别“%1”。</translation>
    </message>
    <message>
        <source>Look-up for %1: %2</source>
        <translation>%1的查询：%2</translation>
    </message>
    <message>
        <source>The source "%1" was removed meanwhile.</source>
        <translation>数据源“%1”已被删除。</translation>
    </message>
    <message>
        <source>The source was removed meanwhile.</source>
        <translation>该数据源已被删除。</translation>
    </message>
    <message>
        <source>Statements: the inventory has no category "%1".</source>
        <translation>写入语句：数据清单中没有类别“%1”。</translation>
    </message>
    <message>
        <source>Statements for %1: give the category its look-up first; it shows what a statement will change and proves what is left afterwards.</source>
        <translation>%1 的写入语句：请先为该类别设置查询；查询显示语句将更改的内容，并在事后证明剩余的内容。</translation>
    </message>
    <message>
        <source>Correction statement for %1: the category has no field "%2".</source>
        <translation>%1 的更正语句：该类别没有字段“%2”。</translation>
    </message>
    <message>
        <source>Statements for %1: "%2" is not an action.</source>
        <translation>%1 的写入语句：“%2”不是操作。</translation>
    </message>
    <message>
        <source>Statement "%1" for %2: %3</source>
        <translation>%2 的“%1”语句：%3</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot read the data sources</source>
        <translation>无法读取数据源</translation>
    </message>
    <message>
        <source>Cannot read the data sources' look-ups</source>
        <translation>无法读取数据源的查询</translation>
    </message>
    <message>
        <source>Cannot save the look-ups</source>
        <translation>无法保存查询</translation>
    </message>
    <message>
        <source>There is already a source named "%1".</source>
        <translation>已有名为“%1”的数据源。</translation>
    </message>
    <message>
        <source>Cannot save the source</source>
        <translation>无法保存数据源</translation>
    </message>
    <message>
        <source>The source "%1" was removed meanwhile.</source>
        <translation>数据源“%1”已被删除。</translation>
    </message>
    <message>
        <source>Cannot remove the source</source>
        <translation>无法删除数据源</translation>
    </message>
    <message>
        <source>The source was removed meanwhile.</source>
        <translation>该数据源已被删除。</translation>
    </message>
    <message>
        <source>Cannot read the data inventory</source>
        <translation>无法读取数据清单</translation>
    </message>
    <message>
        <source>Cannot save the data inventory</source>
        <translation>无法保存数据清单</translation>
    </message>
    <message>
        <source>Cannot read the data sources' statements</source>
        <translation>无法读取数据源的写入语句</translation>
    </message>
    <message>
        <source>Cannot save the statements</source>
        <translation>无法保存写入语句</translation>
    </message>
</context>
<context>
    <name>SourceWriter</name>
    <message>
        <source>Cannot reach the source %1: the file does not exist.</source>
        <translation>无法连接数据源 %1：文件不存在。</translation>
    </message>
    <message>
        <source>Cannot reach the source %1: %2</source>
        <translation>无法连接数据源 %1：%2</translation>
    </message>
    <message>
        <source>Cannot set a time limit at %1: %2</source>
        <translation>无法在 %1 设置时限：%2</translation>
    </message>
    <message>
        <source>Cannot begin a transaction at %1: %2</source>
        <translation>无法在 %1 开始事务：%2</translation>
    </message>
    <message>
        <source>The "%1" statement for %2 cannot run: %3</source>
        <translation>%2 的“%1”语句无法运行：%3</translation>
    </message>
    <message>
        <source>The "%1" statement for %2 failed, and nothing was changed at this source: %3</source>
        <translation>%2 的“%1”语句执行失败，此数据源未作任何更改：%3</translation>
    </message>
    <message>
        <source>The "%1" statement for %2 would change %3 rows, more than the %4 the dry run showed; nothing was changed at this source. Run the dry run again and check what it shows.</source>
        <translation>%2 的“%1”语句将更改 %3 条，多于试运行显示的 %4 条；此数据源未作任何更改。请重新试运行并核对结果。</translation>
    </message>
    <message>
        <source>The changes at %1 could not be committed, so none were kept: %2</source>
        <translation>%1 的更改无法提交，均未保留：%2</translation>
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
    <message>
        <source>Cannot read staff member %1: %2</source>
        <translation>无法读取工作人员 %1：%2</translation>
    </message>
    <message>
        <source>Cannot change the password: %1</source>
        <translation>无法修改密码：%1</translation>
    </message>
    <message>
        <source>Cannot change the password: no staff member has the id %1.</source>
        <translation>无法修改密码：不存在 ID 为 %1 的工作人员。</translation>
    </message>
    <message>
        <source>Cannot change whether the account is active: %1</source>
        <translation>无法更改账号的启用状态：%1</translation>
    </message>
    <message>
        <source>Cannot change whether the account is active: no staff member has the id %1.</source>
        <translation>无法更改账号的启用状态：不存在 ID 为 %1 的工作人员。</translation>
    </message>
    <message>
        <source>Cannot change the role: %1</source>
        <translation>无法更改角色：%1</translation>
    </message>
    <message>
        <source>Cannot change the role: no staff member has the id %1.</source>
        <translation>无法更改角色：不存在 ID 为 %1 的工作人员。</translation>
    </message>
    <message>
        <source>Cannot count the requests assigned to staff member %1: %2</source>
        <translation>无法统计分配给工作人员 %1 的请求：%2</translation>
    </message>
    <message>
        <source>Cannot record the failed sign-in: %1</source>
        <translation>无法记录失败的登录：%1</translation>
    </message>
    <message>
        <source>Cannot lock the account: %1</source>
        <translation>无法锁定账号：%1</translation>
    </message>
    <message>
        <source>Cannot unlock the account: %1</source>
        <translation>无法解锁账号：%1</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>%1 is the last active administrator: add or reactivate another administrator first, otherwise nobody could manage staff accounts any more.</source>
        <translation>%1 是最后一名在用的系统管理员：请先添加或重新启用另一名系统管理员，否则将无人能够管理工作人员账号。</translation>
    </message>
    <message>
        <source>Current password: this is not your current password. Nothing was changed.</source>
        <translation>当前密码：这不是您的当前密码。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 已处于启用状态。</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>%1 已处于停用状态。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account: ask another administrator to do it.</source>
        <translation>不能停用您自己的账号：请由另一名系统管理员操作。</translation>
    </message>
    <message>
        <source>To change your own password use "Change my password…": it asks for your current password.</source>
        <translation>要修改您自己的密码，请使用“修改我的密码…”：它会要求您输入当前密码。</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 的角色已经是%2。</translation>
    </message>
    <message>
        <source>No staff account has the username %1.</source>
        <translation>没有用户名为 %1 的工作人员账号。</translation>
    </message>
    <message>
        <source>Your account (%1) is no longer active: nothing was changed.</source>
        <translation>您的账号（%1）已停用：未做任何更改。</translation>
    </message>
    <message>
        <source>Your account (%1) is no longer an administrator: nothing was changed. Sign in again.</source>
        <translation>您的账号（%1）已不再是系统管理员：未做任何更改。请重新登录。</translation>
    </message>
    <message>
        <source>Your account (%1) is not active: its password cannot be changed.</source>
        <translation>您的账号（%1）未启用：无法修改其密码。</translation>
    </message>
    <message>
        <source>New password: it is the same as the current one; choose a different password.</source>
        <translation>新密码：与当前密码相同，请另选一个密码。</translation>
    </message>
    <message>
        <source>Your account was changed by an administrator meanwhile: nothing was changed. Sign in again.</source>
        <translation>在此期间系统管理员修改了您的账号：未做任何更改。请重新登录。</translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation>%1 未被锁定。</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the table: %1</source>
        <translation>无法写入表格：%1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the spreadsheet.</source>
        <translation>无法为电子表格创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot start the spreadsheet.</source>
        <translation>无法创建电子表格。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation>无法写入电子表格：%1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot add a sheet to the spreadsheet.</source>
        <translation>无法向电子表格添加工作表。</translation>
    </message>
    <message>
        <source>Row %1 could not be written to the spreadsheet: %2</source>
        <translation>第 %1 行无法写入电子表格：%2</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Sent to the requester</source>
        <translation>已发送给请求人</translation>
    </message>
    <message>
        <source>Received from the requester</source>
        <translation>已收到请求人来函</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>已上报至%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Deletion of the person's data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Cancellation of the person's account</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <source>Refusal of the request</source>
        <translation>拒绝请求</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>提议：%1</translation>
    </message>
    <message>
        <source>By %1 on %2</source>
        <translation>由 %1 于 %2 提出</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Explanation to the requester: %1</source>
        <translation>向请求人的说明：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>If approved, the request becomes: %1.</source>
        <translation>如获批准，请求将变为：%1。</translation>
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
    <name>UserCommand</name>
    <message>
        <source>No password for the new account: set PRIVACYDESK_NEW_PASSWORD or run in a terminal.</source>
        <translation>新账号没有密码：请设置 PRIVACYDESK_NEW_PASSWORD，或在终端中运行。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>user add needs --%1.</source>
        <translation>user add 需要 --%1 选项。</translation>
    </message>
    <message>
        <source>Unknown role "%1". Known roles: %2.</source>
        <translation>未知角色“%1”。可用的角色：%2。</translation>
    </message>
    <message>
        <source>The database has no administrator yet. Create one first: user add --role administrator ...</source>
        <translation>数据库中还没有系统管理员。请先创建一个：user add --role administrator ...</translation>
    </message>
    <message>
        <source>The database has no administrator yet, so --user is not needed: creating the first one.</source>
        <translation>数据库中还没有系统管理员，因此无需 --user：正在创建第一个系统管理员。</translation>
    </message>
    <message>
        <source>Adding staff needs an administrator: give --user NAME (password from PRIVACYDESK_PASSWORD or a prompt).</source>
        <translation>添加工作人员需要系统管理员身份：请提供 --user 用户名（密码取自 PRIVACYDESK_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>Added %1 (%2), %3, to %4.</source>
        <translation>已将 %1（%2，%3）添加到 %4。</translation>
    </message>
    <message>
        <source>Demo staff accounts (made-up; sign in with these, never use them for real data):</source>
        <translation>演示用工作人员账号（均为虚构；可用于登录，切勿用于真实数据）：</translation>
    </message>
    <message>
        <source>user add: username of the new account: a–z, 0–9, ".", "_", "-".</source>
        <translation>user add：新账号的用户名：可使用 a–z、0–9、“.”、“_”、“-”。</translation>
    </message>
    <message>
        <source>user add: the name colleagues know the new staff member by.</source>
        <translation>user add：同事平时对新工作人员的称呼。</translation>
    </message>
    <message>
        <source>user add, user role: the role, one of %1.</source>
        <translation>user add、user role：角色，可选 %1。</translation>
    </message>
    <message>
        <source>user %1 needs the username of the account, e.g. user %1 li.na.</source>
        <translation>user %1 需要提供账号的用户名，例如 user %1 li.na。</translation>
    </message>
    <message>
        <source>user role needs --role: one of %1.</source>
        <translation>user role 需要 --role：可选 %1。</translation>
    </message>
    <message>
        <source>user %1 needs --user NAME: who is signing in (password from PRIVACYDESK_PASSWORD or a prompt).</source>
        <translation>user %1 需要 --user 用户名：指明由谁登录（密码取自 PRIVACYDESK_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 的角色现为%2。</translation>
    </message>
    <message>
        <source>Reactivated %1: the account can sign in again.</source>
        <translation>已重新启用 %1：该账号可以再次登录。</translation>
    </message>
    <message>
        <source>Deactivated %1: the account can no longer sign in.</source>
        <translation>已停用 %1：该账号无法再登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) are still assigned to %1: a supervisor should reassign them.</source>
        <translation>
            <numerusform>仍有 %n 个未结请求分配给 %1：请合规主管重新分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <source>No new password: set PRIVACYDESK_NEW_PASSWORD or run in a terminal.</source>
        <translation>没有新密码：请设置 PRIVACYDESK_NEW_PASSWORD，或在终端中运行。</translation>
    </message>
    <message>
        <source>Changed your password (%1).</source>
        <translation>已修改您的密码（%1）。</translation>
    </message>
    <message>
        <source>Use one of:
  user add --username NAME --display-name TEXT --role ROLE [--user ADMINISTRATOR]
  user list --user NAME
  user passwd NAME --user NAME   (your own password, or an administrator resets NAME's)
  user deactivate NAME --user ADMINISTRATOR
  user activate NAME --user ADMINISTRATOR
  user role NAME --role ROLE --user ADMINISTRATOR
  user unlock NAME --user ADMINISTRATOR</source>
        <translation>可用命令：
  user add --username 用户名 --display-name 显示名称 --role 角色 [--user 系统管理员]
  user list --user 用户名
  user passwd 用户名 --user 用户名   （修改自己的密码，或由系统管理员重置该用户的密码）
  user deactivate 用户名 --user 系统管理员
  user activate 用户名 --user 系统管理员
  user role 用户名 --role 角色 --user 系统管理员
  user unlock 用户名 --user 系统管理员</translation>
    </message>
    <message>
        <source>Unlocked %1: the account can sign in again.</source>
        <translation>已解锁 %1：该账号可以再次登录。</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation>须设置新密码</translation>
    </message>
    <message>
        <source>demo account</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <source>Reset the password of %1. Tell them the new password in person, not by e-mail; they choose their own at the next sign-in.</source>
        <translation>已重置 %1 的密码。请当面告知新密码，不要通过电子邮件发送；对方下次登录时须设置自己的密码。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Phone number: enter a number.</source>
        <translation>电话号码：请输入号码。</translation>
    </message>
    <message>
        <source>Phone number: "%1" cannot be read as a phone number. Use a mainland number such as 138 0013 8000, or an international number starting with + and the country code.</source>
        <translation>电话号码：无法将“%1”识别为电话号码。请使用中国大陆号码（例如 138 0013 8000），或以 + 和国家/地区代码开头的国际号码。</translation>
    </message>
    <message>
        <source>Phone number: "%1" is not a valid number (wrong length or an unassigned prefix).</source>
        <translation>电话号码：“%1”不是有效号码（位数不对或号段未分配）。</translation>
    </message>
    <message>
        <source>E-mail: enter an address.</source>
        <translation>电子邮箱：请输入邮箱地址。</translation>
    </message>
    <message>
        <source>E-mail: "%1" is not a valid address; it should look like name@example.com.</source>
        <translation>电子邮箱：“%1”不是有效的邮箱地址，格式应类似 name@example.com。</translation>
    </message>
    <message>
        <source>Resident ID number: enter the 18-character number.</source>
        <translation>居民身份证号码：请输入 18 位号码。</translation>
    </message>
    <message>
        <source>Resident ID number: "%1" must be 17 digits followed by a digit or X (18 characters).</source>
        <translation>居民身份证号码：“%1”应为 17 位数字加 1 位数字或 X（共 18 位）。</translation>
    </message>
    <message>
        <source>Resident ID number: "%1" contains an impossible date of birth (%2).</source>
        <translation>居民身份证号码：“%1”中的出生日期（%2）不存在。</translation>
    </message>
    <message>
        <source>Resident ID number: the check character of "%1" is wrong; please re-check the number.</source>
        <translation>居民身份证号码：“%1”的校验码有误，请重新核对号码。</translation>
    </message>
    <message>
        <source>Name: enter the person's name.</source>
        <translation>姓名：请输入个人信息主体的姓名。</translation>
    </message>
    <message>
        <source>Name: at most 200 characters.</source>
        <translation>姓名：最多 200 个字符。</translation>
    </message>
    <message>
        <source>Unified social credit code: enter the 18-character code.</source>
        <translation>统一社会信用代码：请输入 18 位代码。</translation>
    </message>
    <message>
        <source>Unified social credit code: "%1" must be 18 characters, digits and capital letters other than I, O, S, V and Z.</source>
        <translation>统一社会信用代码：“%1”应为 18 位，由数字和除 I、O、S、V、Z 以外的大写字母组成。</translation>
    </message>
    <message>
        <source>Unified social credit code: the check character of "%1" is wrong; please re-check the code.</source>
        <translation>统一社会信用代码：“%1”的校验码有误，请重新核对代码。</translation>
    </message>
    <message>
        <source>%1: remove the control character at position %2 (U+%3); it cannot be seen or printed.</source>
        <translation>%1：请删除第 %2 个字符处的控制字符（U+%3）；该字符无法显示或打印。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <translation>合规主管越过身份验证</translation>
    </message>
</context>
<context>
    <name>VerificationReminders</name>
    <message>
        <source>Reminder days must be between %1 and %2 (now %3).</source>
        <translation>提醒天数必须在 %1 到 %2 之间（现为 %3）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>VerificationRepository</name>
    <message>
        <source>Cannot read the verification policy: %1</source>
        <translation>无法读取身份验证策略：%1</translation>
    </message>
    <message>
        <source>Cannot change the verification policy: %1</source>
        <translation>无法修改身份验证策略：%1</translation>
    </message>
    <message>
        <source>Cannot record the verification: %1</source>
        <translation>无法记录身份验证：%1</translation>
    </message>
    <message>
        <source>Cannot read the verifications of request %1: %2</source>
        <translation>无法读取请求 %1 的身份验证记录：%2</translation>
    </message>
    <message>
        <source>Cannot save the one-time code: %1</source>
        <translation>无法保存一次性验证码：%1</translation>
    </message>
    <message>
        <source>Cannot read the one-time codes: %1</source>
        <translation>无法读取一次性验证码：%1</translation>
    </message>
    <message>
        <source>Cannot count the attempt: %1</source>
        <translation>无法记录尝试次数：%1</translation>
    </message>
    <message>
        <source>Cannot mark the one-time code as used: %1</source>
        <translation>无法将一次性验证码标记为已使用：%1</translation>
    </message>
    <message>
        <source>This one-time code has already been used or replaced.</source>
        <translation>此一次性验证码已被使用或已被替换。</translation>
    </message>
    <message>
        <source>Cannot replace the earlier one-time codes: %1</source>
        <translation>无法替换先前的一次性验证码：%1</translation>
    </message>
    <message>
        <source>Cannot save the evidence file: %1</source>
        <translation>无法保存证明材料文件：%1</translation>
    </message>
    <message>
        <source>Cannot read the evidence of request %1: %2</source>
        <translation>无法读取请求 %1 的证明材料：%2</translation>
    </message>
    <message>
        <source>Cannot read evidence file %1: %2</source>
        <translation>无法读取证明材料文件 %1：%2</translation>
    </message>
    <message>
        <source>Evidence file %1 does not exist.</source>
        <translation>证明材料文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>Only agents and supervisors verify requesters; administrators edit the verification policy.</source>
        <translation>只有合规专员和合规主管可以验证申请人身份；系统管理员负责编辑身份验证策略。</translation>
    </message>
    <message>
        <source>Verification policy: a supervisor override is not a way for the requester to prove who they are and cannot be part of the policy.</source>
        <translation>身份验证策略：合规主管越过身份验证并非申请人证明身份的方式，不能纳入策略。</translation>
    </message>
    <message>
        <source>Verification policy: a request of type "%1" concerns the person's data; give at least one way to verify the requester.</source>
        <translation>身份验证策略：“%1”类请求涉及个人信息主体的数据，请至少指定一种验证申请人身份的方式。</translation>
    </message>
    <message>
        <source>An SMS or e-mail code counts only when it is checked here: issue a code and enter the one the requester received.</source>
        <translation>短信验证码或邮箱验证码只有在此处核对后才有效：请发送验证码，并输入申请人收到的验证码。</translation>
    </message>
    <message>
        <source>A supervisor override needs its own justification: use Override verification.</source>
        <translation>合规主管越过身份验证需要单独说明理由：请使用“越过身份验证”。</translation>
    </message>
    <message>
        <source>Note: at most %1 characters (now %2).</source>
        <translation>备注：最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Only a supervisor may override identity verification.</source>
        <translation>只有合规主管可以越过身份验证。</translation>
    </message>
    <message>
        <source>Justification: explain why the requester's identity is accepted without the usual checks.</source>
        <translation>理由：请说明为何未经常规核验即认可申请人的身份。</translation>
    </message>
    <message>
        <source>Justification: at most %1 characters (now %2).</source>
        <translation>理由：最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>One-time codes are sent by SMS or e-mail only.</source>
        <translation>一次性验证码只能通过短信或电子邮件发送。</translation>
    </message>
    <message>
        <source>%1 has no phone number on record: an SMS code can only go to the registered phone.</source>
        <translation>%1 没有登记电话号码：短信验证码只能发送到登记的电话号码。</translation>
    </message>
    <message>
        <source>%1 has no e-mail address on record: an e-mail code can only go to the registered address.</source>
        <translation>%1 没有登记电子邮箱：邮箱验证码只能发送到登记的邮箱地址。</translation>
    </message>
    <message>
        <source>Cannot protect the one-time code: the cryptography library is not available.</source>
        <translation>无法保护一次性验证码：加密库不可用。</translation>
    </message>
    <message>
        <source>No SMS code is waiting to be checked for this request (none was issued, or it was already used): issue a new code.</source>
        <translation>此请求没有待核对的短信验证码（尚未发送，或已被使用）：请发送新的验证码。</translation>
    </message>
    <message>
        <source>No e-mail code is waiting to be checked for this request (none was issued, or it was already used): issue a new code.</source>
        <translation>此请求没有待核对的邮箱验证码（尚未发送，或已被使用）：请发送新的验证码。</translation>
    </message>
    <message numerus="yes">
        <source>This code has already been tried %n time(s) and can no longer be used: issue a new code.</source>
        <translation>
            <numerusform>此验证码已尝试 %n 次，不能再使用：请发送新的验证码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This code expired at %1 (codes are valid for %n minute(s)): issue a new code.</source>
        <translation>
            <numerusform>此验证码已于 %1 过期（验证码有效期为 %n 分钟）：请发送新的验证码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is wrong; %n attempt(s) left.</source>
        <translation>
            <numerusform>验证码错误；还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is wrong and no attempts are left: issue a new code.</source>
        <translation>验证码错误，且已无剩余尝试次数：请发送新的验证码。</translation>
    </message>
    <message>
        <source>Evidence "%1" no longer matches the SHA-256 recorded when it was added; it may have been altered and is not shown.</source>
        <translation>证明材料“%1”与添加时记录的 SHA-256 不再一致，可能已被篡改，因此不予显示。</translation>
    </message>
    <message>
        <source>Verification policy, %1, alternative %2: tick at least one method, or remove the alternative.</source>
        <translation>身份验证策略，%1，备选方案 %2：请至少勾选一种验证方式，或删除该备选方案。</translation>
    </message>
</context>
<context>
    <name>ViewDesk</name>
    <message>
        <source>Only an administrator shares views with everyone.</source>
        <translation>只有系统管理员可以与所有人共享视图。</translation>
    </message>
    <message>
        <source>"%1" is a built-in view; choose another name.</source>
        <translation>“%1”是内置视图，请换一个名称。</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>该视图已不存在。</translation>
    </message>
    <message>
        <source>Only an administrator deletes a shared view.</source>
        <translation>只有系统管理员可以删除共享视图。</translation>
    </message>
</context>
<context>
    <name>WorkflowCommand</name>
    <message>
        <source>Unknown %1 "%2". Known: %3.</source>
        <translation>未知的%1“%2”。可用：%3。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: no column gives %2 (columns: %3). Name one with --map HEADER=FIELD.</source>
        <translation>%1：没有列对应 %2（文件的列：%3）。请用 --map 列名=字段 指定。</translation>
    </message>
    <message>
        <source>%1 line %2, %3: %4</source>
        <translation>%1 第 %2 行，%3：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 are wrong; nothing was imported.</source>
        <translation>
            <numerusform>%1 行中有 %n 行有误，未导入任何请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no rows below its header; nothing was imported.</source>
        <translation>%1 在标题行以下没有数据行，未导入任何请求。</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are good (%1); nothing was imported (--dry-run).</source>
        <translation>
            <numerusform>全部 %n 行均无误（%1）；未导入任何请求（--dry-run）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>已导入 %n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every row and report; import nothing.</source>
        <translation>检查每一行并报告结果，不导入任何请求。</translation>
    </message>
    <message>
        <source>The file's encoding: utf-8 or gbk (detected if not given).</source>
        <translation>文件的编码：utf-8 或 gbk（未指定时自动检测）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Read the column with this header as this field (%1, or ignore); repeatable.</source>
        <translation>将此列名的列读作该字段（%1，或 ignore）；可重复使用。</translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation>列名=字段</translation>
    </message>
    <message>
        <source>A note to go with it.</source>
        <translation>附带的备注。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Refusal reasons (keys, comma-separated: %1).</source>
        <translation>拒绝理由（代码，以逗号分隔：%1）。</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The explanation a refusal gives the person.</source>
        <translation>拒绝时向个人信息主体作出的说明。</translation>
    </message>
    <message>
        <source>How it was sent or received (%1).</source>
        <translation>发送或接收的方式（%1）。</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>The letter's language: zh_CN or en (default: the person's).</source>
        <translation>函件语言：zh_CN 或 en（默认为个人信息主体的偏好）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Also save the letter's PDF to this file.</source>
        <translation>同时将函件的 PDF 保存到此文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gbk, not "%1".</source>
        <translation>--encoding 必须是 utf-8 或 gbk，而不是“%1”。</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>refusal reason</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <source>The direction is in (from the requester) or out (to the requester), not "%1".</source>
        <translation>方向应为 in（来自请求人）或 out（发给请求人），而不是“%1”。</translation>
    </message>
    <message>
        <source>verification method</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>The outcome is passed or failed, not "%1".</source>
        <translation>结果应为 passed 或 failed，而不是“%1”。</translation>
    </message>
    <message>
        <source>letter kind</source>
        <translation>函件类型</translation>
    </message>
    <message>
        <source>--language must be zh_CN or en, not "%1".</source>
        <translation>--language 必须是 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reference: status</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a member of staff requests can be assigned to.</source>
        <translation>%1 不是可被分配请求的工作人员。</translation>
    </message>
    <message>
        <source>%1: assigned to %2</source>
        <translation>%1：已分配给 %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1: priority %2</source>
        <translation>%1：优先级 %2</translation>
    </message>
    <message>
        <source>%1: note added</source>
        <translation>%1：已添加备注</translation>
    </message>
    <message>
        <source>%1: correspondence recorded</source>
        <translation>%1：已记录往来沟通</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>%1: letter %2 (%3), SHA-256 %4</source>
        <translation>%1：函件 %2（%3），SHA-256 %4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot save the %1: %2</source>
        <translation>无法保存%1：%2</translation>
    </message>
    <message>
        <source>Cannot save the proposal: %1</source>
        <translation>无法保存提议：%1</translation>
    </message>
    <message>
        <source>Cannot read the proposal: %1</source>
        <translation>无法读取提议：%1</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>Cannot read the proposals: %1</source>
        <translation>无法读取提议列表：%1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cannot read the notes: %1</source>
        <translation>无法读取备注：%1</translation>
    </message>
    <message>
        <source>correspondence</source>
        <translation>往来沟通记录</translation>
    </message>
    <message>
        <source>Cannot read the correspondence: %1</source>
        <translation>无法读取往来沟通记录：%1</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>上报记录</translation>
    </message>
    <message>
        <source>Cannot read the escalations: %1</source>
        <translation>无法读取上报记录：%1</translation>
    </message>
</context>
<context>
    <name>pd::AuditEntryDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation>审计记录 %1</translation>
    </message>
    <message>
        <source>When: %1 (UTC %2)</source>
        <translation>时间：%1（UTC %2）</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>entity and its id</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>请求：%1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>As stored, with the entry's place in the hash chain:</source>
        <translation>原始存储内容及其在哈希链中的位置：</translation>
    </message>
    <message>
        <source>Before: %1
After: %2
Previous hash: %3
Hash: %4</source>
        <translation>变更前：%1
变更后：%2
前一哈希：%3
哈希：%4</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>pd::AuditLogModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>entity and its id</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Entry %1, recorded %2 (UTC %3)</source>
        <translation>条目 %1，记录于 %2（UTC %3）</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>变更前：%1
变更后：%2</translation>
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
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>pd::AuditPage</name>
    <message>
        <source>Anyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1
Press F5 to try again.</source>
        <translation>无法读取审计日志：%1
请按 F5 重试。</translation>
    </message>
    <message>
        <source>The audit log is empty. Every change staff make — registering, status changes, edits, sign-ins — is recorded here.</source>
        <translation>审计日志为空。工作人员所做的每项变更——登记、状态变更、修改、登录——都会记录在此。</translation>
    </message>
    <message>
        <source>No audit entry matches these filters. Change them, or press "Clear filters".</source>
        <translation>没有符合筛选条件的审计日志条目。请修改筛选条件，或点击“清除筛选”。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain… (every entry is read and its hash recomputed)</source>
        <translation>正在校验审计日志的哈希链…（逐条读取并重新计算哈希值）</translation>
    </message>
    <message>
        <source>Press "Verify chain" to check that no entry was altered, removed or reordered.</source>
        <translation>点击“校验哈希链”，检查是否有条目被篡改、删除或调换顺序。</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>无法校验哈希链：%1</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>哈希链完整：已校验 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2</source>
        <translation>哈希链在条目 %1 处断裂：%2</translation>
    </message>
    <message>
        <source>Request reference or id</source>
        <translation>请求编号或 ID</translation>
    </message>
    <message>
        <source>Show the entries about one request: its reference (DSR-2026-000123) or its id</source>
        <translation>显示与某个请求相关的条目：输入其编号（DSR-2026-000123）或 ID</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>执行操作的人</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>执行的操作</translation>
    </message>
    <message>
        <source>From</source>
        <comment>audit entries from this day</comment>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <comment>audit entries up to this day</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>The first day to show (local time)</source>
        <translation>显示的起始日期（本地时间）</translation>
    </message>
    <message>
        <source>The last day to show (local time)</source>
        <translation>显示的截止日期（本地时间）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Recompute every entry's hash and check that the chain is unbroken</source>
        <translation>重新计算每个条目的哈希值，检查哈希链是否完整</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Exporting: %L1 of %L2 entries…</source>
        <translation>正在导出：第 %L1 个，共 %L2 个条目…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the entries as filtered to CSV or Excel.</source>
        <translation>将当前筛选的条目导出为 CSV 或 Excel。</translation>
    </message>
</context>
<context>
    <name>pd::BulkActions</name>
    <message numerus="yes">
        <source>%Ln selected request(s)</source>
        <translation>
            <numerusform>已选择 %Ln 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>bulk action: fits m of n</comment>
        <translation>%1（%3 个中的 %2 个）</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation>无人（取消分配）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Does not fit the type or status of any selected request.</source>
        <translation>不适用于所选任何请求的类型或状态。</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
</context>
<context>
    <name>pd::BulkResultDialog</name>
    <message>
        <source>Bulk action: %1</source>
        <translation>批量操作：%1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation>%1：%2 个已完成，%3 个被拒绝。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>pd::ChangeNotifier</name>
    <message>
        <source>The connection to the database %1 was lost.</source>
        <translation>与数据库 %1 的连接已断开。</translation>
    </message>
</context>
<context>
    <name>pd::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so your change was not saved. Compare the two and choose.</source>
        <translation>自您打开 %1 以来，它已被他人更改，因此您的更改未保存。请对比两者后选择。</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>您的更改</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>当前存储的版本</translation>
    </message>
    <message>
        <source>&amp;Apply my change to the stored version</source>
        <translation>将我的更改应用到存储的版本(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep the stored version</source>
        <translation>保留存储的版本(&amp;K)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Last step: %1, by %2 at %3</source>
        <translation>最近一步：%1，由 %2 于 %3 执行</translation>
    </message>
    <message>
        <source>Last changed: %1, by %2 at %3</source>
        <translation>最近更改：%1，由 %2 于 %3 执行</translation>
    </message>
</context>
<context>
    <name>pd::ConsentWithdrawalDialog</name>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>撤回同意(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Marketing opt-out (退订)</source>
        <translation>营销退订(&amp;M)</translation>
    </message>
    <message>
        <source>Withdraw consent · %1</source>
        <translation>撤回同意 · %1</translation>
    </message>
    <message>
        <source>Tick the purposes whose consent %1 withdraws. From now on their personal information is no longer processed for them; what was done before, with their consent, stays lawful (policy §4).</source>
        <translation>请勾选 %1 撤回同意的处理目的。此后不再为这些目的处理其个人信息；撤回前基于其同意已进行的处理仍然合法（政策第四条）。</translation>
    </message>
    <message>
        <source>Withdraws the consent to marketing in one step</source>
        <translation>一步撤回对营销的同意</translation>
    </message>
    <message>
        <source>Withdrawn on this request so far: %1.</source>
        <translation>本请求已撤回：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>正在记录…</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: consent withdrawn for %n purpose(s). The request can now be completed.</source>
        <translation>
            <numerusform>已记录：已撤回 %n 个处理目的的同意。现在可以办结该请求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation>服务器 %1 需要密码。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer's keychain</source>
        <translation>在本计算机的钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Stored by the system keychain (never in PrivacyDesk's settings), so that this database opens without asking. Untick to forget a remembered password.</source>
        <translation>由系统钥匙串保存（绝不写入 PrivacyDesk 的设置），以后打开此数据库时无需再输入。取消勾选即可忘记已记住的密码。</translation>
    </message>
    <message>
        <source>The remembered password did not open the database: %1</source>
        <translation>已记住的密码无法打开数据库：%1</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>未能记住密码</translation>
    </message>
    <message>
        <source>The database is open, but the password could not be remembered: %1
It will be asked for next time.</source>
        <translation>数据库已打开，但未能记住密码：%1
下次打开时将再次询问。</translation>
    </message>
</context>
<context>
    <name>pd::DecisionDialog</name>
    <message>
        <source>Approve: %1</source>
        <translation>批准：%1</translation>
    </message>
    <message>
        <source>Send back: %1</source>
        <translation>退回：%1</translation>
    </message>
    <message>
        <source>Approve this proposal for %1?</source>
        <translation>批准 %1 的这项提议？</translation>
    </message>
    <message>
        <source>Send this proposal for %1 back to be worked on again?</source>
        <translation>将 %1 的这项提议退回重新办理？</translation>
    </message>
    <message>
        <source>&amp;Note for the history (optional):</source>
        <translation>备注（可选，记入历史）(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Why it goes back (for the history):</source>
        <translation>退回原因（记入历史）(&amp;W)：</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Loading demo data: %L1 of %L2 requests…</source>
        <translation>正在加载演示数据：%L1 / %L2 个请求…</translation>
    </message>
    <message>
        <source>Building the search indexes…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <source>Cancelling: no more requests are taken in; those under way are finished…</source>
        <translation>正在取消：不再接收新的请求，正在处理中的请求将处理完毕……</translation>
    </message>
</context>
<context>
    <name>pd::ErasureDialog</name>
    <message>
        <source>&amp;Dry run again</source>
        <translation>重新试运行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Carry out…</source>
        <translation>执行(&amp;C)…</translation>
    </message>
    <message>
        <source>Account cancellation · %1</source>
        <translation>注销账号 · %1</translation>
    </message>
    <message>
        <source>Deletion · %1</source>
        <translation>删除 · %1</translation>
    </message>
    <message>
        <source>The account of %1 is marked cancelled at each source, then every category is deleted or anonymised as the data inventory says. Records a law requires to be kept are restricted and deleted when the duty ends.</source>
        <translation>先在各数据源将 %1 的账号标记为已注销，再按数据清单删除或匿名化每个类别。法律要求保存的记录将被限制处理，并在义务届满时删除。</translation>
    </message>
    <message>
        <source>Every category held about %1 is deleted or anonymised at each source, as the data inventory says. Records a law requires to be kept are restricted and deleted when the duty ends.</source>
        <translation>按数据清单，在各数据源删除或匿名化有关 %1 的每个类别。法律要求保存的记录将被限制处理，并在义务届满时删除。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查得</translation>
    </message>
    <message>
        <source>Deleted or anonymised</source>
        <translation>删除或匿名化</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Why kept</source>
        <translation>保留理由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not approved yet: read the dry run now; it is carried out only after a supervisor approves the proposal.</source>
        <translation>尚未批准：现在可查看试运行结果；须经主管批准提议后方可执行。</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>已由 %1 批准。</translation>
    </message>
    <message>
        <source>A supervisor approves the proposal first (four-eyes principle).</source>
        <translation>须先经主管批准提议（双人复核原则）。</translation>
    </message>
    <message>
        <source>Some records would be kept without a legal reason; see the lines marked.</source>
        <translation>有记录将在无法定理由的情况下被保留，见标出的行。</translation>
    </message>
    <message>
        <source>Carry out what the dry run shows, at every source not yet done</source>
        <translation>在尚未完成的各数据源执行试运行所示的处理</translation>
    </message>
    <message>
        <source>Asking the sources what would be erased (nothing is changed)…</source>
        <translation>正在向各数据源查询将删除的内容（不作任何更改）…</translation>
    </message>
    <message>
        <source>Carried out and proven: the look-ups afterwards found only what is kept.</source>
        <translation>已执行并复核：事后查询只查得保留的内容。</translation>
    </message>
    <message>
        <source>No source is registered, so nothing would be erased in any system. Register the systems that hold personal data (Settings ▸ Data sources) first.</source>
        <translation>尚未登记任何数据源，因此不会在任何系统中删除数据。请先登记保存个人信息的系统（设置 ▸ 数据源）。</translation>
    </message>
    <message>
        <source>These sources could not be asked: %1</source>
        <translation>以下数据源无法查询：%1</translation>
    </message>
    <message>
        <source>Carrying it out at the sources…</source>
        <translation>正在各数据源执行…</translation>
    </message>
    <message>
        <source>Carried out at every source and proven by the look-ups. The request can now be completed.</source>
        <translation>已在所有数据源执行，并经查询复核。现在可以办结该请求。</translation>
    </message>
    <message>
        <source>Not finished: %1. Press "Dry run again", then carry out the rest; what was done is not repeated.</source>
        <translation>尚未完成：%1。请点击“重新试运行”，再执行其余部分；已完成的不会重复。</translation>
    </message>
    <message>
        <source>%1 anonymised</source>
        <translation>已匿名化 %1 条</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>已删除 %1 条</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done; %1 found afterwards</source>
        <translation>已完成；事后查得 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln row(s) would be deleted or anonymised.</source>
        <translation>
            <numerusform>试运行：将删除或匿名化 %Ln 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete or anonymise %Ln row(s) at %1 source(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>现在在 %1 个数据源删除或匿名化 %Ln 条吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <message>
        <source>Reference, name, phone, e-mail…</source>
        <translation>编号、姓名、电话、邮箱…</translation>
    </message>
    <message>
        <source>Search by reference (or its number alone, e.g. 4567), name, phone, e-mail or account (Ctrl+F)</source>
        <translation>按请求编号（或仅其序号，如 4567）、姓名、电话、电子邮箱或账号搜索（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>pd::Gateway</name>
    <message>
        <source>The database was handed to a session.</source>
        <translation>数据库已移交给会话。</translation>
    </message>
    <message>
        <source>The demo administrator was not created.</source>
        <translation>未能创建演示系统管理员。</translation>
    </message>
</context>
<context>
    <name>pd::ImportDialog</name>
    <message>
        <source>Import requests from a CSV file</source>
        <translation>从 CSV 文件导入请求</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Columns: what each column of the file holds</source>
        <translation>列：文件中每一列的内容</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Preview: every row checked as the intake form checks it</source>
        <translation>预览：每一行都按登记表单的规则检查</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Import requests</source>
        <translation>导入请求</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>自动检测（%1）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>No column gives %1: choose the column that holds it above.</source>
        <translation>没有列对应 %1：请在上方选择包含该内容的列。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>正在检查 %Ln 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>无误</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>有误</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from a web form or a spreadsheet (UTF-8 or GBK).</source>
        <translation>请选择从网页表单或电子表格导出的 CSV 文件（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>文件在标题行以下没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the file</source>
        <translation>
            <numerusform>文件共 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong. Nothing is imported while any row is wrong: correct the file (or the columns) and read it again.</source>
        <translation>
            <numerusform>其中 %Ln 行有误。只要有一行有误就不会导入任何请求：请修正文件（或列的对应关系）后重新读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) are good (%1). Import registers them all at once.</source>
        <translation>
            <numerusform>全部 %Ln 行均无误（%1）。导入将一次性登记全部请求。</numerusform>
        </translation>
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
        <source>No one matches "%1". Enter the person's details below.</source>
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
    <message>
        <source>%1 · %2 · %3 · due %4</source>
        <comment>reference · type · status · due date</comment>
        <translation>%1 · %2 · %3 · 截止 %4</translation>
    </message>
    <message numerus="yes">
        <source>This person already has %n open request(s) of the same type, so the new one may be a repeat:</source>
        <translation>
            <numerusform>此人已有 %n 件同类型的未结申请，新申请可能是重复申请：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Link each new request to the open one of its type as a duplicate</source>
        <translation>将每件新申请作为重复申请关联到同类型的未结申请(&amp;L)</translation>
    </message>
</context>
<context>
    <name>pd::InventoryCategoryDialog</name>
    <message>
        <source>Category · %1</source>
        <translation>类别 · %1</translation>
    </message>
    <message>
        <source>Name (中文):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <source>Legal basis (中文):</source>
        <translation>法律依据（中文）：</translation>
    </message>
    <message>
        <source>Legal basis (English):</source>
        <translation>法律依据（英文）：</translation>
    </message>
    <message>
        <source>Purposes (§1.2):</source>
        <translation>处理目的（第 1.2 节）：</translation>
    </message>
    <message>
        <source>Shared with (§3):</source>
        <translation>共享对象（第三节）：</translation>
    </message>
    <message>
        <source>Fields (the key is the column name the sources' look-ups return):</source>
        <translation>字段（字段键为数据源查询语句返回的列名）：</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>字段键</translation>
    </message>
    <message>
        <source>Label (中文)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation>删除字段(&amp;M)</translation>
    </message>
</context>
<context>
    <name>pd::InventoryPage</name>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>%1: the months must be a whole number from 0 to 1200, not "%2".</source>
        <translation>%1：月数必须是 0 到 1200 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Saved. Letters, packages and the person view use it from now on.</source>
        <translation>已保存。此后的函件、资料包和个人信息视图均按此执行。</translation>
    </message>
    <message>
        <source>What is held about people, by category (policy §1.1): how long each is kept after the record's date (0: while the account exists), the legal minimum (a deletion keeps the data restricted until it has passed), the rule as letters and packages state it, and what a deletion does.</source>
        <translation>按类别列出所持有的个人信息（政策第 1.1 节）：每类信息自记录日期起保存多久（0 表示账户存续期间）、法定最短保存期限（删除时在期满前仅限制处理）、函件和资料包中表述的保存规则，以及删除时的处理方式。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kept (months)</source>
        <translation>保存（月）</translation>
    </message>
    <message>
        <source>Legal minimum (months)</source>
        <translation>法定最短（月）</translation>
    </message>
    <message>
        <source>Retention rule (中文)</source>
        <translation>保存规则（中文）</translation>
    </message>
    <message>
        <source>Retention rule (English)</source>
        <translation>保存规则（英文）</translation>
    </message>
    <message>
        <source>A deletion</source>
        <translation>删除时</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit category…</source>
        <translation>编辑类别(&amp;E)……</translation>
    </message>
    <message>
        <source>&amp;View category…</source>
        <translation>查看类别(&amp;V)……</translation>
    </message>
    <message>
        <source>Names, legal basis, purposes, recipients and fields of the selected category</source>
        <translation>所选类别的名称、法律依据、处理目的、共享对象和字段</translation>
    </message>
    <message>
        <source>Changed; Save to keep it.</source>
        <translation>已修改；请保存以生效。</translation>
    </message>
</context>
<context>
    <name>pd::LetterPreviewDialog</name>
    <message>
        <source>The letter cannot be shown: its PDF could not be read.</source>
        <translation>无法显示函件：无法读取其 PDF。</translation>
    </message>
    <message>
        <source>Letter — %1</source>
        <translation>函件 — %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The letter could not be saved to %1: %2</source>
        <translation>无法将函件保存到 %1：%2</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>保存函件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be printed.</source>
        <translation>无法打印函件。</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>打印函件</translation>
    </message>
</context>
<context>
    <name>pd::LettersBox</name>
    <message>
        <source>Letters</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation>撰写函件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>函件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>SHA-256 %1 · by %2</source>
        <translation>SHA-256：%1 · 撰写人：%2</translation>
    </message>
    <message>
        <source>No letter fits a request that is %1.</source>
        <translation>没有适用于状态为“%1”的请求的函件。</translation>
    </message>
    <message>
        <source>Language of the letter (%1 prefers %2). Check that any explanation you wrote is in the same language.</source>
        <translation>函件语言（%1 的首选语言：%2）。请确认您写的说明也使用同一语言。</translation>
    </message>
    <message>
        <source>the requester</source>
        <translation>请求人</translation>
    </message>
    <message>
        <source>Double-click a letter to see it, save it or print it.</source>
        <translation>双击函件即可查看、保存或打印。</translation>
    </message>
</context>
<context>
    <name>pd::LockScreen</name>
    <message>
        <source>PrivacyDesk is locked</source>
        <translation>PrivacyDesk 已锁定</translation>
    </message>
    <message>
        <source>Nobody used this window for a while, so it hides what it showed. %1, type your password to go on.</source>
        <translation>此窗口已有一段时间无人使用，因此隐藏了显示的内容。%1，请输入密码以继续。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
</context>
<context>
    <name>pd::LoginDialog</name>
    <message>
        <source>Sign in to PrivacyDesk</source>
        <translation>登录 PrivacyDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
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
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>signed-in staff member: display name · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Change the password of %1; you type the current one first.</source>
        <translation>修改 %1 的密码；需先输入当前密码。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>The connection to the database is back.</source>
        <translation>与数据库的连接已恢复。</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation>退出登录/切换用户(&amp;O)…</translation>
    </message>
    <message>
        <source>This database holds no request yet. Load demo data to try PrivacyDesk out?

Demo data is made up: fake names, numbers and addresses, worked by demo accounts.</source>
        <translation>此数据库中还没有请求。是否加载演示数据来试用 PrivacyDesk？

演示数据均为虚构：虚假的姓名、号码和地址，由演示账号办理。</translation>
    </message>
    <message>
        <source>Demo data is still loading. Cancel it first, then sign out.</source>
        <translation>演示数据仍在加载。请先取消加载，再退出登录。</translation>
    </message>
    <message>
        <source>Register a request (Ctrl+N)</source>
        <translation>登记请求（Ctrl+N）</translation>
    </message>
    <message>
        <source>Only into a database that holds no requests but demo ones.</source>
        <translation>仅限除演示请求外不含任何请求的数据库。</translation>
    </message>
    <message numerus="yes">
        <source>The database cannot be reached: %1 Trying again in %n second(s); what is shown may be out of date.</source>
        <translation>
            <numerusform>无法连接数据库：%1 将在 %n 秒后重试；当前显示的内容可能已过时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be saved when the connection is back.</source>
        <translation>
            <numerusform>有 %n 项更改等待连接恢复后保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the database connection and will be lost if you close now. Close anyway?</source>
        <translation>
            <numerusform>仍有 %n 项更改在等待数据库连接，现在关闭将丢失这些更改。仍要关闭吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import requests from CSV…</source>
        <translation>从 CSV 导入请求(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export the queue…</source>
        <translation>导出队列(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Verification reminders: %n letter(s) written</source>
        <translation>
            <numerusform>身份验证提醒：已写 %n 封信函</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) proposed for closing as unverifiable.</source>
        <translation>
            <numerusform>%n 件申请建议以无法验证身份结案。</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>个人信息主体</translation>
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
    <name>pd::PackageDialog</name>
    <message>
        <source>Create package</source>
        <translation>生成资料包</translation>
    </message>
    <message>
        <source>Data package · %1</source>
        <translation>资料包 · %1</translation>
    </message>
    <message>
        <source>Everything the registered sources hold about %1, as one ZIP file for delivery: a JSON and a CSV file per category, the disclosures and consents, a PDF summary in the requester's language and a page that opens in any browser%2.</source>
        <translation>已登记的数据源中持有的关于%1的全部信息，打包为一个 ZIP 文件供提供给申请人：每个类别一个 JSON 文件和一个 CSV 文件、对外提供记录和同意记录、以申请人语言编写的 PDF 摘要，以及可在任何浏览器中打开的页面%2。</translation>
    </message>
    <message>
        <source>, and portability.json for another processor to load</source>
        <translation>，以及供其他个人信息处理者导入的 portability.json</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 data package.zip</source>
        <translation>%1 资料包.zip</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)……</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256)</source>
        <translation>使用密码保护（AES-256）(&amp;P)</translation>
    </message>
    <message>
        <source>The package's password, shown only now. Send it to the requester by another channel (a phone call or a text message), never with the file.</source>
        <translation>资料包的密码，仅在此显示一次。请通过其他渠道（电话或短信）告知申请人，切勿与文件一同发送。</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>Packages delivered for this request</source>
        <translation>本请求已提供的资料包</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消……</translation>
    </message>
    <message>
        <source>Save the data package</source>
        <translation>保存资料包</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩文件 (*.zip)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the file to write the package to.</source>
        <translation>请选择资料包要写入的文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name so that no delivered package is overwritten.</source>
        <translation>%1 已存在；请另选文件名，以免覆盖已提供的资料包。</translation>
    </message>
    <message>
        <source>Reading what the sources hold…</source>
        <translation>正在读取数据源中持有的信息……</translation>
    </message>
    <message>
        <source>The package was cancelled; no file was written.</source>
        <translation>资料包已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Written to %1: %n item(s), SHA-256 %2.</source>
        <translation>
            <numerusform>已写入 %1：共 %n 条，SHA-256 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>These could not be read: %1. This package does not fulfil the request; correct the source or try again when it is reachable.</source>
        <translation>以下内容无法读取：%1。此资料包不能用于办结请求；请修正数据源，或在其可访问时重试。</translation>
    </message>
</context>
<context>
    <name>pd::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Change the password of your account %1. Type your current password first.</source>
        <translation>修改您的账号 %1 的密码。请先输入当前密码。</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Current password: type your current password.</source>
        <translation>当前密码：请输入您的当前密码。</translation>
    </message>
    <message>
        <source>Repeat new password: the two new passwords differ. Type the new password again.</source>
        <translation>确认新密码：两次输入的新密码不一致。请重新输入新密码。</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>设置您的密码</translation>
    </message>
    <message>
        <source>An administrator set the password of %1. Choose one only you know before you go on: type the password you were given, then your new one.</source>
        <translation>%1 的密码由系统管理员设置。继续之前，请设置一个只有您自己知道的密码：先输入收到的密码，再输入新密码。</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them the new password in person, not by e-mail; they will choose their own when they next sign in.</source>
        <translation>为 %1 设置新密码。请当面告知新密码，不要通过电子邮件发送；对方下次登录时将设置自己的密码。</translation>
    </message>
    <message>
        <source>at least %1 characters, not a common one</source>
        <translation>至少 %1 个字符，且不是常见密码</translation>
    </message>
</context>
<context>
    <name>pd::PeoplePage</name>
    <message>
        <source>No person matches "%1". Search by phone, e-mail, account, ID number or name.</source>
        <translation>没有与“%1”匹配的人。请按手机号、邮箱、账号、身份证号或姓名查找。</translation>
    </message>
    <message numerus="yes">
        <source>%n people match; choose one.</source>
        <translation>
            <numerusform>有 %n 人匹配，请选择一人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up what the sources hold…</source>
        <translation>正在查询各数据源持有的信息……</translation>
    </message>
    <message>
        <source>The look-up was cancelled.</source>
        <translation>查询已取消。</translation>
    </message>
    <message>
        <source>Mask identifiers</source>
        <translation>隐藏标识</translation>
    </message>
    <message>
        <source>Reveal identifiers</source>
        <translation>显示标识明文</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>查找个人</translation>
    </message>
    <message>
        <source>Search by phone, e-mail, account, ID number or name to see everything the registered sources hold about a person.</source>
        <translation>按手机号、邮箱、账号、身份证号或姓名查找，查看已登记的数据源持有的某人的全部信息。</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未能读取</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个数据源</numerusform>
        </translation>
    </message>
    <message>
        <source>looked up %1</source>
        <translation>查询于 %1</translation>
    </message>
    <message>
        <source>No data source is registered yet: an administrator adds them under Settings ▸ Data sources.</source>
        <translation>尚未登记任何数据源：系统管理员可在“设置 ▸ 数据源”中添加。</translation>
    </message>
    <message>
        <source>Could not be read: %1. The other sources are shown.</source>
        <translation>未能读取：%1。其他数据源照常显示。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purposes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;处理目的：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legal basis:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;合法性基础：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;保存期限：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared with:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;共享对象：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rows shown are past their retention.</source>
        <translation>
            <numerusform>所显示的记录中有 %n 条已超过保存期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>未能读取 %1：%2</translation>
    </message>
    <message>
        <source>Disclosures and consents</source>
        <translation>披露与同意</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>披露日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>合法性基础</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>No disclosures recorded.</source>
        <translation>没有披露记录。</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>没有同意记录。</translation>
    </message>
    <message>
        <source>Phone, e-mail, account, ID number or name</source>
        <translation>手机号、邮箱、账号、身份证号或姓名</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Category and source</source>
        <translation>类别与数据源</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>登记对外提供……</translation>
    </message>
    <message>
        <source>Record a consent…</source>
        <translation>登记同意……</translation>
    </message>
    <message>
        <source>Enter the password for %1…</source>
        <translation>输入 %1 的密码……</translation>
    </message>
    <message>
        <source>The source refused the password given; type it again.</source>
        <translation>数据源拒绝了所输入的密码，请重新输入。</translation>
    </message>
</context>
<context>
    <name>pd::RefusalDialog</name>
    <message>
        <source>Propose a refusal</source>
        <translation>提议拒绝</translation>
    </message>
    <message>
        <source>A refusal states its reasons (PIPL Art. 50) and waits for a supervisor who did not propose it to approve it.</source>
        <translation>拒绝须说明理由（《个人信息保护法》第五十条），并须经提议人以外的合规主管批准。</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>&amp;Explanation for the requester:</source>
        <translation>给申请人的说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Propose for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>pd::RegisterEntryDialog</name>
    <message>
        <source>Record a disclosure · %1</source>
        <translation>登记对外提供 · %1</translation>
    </message>
    <message>
        <source>who received it, by name</source>
        <translation>接收方的名称</translation>
    </message>
    <message>
        <source>for example: PIPL Art. 13(1)(3), a court order, the person's consent</source>
        <translation>例如：《个人信息保护法》第十三条第一款第三项、法院裁定、本人同意</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>信息类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind of recipient:</source>
        <translation>接收方类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Disclosed on:</source>
        <translation>提供日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Record a consent · %1</source>
        <translation>登记同意 · %1</translation>
    </message>
    <message>
        <source> (no consent needed)</source>
        <translation>（无需同意）</translation>
    </message>
    <message>
        <source>given</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>处理目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>同意情况(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>pd::ReminderSettingsPage</name>
    <message>
        <source>Saved. The new days apply from the next reminder check.</source>
        <translation>已保存。新的天数从下一次提醒检查起生效。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The reminders were not checked: %1</source>
        <translation>未能检查提醒：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written.</source>
        <translation>
            <numerusform>已写 %n 封提醒函。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) proposed for closing as unverifiable.</source>
        <translation>
            <numerusform>%n 件申请建议以无法验证身份结案。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done:</source>
        <translation>未完成：</translation>
    </message>
    <message>
        <source>A request waiting for the requester to verify their identity gets a reminder letter after the days below, and, if still unverified, is proposed for closing as unverifiable the given number of days after the reminder. Requests proposed for closing are left out of the queue's default view until someone marks them unverifiable. These settings hold for everyone working on this database.</source>
        <translation>等待申请人验证身份的申请在下列天数后会收到一封提醒函；若仍未验证，将在提醒后的指定天数建议以无法验证身份结案。被建议结案的申请不显示在队列的默认视图中，直到有人将其标记为无法验证身份。这些设置适用于使用此数据库的所有人。</translation>
    </message>
    <message>
        <source>&amp;Reminder after:</source>
        <translation>提醒时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Propose closing after the reminder:</source>
        <translation>提醒后建议结案(&amp;P)：</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Write the due reminders now</source>
        <translation>立即写出到期的提醒函(&amp;W)</translation>
    </message>
    <message>
        <source>The app also does this when a supervisor or administrator signs in, and every hour.</source>
        <translation>合规主管或系统管理员登录时以及此后每小时，应用也会自动执行此操作。</translation>
    </message>
</context>
<context>
    <name>pd::RequestActionsBar</name>
    <message>
        <source>Verify identity…</source>
        <translation>验证身份…</translation>
    </message>
    <message>
        <source>Identity: verification satisfied.</source>
        <translation>身份验证：已满足要求。</translation>
    </message>
    <message>
        <source>Identity: not verified yet. Still needed: %1.</source>
        <translation>身份验证：尚未完成。仍需：%1。</translation>
    </message>
    <message>
        <source>see the verification policy</source>
        <translation>参见身份验证策略</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Note for the history (optional):</source>
        <translation>历史记录备注（可选）：</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>优先级…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Correspondence…</source>
        <translation>往来沟通…</translation>
    </message>
    <message>
        <source>Escalation…</source>
        <translation>上报记录…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Assign %1 to:</source>
        <translation>将 %1 分配给：</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Priority of %1:</source>
        <translation>%1 的优先级：</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Note (staff only):</source>
        <translation>备注（仅工作人员可见）：</translation>
    </message>
    <message>
        <source>Sent to the requester</source>
        <translation>发给申请人</translation>
    </message>
    <message>
        <source>Received from the requester</source>
        <translation>收自申请人</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>往来沟通</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>What was sent or received:</source>
        <translation>发出或收到的内容：</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>上报记录</translation>
    </message>
    <message>
        <source>Escalated to (policy §8):</source>
        <translation>上报至（隐私政策第八条）：</translation>
    </message>
    <message>
        <source>Their reference:</source>
        <translation>对方编号：</translation>
    </message>
    <message>
        <source>Outcome (if known):</source>
        <translation>结果（如已知）：</translation>
    </message>
    <message>
        <source>Assign %1 to staff member #%2</source>
        <translation>将 %1 分配给工作人员 #%2</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>验证身份</translation>
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
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>reveal a masked value</comment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full %1; who looked, and when, goes into the audit log.</source>
        <translation>显示完整的%1；查看人和查看时间将记入审计日志。</translation>
    </message>
    <message numerus="yes">
        <source>paused since %1 while waiting for the requester; %n working day(s) left when it resumes</source>
        <translation>
            <numerusform>自 %1 起暂停，等待请求人答复；恢复后剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联申请</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>reference (type, status)</comment>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>重复于 %1</translation>
    </message>
    <message>
        <source>Repeated by %1</source>
        <translation>被 %1 重复</translation>
    </message>
    <message>
        <source>No reply since the reminder of %1: proposed for closing as unverifiable. Mark it unverifiable, or verify the identity if the requester has answered.</source>
        <translation>自 %1 的提醒以来未收到回复：建议以无法验证身份结案。请将其标记为无法验证身份；如申请人已回复，请验证其身份。</translation>
    </message>
    <message>
        <source>Waiting for the requester to verify their identity since %1; a reminder was written on %2.</source>
        <translation>自 %1 起等待申请人验证身份；已于 %2 写出提醒函。</translation>
    </message>
    <message>
        <source>Waiting for the requester to verify their identity since %1.</source>
        <translation>自 %1 起等待申请人验证身份。</translation>
    </message>
    <message>
        <source>Data held…</source>
        <translation>所持有的信息……</translation>
    </message>
    <message>
        <source>Everything the registered sources hold about this person, by category (People page)</source>
        <translation>已登记的数据源持有的此人的全部信息，按类别显示（个人信息主体页面）</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>Data package…</source>
        <translation>资料包……</translation>
    </message>
    <message>
        <source>"No data held" letter of %1</source>
        <translation>%1 出具的“未持有信息”告知函</translation>
    </message>
    <message numerus="yes">
        <source>Package of %1, %n item(s)</source>
        <translation>
            <numerusform>%1 生成的资料包，共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>, password-protected</source>
        <translation>，已设密码</translation>
    </message>
    <message>
        <source> (incomplete: %1 could not be read)</source>
        <translation>（不完整：%1 无法读取）</translation>
    </message>
    <message>
        <source>Nothing yet: deliver a data package (or a "No data held" letter) before completing.</source>
        <translation>尚未提供：办结前请提供资料包（或“未持有信息”告知函）。</translation>
    </message>
    <message>
        <source>Everything held about the person as a ZIP file for delivery (JSON, CSV, PDF), optionally protected with a password</source>
        <translation>将持有的该申请人全部信息打包为 ZIP 文件（JSON、CSV、PDF）供提供，可设密码保护</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>删除执行</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>删除数据…</translation>
    </message>
    <message>
        <source>Not approved yet: propose it; a supervisor approves it before anything is erased.</source>
        <translation>尚未批准：请提交审批；经主管批准后才会删除数据。</translation>
    </message>
    <message>
        <source>Approved by %1; carried out at some sources, not all (Erase… carries on).</source>
        <translation>已由 %1 批准；已在部分数据源执行，尚未全部完成（“删除数据…”可继续）。</translation>
    </message>
    <message>
        <source>Approved by %1; not carried out yet (Erase…).</source>
        <translation>已由 %1 批准；尚未执行（“删除数据…”）。</translation>
    </message>
    <message>
        <source>The dry run of the deletion at every source, then, once approved, carrying it out</source>
        <translation>在各数据源试运行删除，批准后再执行</translation>
    </message>
    <message numerus="yes">
        <source>Carried out: %Ln row(s) deleted or anonymised</source>
        <translation>
            <numerusform>已执行：删除或匿名化 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln kept under a legal hold until %1</source>
        <translation>
            <numerusform>；依法保留 %Ln 条至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>已撤回同意</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Record the consent withdrawn, per purpose, or the marketing opt-out (退订)</source>
        <translation>按处理目的记录撤回的同意，或办理营销退订</translation>
    </message>
</context>
<context>
    <name>pd::RequestQueueModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>%1 到期（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Paused since %1 while waiting for the requester: the clock stops, and the %n working day(s) left carry on when the requester answers (%2).</source>
        <translation>
            <numerusform>自 %1 起暂停，等待请求人答复：期限计时停止，请求人答复后继续计算剩余的 %n 个工作日（%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RequestQueuePage</name>
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
        <source>No request matches these filters. Change them, or press "Clear filters".</source>
        <translation>没有符合筛选条件的请求。请修改筛选条件，或点击“清除筛选”。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>已逾期 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due within 3 working days</source>
        <translation>
            <numerusform>3 个工作日内到期 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk actions (%L1)</source>
        <translation>批量操作（%L1）</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation>导出队列</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Exporting the queue…</source>
        <translation>正在导出队列…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting the queue: %L1 of %L2 requests…</source>
        <translation>正在导出队列：第 %L1 个，共 %L2 个请求…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln request(s).</source>
        <translation>
            <numerusform>已导入 %Ln 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign, set the priority or take a step for every selected request (also from the right-click menu).</source>
        <translation>为所有选中的请求分配经办人、设置优先级或执行流程步骤（也可通过右键菜单）。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the columns the queue shows (and exports).</source>
        <translation>选择队列显示（及导出）的列。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Register requests from a CSV file (UTF-8 or GBK).</source>
        <translation>从 CSV 文件（UTF-8 或 GBK）登记请求。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the requests as filtered and sorted, with the columns shown, to CSV or Excel.</source>
        <translation>按当前筛选和排序、以当前显示的列将请求导出为 CSV 或 Excel。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed for closing as unverifiable not shown (pick the status "%1" to see them)</source>
        <translation>
            <numerusform>另有 %Ln 件建议以无法验证身份结案的申请未显示（选择状态“%1”即可查看）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SaveViewDialog</name>
    <message>
        <source>Save the current view</source>
        <translation>保存当前视图</translation>
    </message>
    <message>
        <source>Share with everyone</source>
        <translation>与所有人共享</translation>
    </message>
    <message>
        <source>Everyone working on this database will find it in their Views menu.</source>
        <translation>使用此数据库的所有人都会在其“视图”菜单中看到它。</translation>
    </message>
    <message>
        <source>The view keeps the filters, the sort and the columns shown. Saving under a name you already use replaces that view.</source>
        <translation>视图会保存筛选条件、排序和显示的列。以已使用的名称保存将替换该视图。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>pd::SavedViewsButton</name>
    <message>
        <source>Shared with everyone</source>
        <translation>与所有人共享</translation>
    </message>
    <message>
        <source>My views</source>
        <translation>我的视图</translation>
    </message>
    <message>
        <source>Save the current view…</source>
        <translation>保存当前视图…</translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1（共享）</translation>
    </message>
    <message>
        <source>Only an administrator deletes a shared view.</source>
        <translation>只有系统管理员可以删除共享视图。</translation>
    </message>
    <message>
        <source>Delete the view "%1"?</source>
        <translation>删除视图“%1”？</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Open a saved view (filters, sort and columns), or save the current one.</source>
        <translation>打开已保存的视图（筛选条件、排序和列），或保存当前视图。</translation>
    </message>
</context>
<context>
    <name>pd::Session</name>
    <message>
        <source>Your account %1 has been deactivated: you are signed out.</source>
        <translation>您的账号 %1 已被停用：您已退出登录。</translation>
    </message>
    <message>
        <source>Your account %1 has an unknown role; ask an administrator.</source>
        <translation>您的账号 %1 的角色未知；请联系系统管理员。</translation>
    </message>
    <message>
        <source>The session is closing.</source>
        <translation>会话正在关闭。</translation>
    </message>
    <message>
        <source>The session is locked: sign in again to go on.</source>
        <translation>会话已锁定：请重新登录以继续。</translation>
    </message>
    <message>
        <source>Choose a new password first: an administrator set the one you signed in with.</source>
        <translation>请先设置新密码：您登录所用的密码由系统管理员设置。</translation>
    </message>
</context>
<context>
    <name>pd::SettingsPage</name>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Verification policy</source>
        <translation>身份验证策略</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes:</source>
        <translation>空闲多少分钟后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>When nobody has used this window for so long, it hides what it shows and asks for the password again. 0 turns the lock off; shared workstations should keep it on.</source>
        <translation>此窗口无人使用达到该时长后，将隐藏显示的内容并要求重新输入密码。0 表示关闭锁定；共用的工作站应保持开启。</translation>
    </message>
    <message>
        <source>Verification reminders</source>
        <translation>身份验证提醒</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation>数据清单</translation>
    </message>
</context>
<context>
    <name>pd::SourcesPage</name>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Saved. Use Test to run the look-ups for one person.</source>
        <translation>已保存。可用“测试”为某人运行这些查询。</translation>
    </message>
    <message>
        <source>Test: type the phone, e-mail, account or ID number of a person to look up.</source>
        <translation>测试：请输入要查询的人的手机号、邮箱、账号或身份证号。</translation>
    </message>
    <message>
        <source>Running the look-ups…</source>
        <translation>正在运行查询……</translation>
    </message>
    <message>
        <source>No person matches "%1".</source>
        <translation>没有与“%1”匹配的人。</translation>
    </message>
    <message numerus="yes">
        <source>%n people match "%1"; give a phone, e-mail, account or ID number.</source>
        <translation>
            <numerusform>有 %n 人与“%1”匹配；请给出手机号、邮箱、账号或身份证号。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>New source</source>
        <translation>新建数据源</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>sqlite:///path/file.db or postgresql://user@host:5432/database</source>
        <translation>sqlite:///路径/文件.db 或 postgresql://用户@主机:5432/数据库</translation>
    </message>
    <message>
        <source>Without the password: it is asked for, or read from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation>不含密码：密码会在需要时询问，或从 PGPASSWORD、~/.pgpass 或钥匙串读取。</translation>
    </message>
    <message>
        <source>Test for:</source>
        <translation>测试对象：</translation>
    </message>
    <message>
        <source>Phone, e-mail, account or ID number</source>
        <translation>手机号、邮箱、账号或身份证号</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>One read-only SELECT per category, bound by the person's identifiers: %1. Name the columns as the inventory's fields (SELECT pwd AS password …) so they are labelled, masked and, for a password, shown only as set.</source>
        <translation>每个类别一条只读 SELECT，按个人标识绑定：%1。请按数据清单的字段名为列命名（SELECT pwd AS password …），以便显示字段名称、脱敏，并且密码只显示“已设置”。</translation>
    </message>
    <message>
        <source>Look-up (SELECT)</source>
        <translation>查询（SELECT）</translation>
    </message>
    <message>
        <source>Delete (DELETE)</source>
        <translation>删除（DELETE）</translation>
    </message>
    <message>
        <source>Anonymise (UPDATE)</source>
        <translation>匿名化（UPDATE）</translation>
    </message>
    <message>
        <source>Restrict (UPDATE)</source>
        <translation>限制处理（UPDATE）</translation>
    </message>
    <message>
        <source>Mark the account cancelled (UPDATE)</source>
        <translation>将账号标记为已注销（UPDATE）</translation>
    </message>
    <message>
        <source>Correct %1 (UPDATE)</source>
        <translation>更正%1（UPDATE）</translation>
    </message>
    <message>
        <source>One %1 whose WHERE is bound by the person's identifiers (%2). It may also bind :hold_cutoff (rows older than it may go; newer ones a legal minimum keeps), :pseudonym (a random stand-in for anonymised rows)%3. It runs in one transaction per source, after a dry run and a supervisor's approval.</source>
        <translation>一条 %1，其 WHERE 须绑定个人标识（%2）。还可绑定 :hold_cutoff（早于该时间的记录可删除，较新的记录按法定最短期限保留）、:pseudonym（匿名化记录的随机替代值）%3。经试运行和主管批准后，在每个数据源以一个事务执行。</translation>
    </message>
    <message>
        <source> and :value (the corrected value)</source>
        <translation>以及 :value（更正后的值）</translation>
    </message>
    <message>
        <source>&amp;Statement for:</source>
        <translation>语句(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>pd::StaffAccountDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>添加工作人员账号</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation>例如王芳</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>添加账号(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ. Type the password again.</source>
        <translation>确认密码：两次输入的密码不一致。请重新输入。</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Create the administrator's account now: the administrator adds the other staff accounts (agents and supervisors) and manages the settings.</source>
        <translation>此数据库还没有系统管理员。请现在创建系统管理员账号：系统管理员负责添加其他工作人员账号（合规专员和合规主管）并管理各项设置。</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>创建系统管理员(&amp;C)</translation>
    </message>
    <message>
        <source>at least %1 characters, not a common one</source>
        <translation>至少 %1 个字符，且不是常见密码</translation>
    </message>
</context>
<context>
    <name>pd::StaffPage</name>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1, no password (cannot sign in)</source>
        <translation>%1，未设密码（无法登录）</translation>
    </message>
    <message>
        <source>Select an account in the table first.</source>
        <translation>请先在表格中选择一个账号。</translation>
    </message>
    <message>
        <source>Add a staff account: an agent, a supervisor or an administrator.</source>
        <translation>添加工作人员账号：合规专员、合规主管或系统管理员。</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>停用(&amp;A)</translation>
    </message>
    <message>
        <source>Let %1 sign in again.</source>
        <translation>允许 %1 再次登录。</translation>
    </message>
    <message>
        <source>Stop %1 from signing in. Nothing they did is removed.</source>
        <translation>禁止 %1 登录。其以往的操作记录不会被删除。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Make %1 an agent, a supervisor or an administrator.</source>
        <translation>将 %1 设为合规专员、合规主管或系统管理员。</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>已添加 %1（%2），角色为%3。</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; nothing they did is removed, and an administrator can reactivate the account later.</source>
        <translation>停用 %1（%2）？停用后该账号将无法登录；其以往的操作不会被删除，系统管理员之后可以重新启用该账号。</translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) are still assigned to %1: a supervisor should reassign them.</source>
        <translation>
            <numerusform>仍有 %n 个未结请求分配给 %1：请合规主管重新分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Deactivated %1: the account can no longer sign in.</source>
        <translation>已停用 %1：该账号无法再登录。</translation>
    </message>
    <message>
        <source>Reactivated %1: the account can sign in again.</source>
        <translation>已重新启用 %1：该账号可以再次登录。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>New role for %1 (%2):</source>
        <translation>%1（%2）的新角色：</translation>
    </message>
    <message>
        <source>Change your own role</source>
        <translation>更改您自己的角色</translation>
    </message>
    <message>
        <source>Make yourself %1? You will no longer be able to manage staff accounts or the verification policy; only another administrator can give the role back.</source>
        <translation>将自己设为%1？此后您将无法管理工作人员账号或身份验证策略；只有另一名系统管理员能恢复您的角色。</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 的角色现为%2。</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Everyone who signs in to this database. Agents take requests in and verify requesters; supervisors approve and reassign; administrators manage accounts and settings. A deactivated account cannot sign in, but what it did stays in the audit log.</source>
        <translation>所有登录此数据库的人员。合规专员受理请求并验证申请人身份；合规主管负责审批和重新分配；系统管理员管理账号和设置。已停用的账号无法登录，但其操作仍保留在审计日志中。</translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation>只读。%1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>%1, locked until %2 (too many failed sign-ins)</source>
        <translation>%1，锁定至 %2（登录失败次数过多）</translation>
    </message>
    <message>
        <source>%1, must choose a new password</source>
        <translation>%1，须设置新密码</translation>
    </message>
    <message>
        <source>%1 · demo account</source>
        <translation>%1 · 演示账号</translation>
    </message>
    <message>
        <source>Let %1 sign in again before the lock ends.</source>
        <translation>在锁定期结束前允许 %1 再次登录。</translation>
    </message>
    <message>
        <source>Unlocked %1: the account can sign in again.</source>
        <translation>已解锁 %1：该账号可以再次登录。</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them in person; they choose their own at the next sign-in.</source>
        <translation>为 %1 设置新密码。请当面告知；对方下次登录时将设置自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>pd::VerificationDialog</name>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>【不一致】</translation>
    </message>
    <message>
        <source>not on record</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Verify identity — %1</source>
        <translation>验证身份 — %1</translation>
    </message>
    <message>
        <source>Identifiers the requester gave</source>
        <translation>申请人提供的身份标识</translation>
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
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Compare with the records</source>
        <translation>与记录比对</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation>核验内容</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Record a check</source>
        <translation>记录核验结果</translation>
    </message>
    <message>
        <source>code read back</source>
        <translation>申请人告知的验证码</translation>
    </message>
    <message>
        <source>Send new code</source>
        <translation>发送新验证码</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>核对验证码</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Override (supervisor)…</source>
        <translation>越过身份验证（合规主管）…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证明材料</translation>
    </message>
    <message>
        <source>Scans and documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>扫描件和文档 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Override verification</source>
        <translation>越过身份验证</translation>
    </message>
    <message>
        <source>Justification (kept in the audit log):</source>
        <translation>理由（将记入审计日志）：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核验项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>核验人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Double-click a file to open it.</source>
        <translation>双击文件即可打开。</translation>
    </message>
    <message>
        <source>Verification satisfied for this %1 request.</source>
        <translation>此%1请求已满足身份验证要求。</translation>
    </message>
    <message>
        <source>Not verified yet. Still needed: %1.</source>
        <translation>尚未完成身份验证。仍需：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Phone: %1 · E-mail: %2 · ID number: %3 · Credit code: %4</source>
        <translation>电话号码：%1 · 电子邮箱：%2 · 居民身份证号码：%3 · 统一社会信用代码：%4</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <source>Send this code to the requester: %1 (valid 10 minutes, 3 attempts).</source>
        <translation>请将此验证码发送给申请人：%1（10 分钟内有效，可尝试 3 次）。</translation>
    </message>
    <message>
        <source>The code is right.</source>
        <translation>验证码正确。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>已附加 %1。</translation>
    </message>
    <message>
        <source>Verification overridden; the justification is in the audit log.</source>
        <translation>已越过身份验证；理由已记入审计日志。</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. The file is in %2 until PrivacyDesk closes.</source>
        <translation>此计算机上没有可打开 %1 的程序。在 PrivacyDesk 关闭之前，文件保存在 %2。</translation>
    </message>
    <message>
        <source>Recorded as a check: %1, %2.</source>
        <translation>已记录为一项验证：%1，%2。</translation>
    </message>
    <message>
        <source>Logged in the audit log, but not a check by itself: a matching phone number or e-mail address verifies the requester only once a code sent to it is read back (Send new code).</source>
        <translation>已记入审计日志，但本身不算一项验证：电话号码或电子邮箱一致，只有在请求人读回发送至该号码或邮箱的验证码后才算验证（请点“发送新验证码”）。</translation>
    </message>
</context>
<context>
    <name>pd::VerificationPolicyPage</name>
    <message>
        <source>No verification needed</source>
        <translation>无需验证</translation>
    </message>
    <message>
        <source>(no method ticked)</source>
        <translation>（未勾选任何验证方式）</translation>
    </message>
    <message>
        <source> + </source>
        <comment>methods that together make one alternative</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between alternatives of the verification policy</comment>
        <translation>；或 </translation>
    </message>
    <message>
        <source>Nothing to save: the policy is as stored.</source>
        <translation>无需保存：策略与已保存的一致。</translation>
    </message>
    <message>
        <source>Saved the verification policy for: %1.</source>
        <translation>已保存以下请求类型的身份验证策略：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Tick the methods of alternative %1.</source>
        <translation>请勾选备选方案 %1 的验证方式。</translation>
    </message>
    <message>
        <source>Someone else changed this type meanwhile. Now stored: %1</source>
        <translation>在此期间他人修改了此类型。当前已保存：%1</translation>
    </message>
    <message>
        <source>Changed, not saved yet. Stored: %1</source>
        <translation>已修改，尚未保存。已保存的为：%1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>Alternatives for %1</source>
        <translation>“%1”类请求的备选方案</translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation>备选方案 %1</translation>
    </message>
    <message>
        <source>Alternative %1: %2</source>
        <translation>备选方案 %1：%2</translation>
    </message>
    <message>
        <source>A request of type %1 needs no identity verification. Add an alternative to require one.</source>
        <translation>“%1”类请求无需身份验证。如需验证，请添加备选方案。</translation>
    </message>
    <message>
        <source>A request of type %1 needs no identity verification.</source>
        <translation>“%1”类请求无需身份验证。</translation>
    </message>
    <message>
        <source>Add an alternative way to verify a request of this type.</source>
        <translation>为此类请求添加一种备选验证方案。</translation>
    </message>
    <message>
        <source>&amp;Remove alternative %1</source>
        <translation>删除备选方案 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove alternative</source>
        <translation>删除备选方案(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the alternative whose column holds the selected cell.</source>
        <translation>删除所选单元格所在列的备选方案。</translation>
    </message>
    <message>
        <source>Select a cell in the alternative to remove first.</source>
        <translation>请先在要删除的备选方案中选择一个单元格。</translation>
    </message>
    <message>
        <source>Save the changed request types (Ctrl+S); each change is written to the audit log.</source>
        <translation>保存已修改的请求类型（Ctrl+S）；每项修改都会记入审计日志。</translation>
    </message>
    <message>
        <source>Nothing to save yet: tick or untick a method first.</source>
        <translation>暂无可保存的内容：请先勾选或取消勾选验证方式。</translation>
    </message>
    <message>
        <source>Forget the changes and show the stored policy again.</source>
        <translation>放弃修改，重新显示已保存的策略。</translation>
    </message>
    <message>
        <source>There are no changes to discard.</source>
        <translation>没有可放弃的修改。</translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation>%1 现为：%2</translation>
    </message>
    <message>
        <source>Someone else changed the verification policy for %1 while you were editing. Nothing was saved; your changes are still shown.</source>
        <translation>在您编辑期间，他人修改了“%1”的身份验证策略。未保存任何内容；您的修改仍显示在此。</translation>
    </message>
    <message>
        <source>Verification policy</source>
        <translation>身份验证策略</translation>
    </message>
    <message>
        <source>How the identity of a requester is verified, per request type. A request is verified when every method of any one alternative has passed. An authorised agent must also show a power of attorney, and a close relative of a deceased person a proof of kinship. A supervisor may override verification with a written justification; that is not part of the policy.</source>
        <translation>按请求类型规定如何验证申请人的身份。任一备选方案中的全部验证方式均通过后，请求即视为已验证。委托代理人还须出示授权委托书，已故者的近亲属还须出示亲属关系证明。合规主管可凭书面理由越过身份验证；这不属于策略的一部分。</translation>
    </message>
    <message>
        <source>Read only. %1 You can read the policy here.</source>
        <translation>只读。%1您可以在此查看策略。</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>Verification needed</source>
        <translation>所需验证</translation>
    </message>
    <message>
        <source>Tick the methods that together make one alternative; any one complete alternative is enough.</source>
        <translation>勾选共同构成一个备选方案的验证方式；满足任一完整的备选方案即可。</translation>
    </message>
    <message>
        <source>Any one complete alternative is enough.</source>
        <translation>满足任一完整的备选方案即可。</translation>
    </message>
    <message>
        <source>&amp;Add alternative</source>
        <translation>添加备选方案(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>保存策略(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation>用我的修改覆盖(&amp;M)</translation>
    </message>
    <message>
        <source>Discard mine and show &amp;theirs</source>
        <translation>放弃我的修改并显示对方的(&amp;T)</translation>
    </message>
</context>
</TS>