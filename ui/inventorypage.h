#pragma once

#include "domain/inventory.h"
#include "domain/records.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class Session;

// Settings ▸ Data inventory (administrators): per category of the policy, its names, how long it
// is kept (months after the record's date, 0 while the account exists), the legal minimum, the
// retention rule as the letters and packages state it (zh_CN and en), and what a deletion does.
// Save checks the whole inventory first (a retention below the legal minimum names the category)
// and keeps what was typed when it is refused; the change is audited with the categories it
// touched. Read-only for everyone else, with the reason.
class InventoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryPage)

public:
    enum Column { Category, Months, MinimumMonths, RuleZh, RuleEn, Erasure, ColumnCount };

    explicit InventoryPage(Session &session, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    QTableWidget *table() const { return m_table; }
    QString message() const;
    QPushButton *editCategoryButton() const { return m_editCategory; }
    QDialog *categoryDialog() const { return m_categoryDialog; }
    // The inventory as edited (or the check's message).
    Result<Inventory> edited() const;

public Q_SLOTS:
    void reload();
    void save();

Q_SIGNALS:
    void reloaded();
    void saved();
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    // The category of `row` in its own dialog (names, legal basis, purposes, recipients, fields).
    void editCategory(int row);
    void updateEnabled();

    Session &m_session;
    Role m_role = Role::Agent;
    QJsonObject m_document; // the inventory as read, which the table's cells edit
    QLabel *m_intro;
    QLabel *m_readOnly;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_editCategory;
    QPointer<QDialog> m_categoryDialog;
    bool m_busy = false;
};

} // namespace pd
