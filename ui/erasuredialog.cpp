#include "erasuredialog.h"

#include "noticestyle.h"
#include "session/erasuredesk.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

enum Column { Source, Category, Found, Changed, Kept, State, Why, Columns };

} // namespace

ErasureDialog::ErasureDialog(Session &session, const RequestView &view, QWidget *parent)
    : QDialog(parent), m_session(session), m_view(view), m_approval(new QLabel(this)), m_lines(new QTreeWidget(this)),
      m_why(new QLabel(this)), m_status(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_dryRun(m_buttons->addButton(tr("&Dry run again"), QDialogButtonBox::ActionRole)),
      m_carryOut(m_buttons->addButton(tr("&Carry out…"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("erasureDialog"));
    const bool cancellation = view.request.type == RequestType::AccountCancellation;
    setWindowTitle((cancellation ? tr("Account cancellation · %1") : tr("Deletion · %1")).arg(view.request.reference));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(cancellation ? tr("The account of %1 is marked cancelled at each source, then every category is deleted or "
                                               "anonymised as the data inventory says. Records a law requires to be kept are restricted "
                                               "and deleted when the duty ends.")
                                          : tr("Every category held about %1 is deleted or anonymised at each source, as the data "
                                               "inventory says. Records a law requires to be kept are restricted and deleted when the "
                                               "duty ends."),
                             this);
    intro->setText(intro->text().arg(view.person.name.isEmpty() ? view.request.personName : view.person.name));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_approval->setObjectName(QStringLiteral("erasureApproval"));
    m_approval->setWordWrap(true);
    styleAsNotice(m_approval);
    layout->addWidget(m_approval);
    m_lines->setObjectName(QStringLiteral("erasureLines"));
    m_lines->setRootIsDecorated(false);
    m_lines->setColumnCount(Columns);
    m_lines->setHeaderLabels({tr("Source"), tr("Category"), tr("Found"), tr("Deleted or anonymised"), tr("Kept"), tr("State"),
                              tr("Why kept")});
    // The reason is the longest text: last, taking the room left, wrapped rather than cut off.
    m_lines->header()->setStretchLastSection(true);
    m_lines->setWordWrap(true);
    m_lines->setUniformRowHeights(false);
    m_lines->setTextElideMode(Qt::ElideNone);
    m_lines->setMinimumSize(860, 260);
    layout->addWidget(m_lines, 1);
    m_why->setObjectName(QStringLiteral("erasureWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsNotice(m_why);
    m_why->hide();
    layout->addWidget(m_why);
    connect(m_lines, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString why = item ? item->text(Why) : QString();
        m_why->setText(why.isEmpty() ? QString() : tr("%1: %2").arg(item->text(Category), why));
        m_why->setVisible(!why.isEmpty());
    });
    m_status->setObjectName(QStringLiteral("erasureStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_carryOut->setObjectName(QStringLiteral("erasureCarryOut"));
    m_dryRun->setObjectName(QStringLiteral("erasureDryRun"));
    layout->addWidget(m_buttons);
    // Carrying out is not the dialog's accept: the dialog stays open to show the proof.
    m_carryOut->disconnect();
    connect(m_carryOut, &QPushButton::clicked, this, &ErasureDialog::carryOut);
    connect(m_dryRun, &QPushButton::clicked, this, &ErasureDialog::dryRun);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ErasureDialog::reject);

    if (view.erasureApprovedBy.isEmpty())
        m_approval->setText(tr("Not approved yet: read the dry run now; it is carried out only after a supervisor approves the "
                               "proposal."));
    else
        m_approval->setText(tr("Approved by %1.").arg(view.erasureApprovedBy));
    if (view.mayPlanErasure || view.erased)
        dryRun();
    else
        setRunning(false, view.mayPlanErasure.error());
}

QString ErasureDialog::statusText() const
{
    return m_status->text();
}

void ErasureDialog::setRunning(bool running, const QString &status)
{
    m_running = running;
    if (!status.isEmpty() || running)
        m_status->setText(status);
    updateButtons();
}

void ErasureDialog::updateButtons()
{
    const bool ready = m_plan && !m_plan->completed && m_plan->approved && !m_plan->blocked();
    m_carryOut->setEnabled(!m_running && ready);
    m_dryRun->setEnabled(!m_running && !(m_plan && m_plan->completed));
    if (!m_plan || m_plan->completed)
        m_carryOut->setToolTip(QString());
    else if (!m_plan->approved)
        m_carryOut->setToolTip(tr("A supervisor approves the proposal first (four-eyes principle)."));
    else if (m_plan->blocked())
        m_carryOut->setToolTip(tr("Some records would be kept without a legal reason; see the lines marked."));
    else
        m_carryOut->setToolTip(tr("Carry out what the dry run shows, at every source not yet done"));
}

void ErasureDialog::dryRun()
{
    setRunning(true, tr("Asking the sources what would be erased (nothing is changed)…"));
    const qint64 id = m_view.request.id;
    m_session.runLong(
        this, [id](const Session &s, const LongJobControl &) { return s.erasures().dryRun(id); }, [](qint64, qint64) {},
        [this](const Result<ErasurePlan> &plan) {
            if (!plan) {
                setRunning(false, plan.error());
                return;
            }
            showPlan(plan.value());
            QStringList status;
            if (plan->completed)
                status << tr("Carried out and proven: the look-ups afterwards found only what is kept.");
            else if (plan->lines.isEmpty() && plan->failedSources.isEmpty())
                status << tr("No source is registered, so nothing would be erased in any system. Register the systems that hold "
                             "personal data (Settings ▸ Data sources) first.");
            else
                status << tr("Dry run: %Ln row(s) would be deleted or anonymised.", nullptr, int(plan->changed()));
            if (!plan->failedSources.isEmpty())
                status << tr("These sources could not be asked: %1").arg(plan->failedSources.join(QStringLiteral("; ")));
            setRunning(false, status.join(QLatin1Char(' ')));
        });
}

void ErasureDialog::carryOut()
{
    if (!m_plan)
        return;
    int sources = 0;
    QList<qint64> seen;
    for (const ErasureLine &l : m_plan->lines)
        if (!l.done && !seen.contains(l.sourceId)) {
            seen << l.sourceId;
            ++sources;
        }
    // Asked without a nested event loop: the answer starts the work.
    auto *confirm = new QMessageBox(QMessageBox::Warning, windowTitle(),
                                    tr("Delete or anonymise %Ln row(s) at %1 source(s) now? This cannot be undone.", nullptr,
                                       int(m_plan->changed()))
                                        .arg(sources),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("erasureConfirm"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            startCarryOut();
    });
    confirm->open();
}

void ErasureDialog::startCarryOut()
{
    setRunning(true, tr("Carrying it out at the sources…"));
    const qint64 id = m_view.request.id;
    const ErasurePlan seenPlan = *m_plan;
    m_session.runLong(
        this, [id, seenPlan](const Session &s, const LongJobControl &) { return s.erasures().carryOut(id, seenPlan); },
        [](qint64, qint64) {},
        [this](const Result<ErasurePlan> &plan) {
            if (!plan) {
                setRunning(false, plan.error());
                return;
            }
            showPlan(plan.value());
            if (plan->completed)
                setRunning(false, tr("Carried out at every source and proven by the look-ups. The request can now be completed."));
            else
                setRunning(false, tr("Not finished: %1. Press \"Dry run again\", then carry out the rest; what was done is not "
                                     "repeated.")
                                      .arg(plan->failedSources.join(QStringLiteral("; "))));
            Q_EMIT erasureCarriedOut(m_view.request.id);
        });
}

void ErasureDialog::showPlan(const ErasurePlan &plan)
{
    m_plan = plan;
    m_lines->clear();
    const QLocale locale;
    for (const ErasureLine &l : plan.lines) {
        auto *item = new QTreeWidgetItem(m_lines);
        item->setText(Source, l.source);
        item->setText(Category, l.categoryName.isEmpty() ? l.category : l.categoryName);
        item->setText(Found, locale.toString(l.found));
        item->setText(Changed, l.changed == 0 ? QString()
                               : l.action == QLatin1String("anonymise") ? tr("%1 anonymised").arg(locale.toString(l.changed))
                                                                        : tr("%1 deleted").arg(locale.toString(l.changed)));
        item->setText(Kept, l.kept == 0 ? QString() : locale.toString(l.kept));
        item->setText(Why, l.why);
        item->setToolTip(Why, l.why);
        QString state = l.done ? tr("Done") : tr("To do");
        if (l.remaining >= 0)
            state = tr("Done; %1 found afterwards").arg(locale.toString(l.remaining));
        item->setText(State, state);
        for (int c : {Found, Changed, Kept})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (l.blocking)
            for (int c = 0; c < Columns; ++c)
                item->setForeground(c, palette().color(QPalette::Highlight));
    }
    for (int c = 0; c < Columns; ++c)
        if (c != Why)
            m_lines->resizeColumnToContents(c);
    // The first line that keeps something is shown with its reason in full.
    for (int i = 0; i < m_lines->topLevelItemCount(); ++i)
        if (!m_lines->topLevelItem(i)->text(Why).isEmpty()) {
            m_lines->setCurrentItem(m_lines->topLevelItem(i));
            break;
        }
    updateButtons();
}

} // namespace pd
