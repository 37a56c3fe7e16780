#include "permissions.h"

namespace pd {

bool Permissions::mayManageStaff(Role role)
{
    return role == Role::Administrator;
}

bool Permissions::mayEditVerificationPolicy(Role role)
{
    return role == Role::Administrator;
}

QString Permissions::whyNotManageStaff(Role role)
{
    if (mayManageStaff(role))
        return {};
    return tr("Only an administrator can manage staff accounts (your role: %1).").arg(roles().label(role));
}

bool Permissions::mayChangeTeamSettings(Role role)
{
    return role == Role::Administrator;
}

QString Permissions::whyNotChangeTeamSettings(Role role)
{
    if (mayChangeTeamSettings(role))
        return {};
    return tr("Only an administrator can change the team's settings (your role: %1).").arg(roles().label(role));
}

QString Permissions::whyNotEditVerificationPolicy(Role role)
{
    if (mayEditVerificationPolicy(role))
        return {};
    return tr("Only an administrator can change the verification policy (your role: %1).").arg(roles().label(role));
}

bool Permissions::mayLoadDemoData(Role role)
{
    return role == Role::Administrator;
}

QString Permissions::whyNotLoadDemoData(Role role)
{
    if (mayLoadDemoData(role))
        return {};
    return tr("Only an administrator can load demo data (your role: %1).").arg(roles().label(role));
}

bool Permissions::mayManageSources(Role role)
{
    return role == Role::Administrator;
}

QString Permissions::whyNotManageSources(Role role)
{
    if (mayManageSources(role))
        return {};
    return tr("Only an administrator can manage the data sources and the data inventory (your role: %1).").arg(roles().label(role));
}

bool Permissions::mayViewHoldings(Role role)
{
    return role != Role::Administrator;
}

QString Permissions::whyNotViewHoldings(Role role)
{
    if (mayViewHoldings(role))
        return {};
    return tr("Administrators manage the data sources and test their look-ups; agents and supervisors see what is held about a "
              "person.");
}

} // namespace pd
