#pragma once

#include "../domain/enums.h"

#include <QCoreApplication>

namespace pd {

// What each role may do beyond the request workflow (whose transitions carry their own roles in
// RequestWorkflow's table). The why-not texts are for tooltips and refusals: they say who may.
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    // Add staff accounts, change roles, deactivate accounts, reset passwords.
    static bool mayManageStaff(Role role);
    // Change which verification methods each request type needs.
    static bool mayEditVerificationPolicy(Role role);

    // Change the settings that hold for the whole team (the verification reminders).
    static bool mayChangeTeamSettings(Role role);

    // Fill the database with made-up requests and the demo accounts.
    static bool mayLoadDemoData(Role role);

    // Empty when the role may; otherwise a translated sentence saying who may.
    static QString whyNotManageStaff(Role role);
    static QString whyNotEditVerificationPolicy(Role role);
    static QString whyNotLoadDemoData(Role role);
    static QString whyNotChangeTeamSettings(Role role);
};

} // namespace pd
