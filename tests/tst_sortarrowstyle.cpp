// The queue's sort arrow points the way the rows run: down while the newest (or largest) come
// first. Read from the pixels a real header paints.
#include "sortarrowstyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTest>

using namespace pd;

namespace {

// The arrow's dark pixels, row by row, in the header's first section (which has no text).
QList<int> arrowRows(QHeaderView &header)
{
    const QImage image = header.grab().toImage();
    if (!qEnvironmentVariableIsEmpty("PD_ARROW_PNG"))
        image.save(qEnvironmentVariable("PD_ARROW_PNG") + QString::number(header.sortIndicatorOrder()) + QStringLiteral(".png"));
    const int width = header.sectionSize(0);
    const QColor background = image.pixelColor(2, image.height() / 2);
    QList<int> rows;
    for (int y = 0; y < image.height(); ++y) {
        int dark = 0;
        for (int x = 4; x < width - 4; ++x)
            if (qGray(image.pixel(x, y)) + 60 < qGray(background.rgb()))
                ++dark;
        if (dark > 0 && dark < (width - 8) / 3) // not the header's border line
            rows << dark;
    }
    return rows;
}

// +1 when the arrow is widest at the top (points down), -1 at the bottom (points up), 0 when none.
int pointing(const QList<int> &rows)
{
    if (rows.size() < 2)
        return 0;
    return rows.constFirst() > rows.constLast() ? 1 : rows.constFirst() < rows.constLast() ? -1 : 0;
}

} // namespace

class TestSortArrowStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsTheWayTheRowsRun()
    {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QStandardItemModel model(3, 2);
        model.setHorizontalHeaderLabels({QString(), QStringLiteral("B")});
        QHeaderView header(Qt::Horizontal);
        header.setModel(&model);
        header.resizeSection(0, 80);
        header.resize(200, 30);
        header.setSortIndicatorShown(true);
        SortArrowStyle::install(&header);
        header.show();
        QVERIFY(QTest::qWaitForWindowExposed(&header));

        header.setSortIndicator(0, Qt::DescendingOrder);
        const QList<int> descending = arrowRows(header);
        QVERIFY2(descending.size() >= 2, "no arrow painted");
        QCOMPARE(pointing(descending), 1); // ▼: newest first

        header.setSortIndicator(0, Qt::AscendingOrder);
        QCOMPARE(pointing(arrowRows(header)), -1); // ▲
    }
};

QTEST_MAIN(TestSortArrowStyle)
#include "tst_sortarrowstyle.moc"
