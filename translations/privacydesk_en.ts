<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPackage</name>
    <message>
        <source>The package was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>The checkpoint of %1 (entry %2) does not carry a valid signature: the file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries were removed: the checkpoint of %1 was signed over %2 entries up to entry %3, and the log now holds %4 up to entry %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, signed in the checkpoint of %2, is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain was rebuilt: entry %1 no longer has the hash signed in the checkpoint of %2, so it or an entry before it was changed and the hashes recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was added after the checkpoint of %2 but is dated before it: a forged entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file of PrivacyDesk audit checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit checkpoint: the signing key file (created at first use, mode 0600; default PRIVACYDESK_AUDIT_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify: also check the log against the signed checkpoints in this file.</source>
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
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint in %1 carries a valid signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log does NOT agree with its signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log agrees with %n signed checkpoint(s); the newest covers %1 entries, %2 written since.</source>
        <translation>
            <numerusform>The audit log agrees with %n signed checkpoint; the newest covers %1 entries, %2 written since.</numerusform>
            <numerusform>The audit log agrees with %n signed checkpoints; the newest covers %1 entries, %2 written since.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit checkpoint needs the signing key: --key FILE (or PRIVACYDESK_AUDIT_KEY). Keep it outside the database, readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint signed: %1 entries up to entry %2 (hash %3), key %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit checkpoints needs --out FILE: where to keep the signed checkpoints, away from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s) written to %1.</source>
        <translation>
            <numerusform>%n signed checkpoint written to %1.</numerusform>
            <numerusform>%n signed checkpoints written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDesk</name>
    <message>
        <source>Audit filter: at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First request no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed look-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
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
    <message>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Request registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification policy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification reminder written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed for closing as unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held about the person viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held about the person revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source look-up tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data inventory changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data package created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure carried out at a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure proven by the look-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold ended, held records deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>Cannot count audit entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the audit signing key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit signing key %1 can be read by others; make it readable by its owner only (chmod 600) and use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit signing key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PrivacyDesk audit signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The username or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: use 2 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: use only the letters a–z, the digits 0–9 and . _ -, starting with a letter (e.g. wang.fang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name: enter the name colleagues know this person by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected: not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has an unknown role (%1). Ask an administrator to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no administrator yet: the first account must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to add staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: %1 is already taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after %1 failed sign-ins in a row, until %2. Try again then, or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: it must not contain the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: this is one of the passwords people choose most often, which attackers try first. Choose another, for example a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use more than three different characters.</source>
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
    <message>
        <source>Cannot write: the bulk load has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else wrote to the audit log during the load. Nothing was loaded, so that the chain stays intact; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for changes: the connection to the database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for changes: %1</source>
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
    <name>CheckpointRepository</name>
    <message>
        <source>Cannot read the audit checkpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the audit checkpoint: %1</source>
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
        <source>Password for %1 (empty for none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy show | policy set: the identity verification policy per request type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deterministic demo data: demo staff, people and requests (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show REF: one request and its person as the detail panel shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add | list | passwd | deactivate | activate | role | unlock: staff accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init: prepare a PostgreSQL server for PrivacyDesk with a least-privilege role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command reads or changes the data: sign in with --user NAME (password from PRIVACYDESK_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set the password of %1: choose your own first, with: user passwd %1 --user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database address: sqlite:///path/file.db or postgresql://user@host:5432/db (password from PGPASSWORD or a prompt). Default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this member of staff (password from PRIVACYDESK_PASSWORD or a prompt). Needed by every command that reads or changes the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Use one of: %1 (--help for details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import FILE.csv: register the requests of a CSV file, all or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign REF USER: assign a request (none: unassign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority REF LEVEL: set a request&apos;s priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act REF ACTION: take a workflow step (start_verification, approve, complete ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note REF TEXT: add an internal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correspond REF in|out SUMMARY: record correspondence with the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check REF METHOD passed|failed: record an identity verification check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter REF KIND: write a letter (and save its PDF with --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export needs --out FILE.csv or FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders run | show | set: verification reminders and closing proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources list | add | test | remove: the systems that hold people&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person find TEXT | person show TEXT: everything held about a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export REF --out FILE.zip [--encrypt]: the access, copy or portability package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify [--checkpoints FILE]: check that the audit log&apos;s hash chain is intact (and agrees with signed checkpoints kept elsewhere); audit checkpoint --key FILE: sign its head; audit checkpoints --out FILE: write the signed heads to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: audit verify [--checkpoints FILE], audit checkpoint [--key FILE], audit checkpoints --out FILE, or audit export --out FILE.csv|FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase REF [--dry-run] [--json]: carry out an approved deletion or account cancellation at the sources (the dry run changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds [--due] [--json] | holds run: the legal holds kept back from deletions; end those that are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw REF --purpose KEY | --opt-out: record consent withdrawn on a consent withdrawal request (the marketing opt-out in one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentChannels</name>
    <message>
        <source>web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS opt-out (退订)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawal</name>
    <message>
        <source>Choose at least one purpose whose consent is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory has no purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not based on consent, so there is no consent to withdraw; a restriction request stops such processing instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: say how the requester withdrew their consent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1 is not UTF-8 text. If the file was saved as GBK, choose that encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s Qt cannot read GBK text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not GBK text either. Check the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
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
        <source>the connection to the database is closed</source>
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
    <message>
        <source>The database address &quot;%1&quot; has an unknown option &quot;%2&quot;; only sslmode is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;.</source>
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
    <name>DemoBulkSink</name>
    <message>
        <source>The demo plan is out of step: person %1 was planned as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo plan has a step for request %1, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo plan ends request %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo data: sign in as an administrator to load it (only a database without any staff account takes it without a sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo data is only loaded into a database that holds no requests but demo ones: this one holds %n real request(s). Open an empty database for demo data.</source>
        <translation>
            <numerusform>Demo data is only loaded into a database that holds no requests but demo ones: this one holds %n real request. Open an empty database for demo data.</numerusform>
            <numerusform>Demo data is only loaded into a database that holds no requests but demo ones: this one holds %n real requests. Open an empty database for demo data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoPlatform</name>
    <message>
        <source>Demo platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo platform %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create its tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot begin writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare its statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo platform was not written: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish writing</source>
        <translation type="unfinished"></translation>
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
    <name>EraseCommand</name>
    <message>
        <source>%1 · %2: found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [done]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [found afterwards: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase: show per source and category what would be deleted, anonymised or kept; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds: only those whose end has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: erase REF [--dry-run] [--json] --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: holds [--due] [--json] --user NAME, or holds run --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3: held until %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n legal hold(s).</source>
        <translation>
            <numerusform>%n legal hold.</numerusform>
            <numerusform>%n legal holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3: hold ended, %n row(s) deleted</source>
        <translation>
            <numerusform>%1 · %2 · %3: hold ended, %n row deleted</numerusform>
            <numerusform>%1 · %2 · %3: hold ended, %n rows deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) ended.</source>
        <translation>
            <numerusform>%n hold ended.</numerusform>
            <numerusform>%n holds ended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: carried out already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the dry run could not ask every source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not finished; run erase again to carry on with the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: carried out at every source and proven by the look-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw: a purpose whose consent is withdrawn (an inventory key); repeat for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw: the marketing opt-out (退订), the same as --purpose marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw: how the requester withdrew it (default: the request&apos;s channel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: withdraw REF --purpose KEY [--purpose KEY…] | --opt-out [--channel CHANNEL] --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: consent withdrawn for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read what the deletion did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record what the deletion did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record what the look-up found afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the deletion as carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read whether the deletion was carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the hold as ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold was ended meanwhile by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Kept, restricted, until %1 (a legal retention duty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up for %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement for %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 was not in the dry run you read; run the dry run again before carrying it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, restricted, until %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, restricted, until %1: the account is what finds the records a legal hold keeps; it is deleted with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no delete or anonymise statement for this category: an administrator adds one (Settings ▸ Data sources) before the deletion can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement reaches %1 of the %2 rows the look-up finds: an administrator corrects it before the deletion can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the look-up afterwards failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n row(s) remain</source>
        <translation>
            <numerusform>%1, %2: %n row remains</numerusform>
            <numerusform>%1, %2: %n rows remain</numerusform>
        </translation>
    </message>
    <message>
        <source>The look-ups still find records the deletion should have removed, so it is not complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion of %1 was carried out already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the dry run first: it shows what will be deleted, anonymised and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run shows records that would be kept without a legal reason; they have to be dealt with first (see the lines marked in the dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes at %1 were made, but recording them failed: %2. Run it again: the statements find nothing more to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source is no longer registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delete or anonymise statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>Evidence: the file has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: say what the file shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is larger than 20 MB (%2 bytes); scan it at a lower resolution or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is not a PNG, JPEG or PDF file (judged by its content, not its name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDesk</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
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
    <name>HoldingsReader</name>
    <message>
        <source>The look-up was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierMatch</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierMatcher</name>
    <message>
        <source>Identifiers: give at least one of phone number, e-mail, resident ID number or unified social credit code to compare with the records.</source>
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
        <source>%1: at most %2 characters (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>The inventory is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose %1 of the inventory needs a key and a label in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory lists the purpose &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 of the inventory needs a key and a label in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory lists the recipient &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory names an unknown category &quot;%1&quot;; the policy&apos;s categories are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory lists the category &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; needs its name, legal basis and retention rule in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot;: the retention must not be shorter than the legal minimum (%2 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot;: a deletion must either delete or anonymise it, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot;, field %2: a key and a label in both languages are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; lists the field &quot;%2&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; has no fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; names the purpose &quot;%2&quot;, which the inventory does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; names the recipient &quot;%2&quot;, which the inventory does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory lacks the category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot;, field &quot;%2&quot;: a key is the column name the look-ups return: lower-case letters, digits and _, beginning with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; names no purpose: personal information is processed only for a stated purpose (PIPL Art. 6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No password is stored for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this computer has no system keychain (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the system keychain refused access (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the stored password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDesk</name>
    <message>
        <source>No data source is registered, so nothing was searched. Register the systems that hold personal data (Settings ▸ Data sources) before stating that none is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter must say what is held, and these could not be read: %1. Try again when the source is reachable, or correct its look-up (Settings ▸ Data sources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information about %1 is held (%2 items in the sources, %3 disclosures, %4 consent records): deliver a data package instead of a &quot;No data held&quot; letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterInventory</name>
    <message>
        <source>items held about you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1, restricted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed to find the records kept by law; deleted with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why kept, and until when</source>
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
    <message>
        <source>No data held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterLanguage</name>
    <message>
        <source>The Chinese texts for letters cannot be loaded (privacydesk_zh_CN.qm is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>Letters can only be printed by a program with a graphical platform (for a command line, start it with -platform offscreen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter cannot be printed to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>Cannot save the letter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read letter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>A refusal must state its reasons (PIPL Art. 50): choose at least one reason and write an explanation for the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension notice needs a new due date after the current one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension notice must give the reason for the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification request must say what the requester has to provide: choose a method or list the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for information must list what the requester has to provide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter %1 no longer matches the fingerprint it was stored with: it has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;no data held&quot; letter names the sources that were searched; none were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>The letter template %1 (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter template %1 (%2) uses fields that do not exist: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRepository</name>
    <message>
        <source>Cannot link the requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the linked requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for open requests of this person: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupStatement</name>
    <message>
        <source>A comment (/* … */) is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text in quotes (&apos;…&apos;) is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted name (&quot;…&quot;) is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dollar-quoted text (%1 … %1) is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up is empty: write one SELECT statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up holds more than one statement: write exactly one SELECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up must be a SELECT statement (it begins with &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up may only read: &quot;%1&quot; is not allowed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up may not call the server&apos;s own functions (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the person&apos;s identifiers by name (%1), not with ? or $1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up binds &quot;:%1&quot;, which is not one of the person&apos;s identifiers (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up binds none of the person&apos;s identifiers (%1), so it would return everyone&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action a source can carry out (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty: write one UPDATE or DELETE statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement holds more than one statement: write exactly one UPDATE or DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement must be one %2 statement (it begins with &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement may hold only one %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement may change only what it is for: &quot;%2&quot; is not allowed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement must SET what it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement has no WHERE: it would change everyone&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction statement must bind the corrected value as :value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement binds none of the person&apos;s identifiers (%2), so it would change everyone&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneTimeCodeHash</name>
    <message>
        <source>Cannot make a one-time code: the cryptography library did not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageDesk</name>
    <message>
        <source>The package was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageRepository</name>
    <message>
        <source>Cannot record the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the packages: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>The count is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>No person matches &quot;%1&quot; (phone, e-mail, account, ID number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match &quot;%1&quot;; give a phone, e-mail, account or ID number:</source>
        <translation>
            <numerusform>%n person matches &quot;%1&quot;; give a phone, e-mail, account or ID number:</numerusform>
            <numerusform>%n people match &quot;%1&quot;; give a phone, e-mail, account or ID number:</numerusform>
        </translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>sources add: the source&apos;s address (sqlite:///… or postgresql://user@host:port/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add: a category&apos;s look-up, as CATEGORY=SELECT …; repeat for each category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add: a JSON file of {&quot;category&quot;: &quot;SELECT …&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources test: the person to look up (phone, e-mail, account or ID number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person show: show identifiers unmasked (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person show: rows shown per category (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add NAME needs --url and at least one --lookup CATEGORY=SQL (or --lookups FILE.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources test NAME needs --person PHONE|E-MAIL|ACCOUNT|ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: sources list | sources add NAME --url URL --lookup CATEGORY=SQL | sources test NAME --person ID | sources remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows must be a whole number from 0 to 100000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: person find TEXT | person show TEXT [--reveal] [--rows N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosed %1 to %2 (%3) on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given for %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn for %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lookup &quot;%1&quot;: write it as CATEGORY=SELECT …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Source &quot;%1&quot; saved with %n look-up(s).</source>
        <translation>
            <numerusform>Source &quot;%1&quot; saved with %n look-up.</numerusform>
            <numerusform>Source &quot;%1&quot; saved with %n look-ups.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no source named &quot;%1&quot; (sources list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the package to write (FILE.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: encrypt the package (AES-256) with a new password, printed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: export REF --out FILE.zip [--encrypt]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Package for %1 written to %2: %n file(s)</source>
        <translation>
            <numerusform>Package for %1 written to %2: %n file</numerusform>
            <numerusform>Package for %1 written to %2: %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1 (recorded on the request and in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (shown once; send it by another channel than the package): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add: a write statement, as CATEGORY/ACTION=SQL (ACTION: delete, anonymise, restrict, cancel, correct.FIELD); repeat for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action &quot;%1&quot;: write it as CATEGORY/ACTION=UPDATE … or CATEGORY/delete=DELETE …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDesk</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents see the data of the people whose requests are assigned to them or unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source or its look-up was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: the inventory has no category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient: the inventory has no recipient &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: say to whom the data was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: say on what basis the data was disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed on: a date that has passed, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: the inventory has no purpose &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: say how the consent was given or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: a time that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only an administrator can manage staff accounts (your role: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the verification policy (your role: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can load demo data (your role: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the team&apos;s settings (your role: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can manage the data sources and the data inventory (your role: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage the data sources and test their look-ups; agents and supervisors see what is held about a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonField</name>
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
        <source>Unified social credit code</source>
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
    <message>
        <source>Cannot read people: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the person&apos;s requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>policy set: the request type (key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy set: alternatives separated by &apos;;&apos;, methods of one alternative by &apos;+&apos; (keys), e.g. &quot;account_login;identity_document+sms_code&quot;; empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: policy show, or policy set --type T --alternatives RULES --user ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alternatives is required (an empty value means no verification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verification method &quot;%1&quot;. Known methods: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the policy needs an administrator: give --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no verification needed)</source>
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
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create a private folder for opened files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
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
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <comment>working days left while the clock is paused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
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
    <name>QueueReader</name>
    <message>
        <source>Search: at most %1 characters (now %2).</source>
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
    <name>RegisterRepository</name>
    <message>
        <source>Cannot read the disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the registers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>Cannot read the team&apos;s settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the team&apos;s settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the requests waiting for verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder was already written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was already proposed for closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersCommand</name>
    <message>
        <source>--%1 must be a whole number of days from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: days of waiting for verification before the reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: days after the reminder before proposing to close as unverifiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: reminders run | reminders show | reminders set --remind-after N --close-after M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders set needs --remind-after, --close-after or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed for closing as unverifiable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written</source>
        <translation>
            <numerusform>%n reminder written</numerusform>
            <numerusform>%n reminders written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) proposed for closing</source>
        <translation>
            <numerusform>%n request proposed for closing</numerusform>
            <numerusform>%n requests proposed for closing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reminder after: %n day(s)</source>
        <translation>
            <numerusform>reminder after: %n day</numerusform>
            <numerusform>reminder after: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>propose closing: %n day(s) after the reminder</source>
        <translation>
            <numerusform>propose closing: %n day after the reminder</numerusform>
            <numerusform>propose closing: %n days after the reminder</numerusform>
        </translation>
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
    <name>RequestCommand</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests match.</source>
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
        <source>Summary</source>
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
        <source>Only requests whose reference, person&apos;s name, e-mail, phone or account contains this text, as the queue&apos;s search box finds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these personal fields unmasked (comma-separated: %1); each is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
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
        <source>--search: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs the request&apos;s reference, e.g. show DSR-2026-000123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for --reveal. Known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n request(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n request to %1.</numerusform>
            <numerusform>Wrote %n requests to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most this many rows (the table: 50 unless given; --csv and --out: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every matching request as CSV to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every matching request to this file (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of --csv and --out (keys, comma-separated: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; for --columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: the file to write (.csv or .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: only entries about this request (reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: only entries by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: only entries with this action key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: from this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export: up to this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>Wrote %n audit entry to %1.</numerusform>
            <numerusform>Wrote %n audit entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestDesk</name>
    <message>
        <source>The file holds no requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: its first line should name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: two columns give the field &quot;%2&quot; (&quot;%3&quot; is the second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HEADER=FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (its columns: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; use one of: %2, or ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) more than the header names.</source>
        <translation>
            <numerusform>%n cell more than the header names.</numerusform>
            <numerusform>%n cells more than the header names.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2026-03-05 or 2026-03-05 14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel.</source>
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
    <message>
        <source>Request %1 was changed by someone else since you opened it. Nothing was saved; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestRules</name>
    <message>
        <source>Administrators manage the system; work on requests belongs to agents and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is assigned to %2. Agents see the requests assigned to them and the unassigned ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may assign or reassign requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed (%1); nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to a regulator are recorded on complaints only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents and supervisors verify requesters; administrators edit the verification policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed (%1); its verification can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may override identity verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage the system; letters are written by agents and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage the system; personal data is revealed only to the agents and supervisors who work the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s identity is not verified yet: record the checks with &quot;Verify identity…&quot; first (the verification policy says which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter of this kind (%1) does not fit a request that is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;no data held&quot; letter answers an access, copy or portability request; %1 is a request of type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a request of type %2: packages answer access, copy and portability requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information goes only to a requester whose identity is verified: %1 is %2. Verify identity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a request of type %2: only deletion and account cancellation requests erase data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: data is erased only for a verified requester, while the request is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been approved: a deletion or account cancellation is carried out only after a supervisor approves the proposal (four-eyes principle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may end legal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a request of type %2: consent is withdrawn on a consent withdrawal request (or, for marketing, on a restriction request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: consent is withdrawn once the requester&apos;s identity is verified, while the request is in progress.</source>
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
    <name>RequestWorkflow</name>
    <message>
        <source>Administrators manage the system; work on requests belongs to agents and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed (%1); nothing more can be done with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while a request is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s identity is not verified yet; a request cannot be fulfilled before verification is satisfied (or a supervisor overrides it with a justification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a deletion request can be proposed for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an account cancellation request can be proposed for cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal: choose at least one reason (PIPL Art. 50 requires the reasons to be stated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal: write the explanation that will be sent to the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal waiting for approval on this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You proposed this yourself; another supervisor must approve it (four-eyes principle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was changed by someone else since you opened it. Nothing was saved; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 does not exist or is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence: summarise what was sent or received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence: say whether it was sent to or received from the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: enter the date it was escalated (not in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal: the explanation has at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence: at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: their reference has at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: the outcome has at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for the personal information held about the requester. Before it is completed, deliver a data package that could read every source (Data package… on the request), or, when no source holds anything, write a &quot;No data held&quot; letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion or account cancellation is carried out only after a supervisor approves it: propose it for approval first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved; carry out the deletion at the sources (Erase… on the request, or privacydesk-cli erase %1) before completing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved already: carry it out (Erase…), then complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to withdraw consent: record the withdrawal for the purposes concerned (Withdraw consent… on the request, or privacydesk-cli withdraw %1) before completing it.</source>
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
    <name>SavedView</name>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view&apos;s name has at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>Cannot read the saved views: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the saved view: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the view &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the view: %1</source>
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
    <message>
        <source>This database needs schema %1, and this account may not change the schema. Ask the database&apos;s owner to run: privacydesk-cli server init --db postgresql://OWNER@host:port/database --app-role NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>server init: the login role the app connects as (a–z, 0–9, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: server init --db postgresql://OWNER@HOST:PORT/DB --app-role NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init needs --db postgresql://OWNER@HOST:PORT/DB: the owner of the database, who creates the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init needs --app-role NAME: the role the app will connect as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the role %1 (empty: none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (empty for none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 exists; its rights were set again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert and read only (append-only, guarded by a trigger too): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the app and the CLI as: %1 (add ?sslmode=require for TLS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>App role: use a–z, 0–9 and _, starting with a letter, at most 63 characters (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init prepares a PostgreSQL server; a SQLite file needs no roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app role must not be the owner (%1) who runs server init: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 exists and may create roles or databases (or is a superuser): that is not least privilege. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot grant the rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot grant the rights on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceConnection</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the connection to %1 read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin a read-only transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRegistry</name>
    <message>
        <source>Name: give the source a name (for example &quot;CRM&quot; or &quot;Platform&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: at most 80 characters (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: leave the password out of the URL; it is asked for, or read from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-ups: give at least one category its look-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-ups: the inventory has no category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-up for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements: the inventory has no category &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements for %1: give the category its look-up first; it shows what a statement will change and proves what is left afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction statement for %1: the category has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements for %1: &quot;%2&quot; is not an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement &quot;%1&quot; for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data sources&apos; look-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the look-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a source named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the data inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data sources&apos; statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the statements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceWriter</name>
    <message>
        <source>Cannot reach the source %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set a time limit at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin a transaction at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement for %2 cannot run: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement for %2 failed, and nothing was changed at this source: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; statement for %2 would change %3 rows, more than the %4 the dry run showed; nothing was changed at this source. Run the dry run again and check what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes at %1 could not be committed, so none were kept: %2</source>
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
    <message>
        <source>Cannot read staff member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the password: no staff member has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change whether the account is active: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change whether the account is active: no staff member has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the role: no staff member has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the requests assigned to staff member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the failed sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unlock the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>%1 is the last active administrator: add or reactivate another administrator first, otherwise nobody could manage staff accounts any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: this is not your current password. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account: ask another administrator to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change your own password use &quot;Change my password…&quot;: it asks for your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff account has the username %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (%1) is no longer active: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (%1) is no longer an administrator: nothing was changed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account (%1) is not active: its password cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: it is the same as the current one; choose a different password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was changed by an administrator meanwhile: nothing was changed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a sheet to the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be written to the spreadsheet: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion of the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation of the person&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation to the requester: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If approved, the request becomes: %1.</source>
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
    <name>UserCommand</name>
    <message>
        <source>No password for the new account: set PRIVACYDESK_NEW_PASSWORD or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Known roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no administrator yet. Create one first: user add --role administrator ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no administrator yet, so --user is not needed: creating the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding staff needs an administrator: give --user NAME (password from PRIVACYDESK_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2), %3, to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo staff accounts (made-up; sign in with these, never use them for real data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add: username of the new account: a–z, 0–9, &quot;.&quot;, &quot;_&quot;, &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add: the name colleagues know the new staff member by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add, user role: the role, one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs the username of the account, e.g. user %1 li.na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user role needs --role: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs --user NAME: who is signing in (password from PRIVACYDESK_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated %1: the account can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1: the account can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) are still assigned to %1: a supervisor should reassign them.</source>
        <translation>
            <numerusform>%n open request is still assigned to %1: a supervisor should reassign it.</numerusform>
            <numerusform>%n open requests are still assigned to %1: a supervisor should reassign them.</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password: set PRIVACYDESK_NEW_PASSWORD or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed your password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of:
  user add --username NAME --display-name TEXT --role ROLE [--user ADMINISTRATOR]
  user list --user NAME
  user passwd NAME --user NAME   (your own password, or an administrator resets NAME&apos;s)
  user deactivate NAME --user ADMINISTRATOR
  user activate NAME --user ADMINISTRATOR
  user role NAME --role ROLE --user ADMINISTRATOR
  user unlock NAME --user ADMINISTRATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked %1: the account can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1. Tell them the new password in person, not by e-mail; they choose their own at the next sign-in.</source>
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
    <message>
        <source>Unified social credit code: enter the 18-character code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code: &quot;%1&quot; must be 18 characters, digits and capital letters other than I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code: the check character of &quot;%1&quot; is wrong; please re-check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove the control character at position %2 (U+%3); it cannot be seen or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
    <name>VerificationReminders</name>
    <message>
        <source>Reminder days must be between %1 and %2 (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationRepository</name>
    <message>
        <source>Cannot read the verification policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the verification policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the verifications of request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the one-time code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the one-time codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the one-time code as used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one-time code has already been used or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the earlier one-time codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the evidence file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence of request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read evidence file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>Only agents and supervisors verify requesters; administrators edit the verification policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification policy: a supervisor override is not a way for the requester to prove who they are and cannot be part of the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification policy: a request of type &quot;%1&quot; concerns the person&apos;s data; give at least one way to verify the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS or e-mail code counts only when it is checked here: issue a code and enter the one the requester received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor override needs its own justification: use Override verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may override identity verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification: explain why the requester&apos;s identity is accepted without the usual checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification: at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time codes are sent by SMS or e-mail only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no phone number on record: an SMS code can only go to the registered phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no e-mail address on record: an e-mail code can only go to the registered address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot protect the one-time code: the cryptography library is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMS code is waiting to be checked for this request (none was issued, or it was already used): issue a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail code is waiting to be checked for this request (none was issued, or it was already used): issue a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This code has already been tried %n time(s) and can no longer be used: issue a new code.</source>
        <translation>
            <numerusform>This code has already been tried %n time and can no longer be used: issue a new code.</numerusform>
            <numerusform>This code has already been tried %n times and can no longer be used: issue a new code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This code expired at %1 (codes are valid for %n minute(s)): issue a new code.</source>
        <translation>
            <numerusform>This code expired at %1 (codes are valid for %n minute): issue a new code.</numerusform>
            <numerusform>This code expired at %1 (codes are valid for %n minutes): issue a new code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is wrong; %n attempt(s) left.</source>
        <translation>
            <numerusform>The code is wrong; %n attempt left.</numerusform>
            <numerusform>The code is wrong; %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is wrong and no attempts are left: issue a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; no longer matches the SHA-256 recorded when it was added; it may have been altered and is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification policy, %1, alternative %2: tick at least one method, or remove the alternative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewDesk</name>
    <message>
        <source>Only an administrator shares views with everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in view; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator deletes a shared view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowCommand</name>
    <message>
        <source>Unknown %1 &quot;%2&quot;. Known: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column gives %2 (columns: %3). Name one with --map HEADER=FIELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 are wrong; nothing was imported.</source>
        <translation>
            <numerusform>%n row of %1 is wrong; nothing was imported.</numerusform>
            <numerusform>%n rows of %1 are wrong; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no rows below its header; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are good (%1); nothing was imported (--dry-run).</source>
        <translation>
            <numerusform>The %n row is good (%1); nothing was imported (--dry-run).</numerusform>
            <numerusform>All %n rows are good (%1); nothing was imported (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>Imported %n request.</numerusform>
            <numerusform>Imported %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every row and report; import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8 or gbk (detected if not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the column with this header as this field (%1, or ignore); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEADER=FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal reasons (keys, comma-separated: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation a refusal gives the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was sent or received (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s language: zh_CN or en (default: the person&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save the letter&apos;s PDF to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gbk, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusal reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction is in (from the requester) or out (to the requester), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is passed or failed, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be zh_CN or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reference: status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of staff requests can be assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: correspondence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: letter %2 (%3), SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>Cannot save the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the proposals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the correspondence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the escalations: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::AuditEntryDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>entity and its id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stored, with the entry&apos;s place in the hash chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1
After: %2
Previous hash: %3
Hash: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::AuditLogModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>entity and its id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, recorded %2 (UTC %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
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
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::AuditPage</name>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty. Every change staff make — registering, status changes, edits, sign-ins — is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entry matches these filters. Change them, or press &quot;Clear filters&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit chain… (every entry is read and its hash recomputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &quot;Verify chain&quot; to check that no entry was altered, removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>The chain is intact: %n entry verified.</numerusform>
            <numerusform>The chain is intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request reference or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries about one request: its reference (DSR-2026-000123) or its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>audit entries from this day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>audit entries up to this day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day to show (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day to show (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and check that the chain is unbroken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %L1 of %L2 entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the entries as filtered to CSV or Excel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::BulkActions</name>
    <message numerus="yes">
        <source>%Ln selected request(s)</source>
        <translation>
            <numerusform>%Ln selected request</numerusform>
            <numerusform>%Ln selected requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>bulk action: fits m of n</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit the type or status of any selected request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::BulkResultDialog</name>
    <message>
        <source>Bulk action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ChangeNotifier</name>
    <message>
        <source>The connection to the database %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so your change was not saved. Compare the two and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply my change to the stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step: %1, by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed: %1, by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ConsentWithdrawalDialog</name>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketing opt-out (退订)</source>
        <translation>&amp;Marketing opt-out</translation>
    </message>
    <message>
        <source>Withdraw consent · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the purposes whose consent %1 withdraws. From now on their personal information is no longer processed for them; what was done before, with their consent, stays lawful (policy §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws the consent to marketing in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on this request so far: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded: consent withdrawn for %n purpose(s). The request can now be completed.</source>
        <translation>
            <numerusform>Recorded: consent withdrawn for %n purpose. The request can now be completed.</numerusform>
            <numerusform>Recorded: consent withdrawn for %n purposes. The request can now be completed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember it in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored by the system keychain (never in PrivacyDesk&apos;s settings), so that this database opens without asking. Untick to forget a remembered password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered password did not open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open, but the password could not be remembered: %1
It will be asked for next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::DecisionDialog</name>
    <message>
        <source>Approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this proposal for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this proposal for %1 back to be worked on again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the history (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it goes back (for the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
        <source>Loading demo data: %L1 of %L2 requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: no more requests are taken in; those under way are finished…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ErasureDialog</name>
    <message>
        <source>&amp;Dry run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account cancellation · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 is marked cancelled at each source, then every category is deleted or anonymised as the data inventory says. Records a law requires to be kept are restricted and deleted when the duty ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category held about %1 is deleted or anonymised at each source, as the data inventory says. Records a law requires to be kept are restricted and deleted when the duty ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted or anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet: read the dry run now; it is carried out only after a supervisor approves the proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves the proposal first (four-eyes principle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records would be kept without a legal reason; see the lines marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out what the dry run shows, at every source not yet done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the sources what would be erased (nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out and proven: the look-ups afterwards found only what is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is registered, so nothing would be erased in any system. Register the systems that hold personal data (Settings ▸ Data sources) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sources could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying it out at the sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out at every source and proven by the look-ups. The request can now be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished: %1. Press &quot;Dry run again&quot;, then carry out the rest; what was done is not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done; %1 found afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln row(s) would be deleted or anonymised.</source>
        <translation>
            <numerusform>Dry run: %Ln row would be deleted or anonymised.</numerusform>
            <numerusform>Dry run: %Ln rows would be deleted or anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete or anonymise %Ln row(s) at %1 source(s) now? This cannot be undone.</source>
        <translation>
            <numerusform>Delete or anonymise %Ln row at %1 source(s) now? This cannot be undone.</numerusform>
            <numerusform>Delete or anonymise %Ln rows at %1 source(s) now? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>Reference, name, phone, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by reference (or its number alone, e.g. 4567), name, phone, e-mail or account (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Gateway</name>
    <message>
        <source>The database was handed to a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo administrator was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ImportDialog</name>
    <message>
        <source>Import requests from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: what each column of the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: every row checked as the intake form checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives %1: choose the column that holds it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>Checking %Ln row…</numerusform>
            <numerusform>Checking %Ln rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file exported from a web form or a spreadsheet (UTF-8 or GBK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the file</source>
        <translation>
            <numerusform>%Ln row in the file</numerusform>
            <numerusform>%Ln rows in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong. Nothing is imported while any row is wrong: correct the file (or the columns) and read it again.</source>
        <translation>
            <numerusform>%Ln wrong. Nothing is imported while any row is wrong: correct the file (or the columns) and read it again.</numerusform>
            <numerusform>%Ln wrong. Nothing is imported while any row is wrong: correct the file (or the columns) and read it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) are good (%1). Import registers them all at once.</source>
        <translation>
            <numerusform>The %Ln row is good (%1). Import registers them all at once.</numerusform>
            <numerusform>All %Ln rows are good (%1). Import registers them all at once.</numerusform>
        </translation>
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
    <message>
        <source>%1 · %2 · %3 · due %4</source>
        <comment>reference · type · status · due date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This person already has %n open request(s) of the same type, so the new one may be a repeat:</source>
        <translation>
            <numerusform>This person already has an open request of the same type, so the new one may be a repeat:</numerusform>
            <numerusform>This person already has %n open requests of the same type, so the new one may be a repeat:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Link each new request to the open one of its type as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::InventoryCategoryDialog</name>
    <message>
        <source>Category · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (中文):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis (中文):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes (§1.2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with (§3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (the key is the column name the sources&apos; look-ups return):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::InventoryPage</name>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the months must be a whole number from 0 to 1200, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Letters, packages and the person view use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is held about people, by category (policy §1.1): how long each is kept after the record&apos;s date (0: while the account exists), the legal minimum (a deletion keeps the data restricted until it has passed), the rule as letters and packages state it, and what a deletion does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal minimum (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, legal basis, purposes, recipients and fields of the selected category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed; Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::LetterPreviewDialog</name>
    <message>
        <source>The letter cannot be shown: its PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::LettersBox</name>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1 · by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter fits a request that is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter (%1 prefers %2). Check that any explanation you wrote is in the same language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a letter to see it, save it or print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::LockScreen</name>
    <message>
        <source>PrivacyDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody used this window for a while, so it hides what it showed. %1, type your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::LoginDialog</name>
    <message>
        <source>Sign in to PrivacyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
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
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>signed-in staff member: display name · role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1; you type the current one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no request yet. Load demo data to try PrivacyDesk out?

Demo data is made up: fake names, numbers and addresses, worked by demo accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is still loading. Cancel it first, then sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a request (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only into a database that holds no requests but demo ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database cannot be reached: %1 Trying again in %n second(s); what is shown may be out of date.</source>
        <translation>
            <numerusform>The database cannot be reached: %1 Trying again in %n second; what is shown may be out of date.</numerusform>
            <numerusform>The database cannot be reached: %1 Trying again in %n seconds; what is shown may be out of date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be saved when the connection is back.</source>
        <translation>
            <numerusform>%n change waits to be saved when the connection is back.</numerusform>
            <numerusform>%n changes wait to be saved when the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the database connection and will be lost if you close now. Close anyway?</source>
        <translation>
            <numerusform>%n change still waits for the database connection and will be lost if you close now. Close anyway?</numerusform>
            <numerusform>%n changes still wait for the database connection and will be lost if you close now. Close anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import requests from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verification reminders: %n letter(s) written</source>
        <translation>
            <numerusform>Verification reminders: %n letter written</numerusform>
            <numerusform>Verification reminders: %n letters written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) proposed for closing as unverifiable.</source>
        <translation>
            <numerusform>%n request proposed for closing as unverifiable.</numerusform>
            <numerusform>%n requests proposed for closing as unverifiable.</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
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
    <name>pd::PackageDialog</name>
    <message>
        <source>Create package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data package · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the registered sources hold about %1, as one ZIP file for delivery: a JSON and a CSV file per category, the disclosures and consents, a PDF summary in the requester&apos;s language and a page that opens in any browser%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and portability.json for another processor to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data package.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s password, shown only now. Send it to the requester by another channel (a phone call or a text message), never with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages delivered for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the package to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name so that no delivered package is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the sources hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written to %1: %n item(s), SHA-256 %2.</source>
        <translation>
            <numerusform>Written to %1: %n item, SHA-256 %2.</numerusform>
            <numerusform>Written to %1: %n items, SHA-256 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>These could not be read: %1. This package does not fulfil the request; correct the source or try again when it is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of your account %1. Type your current password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password: the two new passwords differ. Type the new password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set the password of %1. Choose one only you know before you go on: type the password you were given, then your new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them the new password in person, not by e-mail; they will choose their own when they next sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters, not a common one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::PeoplePage</name>
    <message>
        <source>No person matches &quot;%1&quot;. Search by phone, e-mail, account, ID number or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match; choose one.</source>
        <translation>
            <numerusform>%n person matches; choose them.</numerusform>
            <numerusform>%n people match; choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up what the sources hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-up was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by phone, e-mail, account, ID number or name to see everything the registered sources hold about a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>looked up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data source is registered yet: an administrator adds them under Settings ▸ Data sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1. The other sources are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Purposes:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Legal basis:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared with:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the rows shown are past their retention.</source>
        <translation>
            <numerusform>%n of the rows shown is past its retention.</numerusform>
            <numerusform>%n of the rows shown are past their retention.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures and consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disclosures recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail, account, ID number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source refused the password given; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RefusalDialog</name>
    <message>
        <source>Propose a refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal states its reasons (PIPL Art. 50) and waits for a supervisor who did not propose it to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanation for the requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RegisterEntryDialog</name>
    <message>
        <source>Record a disclosure · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who received it, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: PIPL Art. 13(1)(3), a court order, the person&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclosed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no consent needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::ReminderSettingsPage</name>
    <message>
        <source>Saved. The new days apply from the next reminder check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders were not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) written.</source>
        <translation>
            <numerusform>%n reminder written.</numerusform>
            <numerusform>%n reminders written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) proposed for closing as unverifiable.</source>
        <translation>
            <numerusform>%n request proposed for closing as unverifiable.</numerusform>
            <numerusform>%n requests proposed for closing as unverifiable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request waiting for the requester to verify their identity gets a reminder letter after the days below, and, if still unverified, is proposed for closing as unverifiable the given number of days after the reminder. Requests proposed for closing are left out of the queue&apos;s default view until someone marks them unverifiable. These settings hold for everyone working on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose closing after the reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the due reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app also does this when a supervisor or administrator signs in, and every hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::RequestActionsBar</name>
    <message>
        <source>Verify identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: verification satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: not verified yet. Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the verification policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the history (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (staff only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was sent or received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to (policy §8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (if known):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 to staff member #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>reveal a masked value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full %1; who looked, and when, goes into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>paused since %1 while waiting for the requester; %n working day(s) left when it resumes</source>
        <translation>
            <numerusform>paused since %1 while waiting for the requester; %n working day left when it resumes</numerusform>
            <numerusform>paused since %1 while waiting for the requester; %n working days left when it resumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>reference (type, status)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply since the reminder of %1: proposed for closing as unverifiable. Mark it unverifiable, or verify the identity if the requester has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the requester to verify their identity since %1; a reminder was written on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the requester to verify their identity since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the registered sources hold about this person, by category (People page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;No data held&quot; letter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Package of %1, %n item(s)</source>
        <translation>
            <numerusform>Package of %1, %n item</numerusform>
            <numerusform>Package of %1, %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>, password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (incomplete: %1 could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: deliver a data package (or a &quot;No data held&quot; letter) before completing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the person as a ZIP file for delivery (JSON, CSV, PDF), optionally protected with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet: propose it; a supervisor approves it before anything is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1; carried out at some sources, not all (Erase… carries on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1; not carried out yet (Erase…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run of the deletion at every source, then, once approved, carrying it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carried out: %Ln row(s) deleted or anonymised</source>
        <translation>
            <numerusform>Carried out: %Ln row deleted or anonymised</numerusform>
            <numerusform>Carried out: %Ln rows deleted or anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln kept under a legal hold until %1</source>
        <translation>
            <numerusform>; %Ln kept under a legal hold until %1</numerusform>
            <numerusform>; %Ln kept under a legal hold until %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the consent withdrawn, per purpose, or the marketing opt-out (退订)</source>
        <translation>Record the consent withdrawn, per purpose, or the marketing opt-out</translation>
    </message>
</context>
<context>
    <name>pd::RequestQueueModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused since %1 while waiting for the requester: the clock stops, and the %n working day(s) left carry on when the requester answers (%2).</source>
        <translation>
            <numerusform>Paused since %1 while waiting for the requester: the clock stops, and the %n working day left carries on when the requester answers (%2).</numerusform>
            <numerusform>Paused since %1 while waiting for the requester: the clock stops, and the %n working days left carry on when the requester answers (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::RequestQueuePage</name>
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
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due within 3 working days</source>
        <translation>
            <numerusform>%Ln due within 3 working days</numerusform>
            <numerusform>%Ln due within 3 working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk actions (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the queue: %L1 of %L2 requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln request(s).</source>
        <translation>
            <numerusform>Imported %Ln request.</numerusform>
            <numerusform>Imported %Ln requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign, set the priority or take a step for every selected request (also from the right-click menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns the queue shows (and exports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register requests from a CSV file (UTF-8 or GBK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the requests as filtered and sorted, with the columns shown, to CSV or Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposed for closing as unverifiable not shown (pick the status &quot;%1&quot; to see them)</source>
        <translation>
            <numerusform>%Ln proposed for closing as unverifiable not shown (pick the status &quot;%1&quot; to see it)</numerusform>
            <numerusform>%Ln proposed for closing as unverifiable not shown (pick the status &quot;%1&quot; to see them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::SaveViewDialog</name>
    <message>
        <source>Save the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone working on this database will find it in their Views menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view keeps the filters, the sort and the columns shown. Saving under a name you already use replaces that view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::SavedViewsButton</name>
    <message>
        <source>Shared with everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator deletes a shared view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved view (filters, sort and columns), or save the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::Session</name>
    <message>
        <source>Your account %1 has been deactivated: you are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account %1 has an unknown role; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked: sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password first: an administrator set the one you signed in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::SettingsPage</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nobody has used this window for so long, it hides what it shows and asks for the password again. 0 turns the lock off; shared workstations should keep it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::SourcesPage</name>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Use Test to run the look-ups for one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: type the phone, e-mail, account or ID number of a person to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the look-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match &quot;%1&quot;; give a phone, e-mail, account or ID number.</source>
        <translation>
            <numerusform>%n person matches &quot;%1&quot;; give a phone, e-mail, account or ID number.</numerusform>
            <numerusform>%n people match &quot;%1&quot;; give a phone, e-mail, account or ID number.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:///path/file.db or postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the password: it is asked for, or read from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail, account or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One read-only SELECT per category, bound by the person&apos;s identifiers: %1. Name the columns as the inventory&apos;s fields (SELECT pwd AS password …) so they are labelled, masked and, for a password, shown only as set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-up (SELECT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (DELETE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise (UPDATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict (UPDATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the account cancelled (UPDATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1 (UPDATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One %1 whose WHERE is bound by the person&apos;s identifiers (%2). It may also bind :hold_cutoff (rows older than it may go; newer ones a legal minimum keeps), :pseudonym (a random stand-in for anonymised rows)%3. It runs in one transaction per source, after a dry run and a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and :value (the corrected value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::StaffAccountDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no administrator yet. Create the administrator&apos;s account now: the administrator adds the other staff accounts (agents and supervisors) and manages the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters, not a common one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::StaffPage</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no password (cannot sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff account: an agent, a supervisor or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 from signing in. Nothing they did is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 an agent, a supervisor or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; nothing they did is removed, and an administrator can reactivate the account later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) are still assigned to %1: a supervisor should reassign them.</source>
        <translation>
            <numerusform>%n open request is still assigned to %1: a supervisor should reassign it.</numerusform>
            <numerusform>%n open requests are still assigned to %1: a supervisor should reassign them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1: the account can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated %1: the account can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role for %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make yourself %1? You will no longer be able to manage staff accounts or the verification policy; only another administrator can give the role back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who signs in to this database. Agents take requests in and verify requesters; supervisors approve and reassign; administrators manage accounts and settings. A deactivated account cannot sign in, but what it did stays in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, locked until %2 (too many failed sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, must choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 sign in again before the lock ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked %1: the account can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell them in person; they choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::VerificationDialog</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify identity — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers the requester gave</source>
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
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override (supervisor)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and documents (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a file to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification satisfied for this %1 request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet. Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1 · E-mail: %2 · ID number: %3 · Credit code: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this code to the requester: %1 (valid 10 minutes, 3 attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification overridden; the justification is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1. The file is in %2 until PrivacyDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a check: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in the audit log, but not a check by itself: a matching phone number or e-mail address verifies the requester only once a code sent to it is read back (Send new code).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pd::VerificationPolicyPage</name>
    <message>
        <source>No verification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no method ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + </source>
        <comment>methods that together make one alternative</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; or </source>
        <comment>between alternatives of the verification policy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the policy is as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the verification policy for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the methods of alternative %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this type meanwhile. Now stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet. Stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request of type %1 needs no identity verification. Add an alternative to require one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request of type %1 needs no identity verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alternative way to verify a request of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove alternative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the alternative whose column holds the selected cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell in the alternative to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed request types (Ctrl+S); each change is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet: tick or untick a method first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes and show the stored policy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no changes to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the verification policy for %1 while you were editing. Nothing was saved; your changes are still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the identity of a requester is verified, per request type. A request is verified when every method of any one alternative has passed. An authorised agent must also show a power of attorney, and a close relative of a deceased person a proof of kinship. A supervisor may override verification with a written justification; that is not part of the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only. %1 You can read the policy here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the methods that together make one alternative; any one complete alternative is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one complete alternative is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard mine and show &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
