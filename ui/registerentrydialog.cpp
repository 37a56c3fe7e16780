#include "registerentrydialog.h"

#include "consentchannels.h"
#include "noticestyle.h"
#include "session/peopledesk.h"
#include "session/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

RegisterEntryDialog::RegisterEntryDialog(Session &session, Kind kind, qint64 personId, const QString &personName,
                                         const Inventory &inventory, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_personId(personId), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("registerEntryDialog"));
    const QString language = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (kind == Kind::Disclosure) {
        setWindowTitle(tr("Record a disclosure · %1").arg(personName));
        m_category = new QComboBox(this);
        m_category->setObjectName(QStringLiteral("category"));
        for (const InventoryCategory &c : inventory.categories())
            m_category->addItem(c.name.in(language), c.key);
        m_recipientKind = new QComboBox(this);
        m_recipientKind->setObjectName(QStringLiteral("recipientKind"));
        for (const InventoryRecipient &r : inventory.recipients())
            m_recipientKind->addItem(r.label.in(language), r.key);
        m_recipient = new QLineEdit(this);
        m_recipient->setObjectName(QStringLiteral("recipient"));
        m_recipient->setPlaceholderText(tr("who received it, by name"));
        m_legalBasis = new QLineEdit(this);
        m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
        m_legalBasis->setPlaceholderText(tr("for example: PIPL Art. 13(1)(3), a court order, the person's consent"));
        m_date = new QDateEdit(QDate::currentDate(), this);
        m_date->setObjectName(QStringLiteral("disclosedOn"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_date->setMaximumDate(QDate::currentDate());
        form->addRow(tr("&Category:"), m_category);
        form->addRow(tr("&Kind of recipient:"), m_recipientKind);
        form->addRow(tr("&Recipient:"), m_recipient);
        form->addRow(tr("&Legal basis:"), m_legalBasis);
        form->addRow(tr("&Disclosed on:"), m_date);
    } else {
        setWindowTitle(tr("Record a consent · %1").arg(personName));
        m_purpose = new QComboBox(this);
        m_purpose->setObjectName(QStringLiteral("purpose"));
        for (const InventoryPurpose &p : inventory.purposes())
            m_purpose->addItem(p.label.in(language) + (p.needsConsent ? QString() : tr(" (no consent needed)")), p.key);
        m_event = new QComboBox(this);
        m_event->setObjectName(QStringLiteral("event"));
        m_event->addItem(tr("given"), true);
        m_event->addItem(tr("withdrawn"), false);
        m_channel = new QComboBox(this);
        m_channel->setObjectName(QStringLiteral("channel"));
        for (const QString &key : ConsentChannels::keys())
            m_channel->addItem(ConsentChannels::label(key), key);
        m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
        m_at->setObjectName(QStringLiteral("at"));
        m_at->setCalendarPopup(true);
        m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_at->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
        form->addRow(tr("&Purpose:"), m_purpose);
        form->addRow(tr("&Consent:"), m_event);
        form->addRow(tr("C&hannel:"), m_channel);
        form->addRow(tr("&When:"), m_at);
    }
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("registerError"));
    m_error->setWordWrap(true);
    styleAsNotice(m_error);
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RegisterEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RegisterEntryDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

QString RegisterEntryDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void RegisterEntryDialog::accept()
{
    if (m_busy)
        return;
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const auto done = [this](const Result<qint64> &id) {
        m_busy = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!id) {
            m_error->setText(id.error());
            m_error->show();
            return; // everything typed stays
        }
        Q_EMIT recorded(m_personId);
        QDialog::accept();
    };
    if (m_kind == Kind::Disclosure) {
        Disclosure d;
        d.personId = m_personId;
        d.category = m_category->currentData().toString();
        d.recipientKind = m_recipientKind->currentData().toString();
        d.recipient = m_recipient->text();
        d.legalBasis = m_legalBasis->text();
        d.disclosedOn = m_date->date();
        m_session.write(this, [d](const Session &s) { return s.people().recordDisclosure(d); }, done);
    } else {
        ConsentEvent e;
        e.personId = m_personId;
        e.purpose = m_purpose->currentData().toString();
        e.given = m_event->currentData().toBool();
        e.channel = m_channel->currentData().toString();
        e.at = m_at->dateTime().toUTC();
        m_session.write(this, [e](const Session &s) { return s.people().recordConsent(e); }, done);
    }
}

} // namespace pd
