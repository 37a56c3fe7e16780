#include "remindersettingspage.h"

#include "session/reminderdesk.h"
#include "session/session.h"
#include "workflow/permissions.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd {

ReminderSettingsPage::ReminderSettingsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_intro(new QLabel(this)), m_remindLabel(new QLabel(this)),
      m_closeLabel(new QLabel(this)), m_message(new QLabel(this)), m_remindAfter(new QSpinBox(this)),
      m_closeAfter(new QSpinBox(this)), m_save(new QPushButton(this)), m_sweep(new QPushButton(this))
{
    setObjectName(QStringLiteral("reminderSettingsPage"));
    m_intro->setWordWrap(true);
    m_remindAfter->setObjectName(QStringLiteral("remindAfterDays"));
    m_closeAfter->setObjectName(QStringLiteral("closeAfterDays"));
    for (QSpinBox *box : {m_remindAfter, m_closeAfter}) {
        box->setRange(ReminderPolicy::kMinimumDays, ReminderPolicy::kMaximumDays);
        box->setMinimumWidth(120);
        connect(box, &QSpinBox::valueChanged, this, [this, box] { setDaysSuffix(box); });
    }
    m_remindLabel->setBuddy(m_remindAfter);
    m_closeLabel->setBuddy(m_closeAfter);
    m_save->setObjectName(QStringLiteral("saveReminders"));
    m_sweep->setObjectName(QStringLiteral("sweepReminders"));
    m_message->setObjectName(QStringLiteral("remindersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_remindLabel, m_remindAfter);
    form->addRow(m_closeLabel, m_closeAfter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_sweep);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &ReminderSettingsPage::save);
    connect(m_sweep, &QPushButton::clicked, this, &ReminderSettingsPage::sweep);
    connect(&m_session, &Session::changed, this, [this](const ChangeSet &changes) {
        if (changes.settings || changes.everything)
            reload();
    });
    setActor(m_session.actor());
    retranslate();
    reload();
}

void ReminderSettingsPage::setActor(const Actor &actor)
{
    m_role = actor.role;
    updateEnabled();
}

void ReminderSettingsPage::updateEnabled()
{
    const bool may = Permissions::mayChangeTeamSettings(m_role);
    const QString why = Permissions::whyNotChangeTeamSettings(m_role);
    for (QWidget *w : std::initializer_list<QWidget *>{m_remindAfter, m_closeAfter, m_save}) {
        w->setEnabled(may && !m_busy);
        w->setToolTip(why);
    }
    m_sweep->setEnabled(!m_busy);
}

void ReminderSettingsPage::reload()
{
    m_session.read(
        this, [](const Session &s) { return s.reminders().policy(); },
        [this](const Result<ReminderPolicy> &p) {
            if (!p) {
                showMessage(p.error(), true);
                return;
            }
            m_remindAfter->setValue(p->remindAfterDays);
            m_closeAfter->setValue(p->closeAfterDays);
        });
}

void ReminderSettingsPage::save()
{
    ReminderPolicy p;
    p.remindAfterDays = m_remindAfter->value();
    p.closeAfterDays = m_closeAfter->value();
    m_busy = true;
    updateEnabled();
    m_session.write(
        this, [p](const Session &s) { return s.reminders().setPolicy(p); },
        [this](const Status &saved) {
            m_busy = false;
            updateEnabled();
            // A refusal keeps the values typed, with the reason.
            showMessage(saved ? tr("Saved. The new days apply from the next reminder check.")
                              : tr("Not saved: %1").arg(saved.error()),
                        !saved);
        });
}

void ReminderSettingsPage::sweep()
{
    m_busy = true;
    updateEnabled();
    m_session.write(
        this, [](const Session &s) { return s.reminders().sweep(); },
        [this](const Result<ReminderSweep> &done) {
            m_busy = false;
            updateEnabled();
            if (!done) {
                showMessage(tr("The reminders were not checked: %1").arg(done.error()), true);
                return;
            }
            QStringList lines{tr("%n reminder(s) written.", nullptr, int(done->reminded.size())),
                              tr("%n request(s) proposed for closing as unverifiable.", nullptr, int(done->proposed.size()))};
            if (!done->skipped.isEmpty())
                lines << tr("Not done:") + QLatin1Char('\n') + done->skipped.join(QLatin1Char('\n'));
            showMessage(lines.join(QLatin1Char('\n')), !done->skipped.isEmpty());
        });
}

void ReminderSettingsPage::setDaysSuffix(QSpinBox *box)
{
    box->setSuffix(tr(" day(s)", "after a number", box->value()));
}

void ReminderSettingsPage::showMessage(const QString &text, bool error)
{
    m_message->setProperty("role", error ? QStringLiteral("error") : QString());
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_message->setText(text);
}

QString ReminderSettingsPage::message() const
{
    return m_message->text();
}

void ReminderSettingsPage::retranslate()
{
    m_intro->setText(tr("A request waiting for the requester to verify their identity gets a reminder letter after "
                        "the days below, and, if still unverified, is proposed for closing as unverifiable the "
                        "given number of days after the reminder. Requests proposed for closing are left out of the "
                        "queue's default view until someone marks them unverifiable. These settings hold for "
                        "everyone working on this database."));
    m_remindLabel->setText(tr("&Reminder after:"));
    m_closeLabel->setText(tr("&Propose closing after the reminder:"));
    for (QSpinBox *box : {m_remindAfter, m_closeAfter})
        setDaysSuffix(box);
    m_save->setText(tr("&Save"));
    m_sweep->setText(tr("&Write the due reminders now"));
    m_sweep->setToolTip(tr("The app also does this when a supervisor or administrator signs in, and every hour."));
    updateEnabled(); // the why-not tooltips
}

void ReminderSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
