#include "auditpage.h"

#include "auditentrydialog.h"
#include "exportfiledialog.h"

#include "itemmodels/auditlogmodel.h"
#include "session/auditdesk.h"
#include "session/exportdesk.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

namespace {

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

// Keeps the current choice (by data) across a refill, even when it is no longer offered.
void fillCombo(QComboBox *combo, const QString &anyLabel, const QList<QPair<QString, QString>> &items)
{
    const QString current = combo->currentIndex() >= 0 ? combo->currentData().toString() : QString();
    combo->clear();
    combo->addItem(anyLabel, QString());
    for (const auto &[label, key] : items)
        combo->addItem(label, key);
    int index = combo->findData(current);
    if (index < 0) {
        combo->addItem(current, current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(current.isEmpty() ? 0 : index);
}

} // namespace

AuditPage::AuditPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AuditLogModel(session, this)), m_request(new QLineEdit(this)),
      m_actor(new QComboBox(this)), m_action(new QComboBox(this)), m_fromCheck(new QCheckBox(this)),
      m_from(makeDateEdit(this)), m_toCheck(new QCheckBox(this)), m_to(makeDateEdit(this)),
      m_clear(new QPushButton(this)), m_verify(new QPushButton(this)), m_export(new QPushButton(this)), m_verifyResult(new QLabel(this)),
      m_count(new QLabel(this)), m_tableStack(new QStackedWidget(this)), m_view(new QTableView(this)),
      m_emptyState(new QLabel(this)), m_typingPause(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_request->setObjectName(QStringLiteral("auditRequestFilter"));
    m_actor->setObjectName(QStringLiteral("auditActorFilter"));
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_toCheck->setObjectName(QStringLiteral("auditToCheck"));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_clear->setObjectName(QStringLiteral("auditClearFilters"));
    m_verify->setObjectName(QStringLiteral("auditVerifyButton"));
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_view->setObjectName(QStringLiteral("auditView"));
    m_emptyState->setObjectName(QStringLiteral("auditEmptyState"));

    m_request->setClearButtonEnabled(true);
    m_request->setMinimumWidth(180);
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    // Enter or a double-click opens the entry in full.
    connect(m_view, &QAbstractItemView::activated, this, &AuditPage::openEntry);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A million entries: fixed row heights, never sized to contents.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Widths in characters of the font: "2026-12-02 07:51:20", "demo.wang.qiang", an action label...
    const int characters[] = {20, 18, 22, 16, 18};
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('n'));
    for (int c = 0; c < AuditLogModel::DetailsColumn; ++c)
        m_view->setColumnWidth(c, characters[c] * em + 12);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_tableStack->addWidget(m_view);
    m_tableStack->addWidget(m_emptyState);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_request, 1);
    filters->addWidget(m_actor);
    filters->addWidget(m_action);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_from);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_to);
    filters->addWidget(m_clear);
    auto *status = new QHBoxLayout;
    status->setContentsMargins(0, 0, 0, 0);
    status->addWidget(m_verify);
    status->addWidget(m_verifyResult, 1);
    status->addWidget(m_count);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    status->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filters);
    layout->addLayout(status);
    layout->addWidget(m_tableStack, 1);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &AuditPage::applyFilter);
    connect(m_request, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_request, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        applyFilter();
    });
    connect(m_actor, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditPage::applyFilter);
    for (auto [check, edit] : {std::pair{m_fromCheck, m_from}, std::pair{m_toCheck, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &AuditPage::applyFilter);
        connect(edit, &QDateEdit::dateChanged, this, [this, check = check] {
            if (check->isChecked())
                applyFilter();
        });
    }
    connect(m_clear, &QPushButton::clicked, this, &AuditPage::clearFilters);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportLog);
    connect(m_model, &AuditLogModel::countChanged, this, &AuditPage::updateEmptyState);
    connect(m_model, &AuditLogModel::loaded, this, &AuditPage::updateEmptyState);
    // Entries appended anywhere appear without a refresh.
    connect(&m_session, &Session::changed, this, [this](const ChangeSet &changes) {
        if (changes.audit && isVisible())
            m_model->refresh();
    });
    connect(m_model, &AuditLogModel::errorOccurred, this, &AuditPage::errorOccurred);

    setTabOrder(m_request, m_actor);
    setTabOrder(m_actor, m_action);
    setTabOrder(m_action, m_fromCheck);
    setTabOrder(m_fromCheck, m_from);
    setTabOrder(m_from, m_toCheck);
    setTabOrder(m_toCheck, m_to);
    setTabOrder(m_to, m_clear);
    setTabOrder(m_clear, m_verify);
    setTabOrder(m_verify, m_view);

    refresh();
    retranslate();
}

AuditPage::~AuditPage() = default;

AuditQuery AuditPage::query() const
{
    AuditQuery q;
    q.request = m_request->text().trimmed();
    q.actor = m_actor->currentData().toString();
    q.action = m_action->currentData().toString();
    if (m_fromCheck->isChecked())
        q.from = m_from->date();
    if (m_toCheck->isChecked())
        q.to = m_to->date();
    return q;
}

void AuditPage::setQuery(const AuditQuery &query)
{
    const QSignalBlocker blockFrom(m_fromCheck), blockTo(m_toCheck), blockFromDate(m_from), blockToDate(m_to);
    m_request->setText(query.request);
    m_actor->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    if (!query.actor.isEmpty()) {
        if (m_actor->findData(query.actor) < 0)
            m_actor->addItem(query.actor, query.actor);
        m_actor->setCurrentIndex(m_actor->findData(query.actor));
    }
    if (!query.action.isEmpty()) {
        if (m_action->findData(query.action) < 0)
            m_action->addItem(AuditLogModel::actionLabel(query.action), query.action);
        m_action->setCurrentIndex(m_action->findData(query.action));
    }
    m_fromCheck->setChecked(query.from.isValid());
    m_from->setEnabled(query.from.isValid());
    if (query.from.isValid())
        m_from->setDate(query.from);
    m_toCheck->setChecked(query.to.isValid());
    m_to->setEnabled(query.to.isValid());
    if (query.to.isValid())
        m_to->setDate(query.to);
    applyFilter();
}

void AuditPage::clearFilters()
{
    m_typingPause->stop();
    setQuery({});
}

void AuditPage::applyFilter()
{
    m_typingPause->stop();
    m_model->setQuery(query());
    updateEmptyState();
}

void AuditPage::refresh()
{
    struct Choices
    {
        QStringList actors, actions;
    };
    m_session.read(
        this,
        [](const Session &s) -> Result<Choices> {
            auto actors = s.audit().actors();
            if (!actors)
                return actors.fault();
            auto actions = s.audit().actions();
            if (!actions)
                return actions.fault();
            return Choices{actors.value(), actions.value()};
        },
        [this](const Result<Choices> &choices) {
            if (!choices) {
                Q_EMIT errorOccurred(choices.error());
                return;
            }
            m_actors = choices->actors;
            m_actions = choices->actions;
            fillActors();
            fillActions();
        });
    m_model->refresh();
    updateEmptyState();
}

void AuditPage::fillActors()
{
    QList<QPair<QString, QString>> items;
    for (const QString &a : std::as_const(m_actors))
        items << qMakePair(a, a);
    fillCombo(m_actor, tr("Anyone"), items);
}

void AuditPage::fillActions()
{
    QList<QPair<QString, QString>> items;
    for (const QString &a : std::as_const(m_actions))
        items << qMakePair(AuditLogModel::actionLabel(a), a);
    std::sort(items.begin(), items.end(), [](const auto &x, const auto &y) { return x.first.localeAwareCompare(y.first) < 0; });
    fillCombo(m_action, tr("Any action"), items);
}

void AuditPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_model->isCountKnown();
    m_tableStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_view);
    if (!m_model->lastError().isEmpty())
        m_emptyState->setText(tr("The audit log cannot be read: %1\nPress F5 to try again.").arg(m_model->lastError()));
    else if (m_model->query().isEmpty())
        m_emptyState->setText(tr("The audit log is empty. Every change staff make — registering, status changes, "
                                 "edits, sign-ins — is recorded here."));
    else
        m_emptyState->setText(tr("No audit entry matches these filters. Change them, or press \"Clear filters\"."));
    m_count->setText(tr("%n entries", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX))));
}

bool AuditPage::isVerifying() const
{
    return m_verifying;
}

void AuditPage::verifyChain()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verification.reset();
    m_verify->setEnabled(false);
    showVerification();
    // A thread of its own: the walk reads every entry and must not hold up the window or other
    // reads. Ending the session (another database, signing out) stops it between pages.
    m_session.runLong(
        this,
        [](const Session &s, const LongJobControl &control) { return s.audit().verify([&control] { return control.cancelled(); }); },
        [](qint64, qint64) {}, [this](const Result<AuditLog::Verification> &result) { onVerified(result); });
}

void AuditPage::exportLog()
{
    const QString path = ExportFileDialog::askPath(this, tr("Export the audit log"), tr("audit-log"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditPage::exportTo(const QString &path)
{
    if (!m_export->isEnabled())
        return;
    m_export->setEnabled(false);
    const AuditQuery q = query();
    m_session.runLong(
        this,
        [q, path](const Session &s, const LongJobControl &control) {
            return s.exports().audit(q, path, [&control](qint64 done, qint64 total) {
                control.report(done, total);
                return !control.cancelled();
            });
        },
        [this](qint64 done, qint64 total) { m_count->setText(tr("Exporting: %L1 of %L2 entries…").arg(done).arg(total)); },
        [this, path](const Result<qint64> &rows) {
            m_export->setEnabled(true);
            updateEmptyState();
            Q_EMIT exportFinished(rows ? rows.value() : 0, path, rows ? QString() : rows.error());
            if (!rows)
                Q_EMIT errorOccurred(rows.error());
        });
}

void AuditPage::onVerified(const Result<AuditLog::Verification> &result)
{
    m_verification = result;
    m_verifying = false;
    m_verify->setEnabled(true);
    showVerification();
    if (!result)
        Q_EMIT errorOccurred(result.error());
    Q_EMIT verificationFinished(result && result->intact);
}

QString AuditPage::verificationText() const
{
    return m_verifyResult->text();
}

void AuditPage::showVerification()
{
    QPalette palette = m_verifyResult->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!m_verification) {
        m_verifyResult->setText(m_verifying
                                    ? tr("Verifying the audit chain… (every entry is read and its hash recomputed)")
                                    : tr("Press \"Verify chain\" to check that no entry was altered, removed or reordered."));
    } else if (!m_verification->ok()) {
        m_verifyResult->setText(tr("The chain could not be verified: %1").arg(m_verification->error()));
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    } else if (m_verification->value().intact) {
        const auto &v = m_verification->value();
        m_verifyResult->setText(tr("The chain is intact: %n entries verified.", nullptr, int(std::min<qint64>(v.entries, INT_MAX))));
        palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
    } else {
        const auto &v = m_verification->value();
        m_verifyResult->setText(tr("The chain is broken at entry %1: %2").arg(v.firstBadId).arg(v.problem));
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    }
    m_verifyResult->setPalette(palette);
}

void AuditPage::retranslate()
{
    m_request->setPlaceholderText(tr("Request reference or id"));
    m_request->setToolTip(tr("Show the entries about one request: its reference (DSR-2026-000123) or its id"));
    m_actor->setToolTip(tr("Who did it"));
    m_action->setToolTip(tr("What was done"));
    fillActors();
    fillActions();
    m_fromCheck->setText(tr("From", "audit entries from this day"));
    m_toCheck->setText(tr("To", "audit entries up to this day"));
    m_from->setToolTip(tr("The first day to show (local time)"));
    m_to->setToolTip(tr("The last day to show (local time)"));
    m_clear->setText(tr("Clear filters"));
    m_verify->setText(tr("Verify chain"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the entries as filtered to CSV or Excel."));
    m_verify->setToolTip(tr("Recompute every entry's hash and check that the chain is unbroken"));
    m_model->retranslate();
    updateEmptyState();
    showVerification();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::openEntry(const QModelIndex &index)
{
    if (!index.isValid() || m_model->entryId(index.row()) == 0)
        return; // still on its way
    AuditEntryDialog dialog(m_model->index(index.row(), 0), this);
    dialog.exec();
}

} // namespace pd
