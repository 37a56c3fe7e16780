#include "sourcespage.h"

#include "noticestyle.h"
#include "session/peopledesk.h"
#include "session/session.h"
#include "sources/lookupstatement.h"
#include "workflow/permissions.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace pd {

SourcesPage::SourcesPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)), m_new(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)), m_urlLabel(new QLabel(this)),
      m_url(new QLineEdit(this)), m_categoryLabel(new QLabel(this)), m_category(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_statement(new QPlainTextEdit(this)), m_hint(new QLabel(this)), m_message(new QLabel(this)), m_personLabel(new QLabel(this)),
      m_person(new QLineEdit(this)), m_test(new QPushButton(this)), m_result(new QPlainTextEdit(this)), m_save(new QPushButton(this)),
      m_readOnly(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcesPage"));
    m_list->setObjectName(QStringLiteral("sourceList"));
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_category->setObjectName(QStringLiteral("sourceCategory"));
    m_kind->setObjectName(QStringLiteral("sourceStatementKind"));
    m_statement->setObjectName(QStringLiteral("sourceStatement"));
    m_statement->setTabChangesFocus(true);
    QFont mono = m_statement->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_statement->setFont(mono);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #555;"));
    m_message->setObjectName(QStringLiteral("sourceMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_person->setObjectName(QStringLiteral("testPerson"));
    m_test->setObjectName(QStringLiteral("testSource"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setReadOnly(true);
    m_result->setFont(mono);
    m_save->setObjectName(QStringLiteral("saveSource"));
    m_new->setObjectName(QStringLiteral("newSource"));
    m_remove->setObjectName(QStringLiteral("removeSource"));
    m_readOnly->setWordWrap(true);
    styleAsNotice(m_readOnly);
    m_nameLabel->setBuddy(m_name);
    m_urlLabel->setBuddy(m_url);
    m_categoryLabel->setBuddy(m_category);
    m_personLabel->setBuddy(m_person);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_urlLabel, m_url);
    auto *which = new QHBoxLayout;
    which->addWidget(m_category, 1);
    which->addWidget(m_kind, 1);
    form->addRow(m_categoryLabel, which);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_personLabel);
    testRow->addWidget(m_person, 1);
    testRow->addWidget(m_test);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_readOnly);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_statement, 1);
    rightLayout->addWidget(m_hint);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(saveRow);
    rightLayout->addLayout(testRow);
    rightLayout->addWidget(m_result, 2);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentRowChanged, this, &SourcesPage::showSource);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        storeStatement();
        fillKinds();
        showStatement();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        storeStatement();
        showStatement();
    });
    connect(m_save, &QPushButton::clicked, this, &SourcesPage::save);
    connect(m_test, &QPushButton::clicked, this, &SourcesPage::test);
    connect(m_person, &QLineEdit::returnPressed, this, &SourcesPage::test);
    connect(m_new, &QPushButton::clicked, this, &SourcesPage::newSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPage::remove);
    for (QLineEdit *e : {m_name, m_url})
        connect(e, &QLineEdit::textEdited, this, [this] { m_message->hide(); });
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] { m_message->hide(); });

    setActor(m_session.actor());
    retranslate();
    reload();
}

void SourcesPage::setActor(const Actor &actor)
{
    m_role = actor.role;
    updateEnabled();
}

void SourcesPage::updateEnabled()
{
    const bool may = Permissions::mayManageSources(m_role);
    m_readOnly->setText(Permissions::whyNotManageSources(m_role));
    m_readOnly->setVisible(!may);
    for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_remove, m_name, m_url, m_save, m_test, m_person})
        w->setEnabled(may && !m_busy);
    m_statement->setReadOnly(!may);
    m_remove->setEnabled(may && !m_busy && m_draft.id > 0);
}

void SourcesPage::reload()
{
    m_session.read(
        this,
        [](const Session &s) -> Result<std::pair<Inventory, QList<DataSource>>> {
            auto inv = s.people().inventory();
            if (!inv)
                return inv.fault();
            auto sources = s.people().sources();
            if (!sources)
                return sources.fault();
            return std::pair{inv.value(), sources.value()};
        },
        [this](const Result<std::pair<Inventory, QList<DataSource>>> &loaded) {
            if (!loaded) {
                setMessage(loaded.error(), true);
                return;
            }
            m_inventory = loaded->first;
            m_sources = loaded->second;
            const qint64 shown = m_draft.id;
            m_list->blockSignals(true);
            m_list->clear();
            int select = -1;
            for (int i = 0; i < m_sources.size(); ++i) {
                const DataSource &s = m_sources.at(i);
                m_list->addItem(s.demo ? tr("%1 (demo)").arg(s.name) : s.name);
                if (s.id == shown)
                    select = i;
            }
            m_list->blockSignals(false);
            retranslate();
            if (select >= 0 || (shown == 0 && m_name->text().isEmpty() && !m_sources.isEmpty()))
                m_list->setCurrentRow(std::max(0, select));
            Q_EMIT reloaded();
        });
}

void SourcesPage::showSource(int row)
{
    if (row < 0 || row >= m_sources.size())
        return;
    m_draft = m_sources.at(row);
    m_name->setText(m_draft.name);
    m_url->setText(m_draft.url);
    m_shownCategory.clear();
    showStatement();
    m_message->hide();
    m_result->clear();
    updateEnabled();
}

void SourcesPage::newSource()
{
    m_draft = DataSource();
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_name->clear();
    m_url->setText(QStringLiteral("sqlite:///"));
    m_shownCategory.clear();
    showStatement();
    m_result->clear();
    m_message->hide();
    m_name->setFocus();
    updateEnabled();
}

QString &SourcesPage::slotOf(DataSource &d, const QString &category, const QString &kind)
{
    return kind.isEmpty() ? d.lookups[category] : d.actions[category + QLatin1Char('/') + kind];
}

void SourcesPage::storeStatement()
{
    if (m_shownCategory.isEmpty())
        return;
    const QString text = m_statement->toPlainText().trimmed();
    slotOf(m_draft, m_shownCategory, m_shownKind) = text;
    // Empty means none: nothing is kept for it.
    if (text.isEmpty())
        m_shownKind.isEmpty() ? void(m_draft.lookups.remove(m_shownCategory))
                              : void(m_draft.actions.remove(m_shownCategory + QLatin1Char('/') + m_shownKind));
}

void SourcesPage::fillKinds()
{
    const QString category = m_category->currentData().toString();
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Look-up (SELECT)"), QString());
    m_kind->addItem(tr("Delete (DELETE)"), QStringLiteral("delete"));
    m_kind->addItem(tr("Anonymise (UPDATE)"), QStringLiteral("anonymise"));
    m_kind->addItem(tr("Restrict (UPDATE)"), QStringLiteral("restrict"));
    if (category == QLatin1String("account"))
        m_kind->addItem(tr("Mark the account cancelled (UPDATE)"), QStringLiteral("cancel"));
    if (const InventoryCategory *c = m_inventory ? m_inventory->category(category) : nullptr)
        for (const InventoryField &f : c->fields)
            if (!f.secret)
                m_kind->addItem(tr("Correct %1 (UPDATE)").arg(f.label.in(QLocale().name())), QString(QStringLiteral("correct.") + f.key));
    const int index = m_kind->findData(current);
    m_kind->setCurrentIndex(index >= 0 ? index : 0);
}

void SourcesPage::showStatement()
{
    m_shownCategory = m_category->currentData().toString();
    m_shownKind = m_kind->currentData().toString();
    const QSignalBlocker block(m_statement);
    m_statement->setPlainText(m_shownKind.isEmpty() ? m_draft.lookups.value(m_shownCategory)
                                                    : m_draft.action(m_shownCategory, m_shownKind));
    // Which categories have a look-up, and which statements this one has: marked in the lists.
    for (int i = 0; i < m_category->count(); ++i) {
        const QString key = m_category->itemData(i).toString();
        const InventoryCategory *c = m_inventory ? m_inventory->category(key) : nullptr;
        const QString name = c ? c->name.in(QLocale().name()) : key;
        const bool shownHere = key == m_shownCategory && m_shownKind.isEmpty() && !m_statement->toPlainText().isEmpty();
        m_category->setItemText(i, m_draft.lookups.contains(key) || shownHere ? tr("%1 ✓").arg(name) : name);
    }
    for (int i = 0; i < m_kind->count(); ++i) {
        const QString kind = m_kind->itemData(i).toString();
        QString label = m_kind->itemText(i);
        label.remove(QStringLiteral(" ✓"));
        const bool has = kind.isEmpty() ? m_draft.lookups.contains(m_shownCategory) : !m_draft.action(m_shownCategory, kind).isEmpty();
        m_kind->setItemText(i, has ? tr("%1 ✓").arg(label) : label);
    }
    m_hint->setText(m_shownKind.isEmpty()
                        ? tr("One read-only SELECT per category, bound by the person's identifiers: %1. Name the columns as the "
                             "inventory's fields (SELECT pwd AS password …) so they are labelled, masked and, for a password, shown "
                             "only as set.")
                              .arg(QStringLiteral(":") + LookupStatement::parameterNames().join(QStringLiteral(", :")))
                        : tr("One %1 whose WHERE is bound by the person's identifiers (%2). It may also bind :hold_cutoff (rows "
                             "older than it may go; newer ones a legal minimum keeps), :pseudonym (a random stand-in for "
                             "anonymised rows)%3. It runs in one transaction per source, after a dry run and a supervisor's "
                             "approval.")
                              .arg(m_shownKind == QLatin1String("delete") ? QStringLiteral("DELETE") : QStringLiteral("UPDATE … SET"),
                                   QStringLiteral(":") + LookupStatement::parameterNames().join(QStringLiteral(", :")),
                                   m_shownKind.startsWith(QLatin1String("correct.")) ? tr(" and :value (the corrected value)")
                                                                                     : QString()));
}

DataSource SourcesPage::draft() const
{
    DataSource d = m_draft;
    d.name = m_name->text();
    d.url = m_url->text();
    if (!m_shownCategory.isEmpty()) {
        const QString text = m_statement->toPlainText().trimmed();
        if (!text.isEmpty())
            slotOf(d, m_shownCategory, m_shownKind) = text;
        else if (m_shownKind.isEmpty())
            d.lookups.remove(m_shownCategory);
        else
            d.actions.remove(m_shownCategory + QLatin1Char('/') + m_shownKind);
    }
    return d;
}

QString SourcesPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString SourcesPage::testResult() const
{
    return m_result->toPlainText();
}

void SourcesPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
    m_message->setVisible(!text.isEmpty());
}

void SourcesPage::save()
{
    const DataSource d = draft();
    m_busy = true;
    updateEnabled();
    m_session.write(
        this, [d](const Session &s) { return s.people().saveSource(d); },
        [this, d](const Result<qint64> &id) {
            m_busy = false;
            if (!id) {
                setMessage(id.error(), true); // what was typed stays
                updateEnabled();
                return;
            }
            m_draft = d;
            m_draft.id = id.value();
            setMessage(tr("Saved. Use Test to run the look-ups for one person."), false);
            updateEnabled();
            reload();
            Q_EMIT saved(id.value());
        });
}

void SourcesPage::remove()
{
    if (m_draft.id <= 0)
        return;
    const qint64 id = m_draft.id;
    m_busy = true;
    updateEnabled();
    m_session.write(
        this, [id](const Session &s) { return s.people().removeSource(id); },
        [this](const Status &done) {
            m_busy = false;
            if (!done) {
                setMessage(done.error(), true);
                updateEnabled();
                return;
            }
            newSource();
            m_name->clear();
            reload();
        });
}

void SourcesPage::test()
{
    const DataSource d = draft();
    const QString who = m_person->text().trimmed();
    if (who.isEmpty()) {
        setMessage(tr("Test: type the phone, e-mail, account or ID number of a person to look up."), true);
        return;
    }
    m_busy = true;
    updateEnabled();
    m_result->setPlainText(tr("Running the look-ups…"));
    m_session.runLong(
        this,
        [d, who](const Session &s, const LongJobControl &) -> Result<QList<CategoryHolding>> {
            if (auto checked = s.people().checkSource(d); !checked)
                return checked.fault();
            const auto found = s.people().find(who);
            if (!found)
                return found.fault();
            if (found->isEmpty())
                return Result<QList<CategoryHolding>>::failure(ErrorKind::NotFound, tr("No person matches \"%1\".").arg(who));
            if (found->size() > 1)
                return Result<QList<CategoryHolding>>::failure(
                    ErrorKind::Invalid, tr("%n people match \"%1\"; give a phone, e-mail, account or ID number.", nullptr,
                                           int(found->size()))
                                            .arg(who));
            return s.people().testSource(d, found->constFirst().id);
        },
        [](qint64, qint64) {},
        [this](const Result<QList<CategoryHolding>> &items) {
            m_busy = false;
            updateEnabled();
            if (!items) {
                m_result->setPlainText(items.error());
                Q_EMIT tested();
                return;
            }
            QStringList lines;
            for (const CategoryHolding &h : items.value()) {
                const InventoryCategory *c = m_inventory ? m_inventory->category(h.category) : nullptr;
                const QString name = c ? c->name.in(QLocale().name()) : h.category;
                if (h.failed) {
                    lines << tr("%1: error: %2").arg(name, h.error);
                    continue;
                }
                lines << tr("%1: %n row(s)", nullptr, int(h.total)).arg(name);
                if (!h.rows.columns.isEmpty())
                    lines << QStringLiteral("    ") + h.rows.columns.join(QStringLiteral(" | "));
                for (int r = 0; r < h.rows.rows.size() && r < 3; ++r) {
                    QStringList cells;
                    for (const QVariant &v : h.rows.rows.at(r))
                        cells << (v.isNull() ? QStringLiteral("—") : v.toString().simplified());
                    lines << QStringLiteral("    ") + cells.join(QStringLiteral(" | "));
                }
            }
            m_result->setPlainText(lines.join(QLatin1Char('\n')));
            Q_EMIT tested();
        });
}

void SourcesPage::retranslate()
{
    storeStatement(); // what is typed survives a language switch
    m_new->setText(tr("New source"));
    m_remove->setText(tr("Remove"));
    m_nameLabel->setText(tr("&Name:"));
    m_urlLabel->setText(tr("&Connection:"));
    m_url->setPlaceholderText(tr("sqlite:///path/file.db or postgresql://user@host:5432/database"));
    m_url->setToolTip(tr("Without the password: it is asked for, or read from PGPASSWORD, ~/.pgpass or the keychain."));
    m_categoryLabel->setText(tr("&Statement for:"));
    m_personLabel->setText(tr("Test for:"));
    m_person->setPlaceholderText(tr("Phone, e-mail, account or ID number"));
    m_test->setText(tr("&Test"));
    m_save->setText(tr("&Save"));
    const QString current = m_category->currentData().toString();
    {
        const QSignalBlocker block(m_category);
        m_category->clear();
        for (const QString &key : Inventory::categoryKeys())
            m_category->addItem(key, key);
        const int index = m_category->findData(current);
        m_category->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillKinds();
    showStatement();
    updateEnabled();
}

void SourcesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
