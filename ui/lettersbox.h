#pragma once

#include "domain/records.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;

namespace pd {

class Database;

// The letters kept with a request: listed newest last, opened as PDF with a double-click, and
// written from templates in the person's language ("Write letter" menu). The details a kind needs
// come from the request itself: the proposed refusal's reasons, the verification still missing.
class LettersBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LettersBox)

public:
    explicit LettersBox(const Database &db, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    void showRequest(const Request &request);
    int letterCount() const;
    // Writes a letter of this kind as the menu would; false with the message shown on failure.
    bool write(LetterKind kind);

Q_SIGNALS:
    void letterWritten(qint64 requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void open(qint64 letterId);
    void retranslate();

    const Database &m_db;
    Actor m_actor;
    Request m_request;
    QLabel *m_title;
    QToolButton *m_write;
    QTreeWidget *m_list;
    QLabel *m_error;
};

} // namespace pd
