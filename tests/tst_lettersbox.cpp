// Letters from the detail panel: only the kinds that fit the request's status are offered, the
// language is chosen when writing (the person's preference preselected), and a kind that does
// not fit is refused below the UI too.
#include "letterpreviewdialog.h"
#include "lettersbox.h"
#include "modalhandler.h"
#include "requestdetailpanel.h"
#include "session/privatefiles.h"
#include "storage/letterrepository.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/workingdaycalendar.h"

#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QPdfDocument>
#include <QPrinter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QTest>

using namespace pd;

class TestLettersBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindsFitAndLanguageIsChosen()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        IntakeForm f;
        f.name = QStringLiteral("Emily Chen");
        f.email = QStringLiteral("emily@example.org");
        f.language = QStringLiteral("en");
        f.types = {RequestType::Access};
        f.receivedAt = QDateTime::currentDateTime().addSecs(-3600);
        const auto submitted = IntakeService(db, WorkingDayCalendar{}).submit(f, agent.username);
        QVERIFY2(submitted, qPrintable(submitted.error()));
        const qint64 id = submitted->constFirst().id;

        SessionOptions options;
        options.idleLockSeconds = 0;
        const auto session = dbHolder->session(agent, options);
        RequestDetailPanel panel(*session);
        panel.resize(420, 900);
        panel.show();
        QSignalSpy shown(&panel, &RequestDetailPanel::viewShown);
        panel.showRequest(id);
        QVERIFY(shown.wait(5000));
        LettersBox *letters = panel.letters();

        // A request just received: acknowledge it, ask for verification, or announce an extension.
        QCOMPARE(letters->offeredKinds(), (QStringList{letterKinds().label(LetterKind::Acknowledgement),
                                                       letterKinds().label(LetterKind::VerificationRequest),
                                                       letterKinds().label(LetterKind::ExtensionNotice)}));

        // The person prefers English, and that is what the dialog preselects; Chinese is chosen.
        QString preselected;
        test::ModalHandler choose([&](QWidget *dialog, int) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            preselected = input->textValue();
            QVERIFY2(input->labelText().contains(QStringLiteral("English")), qPrintable(input->labelText()));
            input->setTextValue(input->comboBoxItems().constFirst());
            input->accept();
        });
        QSignalSpy written(letters, &LettersBox::letterWritten);
        letters->askLanguageAndWrite(LetterKind::Acknowledgement);
        QVERIFY(written.wait(10000));
        QCOMPARE(preselected, QStringLiteral("English"));
        const auto stored = LetterRepository(db).listForRequest(id);
        QVERIFY(stored && stored->size() == 1);
        QCOMPARE(stored->constFirst().language, QStringLiteral("zh_CN"));

        // A completion letter on a request that is not completed is refused by the session too.
        letters->write(LetterKind::Completion);
        QTRY_VERIFY_WITH_TIMEOUT(!letters->isBusy(), 5000);
        QVERIFY2(letters->errorText().contains(QStringLiteral("does not fit")), qPrintable(letters->errorText()));
        QCOMPARE(LetterRepository(db).listForRequest(id)->size(), 1);
    }

    // A letter opens inside the app: shown (and only then audited as opened), saved byte for byte,
    // printed page for page; nothing lands in a temporary file.
    void previewInsideTheApp()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        IntakeForm f;
        f.name = QStringLiteral("王芳");
        f.phone = QStringLiteral("13812345678");
        f.language = QStringLiteral("zh_CN");
        f.types = {RequestType::Access};
        f.receivedAt = QDateTime::currentDateTime().addSecs(-3600);
        const auto submitted = IntakeService(db, WorkingDayCalendar{}).submit(f, agent.username);
        QVERIFY2(submitted, qPrintable(submitted.error()));
        const Request request = submitted->constFirst();

        SessionOptions options;
        options.idleLockSeconds = 0;
        const auto session = dbHolder->session(agent, options);
        RequestDetailPanel panel(*session);
        panel.resize(420, 900);
        panel.show();
        QSignalSpy shown(&panel, &RequestDetailPanel::viewShown);
        panel.showRequest(request.id);
        QVERIFY(shown.wait(5000));
        LettersBox *letters = panel.letters();
        QSignalSpy written(letters, &LettersBox::letterWritten);
        letters->write(LetterKind::Acknowledgement);
        QVERIFY(written.wait(10000));
        QVERIFY(shown.wait(5000)); // the panel reloads with the new letter
        const auto stored = LetterRepository(db).listForRequest(request.id);
        QVERIFY(stored && stored->size() == 1);
        const LetterInfo letter = stored->constFirst();
        const auto audited = [&](const QString &action) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity_id = ?"));
            q.addBindValue(action);
            q.addBindValue(letter.id);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(audited(QStringLiteral("letter_opened")), 0);

        // Double-clicking the letter opens the preview.
        auto *list = letters->findChild<QTreeWidget *>(QStringLiteral("lettersList"));
        QVERIFY(list && list->topLevelItemCount() == 1);
        QSignalSpy opened(letters, &LettersBox::letterOpened);
        Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
        QVERIFY(opened.wait(10000));
        QPointer<LetterPreviewDialog> preview = letters->preview();
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(preview->document()->status(), QPdfDocument::Status::Ready, 5000);
        QVERIFY(preview->pageCount() >= 1);
        QVERIFY2(preview->windowTitle().contains(request.reference), qPrintable(preview->windowTitle()));
        QCOMPARE(audited(QStringLiteral("letter_opened")), 1);
        QVERIFY(QDir(session->privateFiles().folder()).entryList(QDir::Files).isEmpty());
        // What is shown is the letter: its text layer holds the person's name.
        const QString pageText = preview->document()->getAllText(0).text();
        QVERIFY2(pageText.contains(QStringLiteral("王芳")), qPrintable(pageText));

        // Save as…: exactly the stored bytes, audited.
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(preview->saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(LetterRepository::sha256Hex(saved.readAll()), letter.sha256);
        QTRY_COMPARE_WITH_TIMEOUT(audited(QStringLiteral("letter_saved")), 1, 5000);
        // A folder that cannot be written: said so, nothing recorded.
        QString error;
        QVERIFY(!preview->saveTo(out.filePath(QStringLiteral("missing/letter.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("letter.pdf")), qPrintable(error));
        QCOMPARE(preview->errorText(), error);

        // Print…: to a PDF printer here, one printed page per page of the letter.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printedPath = out.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printedPath);
        QVERIFY(preview->printOn(printer));
        QPdfDocument printed;
        QCOMPARE(printed.load(printedPath), QPdfDocument::Error::None);
        QCOMPARE(printed.pageCount(), preview->pageCount());
        QTRY_COMPARE_WITH_TIMEOUT(audited(QStringLiteral("letter_printed")), 1, 5000);
        QCOMPARE(audited(QStringLiteral("letter_opened")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(session->isIdle(), 5000);
        preview->close();
        QTRY_VERIFY(!preview);
    }
};

QTEST_MAIN(TestLettersBox)
#include "tst_lettersbox.moc"
