#include "verificationpolicypage.h"

#include "session/session.h"
#include "session/verificationdesk.h"
#include "workflow/permissions.h"
#include "workflow/verificationservice.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

constexpr int kTypeColumn = 0;
constexpr int kSummaryColumn = 1;
const QString kErrorStyle = QStringLiteral("color: #c62828;");
const QString kDoneStyle = QStringLiteral("color: #2e7d32;");
const QString kNoticeStyle = QStringLiteral("QLabel, QFrame#policyConflictNotice { background: #fff8e1; border: 1px solid #ffcc80; "
                                            "border-radius: 3px; padding: 6px; }");

QLabel *makeNotice(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(kNoticeStyle);
    label->hide();
    return label;
}

} // namespace

QList<VerificationMethod> VerificationPolicyPage::policyMethods()
{
    QList<VerificationMethod> out = verificationMethods().all();
    out.removeAll(VerificationMethod::SupervisorOverride);
    return out;
}

QString VerificationPolicyPage::describe(const QList<VerificationPolicy::Alternative> &alternatives)
{
    if (alternatives.isEmpty())
        return tr("No verification needed");
    QStringList parts;
    for (const auto &alternative : alternatives) {
        QStringList methods;
        for (VerificationMethod m : alternative)
            methods << verificationMethods().label(m);
        parts << (methods.isEmpty() ? tr("(no method ticked)") : methods.join(tr(" + ", "methods that together make one alternative")));
    }
    return parts.join(tr("; or ", "between alternatives of the verification policy"));
}

VerificationPolicyPage::VerificationPolicyPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_actor(session.actor()), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_readOnly(makeNotice("policyReadOnlyNotice", this)), m_conflictBox(new QFrame(this)),
      m_conflictText(new QLabel(m_conflictBox)), m_overwrite(new QPushButton(m_conflictBox)),
      m_loadTheirs(new QPushButton(m_conflictBox)), m_types(new QTableWidget(this)), m_alternativesTitle(new QLabel(this)),
      m_matrixStack(new QStackedWidget(this)), m_matrix(new QTableWidget(this)), m_noAlternatives(new QLabel(this)),
      m_hint(new QLabel(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)), m_message(new QLabel(this)),
      m_discard(new QPushButton(this)), m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("verificationPolicyPage"));
    m_title->setObjectName(QStringLiteral("policyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);

    m_conflictBox->setObjectName(QStringLiteral("policyConflictNotice"));
    m_conflictBox->setStyleSheet(kNoticeStyle);
    m_conflictText->setObjectName(QStringLiteral("policyConflictText"));
    m_conflictText->setWordWrap(true);
    m_conflictText->setStyleSheet(QStringLiteral("border: none; padding: 0;"));
    m_overwrite->setObjectName(QStringLiteral("policyOverwrite"));
    m_loadTheirs->setObjectName(QStringLiteral("policyLoadTheirs"));
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_loadTheirs);
    conflictButtons->addWidget(m_overwrite);
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addLayout(conflictButtons);
    m_conflictBox->hide();

    m_types->setObjectName(QStringLiteral("policyTypeTable"));
    m_types->setColumnCount(2);
    m_types->setRowCount(int(requestTypes().all().size()));
    m_types->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_types->setSelectionMode(QAbstractItemView::SingleSelection);
    m_types->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per request type, so that all ten show at once; the whole summary is in each
    // row's tooltip. (Rows sized to wrapped contents grew to 225-500 px when first laid out narrow.)
    m_types->setWordWrap(false);
    m_types->setTextElideMode(Qt::ElideRight);
    m_types->setAlternatingRowColors(true);
    m_types->verticalHeader()->hide();
    m_types->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_types->horizontalHeader()->setSectionResizeMode(kTypeColumn, QHeaderView::ResizeToContents);
    m_types->horizontalHeader()->setSectionResizeMode(kSummaryColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_types->rowCount(); ++row) {
        for (int column : {kTypeColumn, kSummaryColumn}) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::UserRole, int(requestTypes().all().at(row)));
            m_types->setItem(row, column, item);
        }
    }

    QFont sectionFont = m_alternativesTitle->font();
    sectionFont.setBold(true);
    m_alternativesTitle->setFont(sectionFont);
    m_alternativesTitle->setWordWrap(true);
    m_matrix->setObjectName(QStringLiteral("policyMatrix"));
    m_matrix->setRowCount(int(policyMethods().size()));
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_noAlternatives->setObjectName(QStringLiteral("policyNoAlternatives"));
    m_noAlternatives->setWordWrap(true);
    m_noAlternatives->setAlignment(Qt::AlignCenter);
    m_matrixStack->addWidget(m_matrix);
    m_matrixStack->addWidget(m_noAlternatives);
    m_hint->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("policyAddAlternative"));
    m_remove->setObjectName(QStringLiteral("policyRemoveAlternative"));
    m_message->setObjectName(QStringLiteral("policyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_discard->setObjectName(QStringLiteral("policyDiscard"));
    m_save->setObjectName(QStringLiteral("policySave"));
    m_save->setShortcut(QKeySequence::Save);

    auto *alternativeButtons = new QHBoxLayout;
    alternativeButtons->addWidget(m_add);
    alternativeButtons->addWidget(m_remove);
    alternativeButtons->addStretch(1);
    auto *editor = new QVBoxLayout;
    editor->addWidget(m_alternativesTitle);
    editor->addWidget(m_matrixStack, 1);
    editor->addWidget(m_hint);
    editor->addLayout(alternativeButtons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_types, 5);
    columns->addLayout(editor, 4);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_discard);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_conflictBox);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_types, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow, int) {
        if (!m_filling && row != previousRow)
            fillMatrix();
    });
    connect(m_matrix, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        readMatrixInto(currentType());
        fillTypes();
        showMessage({}, false); // the previous message is about the policy before this tick
        updateButtons();
    });
    connect(m_matrix, &QTableWidget::currentCellChanged, this, &VerificationPolicyPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &VerificationPolicyPage::addAlternative);
    connect(m_remove, &QPushButton::clicked, this, &VerificationPolicyPage::removeAlternative);
    connect(m_save, &QPushButton::clicked, this, &VerificationPolicyPage::save);
    connect(m_discard, &QPushButton::clicked, this, &VerificationPolicyPage::reload);
    connect(m_overwrite, &QPushButton::clicked, this, &VerificationPolicyPage::saveOverTheirs);
    connect(m_loadTheirs, &QPushButton::clicked, this, &VerificationPolicyPage::reload);

    setTabOrder(m_types, m_matrix);
    setTabOrder(m_matrix, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_discard);
    setTabOrder(m_discard, m_save);

    m_types->setCurrentCell(0, kTypeColumn);
    retranslate();
    reload();
}

bool VerificationPolicyPage::isEditable() const
{
    return Permissions::mayEditVerificationPolicy(m_actor.role) && !m_actor.username.isEmpty();
}

bool VerificationPolicyPage::isDirty() const
{
    for (RequestType type : requestTypes().all())
        if (!VerificationService::sameAlternatives(m_edited.alternatives(type), m_loaded.alternatives(type)))
            return true;
    return false;
}

RequestType VerificationPolicyPage::currentType() const
{
    const int row = qMax(0, m_types->currentRow());
    return RequestType(m_types->item(row, kTypeColumn)->data(Qt::UserRole).toInt());
}

void VerificationPolicyPage::selectType(RequestType type)
{
    m_types->setCurrentCell(int(requestTypes().all().indexOf(type)), kTypeColumn);
}

QString VerificationPolicyPage::messageText() const
{
    return m_message->text();
}

void VerificationPolicyPage::setActor(const Actor &actor)
{
    m_actor = actor;
    if (!isEditable() && isDirty())
        reload(); // edits belong to whoever made them
    retranslate();
}

void VerificationPolicyPage::reload()
{
    m_session.read(
        this, [](const Session &s) { return s.verification().policy(); },
        [this](const Result<VerificationPolicy> &policy) { loaded(policy); });
}

void VerificationPolicyPage::loaded(const Result<VerificationPolicy> &policy)
{
    if (!policy) {
        showMessage(policy.error(), true);
        return;
    }
    m_loaded = policy.value();
    m_edited = policy.value();
    m_conflicts.clear();
    m_conflictBox->hide();
    showMessage({}, false);
    fillTypes();
    fillMatrix();
}

void VerificationPolicyPage::reloadIfClean()
{
    if (!isDirty() && m_conflicts.isEmpty())
        reload();
}

bool VerificationPolicyPage::save()
{
    if (!isEditable()) {
        showMessage(Permissions::whyNotEditVerificationPolicy(m_actor.role), true);
        return false;
    }
    if (m_saving)
        return false;
    // Checked type by type first, so the type at fault can be shown with its message.
    for (RequestType type : requestTypes().all()) {
        if (const auto checked = VerificationService::checkAlternatives(type, m_edited.alternatives(type)); !checked) {
            selectType(type);
            showMessage(checked.error(), true);
            return false;
        }
    }
    m_saving = true;
    m_save->setEnabled(false);
    const VerificationPolicy loadedPolicy = m_loaded, editedPolicy = m_edited;
    m_session.write(
        this, [loadedPolicy, editedPolicy](const Session &s) { return s.verification().savePolicy(loadedPolicy, editedPolicy); },
        [this](const Result<VerificationService::PolicySave> &outcome) { saved(outcome); });
    return true;
}

void VerificationPolicyPage::saved(const Result<VerificationService::PolicySave> &outcome)
{
    m_saving = false;
    updateButtons();
    if (!outcome) {
        showMessage(outcome.error(), true);
        Q_EMIT saveFinished(false);
        return;
    }
    if (!outcome->conflicts.isEmpty()) {
        m_conflicts = outcome->conflicts;
        m_theirs = outcome->current;
        // Types this user left alone take the stored version at once: no conflict there.
        for (RequestType type : requestTypes().all()) {
            if (VerificationService::sameAlternatives(m_edited.alternatives(type), m_loaded.alternatives(type))) {
                m_loaded.rules.insert(type, m_theirs.alternatives(type));
                m_edited.rules.insert(type, m_theirs.alternatives(type));
            }
        }
        showMessage({}, false);
        showConflict();
        fillTypes();
        fillMatrix();
        Q_EMIT saveFinished(false);
        return;
    }
    QStringList saved;
    for (RequestType type : outcome->saved)
        saved << requestTypes().label(type);
    m_loaded = outcome->current;
    m_edited = outcome->current;
    m_conflicts.clear();
    m_conflictBox->hide();
    fillTypes();
    fillMatrix();
    showMessage(saved.isEmpty() ? tr("Nothing to save: the policy is as stored.")
                                : tr("Saved the verification policy for: %1.").arg(saved.join(tr(", ", "list separator"))),
                false);
    Q_EMIT policySaved();
    Q_EMIT saveFinished(true);
}

void VerificationPolicyPage::saveOverTheirs()
{
    // The user has seen the other version: it becomes the base, so their own edits win.
    for (RequestType type : std::as_const(m_conflicts))
        m_loaded.rules.insert(type, m_theirs.alternatives(type));
    m_conflicts.clear();
    m_conflictBox->hide();
    static_cast<void>(save());
}

void VerificationPolicyPage::addAlternative()
{
    if (!isEditable())
        return;
    const RequestType type = currentType();
    auto alternatives = m_edited.alternatives(type);
    alternatives.append(VerificationPolicy::Alternative());
    m_edited.rules.insert(type, alternatives);
    fillTypes();
    fillMatrix();
    m_matrix->setCurrentCell(0, int(alternatives.size()) - 1);
    m_matrix->setFocus();
    showMessage(tr("Tick the methods of alternative %1.").arg(alternatives.size()), false);
}

void VerificationPolicyPage::removeAlternative()
{
    const int column = m_matrix->currentColumn();
    const RequestType type = currentType();
    auto alternatives = m_edited.alternatives(type);
    if (!isEditable() || column < 0 || column >= alternatives.size())
        return;
    alternatives.removeAt(column);
    m_edited.rules.insert(type, alternatives);
    fillTypes();
    fillMatrix();
    showMessage({}, false);
}

void VerificationPolicyPage::readMatrixInto(RequestType type)
{
    const QList<VerificationMethod> methods = policyMethods();
    QList<VerificationPolicy::Alternative> alternatives;
    for (int column = 0; column < m_matrix->columnCount(); ++column) {
        VerificationPolicy::Alternative alternative;
        for (int row = 0; row < m_matrix->rowCount(); ++row)
            if (m_matrix->item(row, column)->checkState() == Qt::Checked)
                alternative << methods.at(row);
        alternatives << alternative;
    }
    m_edited.rules.insert(type, alternatives);
}

void VerificationPolicyPage::fillTypes()
{
    m_filling = true;
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const auto type = RequestType(m_types->item(row, kTypeColumn)->data(Qt::UserRole).toInt());
        const auto alternatives = m_edited.alternatives(type);
        const bool changed = !VerificationService::sameAlternatives(alternatives, m_loaded.alternatives(type));
        const bool conflict = m_conflicts.contains(type);
        QString tip;
        if (conflict)
            tip = tr("Someone else changed this type meanwhile. Now stored: %1").arg(describe(m_theirs.alternatives(type)));
        else if (changed)
            tip = tr("Changed, not saved yet. Stored: %1").arg(describe(m_loaded.alternatives(type)));
        m_types->item(row, kTypeColumn)->setText(changed ? tr("%1 (changed)").arg(requestTypes().label(type))
                                                         : requestTypes().label(type));
        m_types->item(row, kSummaryColumn)->setText(describe(alternatives));
        for (int column : {kTypeColumn, kSummaryColumn}) {
            QTableWidgetItem *item = m_types->item(row, column);
            QFont font = m_types->font();
            font.setBold(changed);
            item->setFont(font);
            item->setForeground(conflict ? QBrush(QColor(0xe6, 0x51, 0x00)) : QBrush());
            item->setToolTip(tip.isEmpty() ? item->text() : tip);
        }
    }
    m_filling = false;
    updateButtons();
}

void VerificationPolicyPage::fillMatrix()
{
    m_filling = true;
    const RequestType type = currentType();
    const auto alternatives = m_edited.alternatives(type);
    const QList<VerificationMethod> methods = policyMethods();
    const bool editable = isEditable();
    m_alternativesTitle->setText(tr("Alternatives for %1").arg(requestTypes().label(type)));
    m_matrix->clear();
    m_matrix->setRowCount(int(methods.size()));
    m_matrix->setColumnCount(int(alternatives.size()));
    QStringList rows, columns;
    for (VerificationMethod m : methods)
        rows << verificationMethods().label(m);
    for (qsizetype c = 0; c < alternatives.size(); ++c)
        columns << tr("Alternative %1").arg(c + 1);
    m_matrix->setVerticalHeaderLabels(rows);
    m_matrix->setHorizontalHeaderLabels(columns);
    for (int c = 0; c < int(alternatives.size()); ++c) {
        for (int r = 0; r < int(methods.size()); ++r) {
            auto *item = new QTableWidgetItem;
            item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(alternatives.at(c).contains(methods.at(r)) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(tr("Alternative %1: %2").arg(c + 1).arg(rows.at(r)));
            m_matrix->setItem(r, c, item);
        }
    }
    m_noAlternatives->setText(
        editable ? tr("A request of type %1 needs no identity verification. Add an alternative to require one.")
                       .arg(requestTypes().label(type))
                 : tr("A request of type %1 needs no identity verification.").arg(requestTypes().label(type)));
    m_matrixStack->setCurrentWidget(alternatives.isEmpty() ? static_cast<QWidget *>(m_noAlternatives) : m_matrix);
    m_filling = false;
    updateButtons();
}

void VerificationPolicyPage::updateButtons()
{
    const bool editable = isEditable();
    const QString why = editable ? QString() : Permissions::whyNotEditVerificationPolicy(m_actor.role);
    const bool dirty = isDirty();
    const int column = m_matrix->currentColumn();
    const bool columnChosen = m_matrixStack->currentWidget() == m_matrix && column >= 0 && column < m_matrix->columnCount();
    m_add->setEnabled(editable);
    m_add->setToolTip(editable ? tr("Add an alternative way to verify a request of this type.") : why);
    m_remove->setEnabled(editable && columnChosen);
    m_remove->setText(columnChosen ? tr("&Remove alternative %1").arg(column + 1) : tr("&Remove alternative"));
    m_remove->setToolTip(!editable ? why
                                   : columnChosen ? tr("Remove the alternative whose column holds the selected cell.")
                                                  : tr("Select a cell in the alternative to remove first."));
    m_save->setEnabled(editable && (dirty || !m_conflicts.isEmpty()));
    m_save->setToolTip(!editable ? why
                                 : dirty ? tr("Save the changed request types (Ctrl+S); each change is written to the audit log.")
                                         : tr("Nothing to save yet: tick or untick a method first."));
    m_discard->setEnabled(dirty);
    m_discard->setToolTip(dirty ? tr("Forget the changes and show the stored policy again.") : tr("There are no changes to discard."));
}

void VerificationPolicyPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? kErrorStyle : kDoneStyle);
}

void VerificationPolicyPage::showConflict()
{
    if (m_conflicts.isEmpty()) {
        m_conflictBox->hide();
        return;
    }
    QStringList names, lines;
    for (RequestType type : std::as_const(m_conflicts)) {
        names << requestTypes().label(type);
        lines << tr("%1 is now: %2").arg(requestTypes().label(type), describe(m_theirs.alternatives(type)));
    }
    m_conflictText->setText(tr("Someone else changed the verification policy for %1 while you were editing. Nothing "
                               "was saved; your changes are still shown.")
                                .arg(names.join(tr(", ", "list separator")))
                            + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_conflictBox->show();
}

void VerificationPolicyPage::retranslate()
{
    m_title->setText(tr("Verification policy"));
    m_intro->setText(tr("How the identity of a requester is verified, per request type. A request is verified when "
                        "every method of any one alternative has passed. An authorised agent must also show a power of "
                        "attorney, and a close relative of a deceased person a proof of kinship. A supervisor may "
                        "override verification with a written justification; that is not part of the policy."));
    const bool editable = isEditable();
    m_readOnly->setText(tr("Read only. %1 You can read the policy here.").arg(Permissions::whyNotEditVerificationPolicy(m_actor.role)));
    m_readOnly->setVisible(!editable);
    m_types->setHorizontalHeaderLabels({tr("Request type"), tr("Verification needed")});
    m_hint->setText(editable ? tr("Tick the methods that together make one alternative; any one complete alternative is enough.")
                             : tr("Any one complete alternative is enough."));
    m_add->setText(tr("&Add alternative"));
    m_discard->setText(tr("&Discard changes"));
    m_save->setText(tr("&Save policy"));
    m_overwrite->setText(tr("Save &mine over theirs"));
    m_loadTheirs->setText(tr("Discard mine and show &theirs"));
    fillTypes();
    fillMatrix();
    showConflict();
}

void VerificationPolicyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
