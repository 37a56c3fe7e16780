// Letters from the detail panel: only the kinds that fit the request's status are offered, the
// language is chosen when writing (the person's preference preselected), and a kind that does
// not fit is refused below the UI too.
#include "lettersbox.h"
#include "modalhandler.h"
#include "requestdetailpanel.h"
#include "storage/letterrepository.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/workingdaycalendar.h"

#include <QComboBox>
#include <QInputDialog>
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
};

QTEST_MAIN(TestLettersBox)
#include "tst_lettersbox.moc"
