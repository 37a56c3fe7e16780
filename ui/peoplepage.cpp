#include "peoplepage.h"

#include "common/displayformat.h"
#include "consentchannels.h"
#include "domain/enums.h"
#include "itemmodels/holdingsmodel.h"
#include "databasepassworddialog.h"
#include "keychain.h"
#include "noticestyle.h"
#include "registerentrydialog.h"
#include "session/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QPointer>
#include <QSet>
#include <QVBoxLayout>

namespace pd {

namespace {

constexpr int kKeyRole = Qt::UserRole;     // category key on a category item
constexpr int kIndexRole = Qt::UserRole + 1; // index into holdings().items on a source item

// Rows dated before the retention: counted among those shown (the date is the first column that
// holds one).
int pastRetention(const InventoryCategory &c, const LookupRows &rows, QDate today)
{
    if (c.retention.months <= 0)
        return 0;
    int dateColumn = -1;
    for (int i = 0; i < rows.columns.size() && dateColumn < 0; ++i)
        if (rows.columns.at(i).endsWith(QLatin1String("_at")) || rows.columns.at(i) == QLatin1String("last_seen"))
            dateColumn = i;
    if (dateColumn < 0)
        return 0;
    int n = 0;
    for (const QVariantList &row : rows.rows) {
        const QDate d = QDate::fromString(row.value(dateColumn).toString().left(10), Qt::ISODate);
        if (c.retention.isPast(d, today))
            ++n;
    }
    return n;
}

} // namespace

PeoplePage::PeoplePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_search(new QLineEdit(this)), m_findButton(new QPushButton(this)),
      m_found(new QListWidget(this)), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_revealButton(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_cancelButton(new QPushButton(this)), m_tree(new QTreeWidget(this)),
      m_about(new QLabel(this)), m_table(new QTableView(this)), m_rows(new HoldingsModel(this)),
      m_registersTitle(new QLabel(this)), m_recordDisclosure(new QPushButton(this)), m_recordConsent(new QPushButton(this)),
      m_passwordButton(new QPushButton(this)),
      m_disclosures(new QTableWidget(this)), m_consents(new QTableWidget(this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setClearButtonEnabled(true);
    m_found->setObjectName(QStringLiteral("peopleFound"));
    m_found->setMaximumHeight(110);
    m_found->hide();
    m_title->setObjectName(QStringLiteral("personTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("personSummary"));
    m_summary->setWordWrap(true);
    m_revealButton->setObjectName(QStringLiteral("revealHoldings"));
    m_progress->setObjectName(QStringLiteral("holdingsProgress"));
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelHoldings"));
    m_cancelButton->hide();
    m_tree->setObjectName(QStringLiteral("holdingsTree"));
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(340);
    m_about->setObjectName(QStringLiteral("categoryAbout"));
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::RichText);
    m_about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table->setObjectName(QStringLiteral("holdingsTable"));
    m_table->setModel(m_rows);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_registersTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    for (QTableWidget *t : {m_disclosures, m_consents}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setMaximumHeight(140);
    }
    m_disclosures->setObjectName(QStringLiteral("disclosures"));
    m_disclosures->setColumnCount(5);
    m_consents->setObjectName(QStringLiteral("consents"));
    m_consents->setColumnCount(4);
    // The purpose is long: it takes the room left and wraps, rather than scrolling sideways.
    m_consents->setWordWrap(true);
    m_consents->horizontalHeader()->setStretchLastSection(false);
    m_consents->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_consents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_disclosures->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_disclosures->horizontalHeader()->setStretchLastSection(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_findButton);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_progress);
    titleRow->addWidget(m_cancelButton);
    titleRow->addWidget(m_revealButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    styleAsNotice(m_about);
    rightLayout->addWidget(m_about);
    rightLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 800});
    auto *registers = new QHBoxLayout;
    registers->addWidget(m_disclosures, 3);
    registers->addWidget(m_consents, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_found);
    layout->addLayout(titleRow);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    m_passwordButton->setObjectName(QStringLiteral("sourcePasswordButton"));
    m_passwordButton->hide();
    connect(m_passwordButton, &QPushButton::clicked, this, &PeoplePage::askPassword);
    summaryRow->addWidget(m_passwordButton, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);
    layout->addWidget(split, 1);
    auto *registersRow = new QHBoxLayout;
    registersRow->addWidget(m_registersTitle, 1);
    m_recordDisclosure->setObjectName(QStringLiteral("recordDisclosure"));
    m_recordConsent->setObjectName(QStringLiteral("recordConsent"));
    registersRow->addWidget(m_recordDisclosure);
    registersRow->addWidget(m_recordConsent);
    connect(m_recordDisclosure, &QPushButton::clicked, this, [this] { openRegisterDialog(true); });
    connect(m_recordConsent, &QPushButton::clicked, this, [this] { openRegisterDialog(false); });
    layout->addLayout(registersRow);
    layout->addLayout(registers);

    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePage::find);
    connect(m_findButton, &QPushButton::clicked, this, &PeoplePage::find);
    // A click or Enter; a style that activates on a single click sends both for one click, so the
    // person already being looked up is not asked for again.
    const auto choose = [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id != m_personId || (!isLoading() && !m_holdings))
            load(id, false);
    };
    connect(m_found, &QListWidget::itemActivated, this, choose);
    connect(m_found, &QListWidget::itemClicked, this, choose);
    connect(m_cancelButton, &QPushButton::clicked, this, &PeoplePage::cancel);
    connect(m_revealButton, &QPushButton::clicked, this, &PeoplePage::reveal);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showCategory(item); });
    connect(m_rows, &HoldingsModel::fetchFailed, this, [this](const QString &message) { m_summary->setText(message); });

    m_session.read(
        this, [](const Session &s) { return s.people().inventory(); },
        [this](const Result<Inventory> &inv) {
            if (inv)
                m_inventory = inv.value();
            showHoldings();
        });
    retranslate();
}

PeoplePage::~PeoplePage()
{
    cancel();
}

QString PeoplePage::categoryName(const QString &key) const
{
    const InventoryCategory *c = m_inventory ? m_inventory->category(key) : nullptr;
    return c ? c->name.in(QLocale().name()) : key;
}

void PeoplePage::find()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    m_findButton->setEnabled(false);
    m_session.read(
        this, [text](const Session &s) { return s.people().find(text); },
        [this, text](const Result<QList<PersonView>> &found) {
            m_findButton->setEnabled(true);
            m_found->clear();
            if (!found) {
                m_found->hide();
                m_summary->setText(found.error());
                return;
            }
            if (found->size() == 1) {
                m_found->hide();
                load(found->constFirst().id, false);
                return;
            }
            if (found->isEmpty()) {
                m_found->hide();
                m_summary->setText(tr("No person matches \"%1\". Search by phone, e-mail, account, ID number or name.").arg(text));
                return;
            }
            for (const PersonView &p : found.value()) {
                auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3").arg(p.name, p.masked.value(PersonField::Phone),
                                                                                       p.masked.value(PersonField::Email)),
                                                 m_found);
                item->setData(Qt::UserRole, p.id);
            }
            m_found->show();
            m_summary->setText(tr("%n people match; choose one.", nullptr, int(found->size())));
        });
}

void PeoplePage::showPerson(qint64 personId)
{
    m_found->hide();
    load(personId, false);
}

void PeoplePage::reveal()
{
    if (m_personId > 0 && !isLoading())
        load(m_personId, !(m_holdings && m_holdings->revealed));
}

void PeoplePage::cancel()
{
    if (m_loading)
        m_loading->store(true);
}

void PeoplePage::load(qint64 personId, bool reveal)
{
    cancel();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_loading = flag;
    m_personId = personId;
    m_error.clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_revealButton->setEnabled(false);
    m_summary->setText(tr("Looking up what the sources hold…"));
    m_session.runLong(
        this,
        [personId, reveal, flag](const Session &s, const LongJobControl &control) {
            return s.people().holdings(
                personId, reveal, [flag, &control] { return flag->load() || control.cancelled(); },
                [&control](int done, int total) { control.report(done, total); });
        },
        [this, flag](qint64 done, qint64 total) {
            if (m_loading != flag)
                return;
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(done));
        },
        [this, flag](const Result<PersonHoldings> &held) {
            if (m_loading != flag)
                return; // a later look-up replaced it
            m_loading.reset();
            m_progress->hide();
            m_cancelButton->hide();
            if (held) {
                m_holdings = held.value();
            } else {
                m_holdings.reset();
                m_error = flag->load() ? tr("The look-up was cancelled.") : held.error();
            }
            showHoldings();
            offerPassword();
            Q_EMIT holdingsShown();
        });
}

void PeoplePage::showHoldings()
{
    const QString language = QLocale().name();
    m_revealButton->setEnabled(m_holdings.has_value() && !isLoading());
    m_revealButton->setText(m_holdings && m_holdings->revealed ? tr("Mask identifiers") : tr("Reveal identifiers"));
    m_tree->clear();
    m_rows->clear();
    m_about->hide();
    if (!m_holdings) {
        m_title->setText(m_personId > 0 ? QString() : tr("Find a person"));
        if (!isLoading())
            m_summary->setText(m_error.isEmpty() ? tr("Search by phone, e-mail, account, ID number or name to see everything the "
                                                      "registered sources hold about a person.")
                                                 : m_error);
        showRegisters();
        return;
    }
    const PersonHoldings &h = *m_holdings;
    QStringList ids;
    for (PersonField f : {PersonField::Phone, PersonField::Email, PersonField::Account, PersonField::IdNumber})
        if (h.person.masked.contains(f))
            ids << h.person.masked.value(f);
    m_title->setText(h.person.name + (ids.isEmpty() ? QString() : QStringLiteral("  ·  ") + ids.join(QStringLiteral("  ·  "))));
    qint64 total = 0;
    QStringList failed;
    QSet<QString> sources;
    QTreeWidgetItem *first = nullptr;
    for (const QString &key : Inventory::categoryKeys()) {
        QTreeWidgetItem *category = nullptr;
        qint64 inCategory = 0;
        for (int i = 0; i < h.items.size(); ++i) {
            const CategoryHolding &item = h.items.at(i);
            if (item.category != key)
                continue;
            if (!category) {
                category = new QTreeWidgetItem(m_tree);
                category->setData(0, kKeyRole, key);
                category->setData(0, kIndexRole, -1);
            }
            auto *source = new QTreeWidgetItem(category);
            source->setText(0, item.source);
            source->setData(0, kKeyRole, key);
            source->setData(0, kIndexRole, i);
            sources.insert(item.source);
            if (item.failed) {
                source->setText(1, tr("not read"));
                source->setForeground(1, QColor(0xb7, 0x1c, 0x1c));
                source->setToolTip(0, item.error);
                source->setToolTip(1, item.error);
                failed << tr("%1 (%2)").arg(item.source, categoryName(key));
            } else {
                source->setText(1, QLocale().toString(item.total));
                inCategory += item.total;
            }
            if (!first && !item.failed && item.total > 0)
                first = source;
        }
        if (category) {
            category->setText(0, categoryName(key));
            category->setText(1, QLocale().toString(inCategory));
            category->setExpanded(true);
            total += inCategory;
        }
    }
    QString summary = tr("%Ln item(s)", nullptr, int(total)) + QStringLiteral(" · ")
        + tr("%n source(s)", nullptr, int(sources.size())) + QStringLiteral(" · ")
        + tr("looked up %1").arg(DisplayFormat::tableDateTime(h.at));
    if (h.items.isEmpty())
        summary = tr("No data source is registered yet: an administrator adds them under Settings ▸ Data sources.");
    if (!failed.isEmpty())
        summary += QLatin1Char('\n') + tr("Could not be read: %1. The other sources are shown.").arg(failed.join(tr(", ")));
    m_summary->setText(summary);
    if (first)
        m_tree->setCurrentItem(first);
    showRegisters();
}

void PeoplePage::showCategory(QTreeWidgetItem *item)
{
    if (!item || !m_holdings) {
        m_rows->clear();
        m_about->hide();
        return;
    }
    const QString key = item->data(0, kKeyRole).toString();
    const int index = item->data(0, kIndexRole).toInt();
    const InventoryCategory *c = m_inventory ? m_inventory->category(key) : nullptr;
    const QString language = QLocale().name();
    if (c) {
        QStringList purposes, recipients;
        for (const QString &p : c->purposes)
            if (const InventoryPurpose *purpose = m_inventory->purpose(p))
                purposes << purpose->label.in(language).toHtmlEscaped();
        for (const QString &r : c->recipients)
            if (const InventoryRecipient *recipient = m_inventory->recipient(r))
                recipients << recipient->label.in(language).toHtmlEscaped();
        QString text = QStringLiteral("<b>%1</b> <span style='color:#666'>(%2)</span><br>").arg(c->name.in(language).toHtmlEscaped(), c->policy)
            + tr("<b>Purposes:</b> %1").arg(purposes.join(tr("; "))) + QStringLiteral("<br>")
            + tr("<b>Legal basis:</b> %1").arg(c->legalBasis.in(language).toHtmlEscaped()) + QStringLiteral("<br>")
            + tr("<b>Retention:</b> %1").arg(c->retention.rule.in(language).toHtmlEscaped()) + QStringLiteral("<br>")
            + tr("<b>Shared with:</b> %1").arg(recipients.isEmpty() ? tr("no one") : recipients.join(tr("; ")));
        if (index >= 0 && index < m_holdings->items.size()) {
            const int past = pastRetention(*c, m_holdings->items.at(index).rows, m_session.now().date());
            if (past > 0)
                text += QStringLiteral("<br><span style='color:#b71c1c'>")
                    + tr("%n of the rows shown are past their retention.", nullptr, past).toHtmlEscaped() + QStringLiteral("</span>");
        }
        m_about->setText(text);
        m_about->show();
    }
    if (index < 0 || index >= m_holdings->items.size()) {
        m_rows->clear();
        return;
    }
    const CategoryHolding &h = m_holdings->items.at(index);
    if (h.failed) {
        m_rows->clear();
        m_about->setText(m_about->text() + QStringLiteral("<br><span style='color:#b71c1c'>")
                         + tr("%1 could not be read: %2").arg(h.source, h.error).toHtmlEscaped() + QStringLiteral("</span>"));
        return;
    }
    const qint64 personId = m_personId, sourceId = h.sourceId;
    const bool reveal = m_holdings->revealed;
    const QString category = h.category;
    QPointer<PeoplePage> self(this);
    m_rows->reset(c, h.rows, h.total, [self, personId, sourceId, category, reveal](qint64 offset, int limit, HoldingsModel::Deliver deliver) {
        if (!self)
            return;
        self->m_session.read(
            self, [=](const Session &s) { return s.people().page(personId, sourceId, category, offset, limit, reveal); },
            [deliver](const Result<LookupRows> &rows) { deliver(rows ? rows.value() : LookupRows(), rows ? QString() : rows.error()); });
    });
    m_table->resizeColumnsToContents();
}

void PeoplePage::showRegisters()
{
    const QString language = QLocale().name();
    m_registersTitle->setText(tr("Disclosures and consents"));
    m_disclosures->setHorizontalHeaderLabels({tr("Disclosed on"), tr("Category"), tr("Recipient"), tr("Kind"), tr("Legal basis")});
    m_consents->setHorizontalHeaderLabels({tr("When"), tr("Purpose"), tr("Consent"), tr("Channel")});
    m_disclosures->setRowCount(0);
    m_consents->setRowCount(0);
    m_recordDisclosure->setText(tr("Record a disclosure…"));
    m_recordConsent->setText(tr("Record a consent…"));
    const bool canRecord = m_holdings.has_value() && m_inventory.has_value() && !isLoading();
    m_recordDisclosure->setEnabled(canRecord);
    m_recordConsent->setEnabled(canRecord);
    if (!m_holdings)
        return;
    for (const Disclosure &d : m_holdings->disclosures) {
        const int r = m_disclosures->rowCount();
        m_disclosures->insertRow(r);
        const InventoryRecipient *kind = m_inventory ? m_inventory->recipient(d.recipientKind) : nullptr;
        const QStringList cells{DisplayFormat::tableDate(d.disclosedOn), categoryName(d.category), d.recipient,
                                kind ? kind->label.in(language) : d.recipientKind, d.legalBasis};
        for (int c = 0; c < cells.size(); ++c)
            m_disclosures->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    for (const ConsentEvent &e : m_holdings->consents) {
        const int r = m_consents->rowCount();
        m_consents->insertRow(r);
        const InventoryPurpose *purpose = m_inventory ? m_inventory->purpose(e.purpose) : nullptr;
        const QStringList cells{DisplayFormat::tableDateTime(e.at), purpose ? purpose->label.in(language) : e.purpose,
                                e.given ? tr("given") : tr("withdrawn"), ConsentChannels::label(e.channel)};
        for (int c = 0; c < cells.size(); ++c)
            m_consents->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    if (m_holdings->disclosures.isEmpty()) {
        m_disclosures->insertRow(0);
        m_disclosures->setItem(0, 0, new QTableWidgetItem(tr("No disclosures recorded.")));
        m_disclosures->setSpan(0, 0, 1, 5);
    }
    if (m_holdings->consents.isEmpty()) {
        m_consents->insertRow(0);
        m_consents->setItem(0, 0, new QTableWidgetItem(tr("No consents recorded.")));
        m_consents->setSpan(0, 0, 1, 4);
    }
    for (QTableWidget *t : {m_disclosures, m_consents}) {
        for (int c = 0; c < t->columnCount(); ++c)
            if (t->horizontalHeader()->sectionResizeMode(c) != QHeaderView::Stretch)
                t->resizeColumnToContents(c);
        t->resizeRowsToContents();
    }
}

void PeoplePage::openRegisterDialog(bool disclosure)
{
    if (!m_holdings || !m_inventory)
        return;
    const qint64 personId = m_personId;
    auto *dialog = new RegisterEntryDialog(m_session, disclosure ? RegisterEntryDialog::Kind::Disclosure : RegisterEntryDialog::Kind::Consent,
                                           personId, m_holdings->person.name, *m_inventory, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterEntryDialog::recorded, this, [this](qint64 id) {
        if (id == m_personId)
            load(id, m_holdings && m_holdings->revealed); // the registers as they now stand
    });
    m_registerDialog = dialog;
    dialog->open();
}

void PeoplePage::offerPassword()
{
    m_passwordUrl.clear();
    QString source;
    if (m_holdings)
        for (const CategoryHolding &h : m_holdings->items)
            if (h.needsPassword && m_passwordUrl.isEmpty()) {
                m_passwordUrl = h.sourceUrl;
                source = h.source;
            }
    m_passwordButton->setVisible(!m_passwordUrl.isEmpty());
    if (m_passwordUrl.isEmpty())
        return;
    m_passwordButton->setText(tr("Enter the password for %1…").arg(source));
    if (!m_keychainTried.contains(m_passwordUrl) && m_session.sourceCredentials().password(m_passwordUrl).isEmpty()) {
        m_keychainTried.insert(m_passwordUrl);
        if (const auto remembered = Keychain::read(Keychain::keyFor(m_passwordUrl))) {
            m_session.sourceCredentials().set(m_passwordUrl, remembered.value());
            load(m_personId, m_holdings->revealed); // with the remembered password
        }
    }
}

void PeoplePage::askPassword()
{
    if (m_passwordUrl.isEmpty())
        return;
    const QString url = m_passwordUrl;
    DatabasePasswordDialog dialog(url, this);
    dialog.setObjectName(QStringLiteral("sourcePasswordDialog"));
    if (!m_session.sourceCredentials().password(url).isEmpty())
        dialog.setProblem(tr("The source refused the password given; type it again."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session.sourceCredentials().set(url, dialog.password());
    if (dialog.remember()) {
        if (const Status kept = Keychain::write(Keychain::keyFor(url), dialog.password()); !kept)
            m_summary->setText(kept.error());
    }
    load(m_personId, m_holdings && m_holdings->revealed);
}

void PeoplePage::retranslate()
{
    m_search->setPlaceholderText(tr("Phone, e-mail, account, ID number or name"));
    m_findButton->setText(tr("Find"));
    m_cancelButton->setText(tr("Cancel"));
    m_tree->setHeaderLabels({tr("Category and source"), tr("Items")});
    showHoldings();
}

void PeoplePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
