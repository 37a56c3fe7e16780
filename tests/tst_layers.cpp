// The layer rules of ARCHITECTURE.md, checked on the source tree: a widget that reaches for a
// repository, or a model that pulls in Qt Widgets, fails the suite instead of a review.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Source
{
    QString path; // relative to the source tree
    QString text;
};

QList<Source> sources(const QString &folder)
{
    QList<Source> out;
    const QDir root(QStringLiteral(PD_SOURCE_DIR));
    QDirIterator it(root.filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out.append({root.relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll())});
    }
    return out;
}

// Each #include line of the text, with its line number.
QList<QPair<int, QString>> includes(const QString &text)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QList<QPair<int, QString>> out;
    auto it = include.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1, m.captured(1)});
    }
    return out;
}

QString report(const QStringList &found)
{
    return QStringLiteral("%1 violation(s): ").arg(found.size()) + found.mid(0, 20).join(QStringLiteral("; "));
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeIsThere();
    void modelsIncludeNoWidgetsAndNoUi();
    void uiAndAppIncludeNoStorage();
    void sqlOnlyInStorage();
    void theRuleCatchesAViolation();
};

// Guards the others: an empty scan would pass them all.
void TestLayers::treeIsThere()
{
    QVERIFY(sources(QStringLiteral("models")).size() > 50);
    QVERIFY(sources(QStringLiteral("ui")).size() > 20);
    QVERIFY(sources(QStringLiteral("app")).size() > 3);
}

void TestLayers::modelsIncludeNoWidgetsAndNoUi()
{
    // Qt Widgets headers are QtWidgets/... or one of its classes; models/ may use Core, Gui, Sql.
    static const QSet<QString> widgetClasses{
        QStringLiteral("QApplication"), QStringLiteral("QWidget"),     QStringLiteral("QDialog"),
        QStringLiteral("QMainWindow"),  QStringLiteral("QMessageBox"), QStringLiteral("QLabel"),
        QStringLiteral("QPushButton"),  QStringLiteral("QLineEdit"),   QStringLiteral("QTableView"),
        QStringLiteral("QTreeView"),    QStringLiteral("QComboBox"),   QStringLiteral("QFileDialog"),
        QStringLiteral("QLayout"),      QStringLiteral("QBoxLayout"),  QStringLiteral("QVBoxLayout"),
        QStringLiteral("QHBoxLayout"),  QStringLiteral("QFormLayout"), QStringLiteral("QStyle"),
        QStringLiteral("QAbstractItemView"), QStringLiteral("QHeaderView"), QStringLiteral("QChartView"),
    };
    QStringList found;
    for (const Source &s : sources(QStringLiteral("models"))) {
        for (const auto &[line, header] : includes(s.text)) {
            const bool widgets = header.startsWith(QStringLiteral("QtWidgets")) || header.startsWith(QStringLiteral("QtCharts"))
                || widgetClasses.contains(header);
            const bool upward = header.startsWith(QStringLiteral("ui/")) || header.contains(QStringLiteral("../ui/"))
                || header.startsWith(QStringLiteral("app/")) || header.contains(QStringLiteral("../app/"));
            if (widgets || upward)
                found << QStringLiteral("%1:%2 includes %3").arg(s.path).arg(line).arg(header);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(report(found)));

    QFile cmake(QStringLiteral(PD_SOURCE_DIR "/models/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    const QString build = QString::fromUtf8(cmake.readAll());
    QVERIFY2(!build.contains(QStringLiteral("Qt6::Widgets")) && !build.contains(QStringLiteral("Qt6::Charts")),
             "models/CMakeLists.txt links Qt Widgets or Charts");
}

void TestLayers::uiAndAppIncludeNoStorage()
{
    QStringList found;
    for (const QString &folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
        for (const Source &s : sources(folder)) {
            for (const auto &[line, header] : includes(s.text)) {
                const bool storage = header.contains(QStringLiteral("storage/"));
                const bool sql = header.startsWith(QStringLiteral("QSql")) || header.startsWith(QStringLiteral("QtSql"));
                if (storage || sql)
                    found << QStringLiteral("%1:%2 includes %3").arg(s.path).arg(line).arg(header);
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(report(found)));
}

void TestLayers::sqlOnlyInStorage()
{
    static const QRegularExpression sqlText(
        QStringLiteral("\"[^\"\\n]*\\b(SELECT\\s.+\\sFROM|INSERT\\s+INTO|DELETE\\s+FROM|UPDATE\\s+\\w+\\s+SET|CREATE\\s+(TABLE|INDEX)|DROP\\s+TABLE)\\b"));
    static const QRegularExpression sqlClasses(QStringLiteral("\\bQSql(Query|Database|Record|Driver)\\b"));
    QStringList found;
    for (const QString &folder : {QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app")}) {
        for (const Source &s : sources(folder)) {
            if (s.path.startsWith(QStringLiteral("models/storage/")) || s.path.startsWith(QStringLiteral("models/sources/")))
                continue;
            const QStringList lines = s.text.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString &l = lines.at(i);
                if (l.trimmed().startsWith(QStringLiteral("//")))
                    continue;
                if (sqlText.match(l).hasMatch() || sqlClasses.match(l).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(s.path).arg(i + 1).arg(l.trimmed().left(80));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(report(found)));
}

// The scanners themselves: each finds what it looks for.
void TestLayers::theRuleCatchesAViolation()
{
    const QString widget = QStringLiteral("#include \"x.h\"\n  #include <QWidget>\n#include \"../storage/database.h\"\n");
    const auto found = includes(widget);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(1), qMakePair(2, QStringLiteral("QWidget")));
    QCOMPARE(found.at(2), qMakePair(3, QStringLiteral("../storage/database.h")));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
