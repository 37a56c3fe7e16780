#include "multiselectbutton.h"

#include <QMenu>

namespace pd {

MultiSelectButton::MultiSelectButton(QWidget *parent) : QToolButton(parent), m_menu(new QMenu(this))
{
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void MultiSelectButton::setChoices(const QList<QPair<QString, QVariant>> &labelledValues)
{
    const QVariantList checked = checkedValues();
    m_menu->clear();
    for (const auto &[label, value] : labelledValues) {
        QAction *a = m_menu->addAction(label);
        a->setCheckable(true);
        a->setData(value);
        a->setChecked(checked.contains(value));
        connect(a, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT selectionChanged();
        });
    }
    updateText();
}

QVariantList MultiSelectButton::checkedValues() const
{
    QVariantList out;
    const auto actions = m_menu->actions();
    for (const QAction *a : actions)
        if (a->isChecked())
            out << a->data();
    return out;
}

void MultiSelectButton::setCheckedValues(const QVariantList &values)
{
    const auto actions = m_menu->actions();
    for (QAction *a : actions) {
        const QSignalBlocker block(a);
        a->setChecked(values.contains(a->data()));
    }
    updateText();
}

void MultiSelectButton::setCaption(const QString &caption, const QString &allText)
{
    m_caption = caption;
    m_allText = allText;
    updateText();
}

void MultiSelectButton::updateText()
{
    QStringList labels;
    const auto actions = m_menu->actions();
    for (const QAction *a : actions)
        if (a->isChecked())
            labels << a->text();
    QString value = m_allText;
    if (labels.size() == 1)
        value = labels.constFirst();
    else if (labels.size() > 1)
        value = tr("%n selected", nullptr, int(labels.size()));
    setText(m_caption + QStringLiteral(": ") + value);
    // Room for the menu arrow, which the style draws over the text otherwise.
    setMinimumWidth(fontMetrics().horizontalAdvance(text()) + 34);
    setToolTip(labels.isEmpty() ? m_allText : labels.join(QLatin1String(", ")));
}

} // namespace pd
