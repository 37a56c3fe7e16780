#include "saveviewdialog.h"

#include "workflow/savedview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

SaveViewDialog::SaveViewDialog(const QString &suggestedName, bool mayShare, const QString &whyNotShare, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_shared(new QCheckBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveViewDialog"));
    setWindowTitle(tr("Save the current view"));
    m_name->setObjectName(QStringLiteral("viewName"));
    m_name->setText(suggestedName);
    m_name->selectAll();
    m_name->setMaxLength(SavedView::kMaximumNameLength);
    m_shared->setObjectName(QStringLiteral("viewShared"));
    m_shared->setText(tr("Share with everyone"));
    m_shared->setEnabled(mayShare);
    m_shared->setToolTip(mayShare ? tr("Everyone working on this database will find it in their Views menu.") : whyNotShare);
    m_error->setObjectName(QStringLiteral("viewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *hint = new QLabel(tr("The view keeps the filters, the sort and the columns shown. Saving under a name you "
                               "already use replaces that view."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_shared);
    if (!mayShare) {
        // Why the box is greyed out, where it can be read without hovering.
        auto *why = new QLabel(whyNotShare, this);
        why->setObjectName(QStringLiteral("viewShareWhyNot"));
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("color: #616161;"));
        form->addRow(QString(), why);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString why = SavedView::checkName(name());
        if (!why.isEmpty()) {
            setError(why);
            return;
        }
        Q_EMIT saveRequested(name(), shared());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

QString SaveViewDialog::name() const
{
    return m_name->text().trimmed();
}

bool SaveViewDialog::shared() const
{
    return m_shared->isEnabled() && m_shared->isChecked();
}

QString SaveViewDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SaveViewDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_name->setReadOnly(busy);
}

void SaveViewDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_name->setFocus();
}

} // namespace pd
