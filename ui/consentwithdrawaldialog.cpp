#include "consentwithdrawaldialog.h"

#include "domain/enums.h"
#include "session/peopledesk.h"
#include "session/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

const char *const kMarketing = "marketing";

} // namespace

ConsentWithdrawalDialog::ConsentWithdrawalDialog(Session &session, const RequestView &view, QWidget *parent)
    : QDialog(parent), m_session(session), m_view(view), m_purposes(new QVBoxLayout), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_withdraw(m_buttons->addButton(tr("&Withdraw consent"), QDialogButtonBox::ActionRole)),
      m_optOut(m_buttons->addButton(tr("&Marketing opt-out (退订)"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("consentWithdrawalDialog"));
    setWindowTitle(tr("Withdraw consent · %1").arg(view.request.reference));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick the purposes whose consent %1 withdraws. From now on their personal information is no longer "
                                "processed for them; what was done before, with their consent, stays lawful (policy §4).")
                                 .arg(view.person.name.isEmpty() ? view.request.personName : view.person.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(m_purposes);
    m_status->setObjectName(QStringLiteral("withdrawalStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    m_optOut->setObjectName(QStringLiteral("marketingOptOut"));
    m_optOut->setToolTip(tr("Withdraws the consent to marketing in one step"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConsentWithdrawalDialog::reject);
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        QStringList purposes;
        for (QCheckBox *box : std::as_const(m_boxes))
            if (box->isChecked())
                purposes << box->property("purpose").toString();
        submit(purposes);
    });
    connect(m_optOut, &QPushButton::clicked, this, [this] { submit({QLatin1String(kMarketing)}); });
    for (QPushButton *b : {m_withdraw, m_optOut}) {
        b->setEnabled(view.mayWithdrawConsent.ok());
        if (!view.mayWithdrawConsent)
            b->setToolTip(view.mayWithdrawConsent.error());
    }
    if (!view.mayWithdrawConsent)
        m_status->setText(view.mayWithdrawConsent.error());
    else if (!view.withdrawnLabels.isEmpty()) {
        QStringList labels;
        for (const BilingualText &label : view.withdrawnLabels)
            labels << label.in(QLocale().name());
        m_status->setText(tr("Withdrawn on this request so far: %1.").arg(labels.join(tr("; "))));
    }

    // The purposes based on consent, from the inventory (read off the GUI thread).
    m_session.read(this, [](const Session &s) { return s.people().inventory(); }, [this](const Result<Inventory> &inventory) {
        if (!inventory) {
            m_status->setText(inventory.error());
            return;
        }
        for (const InventoryPurpose &p : inventory->purposes()) {
            if (!p.needsConsent)
                continue;
            auto *box = new QCheckBox(p.label.in(QLocale().name()), this);
            box->setObjectName(QStringLiteral("purpose_") + p.key);
            box->setProperty("purpose", p.key);
            box->setChecked(m_view.withdrawn.contains(p.key));
            m_purposes->addWidget(box);
            m_boxes << box;
        }
    });
}

QCheckBox *ConsentWithdrawalDialog::purposeBox(const QString &key) const
{
    for (QCheckBox *box : m_boxes)
        if (box->property("purpose").toString() == key)
            return box;
    return nullptr;
}

QString ConsentWithdrawalDialog::statusText() const
{
    return m_status->text();
}

void ConsentWithdrawalDialog::submit(const QStringList &purposes)
{
    const qint64 id = m_view.request.id;
    const QString channel = channels().key(m_view.request.channel);
    m_withdraw->setEnabled(false);
    m_optOut->setEnabled(false);
    m_status->setText(tr("Recording…"));
    m_session.write(
        this, [id, purposes, channel](const Session &s) { return s.people().withdrawConsent(id, purposes, channel); },
        [this, id](const Result<QStringList> &done) {
            m_withdraw->setEnabled(true);
            m_optOut->setEnabled(true);
            if (!done) {
                m_status->setText(done.error()); // the ticks stay as they were
                return;
            }
            m_status->setText(tr("Recorded: consent withdrawn for %n purpose(s). The request can now be completed.", nullptr,
                                 int(done->size())));
            Q_EMIT withdrawn(id);
        });
}

} // namespace pd
