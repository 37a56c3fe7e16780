#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTemporaryDir>

namespace pd {

// Where letters and evidence go when they are opened outside the app: a folder only this user can
// enter (mode 0700, a random name under the temporary location), each file readable only by them
// (0600) and named at random, never a predictable path that another user or another database's
// file could take. The folder and everything in it is removed when the session ends.
class PrivateFiles final
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
    Q_DISABLE_COPY_MOVE(PrivateFiles)

public:
    PrivateFiles();

    QString folder() const { return m_dir.path(); }
    // Writes the bytes to a new file whose name ends with `suffix` (e.g. ".pdf"); returns its path.
    Result<QString> write(const QString &stem, const QString &suffix, const QByteArray &bytes);

private:
    QTemporaryDir m_dir;
};

} // namespace pd
