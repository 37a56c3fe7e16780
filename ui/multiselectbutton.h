#pragma once

#include <QToolButton>
#include <QVariant>

class QMenu;

namespace pd {

// A tool button with a menu of checkable choices; nothing checked means "all".
class MultiSelectButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiSelectButton)

public:
    explicit MultiSelectButton(QWidget *parent = nullptr);

    // Replaces the choices, keeping the checked state of values that remain.
    void setChoices(const QList<QPair<QString, QVariant>> &labelledValues);
    QVariantList checkedValues() const;
    void setCheckedValues(const QVariantList &values);
    // "Status: any" / "Status: 2 selected" / "Status: Received".
    void setCaption(const QString &caption, const QString &allText);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateText();

    QMenu *m_menu;
    QString m_caption;
    QString m_allText;
};

} // namespace pd
