#include "demodataloader.h"

#include "storage/database.h"
#include "demo/demogenerator.h"
#include "workflow/workingdaycalendar.h"

#include <QProgressDialog>
#include <QThread>

namespace pd {

DemoDataLoader::DemoDataLoader(const Database &db, QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_dialogParent(dialogParent)
{
}

DemoDataLoader::~DemoDataLoader()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool DemoDataLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoDataLoader::start(qint64 requests, quint32 seed)
{
    if (isRunning())
        return;
    m_cancel = false;
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
        m_cancel = true;
        m_progress->setLabelText(tr("Cancelling: no more requests are taken in; those under way are finished…"));
    });

    delete m_thread;
    m_thread = QThread::create([this, requests, seed] {
        const WorkingDayCalendar calendar{};
        QString error;
        qint64 written = 0;
        if (auto opened = m_db.open(); !opened) {
            error = opened.error();
        } else {
            const auto result = DemoGenerator(m_db, calendar)
                                    .run({requests, seed, QDate::currentDate()}, [this](qint64 done, qint64 total) {
                                        QMetaObject::invokeMethod(this, [this, done, total] { onProgress(done, total); },
                                                                  Qt::QueuedConnection);
                                        return !m_cancel.load();
                                    });
            if (result)
                written = result.value();
            else
                error = result.error();
        }
        m_db.closeThreadConnection();
        QMetaObject::invokeMethod(this, [this, written, error] {
            if (m_progress)
                m_progress->close();
            Q_EMIT finished(written, error);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void DemoDataLoader::onProgress(qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    m_progress->setValue(int(done * 1000 / std::max<qint64>(1, total)));
    if (!m_cancel) {
        m_progress->setLabelText(done < total ? tr("Loading demo data: %L1 of %L2 requests…").arg(done).arg(total)
                                              : tr("Building the search indexes…"));
    }
}

} // namespace pd
