#include "decisiondialog.h"

#include "noticestyle.h"
#include "timelinetext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

DecisionDialog::DecisionDialog(const RequestView &view, RequestAction decision, QWidget *parent)
    : QDialog(parent), m_proposal(new QLabel(this)), m_note(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    const bool approve = decision == RequestAction::Approve;
    const QString what = view.pending ? TimelineText::proposal(view.pending->action) : QString();
    setWindowTitle(approve ? tr("Approve: %1").arg(what) : tr("Send back: %1").arg(what));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(approve ? tr("Approve this proposal for %1?").arg(view.request.reference)
                                        : tr("Send this proposal for %1 back to be worked on again?").arg(view.request.reference),
                                this);
    question->setObjectName(QStringLiteral("decisionQuestion"));
    question->setWordWrap(true);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    layout->addWidget(question);
    m_proposal->setObjectName(QStringLiteral("decisionProposal"));
    m_proposal->setTextFormat(Qt::PlainText);
    m_proposal->setWordWrap(true);
    m_proposal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proposal->setText(TimelineText::proposalText(view));
    styleAsNotice(m_proposal);
    layout->addWidget(m_proposal);
    auto *label = new QLabel(approve ? tr("&Note for the history (optional):") : tr("&Why it goes back (for the history):"), this);
    label->setBuddy(m_note);
    layout->addWidget(label);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setTabChangesFocus(true);
    layout->addWidget(m_note, 1);
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("decideButton"));
    ok->setText(approve ? tr("Approve: %1").arg(what) : tr("Send back"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    // Deciding is deliberate: Enter in the note does not approve.
    ok->setAutoDefault(false);
    ok->setDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(540, 420);
}

QString DecisionDialog::note() const
{
    return m_note->toPlainText();
}

void DecisionDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void DecisionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString DecisionDialog::proposalText() const
{
    return m_proposal->text();
}

} // namespace pd
