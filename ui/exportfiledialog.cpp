#include "exportfiledialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace pd {

QString ExportFileDialog::askPath(QWidget *parent, const QString &title, const QString &stem)
{
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, title,
                                                QDir(folder).filePath(stem + QDate::currentDate().toString(QStringLiteral("-yyyyMMdd"))),
                                                csv + QStringLiteral(";;") + xlsx, &selected);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += selected == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    return path;
}

} // namespace pd
