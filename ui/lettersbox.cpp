#include "lettersbox.h"

#include "common/displayformat.h"
#include "fulfilment/letterservice.h"
#include "storage/workflowrepository.h"
#include "workflow/verificationservice.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pd {

LettersBox::LettersBox(const Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_title(new QLabel(this)), m_write(new QToolButton(this)), m_list(new QTreeWidget(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lettersBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    m_write->setPopupMode(QToolButton::InstantPopup);
    m_write->setObjectName(QStringLiteral("writeLetterButton"));
    m_write->setMenu(new QMenu(m_write));
    header->addWidget(m_write);
    layout->addLayout(header);
    m_list->setObjectName(QStringLiteral("lettersList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setMaximumHeight(120);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { open(item->data(0, Qt::UserRole).toLongLong()); });
    retranslate();
}

void LettersBox::retranslate()
{
    m_title->setText(tr("Letters"));
    m_write->setText(tr("Write letter"));
    m_list->setHeaderLabels({tr("Letter"), tr("Language"), tr("Written")});
    QMenu *menu = m_write->menu();
    menu->clear();
    for (LetterKind kind : letterKinds().all())
        menu->addAction(letterKinds().label(kind), this, [this, kind] { write(kind); });
    m_list->setToolTip(tr("Double-click a letter to open its PDF."));
    reload();
}

void LettersBox::setActor(const Actor &actor)
{
    m_actor = actor;
    m_write->setEnabled(actor.role != Role::Administrator);
    m_write->setToolTip(actor.role == Role::Administrator
                            ? tr("Administrators manage the system; letters are written by agents and supervisors.")
                            : QString());
}

void LettersBox::showRequest(const Request &request)
{
    m_request = request;
    m_error->hide();
    reload();
}

int LettersBox::letterCount() const
{
    return m_list->topLevelItemCount();
}

void LettersBox::reload()
{
    m_list->clear();
    if (m_request.id <= 0)
        return;
    const auto letters = LetterService(m_db).list(m_request.id);
    if (!letters) {
        m_error->setText(letters.error());
        m_error->show();
        return;
    }
    for (const LetterInfo &l : letters.value()) {
        auto *item = new QTreeWidgetItem(m_list, {letterKinds().label(l.kind),
                                                  l.language == QLatin1String("en") ? tr("English") : tr("Simplified Chinese"),
                                                  DisplayFormat::tableDateTime(l.createdAt)});
        item->setData(0, Qt::UserRole, l.id);
        item->setToolTip(0, tr("SHA-256 %1 · by %2").arg(l.sha256, l.createdBy));
    }
}

bool LettersBox::write(LetterKind kind)
{
    LetterDetails details;
    if (kind == LetterKind::Refusal) {
        // The reasons and explanation of the refusal the supervisor is asked to approve (or approved).
        const auto approvals = WorkflowRepository(m_db).approvals(m_request.id);
        if (approvals) {
            for (const Approval &a : approvals.value()) {
                if (a.action == RequestAction::ProposeRefusal) {
                    details.refusalReasons = a.reasons;
                    details.explanation = a.explanation;
                }
            }
        }
    } else if (kind == LetterKind::VerificationRequest) {
        if (const auto missing = VerificationService(m_db).missing(m_request.id))
            details.verificationMethods = missing.value();
    }
    const auto written = LetterService(m_db).generate(m_request.id, kind, details, m_actor);
    if (!written) {
        m_error->setText(written.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    Q_EMIT letterWritten(m_request.id);
    return true;
}

void LettersBox::open(qint64 letterId)
{
    const auto pdf = LetterService(m_db).pdf(letterId, m_actor);
    if (!pdf) {
        m_error->setText(pdf.error());
        m_error->show();
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    QFile file(QDir(dir).filePath(QStringLiteral("privacydesk-letter-%1.pdf").arg(letterId)));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size()) {
        m_error->setText(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        m_error->show();
        return;
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

void LettersBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
