#include "demodataloader.h"

#include "session/demodesk.h"
#include "session/session.h"

#include <QProgressDialog>

namespace pd {

DemoDataLoader::DemoDataLoader(Session &session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{
}

DemoDataLoader::~DemoDataLoader()
{
    *m_cancel = true; // the session waits for the job when it ends
}

void DemoDataLoader::start(qint64 requests, quint32 seed)
{
    if (m_running)
        return;
    m_running = true;
    *m_cancel = false;
    delete m_progress;
    m_progress = new QProgressDialog(tr("Loading demo data…"), tr("Cancel"), 0, 1000, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setWindowTitle(tr("Demo data"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        *m_cancel = true;
        m_progress->setLabelText(tr("Cancelling: no more requests are taken in; those under way are finished…"));
    });

    const auto cancel = m_cancel;
    m_session.runLong(
        this,
        [requests, seed, cancel](const Session &s, const LongJobControl &control) {
            return s.demo().load(requests, seed, [&control, cancel](qint64 done, qint64 total) {
                control.report(done, total);
                return !cancel->load() && !control.cancelled();
            });
        },
        [this](qint64 done, qint64 total) { onProgress(done, total); },
        [this](const Result<qint64> &result) {
            m_running = false;
            if (m_progress)
                m_progress->close();
            Q_EMIT finished(result ? result.value() : 0, result ? QString() : result.error());
        });
}

void DemoDataLoader::onProgress(qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    m_progress->setValue(int(done * 1000 / std::max<qint64>(1, total)));
    if (!*m_cancel) {
        m_progress->setLabelText(done < total ? tr("Loading demo data: %L1 of %L2 requests…").arg(done).arg(total)
                                              : tr("Building the search indexes…"));
    }
}

} // namespace pd
