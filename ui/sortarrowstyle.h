#pragma once

#include <QProxyStyle>

class QHeaderView;

namespace pd {

// Header sort arrows that point the way the rows run: down (▼) when the newest or largest come
// first, up (▲) for ascending. Qt hands styles SortUp for a descending column, and Fusion draws
// that as an upward arrow over the newest-first queue, which staff read as "oldest first".
class SortArrowStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // Gives the header this style (owned by the header).
    static void install(QHeaderView *header);
};

} // namespace pd
