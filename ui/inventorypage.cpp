#include "inventorypage.h"

#include "inventorycategorydialog.h"
#include "noticestyle.h"
#include "session/peopledesk.h"
#include "session/session.h"
#include "workflow/permissions.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

InventoryPage::InventoryPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_intro(new QLabel(this)), m_readOnly(new QLabel(this)), m_table(new QTableWidget(this)),
      m_message(new QLabel(this)), m_save(new QPushButton(this)), m_revert(new QPushButton(this)),
      m_editCategory(new QPushButton(this))
{
    setObjectName(QStringLiteral("inventoryPage"));
    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    // One line a row, whatever the language: a long rule scrolls in its cell while it is edited.
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setSectionResizeMode(RuleZh, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RuleEn, QHeaderView::Stretch);
    m_intro->setWordWrap(true);
    m_readOnly->setWordWrap(true);
    styleAsNotice(m_readOnly);
    m_message->setObjectName(QStringLiteral("inventoryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_save->setObjectName(QStringLiteral("saveInventory"));
    m_revert->setObjectName(QStringLiteral("revertInventory"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch();
    m_editCategory->setObjectName(QStringLiteral("editCategory"));
    buttons->addWidget(m_editCategory);
    connect(m_editCategory, &QPushButton::clicked, this, [this] { editCategory(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == Category)
            editCategory(row);
    });
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &InventoryPage::save);
    connect(m_revert, &QPushButton::clicked, this, &InventoryPage::reload);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { m_message->hide(); });
    setActor(m_session.actor());
    retranslate();
    reload();
}

void InventoryPage::setActor(const Actor &actor)
{
    m_role = actor.role;
    updateEnabled();
}

void InventoryPage::updateEnabled()
{
    const bool may = Permissions::mayManageSources(m_role);
    m_readOnly->setText(Permissions::whyNotManageSources(m_role));
    m_readOnly->setVisible(!may);
    m_save->setEnabled(may && !m_busy);
    m_revert->setEnabled(may && !m_busy);
    m_editCategory->setText(may ? tr("&Edit category…") : tr("&View category…"));
    m_editCategory->setToolTip(tr("Names, legal basis, purposes, recipients and fields of the selected category"));
    m_table->setEditTriggers(may ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, Erasure)))
            combo->setEnabled(may);
}

QString InventoryPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void InventoryPage::reload()
{
    m_session.read(
        this, [](const Session &s) { return s.people().inventory(); },
        [this](const Result<Inventory> &inv) {
            if (!inv) {
                m_message->setText(inv.error());
                m_message->show();
                return;
            }
            m_document = QJsonDocument::fromJson(inv->toJson()).object();
            fill();
            m_message->hide();
            Q_EMIT reloaded();
        });
}

void InventoryPage::fill()
{
    const QSignalBlocker block(m_table);
    const QString language = QLocale().name();
    const QJsonArray categories = m_document.value(QLatin1String("categories")).toArray();
    m_table->setRowCount(int(categories.size()));
    for (int r = 0; r < categories.size(); ++r) {
        const QJsonObject c = categories.at(r).toObject();
        const QJsonObject name = c.value(QLatin1String("name")).toObject();
        const QJsonObject retention = c.value(QLatin1String("retention")).toObject();
        const QJsonObject rule = retention.value(QLatin1String("rule")).toObject();
        auto *category = new QTableWidgetItem(name.value(language.startsWith(QLatin1String("zh")) ? QLatin1String("zh_CN") : QLatin1String("en")).toString());
        category->setFlags(category->flags() & ~Qt::ItemIsEditable);
        category->setData(Qt::UserRole, c.value(QLatin1String("key")).toString());
        category->setToolTip(c.value(QLatin1String("policy")).toString());
        m_table->setItem(r, Category, category);
        m_table->setItem(r, Months, new QTableWidgetItem(QString::number(retention.value(QLatin1String("months")).toInt())));
        m_table->setItem(r, MinimumMonths, new QTableWidgetItem(QString::number(retention.value(QLatin1String("minimumMonths")).toInt())));
        for (const auto &[column, language] : {std::pair{int(RuleZh), "zh_CN"}, std::pair{int(RuleEn), "en"}}) {
            auto *item = new QTableWidgetItem(rule.value(QLatin1String(language)).toString());
            item->setToolTip(item->text()); // the whole rule, where the cell shows only its beginning
            m_table->setItem(r, column, item);
        }
        auto *erasure = new QComboBox(m_table);
        erasure->addItem(tr("delete"), QStringLiteral("delete"));
        erasure->addItem(tr("anonymise"), QStringLiteral("anonymise"));
        erasure->setCurrentIndex(erasure->findData(c.value(QLatin1String("erasure")).toString()));
        connect(erasure, &QComboBox::currentIndexChanged, this, [this] { m_message->hide(); });
        m_table->setCellWidget(r, Erasure, erasure);
    }
    m_table->resizeColumnToContents(Category);
    m_table->resizeColumnToContents(Months);
    m_table->resizeColumnToContents(MinimumMonths);
    updateEnabled();
}

Result<Inventory> InventoryPage::edited() const
{
    QJsonObject doc = m_document;
    QJsonArray categories = doc.value(QLatin1String("categories")).toArray();
    for (int r = 0; r < m_table->rowCount() && r < categories.size(); ++r) {
        QJsonObject c = categories.at(r).toObject();
        const QString name = m_table->item(r, Category)->text();
        QJsonObject retention = c.value(QLatin1String("retention")).toObject();
        for (const auto &[column, key] : {std::pair{int(Months), "months"}, std::pair{int(MinimumMonths), "minimumMonths"}}) {
            bool ok = false;
            const int months = m_table->item(r, column)->text().trimmed().toInt(&ok);
            if (!ok || months < 0 || months > 1200)
                return Result<Inventory>::failure(ErrorKind::Invalid, tr("%1: the months must be a whole number from 0 to 1200, not \"%2\".")
                                                                          .arg(name, m_table->item(r, column)->text()));
            retention.insert(QLatin1String(key), months);
        }
        retention.insert(QStringLiteral("rule"), QJsonObject{{QStringLiteral("zh_CN"), m_table->item(r, RuleZh)->text().trimmed()},
                                                             {QStringLiteral("en"), m_table->item(r, RuleEn)->text().trimmed()}});
        c.insert(QStringLiteral("retention"), retention);
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, Erasure)))
            c.insert(QStringLiteral("erasure"), combo->currentData().toString());
        categories.replace(r, c);
    }
    doc.insert(QStringLiteral("categories"), categories);
    return Inventory::fromJson(QJsonDocument(doc).toJson());
}

void InventoryPage::editCategory(int row)
{
    QJsonArray categories = m_document.value(QLatin1String("categories")).toArray();
    if (row < 0 || row >= categories.size())
        row = 0;
    if (categories.isEmpty())
        return;
    auto *dialog = new InventoryCategoryDialog(categories.at(row).toObject(), m_document, Permissions::mayManageSources(m_role), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        // Into the document the table edits; the whole inventory is checked when it is saved.
        QJsonArray all = m_document.value(QLatin1String("categories")).toArray();
        if (row >= all.size())
            return;
        const QJsonObject changed = dialog->category();
        all.replace(row, changed);
        m_document.insert(QStringLiteral("categories"), all);
        const QString key = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
        m_table->item(row, Category)->setText(changed.value(QLatin1String("name")).toObject().value(key).toString());
        m_message->setText(tr("Changed; Save to keep it."));
        m_message->setStyleSheet(QString());
        m_message->show();
    });
    m_categoryDialog = dialog;
    dialog->open();
}

void InventoryPage::save()
{
    const auto inv = edited();
    if (!inv) {
        m_message->setText(inv.error()); // what was typed stays in the table
        m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_message->show();
        Q_EMIT saveFailed(inv.error());
        return;
    }
    m_busy = true;
    updateEnabled();
    const Inventory value = inv.value();
    m_session.write(
        this, [value](const Session &s) { return s.people().saveInventory(value); },
        [this](const Status &done) {
            m_busy = false;
            updateEnabled();
            if (!done) {
                m_message->setText(done.error());
                m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
                m_message->show();
                Q_EMIT saveFailed(done.error());
                return;
            }
            m_message->setText(tr("Saved. Letters, packages and the person view use it from now on."));
            m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
            m_message->show();
            Q_EMIT saved();
        });
}

void InventoryPage::retranslate()
{
    m_intro->setText(tr("What is held about people, by category (policy §1.1): how long each is kept after the record's date "
                        "(0: while the account exists), the legal minimum (a deletion keeps the data restricted until it has "
                        "passed), the rule as letters and packages state it, and what a deletion does."));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Kept (months)"), tr("Legal minimum (months)"), tr("Retention rule (中文)"),
                                        tr("Retention rule (English)"), tr("A deletion")});
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Revert"));

    if (!m_document.isEmpty()) {
        // The category names follow the language; the cells typed so far stay.
        const QString key = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
        const QJsonArray categories = m_document.value(QLatin1String("categories")).toArray();
        for (int r = 0; r < m_table->rowCount() && r < categories.size(); ++r)
            m_table->item(r, Category)->setText(categories.at(r).toObject().value(QLatin1String("name")).toObject().value(key).toString());
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(r, Erasure))) {
                combo->setItemText(0, tr("delete"));
                combo->setItemText(1, tr("anonymise"));
            }
    }
    updateEnabled();
}

void InventoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
