#pragma once

#include "session/peopledesk.h"

#include <QDialog>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace pd {

class HoldingsModel;
class Session;

// Everything held about one person (the People page): find them by phone, e-mail, account, ID
// number or name; then, per category of the inventory, what each registered source holds (its
// rows in a lazy table, fetched page by page off the GUI thread), with the category's purposes,
// legal basis, retention (rows past it flagged) and recipients; a source that cannot be read shown
// as such, with its error, beside the others; the disclosures and the consents. Identifiers are
// masked until revealed (audited); a password only as set. Look-ups run on a thread of their
// own, with progress and Cancel.
class PeoplePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    explicit PeoplePage(Session &session, QWidget *parent = nullptr);
    ~PeoplePage() override;

    // Looks the person up (the detail panel's "Data held…").
    void showPerson(qint64 personId);
    qint64 personId() const { return m_personId; }
    const std::optional<PersonHoldings> &holdings() const { return m_holdings; }
    bool isLoading() const { return m_loading != nullptr; }
    HoldingsModel *rowsModel() const { return m_rows; }
    QTreeWidget *categories() const { return m_tree; }
    QPushButton *recordDisclosureButton() const { return m_recordDisclosure; }
    QPushButton *recordConsentButton() const { return m_recordConsent; }
    // "Enter the password for …": shown while a source refuses the connection for want of one.
    QPushButton *passwordButton() const { return m_passwordButton; }
    // The register entry dialog last opened, while it is open.
    QDialog *registerDialog() const { return m_registerDialog; }

public Q_SLOTS:
    void find();
    void cancel();
    void reveal();

Q_SIGNALS:
    // A look-up has been shown (or failed: the message is on the page).
    void holdingsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load(qint64 personId, bool reveal);
    void showHoldings();
    void showCategory(QTreeWidgetItem *item);
    void showRegisters();
    void openRegisterDialog(bool disclosure);
    // A source wants a password: the keychain's, once, if the user stored one; else the button.
    void offerPassword();
    void askPassword();
    QString categoryName(const QString &key) const;

    Session &m_session;
    std::optional<Inventory> m_inventory;
    QLineEdit *m_search;
    QPushButton *m_findButton;
    QListWidget *m_found;
    QLabel *m_title;
    QLabel *m_summary;
    QPushButton *m_revealButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QTreeWidget *m_tree;
    QLabel *m_about;
    QTableView *m_table;
    HoldingsModel *m_rows;
    QLabel *m_registersTitle;
    QPushButton *m_recordDisclosure;
    QPushButton *m_recordConsent;
    QPushButton *m_passwordButton;
    QString m_passwordUrl;         // the source that asks
    QSet<QString> m_keychainTried; // sources whose remembered password was tried
    QPointer<QDialog> m_registerDialog;
    QTableWidget *m_disclosures;
    QTableWidget *m_consents;
    qint64 m_personId = 0;
    std::optional<PersonHoldings> m_holdings;
    std::shared_ptr<std::atomic<bool>> m_loading; // set while a look-up runs; true asks it to stop
    QString m_error;
};

} // namespace pd
