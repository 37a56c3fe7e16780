#include "staffpage.h"

#include "noticestyle.h"
#include "passworddialog.h"
#include "session/session.h"
#include "session/staffdesk.h"
#include "staffaccountdialog.h"
#include "workflow/permissions.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

const QString kErrorStyle = QStringLiteral("color: #c62828;");
const QString kDoneStyle = QStringLiteral("color: #2e7d32;");

} // namespace

StaffPage::StaffPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_actor(session.actor()), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_readOnly(new QLabel(this)),
      m_add(new QPushButton(this)), m_toggleActive(new QPushButton(this)), m_resetPassword(new QPushButton(this)),
      m_changeRole(new QPushButton(this)), m_unlock(new QPushButton(this)), m_message(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("staffPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_readOnly->setObjectName(QStringLiteral("staffReadOnlyNotice"));
    m_readOnly->setWordWrap(true);
    styleAsNotice(m_readOnly);
    m_add->setObjectName(QStringLiteral("staffAdd"));
    m_toggleActive->setObjectName(QStringLiteral("staffToggleActive"));
    m_resetPassword->setObjectName(QStringLiteral("staffResetPassword"));
    m_changeRole->setObjectName(QStringLiteral("staffChangeRole"));
    m_unlock->setObjectName(QStringLiteral("staffUnlock"));
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {170, 220, 150};
    for (int c = 0; c < StatusColumn; ++c)
        m_table->setColumnWidth(c, widths[c]);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggleActive);
    buttons->addWidget(m_resetPassword);
    buttons->addWidget(m_changeRole);
    buttons->addWidget(m_unlock);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_readOnly);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffPage::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (m_resetPassword->isEnabled())
            resetPassword();
    });
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addAccount);
    connect(m_toggleActive, &QPushButton::clicked, this, &StaffPage::toggleActive);
    connect(m_resetPassword, &QPushButton::clicked, this, &StaffPage::resetPassword);
    connect(m_changeRole, &QPushButton::clicked, this, &StaffPage::changeRole);
    connect(m_unlock, &QPushButton::clicked, this, &StaffPage::unlock);
    setTabOrder(m_add, m_toggleActive);
    setTabOrder(m_toggleActive, m_resetPassword);
    setTabOrder(m_resetPassword, m_changeRole);
    setTabOrder(m_changeRole, m_unlock);
    setTabOrder(m_unlock, m_table);

    retranslate();
    refresh();
}

void StaffPage::setActor(const Actor &actor)
{
    m_actor = actor;
    retranslate();
}

QString StaffPage::messageText() const
{
    return m_message->text();
}

void StaffPage::refresh()
{
    struct Read
    {
        QList<StaffAccount> accounts;
        qint64 administrators = 0;
    };
    m_session.read(
        this,
        [](const Session &s) -> Result<Read> {
            auto accounts = s.staff().accounts();
            if (!accounts)
                return accounts.fault();
            const auto administrators = s.staff().administratorsWhoCanSignIn();
            if (!administrators)
                return administrators.fault();
            return Read{std::move(accounts).value(), administrators.value()};
        },
        [this](const Result<Read> &read) {
            if (!read) {
                showMessage(read.error(), true);
                return;
            }
            m_accounts = read->accounts;
            m_administrators = read->administrators;
            fillTable();
        });
}

void StaffPage::fillTable()
{
    const auto selected = selectedAccount();
    const QString select = !m_select.isEmpty() ? m_select : selected ? selected->user.username : QString();
    m_select.clear();
    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < int(m_accounts.size()); ++row) {
        const StaffService::Account &a = m_accounts.at(row);
        QString status = a.active ? tr("Active") : tr("Deactivated");
        if (!a.hasPassword)
            status = tr("%1, no password (cannot sign in)").arg(status);
        else if (StaffService::isLocked(a, QDateTime::currentDateTimeUtc()))
            status = tr("%1, locked until %2 (too many failed sign-ins)")
                         .arg(status, a.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        else if (a.mustChangePassword)
            status = tr("%1, must choose a new password").arg(status);
        if (a.user.demo)
            status = tr("%1 · demo account").arg(status);
        const QString texts[ColumnCount] = {a.user.username, a.user.displayName, roles().labelForKey(a.user.role), status};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setData(Qt::UserRole, a.user.username);
            if (!a.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    if (!select.isEmpty())
        selectUsername(select);
    updateButtons();
}

void StaffPage::selectUsername(const QString &username)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, UsernameColumn)->text() == username) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, UsernameColumn);
            return;
        }
    }
}

std::optional<StaffService::Account> StaffPage::selectedAccount() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return std::nullopt;
    const QString username = m_table->item(rows.first().row(), UsernameColumn)->text();
    for (const StaffService::Account &a : m_accounts)
        if (a.user.username == username)
            return a;
    return std::nullopt;
}

void StaffPage::updateButtons()
{
    const bool administrator = Permissions::mayManageStaff(m_actor.role) && !m_actor.username.isEmpty();
    const QString notAdministrator = Permissions::whyNotManageStaff(m_actor.role);
    const auto target = selectedAccount();
    const QString noSelection = tr("Select an account in the table first.");

    m_add->setEnabled(administrator);
    m_add->setToolTip(administrator ? tr("Add a staff account: an agent, a supervisor or an administrator.") : notAdministrator);

    const bool activate = target && !target->active;
    m_toggleActive->setText(activate ? tr("Re&activate") : tr("De&activate"));
    QString why = !administrator ? notAdministrator
        : !target                ? noSelection
                                 : StaffService::whyNotSetActive(*target, activate, m_actor, m_administrators);
    m_toggleActive->setEnabled(why.isEmpty());
    m_toggleActive->setToolTip(why.isEmpty() ? (activate ? tr("Let %1 sign in again.").arg(target->user.username)
                                                         : tr("Stop %1 from signing in. Nothing they did is removed.")
                                                               .arg(target->user.username))
                                             : why);

    why = !administrator ? notAdministrator : !target ? noSelection : StaffService::whyNotResetPassword(*target, m_actor);
    m_resetPassword->setEnabled(why.isEmpty());
    m_resetPassword->setToolTip(why.isEmpty() ? tr("Set a new password for %1.").arg(target->user.username) : why);

    // Probe with a role the account does not have: demoting the last administrator is refused.
    const Role probe = target && target->user.role == roles().key(Role::Administrator) ? Role::Agent : Role::Administrator;
    why = !administrator ? notAdministrator : !target ? noSelection : StaffService::whyNotChangeRole(*target, probe, m_actor, m_administrators);
    m_changeRole->setEnabled(why.isEmpty());
    m_changeRole->setToolTip(why.isEmpty() ? tr("Make %1 an agent, a supervisor or an administrator.").arg(target->user.username)
                                           : why);

    why = !administrator ? notAdministrator
        : !target        ? noSelection
                         : StaffService::whyNotUnlock(*target, m_actor, QDateTime::currentDateTimeUtc());
    m_unlock->setEnabled(why.isEmpty());
    m_unlock->setToolTip(why.isEmpty() ? tr("Let %1 sign in again before the lock ends.").arg(target->user.username) : why);
}

void StaffPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? kErrorStyle : kDoneStyle);
    m_message->setVisible(!text.isEmpty());
}

void StaffPage::done(const Status &status, const QString &success, const QString &username)
{
    if (!status) {
        showMessage(status.error(), true);
        refresh(); // what is stored now, in case someone else changed it
        return;
    }
    m_select = username; // once the list is read again
    refresh();
    showMessage(success, false);
    Q_EMIT staffChanged();
}

void StaffPage::change(std::function<Status(const Session &)> job, const QString &success, const QString &username)
{
    m_session.write(this, std::move(job), [this, success, username](const Status &s) { done(s, success, username); });
}

void StaffPage::unlock()
{
    const auto target = selectedAccount();
    if (!target)
        return;
    const QString name = target->user.username;
    change([name](const Session &s) { return s.staff().unlock(name); },
           tr("Unlocked %1: the account can sign in again.").arg(name), name);
}

void StaffPage::addAccount()
{
    StaffAccountDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StaffUser &user = dialog.created();
    done({}, tr("Added %1 (%2) as %3.").arg(user.username, user.displayName, roles().labelForKey(user.role)), user.username);
}

void StaffPage::toggleActive()
{
    const auto target = selectedAccount();
    if (!target)
        return;
    const QString name = target->user.username;
    if (!target->active) {
        change([name](const Session &s) { return s.staff().setActive(name, true); },
               tr("Reactivated %1: the account can sign in again.").arg(name), name);
        return;
    }
    // How many open requests are still assigned is asked first, for the confirmation.
    const qint64 staffId = target->user.id;
    const QString displayName = target->user.displayName;
    m_session.read(
        this, [staffId](const Session &s) { return s.staff().openAssignedRequests(staffId); },
        [this, name, displayName](const Result<qint64> &open) {
            QString text = tr("Deactivate %1 (%2)? They can no longer sign in; nothing they did is removed, and an "
                              "administrator can reactivate the account later.")
                               .arg(name, displayName);
            if (open && open.value() > 0)
                text += QStringLiteral("\n\n")
                    + tr("%n open request(s) are still assigned to %1: a supervisor should reassign them.", nullptr,
                         int(open.value()))
                          .arg(name);
            QMessageBox box(QMessageBox::Question, tr("Deactivate account"), text, QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("confirmDeactivate"));
            QPushButton *yes = box.addButton(tr("Deactivate"), QMessageBox::AcceptRole);
            box.addButton(tr("Cancel"), QMessageBox::RejectRole);
            box.exec();
            if (box.clickedButton() != yes)
                return;
            change([name](const Session &s) { return s.staff().setActive(name, false); },
                   tr("Deactivated %1: the account can no longer sign in.").arg(name), name);
        });
}

void StaffPage::resetPassword()
{
    const auto target = selectedAccount();
    if (!target)
        return;
    PasswordDialog dialog(m_session, PasswordDialog::Mode::Reset, target->user.username, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    done({}, tr("Set a new password for %1. Tell them in person; they choose their own at the next sign-in.")
                 .arg(target->user.username),
         target->user.username);
}

void StaffPage::changeRole()
{
    const auto target = selectedAccount();
    if (!target)
        return;
    QStringList labels;
    for (Role role : roles().all())
        labels << roles().label(role);
    const auto current = roles().fromKey(target->user.role);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change role"),
                                                 tr("New role for %1 (%2):").arg(target->user.username, target->user.displayName),
                                                 labels, current ? int(roles().all().indexOf(*current)) : 0, false, &ok);
    if (!ok)
        return;
    const Role role = roles().all().at(labels.indexOf(chosen));
    const bool self = target->user.username == m_actor.username;
    if (self && role != m_actor.role) {
        const auto answer = QMessageBox::question(
            this, tr("Change your own role"),
            tr("Make yourself %1? You will no longer be able to manage staff accounts or the verification policy; "
               "only another administrator can give the role back.")
                .arg(roles().label(role)));
        if (answer != QMessageBox::Yes)
            return;
    }
    const QString name = target->user.username;
    m_session.write(
        this, [name, role](const Session &s) { return s.staff().changeRole(name, role); },
        [this, name, role, self](const Status &s) {
            done(s, tr("%1 now has the role %2.").arg(name, roles().label(role)), name);
            if (s && self) {
                Actor changed = m_actor;
                changed.role = role;
                Q_EMIT actorChanged(changed);
            }
        });
}

void StaffPage::retranslate()
{
    m_title->setText(tr("Staff accounts"));
    m_intro->setText(tr("Everyone who signs in to this database. Agents take requests in and verify requesters; "
                        "supervisors approve and reassign; administrators manage accounts and settings. A deactivated "
                        "account cannot sign in, but what it did stays in the audit log."));
    const bool administrator = Permissions::mayManageStaff(m_actor.role) && !m_actor.username.isEmpty();
    m_readOnly->setText(tr("Read only. %1").arg(Permissions::whyNotManageStaff(m_actor.role)));
    m_readOnly->setVisible(!administrator);
    m_table->setHorizontalHeaderLabels({tr("Username"), tr("Display name"), tr("Role"), tr("Status")});
    m_add->setText(tr("A&dd…"));
    m_resetPassword->setText(tr("Reset &password…"));
    m_changeRole->setText(tr("Change &role…"));
    m_unlock->setText(tr("&Unlock"));
    fillTable();
}

void StaffPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
