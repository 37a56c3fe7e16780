#include "inventorycategorydialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

namespace {

QString in(const QJsonObject &text, const QString &language)
{
    return text.value(language).toString();
}

QString uiLanguage()
{
    return QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

// A checkable list of the inventory's purposes or recipients, those the category names checked.
void fillChoices(QListWidget *list, const QJsonArray &all, const QJsonArray &chosen, bool editable)
{
    // Long labels wrap rather than run off the side.
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust);
    list->setUniformItemSizes(false);
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        auto *item = new QListWidgetItem(in(o.value(QLatin1String("label")).toObject(), uiLanguage()), list);
        item->setData(Qt::UserRole, o.value(QLatin1String("key")).toString());
        item->setToolTip(QStringLiteral("%1 (%2)").arg(item->text(), o.value(QLatin1String("policy")).toString()));
        item->setFlags(editable ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        item->setCheckState(chosen.contains(o.value(QLatin1String("key"))) ? Qt::Checked : Qt::Unchecked);
    }
}

QJsonArray checked(const QListWidget *list)
{
    QJsonArray out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).toString());
    return out;
}

} // namespace

InventoryCategoryDialog::InventoryCategoryDialog(const QJsonObject &category, const QJsonObject &document, bool editable,
                                                 QWidget *parent)
    : QDialog(parent), m_category(category), m_nameZh(new QLineEdit(this)), m_nameEn(new QLineEdit(this)),
      m_basisZh(new QLineEdit(this)), m_basisEn(new QLineEdit(this)), m_purposes(new QListWidget(this)),
      m_recipients(new QListWidget(this)), m_fields(new QTableWidget(this))
{
    setObjectName(QStringLiteral("inventoryCategoryDialog"));
    const QJsonObject name = category.value(QLatin1String("name")).toObject();
    setWindowTitle(tr("Category · %1").arg(in(name, uiLanguage())));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QJsonObject basis = category.value(QLatin1String("legalBasis")).toObject();
    for (const auto &[edit, value, object] : {std::tuple{m_nameZh, in(name, QStringLiteral("zh_CN")), "nameZh"},
                                              std::tuple{m_nameEn, in(name, QStringLiteral("en")), "nameEn"},
                                              std::tuple{m_basisZh, in(basis, QStringLiteral("zh_CN")), "legalBasisZh"},
                                              std::tuple{m_basisEn, in(basis, QStringLiteral("en")), "legalBasisEn"}}) {
        edit->setText(value);
        edit->setObjectName(QLatin1String(object));
        edit->setReadOnly(!editable);
        edit->setCursorPosition(0);
    }
    form->addRow(tr("Name (中文):"), m_nameZh);
    form->addRow(tr("Name (English):"), m_nameEn);
    form->addRow(tr("Legal basis (中文):"), m_basisZh);
    form->addRow(tr("Legal basis (English):"), m_basisEn);
    layout->addLayout(form);

    auto *lists = new QHBoxLayout;
    auto *purposesBox = new QVBoxLayout;
    purposesBox->addWidget(new QLabel(tr("Purposes (§1.2):"), this));
    m_purposes->setObjectName(QStringLiteral("purposes"));
    fillChoices(m_purposes, document.value(QLatin1String("purposes")).toArray(), category.value(QLatin1String("purposes")).toArray(), editable);
    purposesBox->addWidget(m_purposes);
    auto *recipientsBox = new QVBoxLayout;
    recipientsBox->addWidget(new QLabel(tr("Shared with (§3):"), this));
    m_recipients->setObjectName(QStringLiteral("recipients"));
    fillChoices(m_recipients, document.value(QLatin1String("recipients")).toArray(), category.value(QLatin1String("recipients")).toArray(),
                editable);
    recipientsBox->addWidget(m_recipients);
    lists->addLayout(purposesBox, 3);
    lists->addLayout(recipientsBox, 2);
    layout->addLayout(lists);

    layout->addWidget(new QLabel(tr("Fields (the key is the column name the sources' look-ups return):"), this));
    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setColumnCount(FieldColumnCount);
    m_fields->setHorizontalHeaderLabels({tr("Key"), tr("Label (中文)"), tr("Label (English)"), tr("Secret")});
    m_fields->horizontalHeader()->setSectionResizeMode(FieldZh, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(FieldEn, QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (const QJsonValue &v : category.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        const int r = m_fields->rowCount();
        m_fields->insertRow(r);
        m_fields->setItem(r, FieldKey, new QTableWidgetItem(f.value(QLatin1String("key")).toString()));
        m_fields->setItem(r, FieldZh, new QTableWidgetItem(in(f.value(QLatin1String("label")).toObject(), QStringLiteral("zh_CN"))));
        m_fields->setItem(r, FieldEn, new QTableWidgetItem(in(f.value(QLatin1String("label")).toObject(), QStringLiteral("en"))));
        auto *secret = new QTableWidgetItem;
        secret->setFlags(editable ? (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        secret->setCheckState(f.value(QLatin1String("secret")).toBool() ? Qt::Checked : Qt::Unchecked);
        m_fields->setItem(r, FieldSecret, secret);
    }
    m_fields->resizeColumnToContents(FieldKey);
    layout->addWidget(m_fields, 1);
    auto *fieldButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add field"), this);
    add->setObjectName(QStringLiteral("addField"));
    auto *remove = new QPushButton(tr("Re&move field"), this);
    remove->setObjectName(QStringLiteral("removeField"));
    add->setEnabled(editable);
    remove->setEnabled(editable);
    connect(add, &QPushButton::clicked, this, &InventoryCategoryDialog::addField);
    connect(remove, &QPushButton::clicked, this, &InventoryCategoryDialog::removeField);
    fieldButtons->addWidget(add);
    fieldButtons->addWidget(remove);
    fieldButtons->addStretch(1);
    layout->addLayout(fieldButtons);

    auto *buttons = new QDialogButtonBox(editable ? (QDialogButtonBox::Ok | QDialogButtonBox::Cancel) : QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 640);
}

void InventoryCategoryDialog::addField()
{
    const int r = m_fields->rowCount();
    m_fields->insertRow(r);
    for (int c = FieldKey; c < FieldSecret; ++c)
        m_fields->setItem(r, c, new QTableWidgetItem);
    auto *secret = new QTableWidgetItem;
    secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    secret->setCheckState(Qt::Unchecked);
    m_fields->setItem(r, FieldSecret, secret);
    m_fields->setCurrentCell(r, FieldKey);
    m_fields->editItem(m_fields->item(r, FieldKey));
}

void InventoryCategoryDialog::removeField()
{
    const int r = m_fields->currentRow();
    if (r >= 0)
        m_fields->removeRow(r);
}

QJsonObject InventoryCategoryDialog::category() const
{
    QJsonObject c = m_category;
    c.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("zh_CN"), m_nameZh->text().trimmed()}, {QStringLiteral("en"), m_nameEn->text().trimmed()}});
    c.insert(QStringLiteral("legalBasis"),
             QJsonObject{{QStringLiteral("zh_CN"), m_basisZh->text().trimmed()}, {QStringLiteral("en"), m_basisEn->text().trimmed()}});
    c.insert(QStringLiteral("purposes"), checked(m_purposes));
    c.insert(QStringLiteral("recipients"), checked(m_recipients));
    QJsonArray fields;
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        const auto text = [&](int column) { return m_fields->item(r, column) ? m_fields->item(r, column)->text().trimmed() : QString(); };
        QJsonObject f{{QStringLiteral("key"), text(FieldKey)},
                      {QStringLiteral("label"), QJsonObject{{QStringLiteral("zh_CN"), text(FieldZh)}, {QStringLiteral("en"), text(FieldEn)}}}};
        if (m_fields->item(r, FieldSecret) && m_fields->item(r, FieldSecret)->checkState() == Qt::Checked)
            f.insert(QStringLiteral("secret"), true);
        fields.append(f);
    }
    c.insert(QStringLiteral("fields"), fields);
    return c;
}

} // namespace pd
