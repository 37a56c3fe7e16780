<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>One of: init, demo, list, stats.</source>
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
        <source>No command given. Use one of: init, demo, list, stats (--help for details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use one of: init, demo, list, stats.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>The database connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
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
</TS>
