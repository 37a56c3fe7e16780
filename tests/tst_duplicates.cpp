// Duplicates: a new request of a person who has an open one of the same type is flagged at
// intake and, if staff choose, linked to it (request_links, audited), on both engines; the intake
// dialog and the detail panel driven offscreen.
#include "intakedialog.h"
#include "itemmodels/requestqueuemodel.h"
#include "requestdetailpanel.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSplitter>
#include <QScrollArea>
#include <QScrollBar>
#include <QHBoxLayout>
#include <QTest>

using namespace pd;

class TestDuplicates : public QObject
{
    Q_OBJECT

private:
    static SessionOptions noIdleLock()
    {
        SessionOptions o;
        o.idleLockSeconds = 0;
        return o;
    }
    static IntakeForm formFor(qint64 personId, QList<RequestType> types)
    {
        IntakeForm f;
        f.personId = personId;
        f.types = std::move(types);
        f.receivedAt = QDateTime::currentDateTime().addSecs(-60);
        return f;
    }
    static IntakeForm newPerson(const QString &name, const QString &phone, QList<RequestType> types)
    {
        IntakeForm f = formFor(0, std::move(types));
        f.name = name;
        f.phone = phone;
        return f;
    }
    static qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void linkedAtIntake_data() { test::TestDatabase::addEngineRows(); }
    void linkedAtIntake()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        const auto session = dbHolder->session(agent, noIdleLock());
        const RequestDesk &desk = session->requests();

        const auto first = desk.submit(newPerson(QStringLiteral("王芳"), QStringLiteral("13800138000"),
                                                 {RequestType::Access, RequestType::Deletion}));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const Request access = first->at(0), deletion = first->at(1);
        const qint64 person = access.personId;

        // What intake flags: the open requests of the person of the types ticked, no others.
        auto open = desk.openDuplicates(person, {RequestType::Access});
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).reference, access.reference);
        QCOMPARE(open->at(0).id, access.id);
        open = desk.openDuplicates(person, {RequestType::Correction});
        QVERIFY(open.ok() && open->isEmpty());
        // A closed request is no longer a reason to flag one.
        QSqlQuery close(db.connection());
        QVERIFY(close.exec(QStringLiteral("UPDATE requests SET status = 'withdrawn' WHERE id = %1").arg(deletion.id)));
        open = desk.openDuplicates(person, {RequestType::Deletion});
        QVERIFY(open.ok() && open->isEmpty());

        // Not linked unless staff say so.
        const auto unlinked = desk.submit(formFor(person, {RequestType::Access}));
        QVERIFY(unlinked.ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM request_links")), qint64(0));

        // Linked: to the oldest open request of its type, in the same transaction, audited.
        IntakeForm again = formFor(person, {RequestType::Access, RequestType::Deletion});
        again.linkDuplicates = true;
        const auto linked = desk.submit(again);
        QVERIFY2(linked.ok(), qPrintable(linked.error()));
        const Request repeat = linked->at(0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM request_links")), qint64(1)); // the deletion repeats nothing open
        QCOMPARE(scalar(db, QStringLiteral("SELECT linked_id FROM request_links WHERE request_id = ? AND kind = 'duplicate_of'"),
                        {repeat.id}),
                 access.id);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'request_linked' AND request_id = ? "
                                           "AND actor = 'li.na'"),
                        {repeat.id}),
                 qint64(1));

        // Both requests show the link, each from its side.
        const auto repeatView = desk.view(repeat.id, RequestDesk::Purpose::Refresh);
        QVERIFY(repeatView.ok());
        QCOMPARE(repeatView->links.size(), 1);
        QCOMPARE(repeatView->links.at(0).reference, access.reference);
        QVERIFY(repeatView->links.at(0).duplicates);
        const auto originalView = desk.view(access.id, RequestDesk::Purpose::Refresh);
        QVERIFY(originalView.ok());
        QCOMPARE(originalView->links.size(), 1);
        QCOMPARE(originalView->links.at(0).reference, repeat.reference);
        QVERIFY(!originalView->links.at(0).duplicates);

        // An agent is told of an open request they may not open, by reference only.
        const Actor other = dbHolder->addStaff(QStringLiteral("zhao.lei"), Role::Agent);
        QSqlQuery assign(db.connection());
        QVERIFY(assign.exec(QStringLiteral("UPDATE requests SET assignee_id = %1 WHERE id = %2").arg(other.staffId).arg(access.id)));
        open = desk.openDuplicates(person, {RequestType::Access});
        QVERIFY(open.ok());
        const auto hidden = std::find_if(open->cbegin(), open->cend(), [&](const DuplicateMatch &m) { return m.reference == access.reference; });
        QVERIFY(hidden != open->cend());
        QCOMPARE(hidden->id, qint64(0));
    }

    void flaggedInTheDialog_data() { test::TestDatabase::addEngineRows(); }
    void flaggedInTheDialog()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        const auto session = dbHolder->session(agent, noIdleLock());
        const auto first = session->requests().submit(newPerson(QStringLiteral("王芳"), QStringLiteral("13800138000"), {RequestType::Access}));
        QVERIFY(first.ok());
        const Request original = first->constFirst();

        IntakeDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *lookup = dialog.findChild<QLineEdit *>(QStringLiteral("lookupField"));
        QTest::keyClicks(lookup, QStringLiteral("138 0013 8000"));
        QTest::keyClick(lookup, Qt::Key_Return);
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("duplicateNotice"));
        auto *link = dialog.findChild<QCheckBox *>(QStringLiteral("linkDuplicates"));
        QVERIFY(notice && link);
        QTRY_COMPARE(dialog.form().personId, original.personId);
        // A type with nothing open: no notice.
        dialog.findChild<QCheckBox *>(QStringLiteral("type_correction"))->setChecked(true);
        QVERIFY(test::settle(*session));
        QVERIFY(!notice->isVisible());
        // The same type as the open request: flagged, naming it, with the link offered.
        dialog.findChild<QCheckBox *>(QStringLiteral("type_access"))->setChecked(true);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(original.reference), qPrintable(notice->text()));
        QVERIFY(link->isVisible() && link->isChecked());
        QVERIFY(dialog.form().linkDuplicates);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        Request repeat;
        for (const Request &r : dialog.createdRequests())
            if (r.type == RequestType::Access)
                repeat = r;
        QVERIFY(repeat.id > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT linked_id FROM request_links WHERE request_id = ?"), {repeat.id}), original.id);

        // The detail panel names the request it repeats.
        RequestDetailPanel panel(*session);
        panel.resize(500, 900);
        panel.show();
        QSignalSpy shown(&panel, &RequestDetailPanel::viewShown);
        panel.showRequest(repeat.id);
        QVERIFY(shown.wait(5000));
        const QString links = panel.fieldText(QStringLiteral("links"));
        QVERIFY2(links.contains(original.reference) && links.contains(QStringLiteral("Duplicate of")), qPrintable(links));

        // A request with longer texts after one with short ones, the panel beside the queue as
        // in the main window and scrolled down and back in between: every value shows all its lines.
        IntakeForm longer;
        longer.personId = original.personId;
        longer.types = {RequestType::Correction};
        longer.entity = Entity::Both;
        longer.receivedAt = QDateTime::currentDateTime().addSecs(-60);
        longer.summary = QStringLiteral("请更正我在账号资料中登记的公司名称和联系地址，并说明更正前这些信息被提供给了哪些第三方。").repeated(3);
        const auto made = session->requests().submit(longer);
        QVERIFY(made.ok());
        QWidget window;
        auto *split = new QSplitter(&window);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(split);
        split->addWidget(new QWidget);
        auto *beside = new RequestDetailPanel(*session);
        split->addWidget(beside);
        window.resize(1440, 860);
        split->setSizes({1000, 440});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shownBeside(beside, &RequestDetailPanel::viewShown);
        beside->showRequest(repeat.id);
        QVERIFY(shownBeside.wait(5000));
        auto *scroll = beside->findChild<QScrollArea *>();
        QVERIFY(scroll);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::qWait(20);
        scroll->verticalScrollBar()->setValue(0);
        beside->showRequest(made->constFirst().id);
        QVERIFY(shownBeside.wait(5000));
        QTest::qWait(50);
        for (QLabel *value : beside->findChildren<QLabel *>()) {
            if (!value->isVisible() || !value->wordWrap() || value->text().isEmpty())
                continue;
            QVERIFY2(value->height() >= value->heightForWidth(value->width()),
                     qPrintable(QStringLiteral("%1 (%2): %3 px high, its text needs %4")
                                    .arg(value->objectName(), value->text().left(40))
                                    .arg(value->height())
                                    .arg(value->heightForWidth(value->width()))));
        }
    }
};

QTEST_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
