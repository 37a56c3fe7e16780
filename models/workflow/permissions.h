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

    // Register the systems that hold people's data and their look-ups; edit the data inventory.
    static bool mayManageSources(Role role);
    // See everything held about a person (the person view, packages): agents for the people whose
    // requests they see, supervisors for everyone. Administrators test look-ups instead.
    static bool mayViewHoldings(Role role);

    // Empty when the role may; otherwise a translated sentence saying who may.
    static QString whyNotManageStaff(Role role);
    static QString whyNotEditVerificationPolicy(Role role);
    static QString whyNotLoadDemoData(Role role);
    static QString whyNotChangeTeamSettings(Role role);
    static QString whyNotManageSources(Role role);
    static QString whyNotViewHoldings(Role role);
};

} // namespace pd
