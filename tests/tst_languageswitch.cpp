// View ▸ Language, both ways, on every page of the real main window with a request open: every
// visible text is in the new language (nothing left in the other one), and switching back gives
// exactly the texts shown before — the same request, the same state.
#include "common/localization.h"
#include "itemmodels/requestqueuemodel.h"
#include "mainwindow.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "session/gateway.h"
#include "settings/appsettings.h"
#include "settingspage.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

using Texts = QMap<QString, QString>; // a widget's place in the window → what it shows

// A key that survives rebuilt widgets: object names (or class and position) from the window down.
QString placeOf(const QWidget *w, const QWidget *top)
{
    QStringList parts;
    for (const QWidget *p = w; p && p != top; p = p->parentWidget()) {
        QString part = p->objectName();
        if (part.isEmpty()) {
            int index = 0;
            if (const QObject *parent = p->parent())
                for (const QObject *sibling : parent->children()) {
                    if (sibling == p)
                        break;
                    if (sibling->metaObject() == p->metaObject())
                        ++index;
                }
            part = QString::fromLatin1(p->metaObject()->className()) + QLatin1Char('#') + QString::number(index);
        }
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

void addMenu(Texts &out, const QString &place, const QList<QAction *> &actions)
{
    for (const QAction *a : actions) {
        if (a->isSeparator() || a->data().isValid())
            continue; // language names and recent paths are the same in every language
        const QString key = place + QLatin1Char('>') + a->objectName() + QString::number(actions.indexOf(a));
        out.insert(key, a->text());
        if (a->menu())
            addMenu(out, key, a->menu()->actions());
    }
}

// What the window shows now. `data` collects the texts that are data (names, notes, table cells).
Texts visibleTexts(QWidget &window, QSet<QString> *data)
{
    Texts out;
    const auto add = [&](const QWidget *w, const QString &what, const QString &text, bool isData = false) {
        if (text.trimmed().isEmpty())
            return;
        const QString key = placeOf(w, &window) + QLatin1Char(':') + what;
        out.insert(key, text);
        if (isData)
            data->insert(key);
    };
    static const QSet<QString> dataFields{
        QStringLiteral("detailTitle"), QStringLiteral("reference"), QStringLiteral("person"), QStringLiteral("phone"),
        QStringLiteral("email"), QStringLiteral("account"), QStringLiteral("idNumber"), QStringLiteral("creditCode"),
        QStringLiteral("company"), QStringLiteral("summary"), QStringLiteral("assignee"), QStringLiteral("historyEntry"),
        QStringLiteral("pendingProposal"), QStringLiteral("databaseLabel")};
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || w->window() != &window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, QStringLiteral("text"), label->text(), dataFields.contains(label->objectName()));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, QStringLiteral("text"), button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, QStringLiteral("placeholder"), edit->placeholderText());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, QStringLiteral("title"), box->title());
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i) // staff and actors, after "Anyone" (and "Unassigned")
                add(w, QStringLiteral("item%1").arg(i), combo->itemText(i),
                    (combo->objectName() == QLatin1String("assigneeFilter") && i >= 2)
                        || (combo->objectName() == QLatin1String("auditActorFilter") && i >= 1));
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(w, QStringLiteral("tab%1").arg(i), tabs->tabText(i));
        if (auto *list = qobject_cast<QListWidget *>(w); list && list->objectName() == QLatin1String("navigation"))
            for (int i = 0; i < list->count(); ++i)
                add(w, QStringLiteral("nav%1").arg(i), list->item(i)->text());
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                add(w, QStringLiteral("header%1").arg(c), m->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < std::min(5, m->rowCount()); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    add(w, QStringLiteral("cell%1,%2").arg(r).arg(c), m->data(m->index(r, c)).toString(), true);
        }
        if (!w->toolTip().isEmpty() && qobject_cast<QAbstractButton *>(w))
            add(w, QStringLiteral("tooltip"), w->toolTip());
    }
    if (auto *main = qobject_cast<QMainWindow *>(&window))
        addMenu(out, QStringLiteral("menu"), main->menuBar()->actions());
    return out;
}

// Words of three or more Latin letters that are not names of things (PrivacyDesk, PIPL, URLs,
// user names, e-mail addresses, references).
QStringList englishWords(QString text)
{
    static const QRegularExpression tokens(QStringLiteral("\\S*[@./:_\\d]\\S*"));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
    static const QSet<QString> names{QStringLiteral("PrivacyDesk"), QStringLiteral("PIPL"), QStringLiteral("DSR"),
                                     QStringLiteral("SQLite"), QStringLiteral("PostgreSQL"), QStringLiteral("Ctrl"),
                                     QStringLiteral("Esc"), QStringLiteral("CSV"), QStringLiteral("XLSX"), QStringLiteral("PDF"), QStringLiteral("ZIP"), QStringLiteral("JSON"),
                                     QStringLiteral("GBK"), QStringLiteral("Excel"),
                                     // SQL as code in Settings ▸ Data sources (a look-up's shape, a column alias)
                                     QStringLiteral("SELECT"), QStringLiteral("DELETE"), QStringLiteral("UPDATE"), QStringLiteral("pwd"),
                                     QStringLiteral("password"),
                                     // DOMAIN.md's own zh_CN category names keep these
                                     QStringLiteral("Cookie"), QStringLiteral("SDK")};
    text.remove(tokens);
    QStringList out;
    for (auto it = words.globalMatch(text); it.hasNext();)
        if (const QString w = it.next().captured(); !names.contains(w))
            out << w;
    return out;
}

bool hasChinese(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// Placeholders that do not fit their field (a hint cut off is no hint).
QStringList clippedPlaceholders(QWidget &window)
{
    QStringList out;
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        if (!edit->isVisibleTo(&window) || edit->placeholderText().isEmpty() || !edit->text().isEmpty())
            continue;
        const int room = edit->contentsRect().width() - 8; // the frame's and the text margins
        if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > room)
            out << edit->objectName() + QStringLiteral(": ") + edit->placeholderText();
    }
    return out;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    void settle(MainWindow &window)
    {
        for (int i = 0; i < 3; ++i) {
            QVERIFY(test::settle(*window.session()));
            QVERIFY(test::settle(*window.queuePage()->model()));
            QTest::qWait(20);
        }
    }

private Q_SLOTS:
    void everyPageBothWays()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("switch.db"));
        {
            auto gateway = Gateway::open(url);
            QVERIFY2(gateway, qPrintable(gateway.error()));
            QVERIFY((*gateway)->loadDemoNow(300, 7, {}).ok());
        }
        auto gateway = Gateway::open(url);
        QVERIFY(gateway);
        QVERIFY((*gateway)->signInNow(QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")).ok());
        SessionOptions options;
        options.idleLockSeconds = 0;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window((*gateway)->startSession(options), localization, settings);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle(window);

        // A request open in the panel, with a Chinese name (its data is the same in both languages).
        RequestQueuePage *queue = window.queuePage();
        int row = 0;
        while (row < queue->model()->rowCount()
               && !hasChinese(test::loaded(*queue->model(), row, RequestQueueModel::PersonColumn).toString()))
            ++row;
        QVERIFY(row < queue->model()->rowCount());
        queue->view()->setCurrentIndex(queue->model()->index(row, 0));
        queue->openCurrent();
        settle(window);
        const qint64 opened = queue->detailPanel()->requestId();
        QVERIFY(opened > 0);

        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        for (int page = 0; page < nav->count(); ++page) {
            nav->setCurrentRow(page);
            const int tabs = page == 3 ? window.settingsPage()->tabs()->count() : 1;
            for (int tab = 0; tab < tabs; ++tab) {
                if (page == 3)
                    window.settingsPage()->tabs()->setCurrentIndex(tab);
                settle(window);
                const QString where = QStringLiteral("page %1, tab %2").arg(page).arg(tab);
                QSet<QString> data;
                const Texts english = visibleTexts(window, &data);
                QVERIFY2(clippedPlaceholders(window).isEmpty(), qPrintable(clippedPlaceholders(window).join(QLatin1Char('\n'))));
                QVERIFY(!english.isEmpty());

                window.setLanguage(QStringLiteral("zh_CN"));
                settle(window);
                const Texts chinese = visibleTexts(window, &data);
                QVERIFY2(clippedPlaceholders(window).isEmpty(), qPrintable(clippedPlaceholders(window).join(QLatin1Char('\n'))));
                for (auto it = english.cbegin(); it != english.cend(); ++it) {
                    if (data.contains(it.key()) || englishWords(it.value()).isEmpty())
                        continue;
                    QVERIFY2(chinese.contains(it.key()), qPrintable(where + QStringLiteral(": gone in zh_CN: ") + it.key()));
                    const QStringList left = englishWords(chinese.value(it.key()));
                    QVERIFY2(left.isEmpty() || chinese.value(it.key()) != it.value(),
                             qPrintable(where + QStringLiteral(": still English in zh_CN: ") + it.key() + QStringLiteral(" = ")
                                        + chinese.value(it.key())));
                }
                for (auto it = chinese.cbegin(); it != chinese.cend(); ++it)
                    if (!data.contains(it.key()))
                        QVERIFY2(englishWords(it.value()).isEmpty(),
                                 qPrintable(where + QStringLiteral(": English words in zh_CN: ") + it.key() + QStringLiteral(" = ")
                                            + it.value()));

                window.setLanguage(QStringLiteral("en"));
                settle(window);
                const Texts back = visibleTexts(window, &data);
                for (auto it = english.cbegin(); it != english.cend(); ++it)
                    QVERIFY2(back.value(it.key()) == it.value(),
                             qPrintable(where + QStringLiteral(": after switching back, ") + it.key() + QStringLiteral(" shows \"")
                                        + back.value(it.key()) + QStringLiteral("\" instead of \"") + it.value()
                                        + QStringLiteral("\"")));
                for (auto it = back.cbegin(); it != back.cend(); ++it)
                    if (!data.contains(it.key()) && !english.contains(it.key()))
                        QVERIFY2(!hasChinese(it.value()), qPrintable(where + QStringLiteral(": Chinese left in English: ") + it.key()));
                QCOMPARE(queue->detailPanel()->requestId(), opened);
            }
        }
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
