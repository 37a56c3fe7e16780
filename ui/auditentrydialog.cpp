#include "auditentrydialog.h"

#include "common/displayformat.h"
#include "itemmodels/auditdetails.h"
#include "itemmodels/auditlogmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

AuditEntryDialog::AuditEntryDialog(const QModelIndex &entry, QWidget *parent)
    : QDialog(parent), m_header(new QLabel(this)), m_fields(new QTableWidget(this))
{
    setObjectName(QStringLiteral("auditEntryDialog"));
    using M = AuditLogModel;
    const auto role = [&entry](int r) { return entry.data(r); };
    const QDateTime at = role(M::AtRole).toDateTime();
    setWindowTitle(tr("Audit entry %1").arg(role(M::IdRole).toLongLong()));
    auto *layout = new QVBoxLayout(this);

    QStringList lines{
        tr("When: %1 (UTC %2)").arg(DisplayFormat::proseDateTime(at), at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
        tr("Who: %1").arg(role(M::ActorRole).toString()),
        tr("What: %1").arg(M::actionLabel(role(M::ActionKeyRole).toString())),
        tr("About: %1").arg(role(M::EntityIdRole).toLongLong()
                                ? tr("%1 #%2", "entity and its id").arg(M::entityLabel(role(M::EntityKeyRole).toString()))
                                      .arg(role(M::EntityIdRole).toLongLong())
                                : M::entityLabel(role(M::EntityKeyRole).toString()))};
    if (const QString reference = role(M::ReferenceRole).toString(); !reference.isEmpty())
        lines << tr("Request: %1").arg(reference);
    m_header->setObjectName(QStringLiteral("auditEntryHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(lines.join(QLatin1Char('\n')));
    layout->addWidget(m_header);

    const QString before = role(M::BeforeJsonRole).toString();
    const QString after = role(M::AfterJsonRole).toString();
    bool isJson = false;
    const QList<AuditDetails::Field> fields = AuditDetails::fields(before, after, &isJson);
    m_fields->setObjectName(QStringLiteral("auditEntryFields"));
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    m_fields->verticalHeader()->hide();
    // Row heights follow the wrapped text at the columns' real widths.
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    if (isJson) {
        m_fields->setRowCount(int(fields.size()));
        for (int row = 0; row < fields.size(); ++row) {
            const AuditDetails::Field &f = fields.at(row);
            QFont font = m_fields->font();
            font.setBold(f.changed);
            int column = 0;
            for (const QString &text : {f.label, f.before, f.after}) {
                auto *item = new QTableWidgetItem(text);
                item->setFont(font);
                item->setToolTip(text);
                m_fields->setItem(row, column++, item);
            }
        }
    } else {
        // Not a record (older entries may hold plain text): the texts as they are.
        m_fields->setRowCount(1);
        m_fields->setItem(0, 0, new QTableWidgetItem(tr("Text")));
        m_fields->setItem(0, 1, new QTableWidgetItem(before.isEmpty() ? QStringLiteral("—") : before));
        m_fields->setItem(0, 2, new QTableWidgetItem(after.isEmpty() ? QStringLiteral("—") : after));
    }
    layout->addWidget(m_fields, 1);

    auto *storedTitle = new QLabel(tr("As stored, with the entry's place in the hash chain:"), this);
    layout->addWidget(storedTitle);
    auto *stored = new QPlainTextEdit(this);
    stored->setObjectName(QStringLiteral("auditEntryStored"));
    stored->setReadOnly(true);
    stored->setPlainText(tr("Before: %1\nAfter: %2\nPrevious hash: %3\nHash: %4")
                             .arg(before.isEmpty() ? QStringLiteral("—") : before, after.isEmpty() ? QStringLiteral("—") : after,
                                  role(M::PrevHashRole).toString(), role(M::HashRole).toString()));
    stored->setMaximumHeight(stored->fontMetrics().height() * 6);
    layout->addWidget(stored);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString AuditEntryDialog::headerText() const
{
    return m_header->text();
}

} // namespace pd
