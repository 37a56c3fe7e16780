#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    qint64 line = 0;
};

QString where(const Message &m)
{
    return QStringLiteral("line %1, %2: \"%3\"").arg(m.line).arg(m.context, m.source);
}

} // namespace

// The Chinese translation is complete and uses the terms of DOMAIN.md's tables.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingUnfinished();
    void upToDateWithSources();
    void everyMessageTranslated();
    void placeholdersKept();
    void domainTerms_data();
    void domainTerms();

private:
    QList<Message> m_messages;
    QString m_language;
};

void TestTranslations::initTestCase()
{
    QFile file(QStringLiteral(PD_SOURCE_DIR "/translations/privacydesk_zh_CN.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + QLatin1String(": ") + file.errorString()));
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            m_language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, xml.lineNumber()};
            inMessage = true;
        } else if (name == QLatin1String("source") && inMessage) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation") && inMessage) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children.
            QString text;
            QStringList forms;
            bool numerus = false;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::Characters) {
                    text += xml.text();
                } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    forms << xml.readElementText();
                } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation")) {
                    break;
                }
            }
            current.translations = numerus ? forms : QStringList{text};
            m_messages << current;
            inMessage = false;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
    QCOMPARE(m_language, QStringLiteral("zh_CN"));
    QVERIFY2(m_messages.size() > 100, "the file holds far fewer messages than the program has");
}

void TestTranslations::nothingUnfinished()
{
    QStringList unfinished;
    for (const Message &m : std::as_const(m_messages))
        if (m.type == QLatin1String("unfinished"))
            unfinished << where(m);
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished: ").arg(unfinished.size())
                                              + unfinished.mid(0, 10).join(QLatin1String("; "))));
}

// The file holds every string the sources have: lupdate run again on a copy finds nothing new.
// (A tr() added without running scripts/update-translations.sh fails here, not in front of a user.)
void TestTranslations::upToDateWithSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("check_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(PD_SOURCE_DIR "/translations/privacydesk_zh_CN.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PD_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PD_LUPDATE_PATH), {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                                    QStringLiteral("-locations"), QStringLiteral("none"),
                                                    QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("models"),
                                                    QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList missing;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")
                 && xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
            missing << source;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 string(s) not in the .ts file (run scripts/update-translations.sh "
                                                          "and translate them): ")
                                               .arg(missing.size())
                                           + missing.mid(0, 10).join(QLatin1String("; "))));
}

void TestTranslations::everyMessageTranslated()
{
    QStringList empty;
    for (const Message &m : std::as_const(m_messages)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue; // no longer in the program
        const bool blank = m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.trimmed().isEmpty(); });
        if (blank)
            empty << where(m);
    }
    QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("%1 without a translation: ").arg(empty.size())
                                         + empty.mid(0, 10).join(QLatin1String("; "))));
}

void TestTranslations::placeholdersKept()
{
    // A translation that drops %1 or %n loses information at run time.
    QStringList broken;
    for (const Message &m : std::as_const(m_messages)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete") || m.translations.isEmpty())
            continue;
        for (const QString &marker : {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3"), QStringLiteral("%n")}) {
            if (!m.source.contains(marker))
                continue;
            for (const QString &t : m.translations)
                if (!t.trimmed().isEmpty() && !t.contains(marker))
                    broken << where(m) + QStringLiteral(" lacks ") + marker;
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1String("; "))));
}

void TestTranslations::domainTerms_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("exact"); // false: the term must appear within the translation

    const auto row = [](const char *context, const char *source, const char *expected, bool exact = true) {
        QTest::addRow("%s: %s", context, source) << QString::fromUtf8(context) << QString::fromUtf8(source)
                                                 << QString::fromUtf8(expected) << exact;
    };
    // The ones the glossary must never drift from.
    row("RequestType", "Access", "查阅");
    row("RequestType", "Deletion", "删除");
    row("RequestType", "Account cancellation", "注销账号");
    row("RequestStatus", "Received", "已接收");
    row("RequestStatus", "Awaiting requester", "等待申请人补充");
    // The rest of DOMAIN.md's type and status tables.
    row("RequestType", "Copy", "复制");
    row("RequestType", "Portability", "转移");
    row("RequestType", "Correction", "更正", false); // DOMAIN.md: 更正/补充
    row("RequestType", "Restriction", "拒绝或限制处理");
    row("RequestType", "Explanation", "解释说明");
    row("RequestType", "Consent withdrawal", "撤回同意");
    row("RequestType", "Complaint / enquiry", "投诉", false);
    row("RequestStatus", "Verifying", "身份验证中");
    row("RequestStatus", "In progress", "处理中");
    row("RequestStatus", "Awaiting approval", "待审批");
    row("RequestStatus", "Completed", "已完成");
    row("RequestStatus", "Rejected", "已拒绝");
    row("RequestStatus", "Withdrawn", "申请人撤回");
    row("RequestStatus", "Unverifiable", "无法验证身份");
    row("RequesterKind", "Authorised agent", "委托代理人", false);
    row("RequesterKind", "Close relative of a deceased person", "近亲属", false);
    row("Channel", "Online feedback", "在线反馈", false);
}

void TestTranslations::domainTerms()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QFETCH(bool, exact);
    const auto it = std::find_if(m_messages.cbegin(), m_messages.cend(), [&](const Message &m) {
        return m.context == context && m.source == source && m.type != QLatin1String("vanished")
            && m.type != QLatin1String("obsolete");
    });
    QVERIFY2(it != m_messages.cend(), "no such message in the .ts file");
    QCOMPARE(it->translations.size(), 1);
    const QString got = it->translations.first().trimmed();
    if (exact)
        QCOMPARE(got, expected);
    else
        QVERIFY2(got.contains(expected), qPrintable(got));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
