#include "conflictdialog.h"

#include "timelinetext.h"

#include "common/displayformat.h"
#include "itemmodels/auditlogmodel.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ConflictDialog::ConflictDialog(const QString &yourChange, const RequestView &theirs, QWidget *parent)
    : QDialog(parent), m_theirs(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by someone else"));
    auto *intro = new QLabel(tr("%1 was changed by someone else since you opened it, so your change was not saved. "
                                "Compare the two and choose.")
                                 .arg(theirs.request.reference),
                             this);
    intro->setWordWrap(true);
    auto *mineBox = new QGroupBox(tr("Your change"), this);
    auto *mine = new QPlainTextEdit(yourChange, mineBox);
    mine->setObjectName(QStringLiteral("yourChange"));
    mine->setReadOnly(true);
    (new QVBoxLayout(mineBox))->addWidget(mine);
    auto *theirsBox = new QGroupBox(tr("Stored now"), this);
    m_theirs->setObjectName(QStringLiteral("storedNow"));
    m_theirs->setWordWrap(true);
    m_theirs->setTextFormat(Qt::PlainText);
    m_theirs->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_theirs->setText(describe(theirs));
    (new QVBoxLayout(theirsBox))->addWidget(m_theirs);
    auto *sides = new QGridLayout;
    sides->addWidget(mineBox, 0, 0);
    sides->addWidget(theirsBox, 0, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("&Apply my change to the stored version"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyMine"));
    QPushButton *keep = buttons->addButton(tr("&Keep the stored version"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirs"));
    connect(apply, &QPushButton::clicked, this, [this] {
        m_applyMine = true;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sides, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

QString ConflictDialog::theirsText() const
{
    return m_theirs->text();
}

QString ConflictDialog::describe(const RequestView &view)
{
    const Request &r = view.request;
    QStringList lines{tr("Status: %1").arg(requestStatuses().label(r.status)),
                      tr("Assignee: %1").arg(r.assigneeName.isEmpty() ? tr("Unassigned") : r.assigneeName),
                      tr("Priority: %1").arg(priorities().label(r.priority))};
    // Who changed it last, and how (a priority, an assignment, a step, a note...); without that
    // record, the last step of its history.
    if (const auto &last = view.lastChange) {
        lines << tr("Last changed: %1, by %2 at %3")
                     .arg(AuditLogModel::actionLabel(last->action), last->actor, DisplayFormat::tableDateTime(last->at));
        return lines.join(QLatin1Char('\n'));
    }
    for (auto it = view.timeline.crbegin(); it != view.timeline.crend(); ++it) {
        if (it->kind == TimelineEntry::Kind::History) {
            lines << tr("Last step: %1, by %2 at %3")
                         .arg(TimelineText::title(*it), it->actor,
                              DisplayFormat::tableDateTime(it->at));
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd
