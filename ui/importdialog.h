#pragma once

#include "exchange/requestimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class Session;

// Requests from a CSV file: the encoding detected (or chosen), each column mapped to a field
// (recognised by its header, changeable), a preview with every row's check, then all rows
// registered in one transaction, or none while any row is wrong.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // Rows shown in the preview besides the wrong ones (all of which are shown).
    static constexpr int kPreviewRows = 200;

    explicit ImportDialog(Session &session, QWidget *parent = nullptr);

    // Reads the file and checks every row (on the session's worker); checked() follows.
    void loadFile(const QString &path);
    // Opens the file chooser once the dialog is on screen.
    void chooseFileLater();
    // nullopt: detect.
    void setEncoding(std::optional<Csv::Encoding> encoding);
    // The field column `column` of the file gives (nullopt: ignored); the rows are checked again.
    void setMapping(int column, std::optional<RequestImport::Field> field);
    QList<RequestImport::Row> rows() const { return m_rows; }
    int wrongRows() const;
    bool canImport() const;
    QString summaryText() const;
    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *previewTable() const { return m_preview; }
    // Imports (when canImport()); imported() or an error message follows.
    void importNow();

Q_SIGNALS:
    void checked();
    void imported(const QList<pd::Request> &requests);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void reread();
    void check();
    void fillMapping();
    void fillPreview();
    void retranslate();
    void showError(const QString &message);

    Session &m_session;
    QString m_path;
    QByteArray m_bytes;
    std::optional<Csv::Encoding> m_encoding;
    RequestImport::File m_file;
    QList<RequestImport::Row> m_rows;
    bool m_busy = false;
    QString m_error;
    QLabel *m_fileLabel;
    QPushButton *m_choose;
    QLabel *m_encodingLabel;
    QComboBox *m_encodingBox;
    QLabel *m_mappingTitle;
    QTableWidget *m_mapping;
    QLabel *m_previewTitle;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};

} // namespace pd
