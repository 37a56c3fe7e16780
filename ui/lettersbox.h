#pragma once

#include "domain/requestview.h"

#include <QPointer>
#include <QWidget>

class QDialog;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace pd {

class Session;

// The letters kept with a request: listed newest last, opened with a double-click in the app's own
// preview (Save as…, Print…; each audited), and written from templates in the person's language ("Write
// letter" menu). The details a kind needs come from the request itself: the proposed refusal's
// reasons, the verification still missing. Whether the actor may write comes with the view.
class LetterPreviewDialog;


class LettersBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LettersBox)

public:
    explicit LettersBox(Session &session, QWidget *parent = nullptr);

    void setView(const RequestView &view);
    int letterCount() const;
    // Writes a letter of this kind as the menu would; the outcome comes with letterWritten() or
    // the message shown.
    // `language`: "zh_CN" or "en"; empty: the person's preference.
    void write(LetterKind kind, const QString &language = {});
    // Asks for the language (the person's preference preselected), then writes.
    void askLanguageAndWrite(LetterKind kind);
    // The labels of the kinds "Write letter" offers now.
    QStringList offeredKinds() const;
    void open(qint64 letterId);
    bool isBusy() const { return m_busy > 0; }
    QString errorText() const;
    // The preview opened last, while it is open.
    LetterPreviewDialog *preview() const;

Q_SIGNALS:
    void letterWritten(qint64 requestId);
    void letterOpened(qint64 letterId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillMenu();
    void retranslate();
    void showError(const QString &message);

    Session &m_session;
    RequestView m_view;
    int m_busy = 0;
    QPointer<QDialog> m_preview; // a LetterPreviewDialog
    QLabel *m_title;
    QToolButton *m_write;
    QTreeWidget *m_list;
    QLabel *m_error;
};

} // namespace pd
