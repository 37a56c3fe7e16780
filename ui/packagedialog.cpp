#include "packagedialog.h"

#include "common/displayformat.h"
#include "noticestyle.h"
#include "session/packagedesk.h"
#include "session/requestdesk.h"
#include "session/session.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

PackageDialog::PackageDialog(Session &session, const RequestView &view, QWidget *parent)
    : QDialog(parent), m_session(session), m_view(view), m_path(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_encrypt(new QCheckBox(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_passwordNote(new QLabel(this)), m_password(new QLineEdit(this)), m_copy(new QPushButton(this)),
      m_packages(new QTreeWidget(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_create(m_buttons->addButton(tr("Create package"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("packageDialog"));
    setWindowTitle(tr("Data package · %1").arg(view.request.reference));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Everything the registered sources hold about %1, as one ZIP file for delivery: a JSON and a CSV "
                                "file per category, the disclosures and consents, a PDF summary in the requester's language "
                                "and a page that opens in any browser%2.")
                                 .arg(view.person.name.isEmpty() ? view.request.personName : view.person.name,
                                      view.request.type == RequestType::Portability
                                          ? tr(", and portability.json for another processor to load") : QString()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QGridLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("packagePath"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(tr("%1 data package.zip").arg(view.request.reference)));
    m_browse->setText(tr("&Browse…"));
    connect(m_browse, &QPushButton::clicked, this, &PackageDialog::browse);
    form->addWidget(pathLabel, 0, 0);
    form->addWidget(m_path, 0, 1);
    form->addWidget(m_browse, 0, 2);
    m_encrypt->setObjectName(QStringLiteral("packageEncrypt"));
    m_encrypt->setText(tr("&Protect with a password (AES-256)"));
    m_encrypt->setChecked(true);
    form->addWidget(m_encrypt, 1, 1, 1, 2);
    form->setColumnStretch(1, 1);
    layout->addLayout(form);

    m_progress->setObjectName(QStringLiteral("packageProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status->setObjectName(QStringLiteral("packageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    m_passwordNote->setWordWrap(true);
    m_passwordNote->setText(tr("The package's password, shown only now. Send it to the requester by another channel (a phone "
                               "call or a text message), never with the file."));
    styleAsNotice(m_passwordNote);
    m_passwordNote->hide();
    layout->addWidget(m_passwordNote);
    auto *passwordRow = new QHBoxLayout;
    m_password->setObjectName(QStringLiteral("packagePassword"));
    m_password->setReadOnly(true);
    QFont mono = m_password->font();
    mono.setFamily(QStringLiteral("monospace"));
    m_password->setFont(mono);
    m_password->hide();
    m_copy->setText(tr("C&opy"));
    m_copy->hide();
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_copy);
    layout->addLayout(passwordRow);

    auto *listTitle = new QLabel(tr("Packages delivered for this request"), this);
    layout->addWidget(listTitle);
    m_packages->setObjectName(QStringLiteral("packageList"));
    m_packages->setRootIsDecorated(false);
    m_packages->setHeaderLabels({tr("Created"), tr("By"), tr("Items"), tr("Password"), tr("Complete"), tr("SHA-256")});
    m_packages->header()->setStretchLastSection(true);
    layout->addWidget(m_packages, 1);
    listPackages();

    m_create->setObjectName(QStringLiteral("createPackage"));
    m_create->setDefault(true);
    if (!view.mayExportPackage) {
        m_create->setEnabled(false);
        m_create->setToolTip(view.mayExportPackage.error());
        m_status->setText(view.mayExportPackage.error());
        m_status->show();
    }
    connect(m_create, &QPushButton::clicked, this, &PackageDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PackageDialog::reject);
    layout->addWidget(m_buttons);
    resize(720, 480);
}

PackageDialog::~PackageDialog()
{
    if (m_running)
        m_running->store(true);
}

QString PackageDialog::password() const
{
    return m_password->isVisibleTo(this) ? m_password->text() : QString();
}

QString PackageDialog::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void PackageDialog::reject()
{
    if (m_running) {
        // The first Cancel stops the package (no file is left); the dialog stays to say so.
        m_running->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void PackageDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the data package"), m_path->text(), tr("ZIP archive (*.zip)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".zip"));
}

void PackageDialog::listPackages()
{
    m_packages->clear();
    for (const PackageRecord &p : std::as_const(m_view.packages)) {
        auto *item = new QTreeWidgetItem(m_packages, {DisplayFormat::tableDateTime(p.createdAt), p.createdBy, QString::number(p.items),
                                                      p.encrypted ? tr("Yes") : tr("No"),
                                                      p.failed.isEmpty() ? tr("Yes") : tr("No: %1").arg(p.failed.join(QLatin1String(", "))),
                                                      p.sha256});
        item->setToolTip(5, p.sha256);
    }
    for (int c = 0; c < m_packages->columnCount() - 1; ++c)
        m_packages->resizeColumnToContents(c);
}

void PackageDialog::setRunning(bool running)
{
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_encrypt->setEnabled(!running);
    m_create->setEnabled(!running && m_view.mayExportPackage.ok());
    m_progress->setVisible(running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void PackageDialog::start()
{
    const QString path = QDir::cleanPath(m_path->text().trimmed());
    if (path.isEmpty() || QFileInfo(path).fileName().isEmpty()) {
        m_status->setText(tr("Choose the file to write the package to."));
        m_status->show();
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(path)) {
        m_status->setText(tr("%1 already exists; choose another name so that no delivered package is overwritten.")
                              .arg(QDir::toNativeSeparators(path)));
        m_status->show();
        m_path->setFocus();
        return;
    }
    const QString password = m_encrypt->isChecked() ? PackageDesk::newPassword() : QString();
    m_password->clear();
    m_password->hide();
    m_copy->hide();
    m_passwordNote->hide();
    m_status->setText(tr("Reading what the sources hold…"));
    m_status->show();
    m_progress->setRange(0, 0);
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_running = flag;
    setRunning(true);
    const qint64 id = m_view.request.id;
    m_session.runLong(
        this,
        [id, path, password, flag](const Session &s, const LongJobControl &control) {
            return s.packages().exportPackage(
                id, path, password, [flag, &control] { return flag->load() || control.cancelled(); },
                [&control](int done, int total) { control.report(done, total); });
        },
        [this, flag](qint64 done, qint64 total) {
            if (m_running != flag)
                return;
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(done));
        },
        [this, flag, path, password](const Result<PackageWritten> &written) {
            const bool cancelled = flag->load();
            if (m_running == flag)
                m_running.reset();
            finish(written, path, password, cancelled);
        });
}

void PackageDialog::finish(const Result<PackageWritten> &written, const QString &path, const QString &password, bool cancelled)
{
    setRunning(false);
    if (!written) {
        m_status->setText(cancelled ? tr("The package was cancelled; no file was written.") : written.error());
        return;
    }
    const QString text = tr("Written to %1: %n item(s), SHA-256 %2.", nullptr, int(written->items))
                             .arg(QDir::toNativeSeparators(path), written->sha256);
    m_status->setText(text);
    // The record says whether every source was read: a package with gaps does not fulfil the request.
    const auto refreshed = [this, text](const Result<RequestView> &view) {
        if (!view) {
            Q_EMIT packageCreated(m_view.request.id); // recorded all the same; the list shows it next time
            return;
        }
        m_view = view.value();
        listPackages();
        if (!m_view.packages.isEmpty() && !m_view.packages.constLast().failed.isEmpty())
            m_status->setText(text + QLatin1Char(' ')
                              + tr("These could not be read: %1. This package does not fulfil the request; correct the source "
                                   "or try again when it is reachable.")
                                    .arg(m_view.packages.constLast().failed.join(QLatin1String(", "))));
        Q_EMIT packageCreated(m_view.request.id);
    };
    m_session.read(this, [id = m_view.request.id](const Session &s) { return s.requests().view(id, RequestDesk::Purpose::Refresh); },
                   refreshed);
    if (!password.isEmpty()) {
        m_password->setText(password);
        m_password->show();
        m_copy->show();
        m_passwordNote->show();
    }
}

} // namespace pd
