#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace pd {

PrivateFiles::PrivateFiles()
    : m_dir(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("privacydesk-XXXXXX")))
{
    if (m_dir.isValid())
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

Result<QString> PrivateFiles::write(const QString &stem, const QString &suffix, const QByteArray &bytes)
{
    if (!m_dir.isValid())
        return Result<QString>::failure(ErrorKind::Internal, tr("Cannot create a private folder for opened files: %1")
                                                                 .arg(m_dir.errorString()));
    // Only letters, digits and - _ from the stem: it comes from a stored file name.
    QString safe = stem;
    safe.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    QTemporaryFile file(QDir(m_dir.path()).filePath(safe.left(40) + QStringLiteral("-XXXXXX") + suffix));
    file.setAutoRemove(false); // removed with the folder
    if (!file.open() || file.write(bytes) != bytes.size()) {
        return Result<QString>::failure(ErrorKind::Internal,
                                        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.fileName();
}

} // namespace pd
