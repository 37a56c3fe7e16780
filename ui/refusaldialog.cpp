#include "refusaldialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

RefusalDialog::RefusalDialog(QWidget *parent)
    : QDialog(parent), m_explanation(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("refusalDialog"));
    setWindowTitle(tr("Propose a refusal"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A refusal states its reasons (PIPL Art. 50) and waits for a supervisor who did not "
                                "propose it to approve it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Reasons:"), this));
    for (RefusalReason r : refusalReasons().all()) {
        auto *box = new QCheckBox(refusalReasons().label(r), this);
        box->setObjectName(QStringLiteral("reason_") + refusalReasons().key(r));
        box->setProperty("reason", int(r));
        layout->addWidget(box);
        m_reasons << box;
    }
    auto *label = new QLabel(tr("&Explanation for the requester:"), this);
    label->setBuddy(m_explanation);
    layout->addWidget(label);
    m_explanation->setObjectName(QStringLiteral("explanationField"));
    m_explanation->setTabChangesFocus(true);
    layout->addWidget(m_explanation, 1);
    m_error->setObjectName(QStringLiteral("refusalError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Propose for approval"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 480);
}

QList<RefusalReason> RefusalDialog::reasons() const
{
    QList<RefusalReason> out;
    for (const QCheckBox *box : m_reasons)
        if (box->isChecked())
            out << RefusalReason(box->property("reason").toInt());
    return out;
}

void RefusalDialog::setInput(const QList<RefusalReason> &reasons, const QString &explanation)
{
    for (QCheckBox *box : std::as_const(m_reasons))
        box->setChecked(reasons.contains(RefusalReason(box->property("reason").toInt())));
    m_explanation->setPlainText(explanation);
}

QString RefusalDialog::explanation() const
{
    return m_explanation->toPlainText();
}

void RefusalDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace pd
