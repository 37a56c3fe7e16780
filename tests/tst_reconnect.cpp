// A dropped PostgreSQL connection: a read is asked again on a fresh connection, a write replaces
// the dead connection before it begins; nothing is lost and no error reaches the user.
#include "itemmodels/requestqueuemodel.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace pd;

class TestReconnect : public QObject
{
    Q_OBJECT

private:
    static IntakeForm form(const QString &email)
    {
        IntakeForm f;
        f.name = QStringLiteral("赵敏");
        f.email = email;
        f.types = {RequestType::Access};
        f.receivedAt = QDateTime::currentDateTime().addSecs(-3600);
        return f;
    }

private Q_SLOTS:
    void droppedConnectionRecovers()
    {
        auto holder = test::TestDatabase::create(QStringLiteral("postgresql"));
        if (!holder)
            return;
        SessionOptions options;
        options.watchChanges = false;
        options.idleLockSeconds = 0;
        const auto session = holder->session(holder->addStaff(QStringLiteral("li.na"), Role::Agent), options);
        const auto submit = [&](const QString &email) {
            Result<QList<Request>> out = Error{ErrorKind::Internal, QStringLiteral("not delivered")};
            session->write(session.get(), [email](const Session &s) { return s.requests().submit(form(email)); },
                           [&out](const Result<QList<Request>> &r) { out = r; });
            return test::settle(*session) ? out : Result<QList<Request>>(Error{ErrorKind::Internal, QStringLiteral("timeout")});
        };
        QVERIFY(submit(QStringLiteral("zhao.min@example.com")).ok());

        RequestQueueModel model(*session);
        QVERIFY(test::settle(model));
        QCOMPARE(model.rowCount(), 1);

        // Every connection of the session dies (a restarted server, a dropped link).
        QVERIFY(holder->terminateConnections());
        // The write path replaces the dead connection before it begins: nothing is lost.
        const auto second = submit(QStringLiteral("zhao.min2@example.com"));
        QVERIFY2(second.ok(), qPrintable(second.error()));

        // A read on a dead connection is asked again on a fresh one: the user sees no error.
        QVERIFY(holder->terminateConnections());
        QSignalSpy errors(&model, &RequestQueueModel::errorOccurred);
        model.refresh();
        QVERIFY(test::settle(model));
        QCOMPARE(model.lastError(), QString());
        QCOMPARE(errors.size(), 0);
        QCOMPARE(model.rowCount(), 2);
    }

    void errorsHaveKinds()
    {
        // A refused connection, a wrong password and a busy database are told apart by their kind.
        Database refused(DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none")).value());
        const auto s = refused.open();
        QVERIFY(!s);
        QCOMPARE(s.errorKind(), ErrorKind::Connection);

        auto holder = test::TestDatabase::create(QStringLiteral("postgresql"));
        if (!holder)
            return;
        QVERIFY(holder->terminateConnections());
        QSqlQuery q(holder->db().connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
        QCOMPARE(Database::classify(q.lastError()), ErrorKind::Connection);
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
