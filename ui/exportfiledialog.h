#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace pd {

// Asks where a table export goes: CSV or Excel, in the Documents folder, named `stem-YYYYMMDD`;
// the extension of the chosen filter is added when the name has none. Empty when cancelled.
class ExportFileDialog final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFileDialog)

public:
    static QString askPath(QWidget *parent, const QString &title, const QString &stem);
};

} // namespace pd
