// pd_hammer: one workstation making many conflicting changes, for tst_multiuser_conflicts.
//
//   pd_hammer URL USERNAME PASSWORD REQUEST_IDS(comma-separated) COUNT SEED
//
// Signs in through the Gateway like the app, then COUNT times: reads one of the requests (its
// current version), and sets its priority to another value with that version. A change someone
// else got in first is refused (a conflict) and not retried. Prints one line per accepted change,
// "ok ID NEW_VERSION PRIORITY_KEY", and at the end "done ACCEPTED CONFLICTS". Exits 1 on any other
// error.
#include "domain/enums.h"
#include "session/gateway.h"
#include "session/requestdesk.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() != 7) {
        err << "usage: pd_hammer URL USERNAME PASSWORD IDS COUNT SEED\n";
        return 2;
    }
    auto gateway = pd::Gateway::open(args.at(1));
    if (!gateway) {
        err << gateway.error() << '\n';
        return 1;
    }
    if (auto actor = (*gateway)->signInNow(args.at(2), args.at(3)); !actor) {
        err << actor.error() << '\n';
        return 1;
    }
    pd::SessionOptions options;
    options.watchChanges = false;
    options.idleLockSeconds = 0;
    const auto session = (*gateway)->startSession(options);
    QList<qint64> ids;
    for (const QString &id : args.at(4).split(QLatin1Char(',')))
        ids << id.toLongLong();
    const int count = args.at(5).toInt();
    QRandomGenerator random(args.at(6).toUInt());
    const QList<pd::Priority> values{pd::Priority::Low, pd::Priority::Normal, pd::Priority::High, pd::Priority::Urgent};

    int accepted = 0, conflicts = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 id = ids.at(int(random.bounded(qint64(ids.size()))));
        const auto view = session->requests().view(id, pd::RequestDesk::Purpose::Refresh);
        if (!view) {
            err << "read " << id << ": " << view.error() << '\n';
            return 1;
        }
        // Always a real change: another priority than the one just read.
        pd::Priority next = values.at(int(random.bounded(qint64(values.size()))));
        if (next == view->request.priority)
            next = values.at((values.indexOf(next) + 1) % values.size());
        const auto saved = session->requests().setPriority(id, view->request.version, next);
        if (saved) {
            ++accepted;
            out << "ok " << id << ' ' << saved->version << ' ' << pd::priorities().key(next) << '\n';
        } else if (saved.errorKind() == pd::ErrorKind::Conflict) {
            ++conflicts;
        } else {
            err << "write " << id << ": " << saved.error() << '\n';
            return 1;
        }
    }
    out << "done " << accepted << ' ' << conflicts << '\n';
    return 0;
}
