#pragma once

#include "domain/datasource.h"
#include "domain/inventory.h"
#include "domain/records.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pd {

class Session;

// Settings ▸ Data sources (administrators): the systems that hold people's data. A source is a
// name, a connection (a Qt SQL URL, without its password) and, per category of the inventory,
// one read-only SELECT bound by the person's identifiers. Save checks every statement first and
// says which category is wrong, keeping what was typed; Test runs the look-ups as typed for one
// person and shows what came back or the database's error. Read-only for everyone else, with
// the reason.
class SourcesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPage)

public:
    explicit SourcesPage(Session &session, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    // The source as typed (the statement being edited included).
    DataSource draft() const;
    QString message() const;
    QString testResult() const;

public Q_SLOTS:
    void reload();
    void save();
    void test();
    void remove();
    void newSource();

Q_SIGNALS:
    void saved(qint64 sourceId);
    void tested();
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSource(int row);
    void storeStatement();
    void showStatement();
    void fillKinds(); // the statements a category can have: its look-up, the actions, a correction per field
    static QString &slotOf(DataSource &d, const QString &category, const QString &kind);
    void setMessage(const QString &text, bool error);
    void updateEnabled();

    Session &m_session;
    Role m_role = Role::Agent;
    std::optional<Inventory> m_inventory;
    QList<DataSource> m_sources;
    DataSource m_draft;
    QString m_shownCategory;
    QString m_shownKind; // "" for the look-up, else an action ("delete", "correct.email", …)
    bool m_busy = false;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_remove;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QComboBox *m_kind;
    QPlainTextEdit *m_statement;
    QLabel *m_hint;
    QLabel *m_message;
    QLabel *m_personLabel;
    QLineEdit *m_person;
    QPushButton *m_test;
    QPlainTextEdit *m_result;
    QPushButton *m_save;
    QLabel *m_readOnly;
};

} // namespace pd
