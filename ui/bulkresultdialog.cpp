#include "bulkresultdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

BulkResultDialog::BulkResultDialog(const QString &what, const QList<BulkOutcome> &outcomes, QWidget *parent)
    : QDialog(parent), m_outcomes(outcomes), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(tr("Bulk action: %1").arg(what));
    for (const BulkOutcome &o : outcomes)
        m_done += o.done ? 1 : 0;
    m_summary->setWordWrap(true);
    m_summary->setText(tr("%1: %2 done, %3 refused.")
                           .arg(what, QLocale().toString(m_done), QLocale().toString(int(outcomes.size()) - m_done)));
    m_list->setObjectName(QStringLiteral("bulkResults"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Request"), tr("Result")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    // The refused first: they are what needs a look.
    QList<BulkOutcome> sorted = outcomes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const BulkOutcome &a, const BulkOutcome &b) { return !a.done && b.done; });
    for (const BulkOutcome &o : std::as_const(sorted)) {
        auto *item = new QTreeWidgetItem(m_list, {o.reference.isEmpty() ? QStringLiteral("#%1").arg(o.requestId) : o.reference,
                                                  o.done ? tr("Done") : tr("Refused: %1").arg(o.message)});
        item->setToolTip(1, item->text(1));
        if (!o.done)
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

} // namespace pd
