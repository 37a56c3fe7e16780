#pragma once

#include <QSet>
#include <QString>

namespace pd {

// Audit actions that record a look or a session event, not a change to any data: nothing shown
// elsewhere needs reloading for them, and they are not "the last change" of a request.
inline const QSet<QString> &auditLookActions()
{
    static const QSet<QString> looks{QStringLiteral("login"),           QStringLiteral("login_failed"),
                                     QStringLiteral("logout"),          QStringLiteral("letter_opened"),
                                     QStringLiteral("letter_saved"),    QStringLiteral("letter_printed"),
                                     QStringLiteral("evidence_opened"), QStringLiteral("person_viewed"),
                                     QStringLiteral("personal_data_revealed"), QStringLiteral("session_locked"),
                                     QStringLiteral("password_change_failed"), QStringLiteral("person_data_viewed"),
                                     QStringLiteral("person_data_revealed"), QStringLiteral("source_tested")};
    return looks;
}

} // namespace pd
