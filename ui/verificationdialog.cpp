#include "verificationdialog.h"

#include "common/displayformat.h"
#include "workflow/verificationservice.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
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
#include <QStandardPaths>
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

VerificationDialog::VerificationDialog(const Database &db, const Request &request, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_request(request), m_actor(actor), m_status(new QLabel(this)), m_message(new QLabel(this)),
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
    override->setEnabled(actor.role == Role::Supervisor);
    override->setToolTip(actor.role == Role::Supervisor ? QString() : tr("Only a supervisor may override a verification."));
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
        const auto content = VerificationService(m_db).openEvidence(item->data(0, Qt::UserRole).toLongLong(), m_actor);
        if (!content)
            return report(false, content.error());
        QFile file(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(item->text(0)));
        if (file.open(QIODevice::WriteOnly) && file.write(content.value()) == content->size()) {
            file.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
        }
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
    const VerificationService service(m_db);
    const auto satisfied = service.isSatisfied(m_request.id);
    if (satisfied && satisfied.value()) {
        m_status->setText(tr("Verification satisfied for this %1 request.").arg(requestTypes().label(m_request.type)));
    } else {
        QStringList missing;
        if (const auto m = service.missing(m_request.id))
            for (VerificationMethod method : m.value())
                missing << verificationMethods().label(method);
        m_status->setText(tr("Not verified yet. Still needed: %1.").arg(missing.join(tr(", "))));
    }
    m_checks->clear();
    if (const auto checks = service.checks(m_request.id)) {
        for (const VerificationCheck &c : checks.value())
            new QTreeWidgetItem(m_checks, {DisplayFormat::tableDateTime(c.at), verificationMethods().label(c.method),
                                           c.passed ? tr("passed") : tr("failed"), c.checkedBy});
    }
    m_evidence->clear();
    if (const auto files = service.evidence(m_request.id)) {
        for (const EvidenceInfo &e : files.value()) {
            auto *item = new QTreeWidgetItem(m_evidence, {e.fileName, e.mimeType, QLocale().formattedDataSize(e.size), e.sha256.left(16)});
            item->setData(0, Qt::UserRole, e.id);
            item->setToolTip(3, e.sha256);
        }
    }
}

bool VerificationDialog::matchIdentifiers(const QString &phone, const QString &email, const QString &idNumber,
                                          const QString &creditCode)
{
    const auto r = VerificationService(m_db).matchIdentifiers(m_request.id, phone, email, idNumber, creditCode, m_actor);
    if (!r) {
        report(false, r.error());
        return false;
    }
    report(true, tr("Phone: %1 · E-mail: %2 · ID number: %3 · Credit code: %4")
                     .arg(matchText(r->phone), matchText(r->email), matchText(r->idNumber), matchText(r->creditCode)));
    return true;
}

bool VerificationDialog::recordCheck(VerificationMethod method, bool passed, const QString &note)
{
    const auto s = VerificationService(m_db).recordCheck(m_request.id, method, passed, note, m_actor);
    report(s.ok(), s.ok() ? tr("Recorded: %1.").arg(verificationMethods().label(method)) : s.error());
    return s.ok();
}

QString VerificationDialog::issueCode(VerificationMethod channel)
{
    const auto code = VerificationService(m_db).issueCode(m_request.id, channel, m_actor);
    if (!code) {
        report(false, code.error());
        return {};
    }
    report(true, tr("Send this code to the requester: %1 (valid 10 minutes, 3 attempts).").arg(code.value()));
    return code.value();
}

bool VerificationDialog::checkCode(VerificationMethod channel, const QString &typed)
{
    const auto s = VerificationService(m_db).checkCode(m_request.id, channel, typed, m_actor);
    report(s.ok(), s.ok() ? tr("The code is right.") : s.error());
    return s.ok();
}

bool VerificationDialog::addEvidenceFile(const QString &path, const QString &kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(false, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const auto id = VerificationService(m_db).addEvidence(m_request.id, kind, QFileInfo(path).fileName(), file.readAll(), m_actor);
    report(id.ok(), id.ok() ? tr("Attached %1.").arg(QFileInfo(path).fileName()) : id.error());
    return id.ok();
}

bool VerificationDialog::overrideVerification(const QString &justification)
{
    const auto s = VerificationService(m_db).overrideVerification(m_request.id, justification, m_actor);
    report(s.ok(), s.ok() ? tr("Verification overridden; the justification is in the audit log.") : s.error());
    return s.ok();
}

} // namespace pd
