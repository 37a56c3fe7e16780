#pragma once

#include <QDialog>
#include <QJsonObject>

class QLineEdit;
class QListWidget;
class QTableWidget;

namespace pd {

// Edits one category of the data inventory as the administrator sees it in Settings ▸ Data
// inventory: its names and legal basis in both languages, the purposes and recipients it serves
// (chosen from the inventory's own lists), and its fields (key, both labels, whether it is a
// secret shown only as set). It edits the category's JSON; the inventory page checks the whole
// inventory when it is saved (Inventory::fromJson names what is wrong).
class InventoryCategoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryCategoryDialog)

public:
    enum FieldColumn { FieldKey, FieldZh, FieldEn, FieldSecret, FieldColumnCount };

    // `document`: the whole inventory (for the purposes and recipients to choose from).
    InventoryCategoryDialog(const QJsonObject &category, const QJsonObject &document, bool editable, QWidget *parent = nullptr);

    // The category as edited.
    QJsonObject category() const;
    QTableWidget *fields() const { return m_fields; }

private:
    void addField();
    void removeField();

    QJsonObject m_category;
    QLineEdit *m_nameZh, *m_nameEn, *m_basisZh, *m_basisEn;
    QListWidget *m_purposes, *m_recipients;
    QTableWidget *m_fields;
};

} // namespace pd
