<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 follows entry %2: the entries between them are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it (removed or reordered entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1, but %2 entries were written: entries at the end are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authority</name>
    <message>
        <source>Cyberspace administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecommunications authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market regulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the reference numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the id sequences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the bulk load: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Online feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Create the database, or bring it up to this version&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deterministic demo data: people, staff and requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List requests as the queue shows them, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count requests by status and by type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrivacyDesk on the command line: manage the privacy-request database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database address: sqlite:///path/file.db or postgresql://user@host:5432/db (password from PGPASSWORD). Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these statuses (keys, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these request types (keys, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--requests must be a whole number from 1 to 10000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to 100000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Known statuses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown request type &quot;%1&quot;. Known types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 of %2 requests (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 demo requests to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (empty for none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: check that the audit log&apos;s hash chain is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: init, demo, list, stats, audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Use one of: init, demo, list, stats, audit (--help for details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use one of: init, demo, list, stats, audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log does NOT verify: first bad entry %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry verified.</numerusform>
            <numerusform>The audit log is intact: %n entries verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt database driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database address &quot;%1&quot; needs an absolute file path, such as sqlite:///home/me/privacydesk.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not a valid PostgreSQL address; use postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; must start with sqlite:// or postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRule</name>
    <message numerus="yes">
        <source>%n working day(s) after receipt</source>
        <translation>
            <numerusform>%n working day after receipt</numerusform>
            <numerusform>%n working days after receipt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Qianchuan Network Technology (Shanghai) Co., Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qianyu Network Technology (Shanghai) Co., Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both companies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryAction</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Contact: give at least a phone number, an e-mail address or an account, so that the person can be verified and answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type: choose at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: enter the date and time the request arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: the time of receipt cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: the date is implausibly old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: at most 4000 characters (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Cannot save the person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read person %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search people: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueFilter</name>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <source>Cannot count requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalReason</name>
    <message>
        <source>Deceptive or fraudulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impracticable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would harm another person&apos;s privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal retention period has not expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAction</name>
    <message>
        <source>Start verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the requester for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose account cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>Cannot number the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestType</name>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint / enquiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequesterKind</name>
    <message>
        <source>The person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close relative of a deceased person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s schema version &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of PrivacyDesk (schema %1; this program knows up to %2). It has not been changed. Please update PrivacyDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to schema %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>Cannot read the staff list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add staff member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost and could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Phone number: enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: &quot;%1&quot; cannot be read as a phone number. Use a mainland number such as 138 0013 8000, or an international number starting with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number: &quot;%1&quot; is not a valid number (wrong length or an unassigned prefix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: enter an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not a valid address; it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number: enter the 18-character number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number: &quot;%1&quot; must be 17 digits followed by a digit or X (18 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number: &quot;%1&quot; contains an impossible date of birth (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number: the check character of &quot;%1&quot; is wrong; please re-check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationMethod</name>
    <message>
        <source>Account login match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed written request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of kinship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DemoDataLoader</name>
    <message>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data: %L1 of %L2 requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search indexes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::FilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due window (open requests only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, name, e-mail or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::IntakeDialog</name>
    <message>
        <source>Register a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (data subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person by phone, e-mail, account or resident ID number, or enter a new person below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000 or name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new person instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident &amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ocessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+86 mobile, or + and country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Enter the person&apos;s details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests will be registered for &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the request can be registered.</source>
        <translation>
            <numerusform>%n problem to fix before the request can be registered.</numerusform>
            <numerusform>%n problems to fix before the request can be registered.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was not saved: %1 Nothing was changed; your input is still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many demo requests should be added?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PrivacyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PrivacyDesk %1&lt;/h3&gt;&lt;p&gt;Administers privacy requests under the Personal Information Protection Law: intake, triage, verification and replies within 15 working days.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %L1 demo requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrivacyDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PrivacyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no request yet. Load demo data to try PrivacyDesk out?

Demo data is made up: fake names, numbers and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load 10,000 demo requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database address — sqlite:///path/to/file.db for a file, or postgresql://user@host:5432/database for a shared server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the demo data to finish loading before opening another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrivacyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is still loading. Cancel it first, then close the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::MultiSelectButton</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RequestDetailPanel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request and press Enter (or double-click it) to see its details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>overdue by %n working day</numerusform>
            <numerusform>overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RequestQueueModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RequestQueuePage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 3 working days</source>
        <translation>
            <numerusform>%n due within 3 working days</numerusform>
            <numerusform>%n due within 3 working days</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue cannot be read: %1
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet — press Ctrl+N to register one, or load demo data from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request matches these filters. Change them, or press &quot;Clear filters&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
