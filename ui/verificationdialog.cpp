#include "verificationdialog.h"

#include "common/displayformat.h"
#include "session/session.h"
#include "session/verificationdesk.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pd {

namespace {
QString matchText(IdentifierMatch m)
{
    switch (m) {
    case IdentifierMatch::NotGiven: return VerificationDialog::tr("not given");
    case IdentifierMatch::Match: return VerificationDialog::tr("match");
    case IdentifierMatch::Mismatch: return VerificationDialog::tr("MISMATCH");
    case IdentifierMatch::NotOnRecord: return VerificationDialog::tr("not on record");
    }
    return {};
}
} // namespace

VerificationDialog::VerificationDialog(Session &session, const Request &request, QWidget *parent)
    : QDialog(parent), m_session(session), m_request(request), m_status(new QLabel(this)), m_message(new QLabel(this)),
      m_phone(new QLineEdit(this)), m_email(new QLineEdit(this)), m_idNumber(new QLineEdit(this)),
      m_creditCode(new QLineEdit(this)), m_code(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_method(new QComboBox(this)), m_channel(new QComboBox(this)), m_checks(new QTreeWidget(this)),
      m_evidence(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("verificationDialog"));
    setWindowTitle(tr("Verify identity — %1").arg(request.reference));
    auto *layout = new QVBoxLayout(this);
    m_status->setObjectName(QStringLiteral("verificationStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *ids = new QGroupBox(tr("Identifiers the requester gave"), this);
    auto *idForm = new QFormLayout(ids);
    idForm->addRow(tr("Phone"), m_phone);
    idForm->addRow(tr("E-mail"), m_email);
    idForm->addRow(tr("Resident ID number"), m_idNumber);
    idForm->addRow(tr("Unified social credit code"), m_creditCode);
    auto *compare = new QPushButton(tr("Compare with the records"), ids);
    idForm->addRow(QString(), compare);
    connect(compare, &QPushButton::clicked, this, [this] {
        matchIdentifiers(m_phone->text(), m_email->text(), m_idNumber->text(), m_creditCode->text());
    });
    layout->addWidget(ids);

    auto *steps = new QGroupBox(tr("Checks"), this);
    auto *stepsForm = new QFormLayout(steps);
    for (VerificationMethod m : verificationMethods().all())
        if (m != VerificationMethod::SmsCode && m != VerificationMethod::EmailCode && m != VerificationMethod::SupervisorOverride)
            m_method->addItem(verificationMethods().label(m), int(m));
    m_note->setPlaceholderText(tr("What you checked"));
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_method, 1);
    checkRow->addWidget(m_note, 2);
    auto *passed = new QPushButton(tr("Passed"), steps);
    auto *failed = new QPushButton(tr("Failed"), steps);
    checkRow->addWidget(passed);
    checkRow->addWidget(failed);
    stepsForm->addRow(tr("Record a check"), checkRow);
    connect(passed, &QPushButton::clicked, this, [this] { recordCheck(VerificationMethod(m_method->currentData().toInt()), true, m_note->text()); });
    connect(failed, &QPushButton::clicked, this, [this] { recordCheck(VerificationMethod(m_method->currentData().toInt()), false, m_note->text()); });

    m_channel->addItem(verificationMethods().label(VerificationMethod::SmsCode), int(VerificationMethod::SmsCode));
    m_channel->addItem(verificationMethods().label(VerificationMethod::EmailCode), int(VerificationMethod::EmailCode));
    m_code->setPlaceholderText(tr("code read back"));
    m_code->setMaxLength(6);
    auto *codeRow = new QHBoxLayout;
    auto *issue = new QPushButton(tr("Send new code"), steps);
    auto *check = new QPushButton(tr("Check code"), steps);
    codeRow->addWidget(m_channel, 1);
    codeRow->addWidget(issue);
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(check);
    stepsForm->addRow(tr("One-time code"), codeRow);
    connect(issue, &QPushButton::clicked, this, [this] { issueCode(VerificationMethod(m_channel->currentData().toInt())); });
    connect(check, &QPushButton::clicked, this, [this] { checkCode(VerificationMethod(m_channel->currentData().toInt()), m_code->text()); });

    auto *evidenceRow = new QHBoxLayout;
    auto *attach = new QPushButton(tr("Attach file…"), steps);
    evidenceRow->addWidget(attach);
    auto *override = new QPushButton(tr("Override (supervisor)…"), steps);
    override->setObjectName(QStringLiteral("overrideButton"));
    override->setEnabled(false); // until the state says whether the actor may
    m_override = override;
    evidenceRow->addWidget(override);
    evidenceRow->addStretch(1);
    stepsForm->addRow(tr("Evidence"), evidenceRow);
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"), QString(),
                                                          tr("Scans and documents (*.png *.jpg *.jpeg *.pdf)"));
        if (!path.isEmpty())
            addEvidenceFile(path, verificationMethods().key(VerificationMethod(m_method->currentData().toInt())));
    });
    connect(override, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString why = QInputDialog::getMultiLineText(this, tr("Override verification"),
                                                           tr("Justification (kept in the audit log):"), QString(), &ok);
        if (ok)
            overrideVerification(why);
    });
    layout->addWidget(steps);

    m_checks->setHeaderLabels({tr("When"), tr("Check"), tr("Result"), tr("By")});
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_checks, 1);
    m_evidence->setHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("SHA-256")});
    m_evidence->setRootIsDecorated(false);
    m_evidence->setToolTip(tr("Double-click a file to open it."));
    layout->addWidget(m_evidence, 1);
    connect(m_evidence, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        ++m_busy;
        m_session.write(
            this, [id](const Session &s) { return s.verification().openEvidence(id); },
            [this](const Result<QString> &path) {
                --m_busy;
                if (!path)
                    return report(false, path.error());
                if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path.value())))
                    report(false, tr("No program on this computer opens %1. The file is in %2 until PrivacyDesk closes.")
                                      .arg(QFileInfo(path.value()).fileName(), QDir::toNativeSeparators(path.value())));
                Q_EMIT stepFinished(path.ok());
            });
    });

    m_message->setObjectName(QStringLiteral("verificationMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 720);
    refresh();
}

QString VerificationDialog::statusText() const
{
    return m_status->text();
}

QString VerificationDialog::lastMessage() const
{
    return m_message->text();
}

void VerificationDialog::report(bool ok, const QString &message)
{
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_message->setText(message);
    refresh();
}

void VerificationDialog::refresh()
{
    const qint64 id = m_request.id;
    ++m_busy;
    m_session.read(
        this, [id](const Session &s) { return s.verification().state(id); },
        [this](const Result<VerificationDesk::State> &state) {
            --m_busy;
            if (!state) {
                m_status->setText(state.error());
                return;
            }
            if (state->satisfied) {
                m_status->setText(tr("Verification satisfied for this %1 request.").arg(requestTypes().label(m_request.type)));
            } else {
                QStringList missing;
                for (VerificationMethod method : state->missing)
                    missing << verificationMethods().label(method);
                m_status->setText(tr("Not verified yet. Still needed: %1.").arg(missing.join(tr(", "))));
            }
            m_override->setEnabled(state->mayOverride.ok());
            m_override->setToolTip(state->mayOverride.error());
            m_checks->clear();
            for (const VerificationCheck &c : state->checks)
                new QTreeWidgetItem(m_checks, {DisplayFormat::tableDateTime(c.at), verificationMethods().label(c.method),
                                               c.passed ? tr("passed") : tr("failed"), c.checkedBy});
            m_evidence->clear();
            for (const EvidenceInfo &e : state->evidence) {
                auto *item = new QTreeWidgetItem(m_evidence, {e.fileName, e.mimeType, QLocale().formattedDataSize(e.size),
                                                              e.sha256.left(16)});
                item->setData(0, Qt::UserRole, e.id);
                item->setToolTip(3, e.sha256);
            }
        });
}

void VerificationDialog::step(std::function<Status(const Session &)> job, std::function<QString()> success)
{
    ++m_busy;
    m_session.write(this, std::move(job), [this, success](const Status &s) {
        --m_busy;
        report(s.ok(), s.ok() ? success() : s.error());
        Q_EMIT stepFinished(s.ok());
    });
}

void VerificationDialog::matchIdentifiers(const QString &phone, const QString &email, const QString &idNumber,
                                          const QString &creditCode)
{
    const qint64 id = m_request.id;
    ++m_busy;
    m_session.write(
        this, [=](const Session &s) { return s.verification().matchIdentifiers(id, phone, email, idNumber, creditCode); },
        [this](const Result<IdentifierMatches> &r) {
            --m_busy;
            if (!r)
                report(false, r.error());
            else {
                const QString compared = tr("Phone: %1 · E-mail: %2 · ID number: %3 · Credit code: %4")
                                             .arg(matchText(r->phone), matchText(r->email), matchText(r->idNumber), matchText(r->creditCode));
                // Say what the comparison counts for: an ID document or a licence is a check; a
                // phone number or an e-mail address verifies nobody until a code sent to it is read back.
                const QString counted = r->recordedMethod
                    ? tr("Recorded as a check: %1, %2.")
                          .arg(verificationMethods().label(*r->recordedMethod), r->passed ? tr("passed") : tr("failed"))
                    : tr("Logged in the audit log, but not a check by itself: a matching phone number or e-mail address "
                         "verifies the requester only once a code sent to it is read back (Send new code).");
                report(true, compared + QLatin1Char('\n') + counted);
            }
            Q_EMIT stepFinished(r.ok());
        });
}

void VerificationDialog::recordCheck(VerificationMethod method, bool passed, const QString &note)
{
    const qint64 id = m_request.id;
    step([=](const Session &s) { return s.verification().recordCheck(id, method, passed, note); },
         [method] { return tr("Recorded: %1.").arg(verificationMethods().label(method)); });
}

void VerificationDialog::issueCode(VerificationMethod channel)
{
    const qint64 id = m_request.id;
    ++m_busy;
    m_session.write(
        this, [=](const Session &s) { return s.verification().issueCode(id, channel); },
        [this](const Result<QString> &code) {
            --m_busy;
            if (!code) {
                report(false, code.error());
            } else {
                m_lastCode = code.value();
                report(true, tr("Send this code to the requester: %1 (valid 10 minutes, 3 attempts).").arg(code.value()));
            }
            Q_EMIT stepFinished(code.ok());
        });
}

void VerificationDialog::checkCode(VerificationMethod channel, const QString &typed)
{
    const qint64 id = m_request.id;
    step([=](const Session &s) { return s.verification().checkCode(id, channel, typed); }, [] { return tr("The code is right."); });
}

bool VerificationDialog::addEvidenceFile(const QString &path, const QString &kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(false, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const qint64 id = m_request.id;
    const QString name = QFileInfo(path).fileName();
    const QByteArray content = file.readAll();
    step([=](const Session &s) { return Status::from(s.verification().addEvidence(id, kind, name, content)); },
         [name] { return tr("Attached %1.").arg(name); });
    return true;
}

void VerificationDialog::overrideVerification(const QString &justification)
{
    const qint64 id = m_request.id;
    step([=](const Session &s) { return s.verification().overrideVerification(id, justification); },
         [] { return tr("Verification overridden; the justification is in the audit log."); });
}
} // namespace pd
