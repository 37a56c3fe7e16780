#pragma once

#include "staffaccountdialog.h"

namespace pd {

// Shown when the database has no administrator who can sign in (a new database): creates the
// first administrator's account with the staff-account form (no role to choose, nobody signed
// in). Bad input keeps the dialog open with the message and the username and display name kept.
class FirstAdministratorDialog final : public StaffAccountDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdministratorDialog)

public:
    explicit FirstAdministratorDialog(Gateway &gateway, QWidget *parent = nullptr)
        : StaffAccountDialog(nullptr, &gateway, parent)
    {
    }
};

} // namespace pd
