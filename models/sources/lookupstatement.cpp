#include "lookupstatement.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pd {

PersonIdentifiers PersonIdentifiers::of(const Person &person)
{
    PersonIdentifiers ids;
    ids.phone = person.phone;
    // +8613800138000 -> 13800138000: many systems keep mainland numbers without the country code.
    if (person.phone.startsWith(QLatin1String("+86")))
        ids.phoneNational = person.phone.mid(3);
    else if (person.phone.startsWith(QLatin1Char('+')))
        ids.phoneNational = person.phone.mid(1);
    ids.email = person.email.toLower();
    ids.account = person.account;
    ids.idNumber = person.idNumber.toUpper();
    ids.creditCode = person.creditCode.toUpper();
    return ids;
}

QVariant PersonIdentifiers::value(const QString &parameter) const
{
    const QString name = parameter.startsWith(QLatin1Char(':')) ? parameter.mid(1) : parameter;
    const QString *v = name == QLatin1String("phone")            ? &phone
                       : name == QLatin1String("phone_national") ? &phoneNational
                       : name == QLatin1String("email")          ? &email
                       : name == QLatin1String("account")        ? &account
                       : name == QLatin1String("id_number")      ? &idNumber
                       : name == QLatin1String("credit_code")    ? &creditCode
                                                                 : nullptr;
    if (!v || v->isEmpty())
        return QVariant(QMetaType(QMetaType::QString)); // NULL: compares equal to nothing
    return *v;
}

const QStringList &LookupStatement::parameterNames()
{
    static const QStringList names{QStringLiteral("phone"),   QStringLiteral("phone_national"), QStringLiteral("email"),
                                   QStringLiteral("account"), QStringLiteral("id_number"),      QStringLiteral("credit_code")};
    return names;
}

namespace {

// The statement's code with comments, string literals, quoted names and dollar-quoted bodies
// blanked out (each replaced by one space), or an error message when one of them is not closed.
QString blankOutLiterals(const QString &sql, QString *error)
{
    QString code;
    code.reserve(sql.size());
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            code += QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            int depth = 0; // PostgreSQL nests block comments
            do {
                if (sql.mid(i, 2) == QLatin1String("/*")) {
                    ++depth;
                    i += 2;
                } else if (sql.mid(i, 2) == QLatin1String("*/")) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (depth > 0 && i < n);
            if (depth > 0) {
                *error = LookupStatement::tr("A comment (/* … */) is not closed.");
                return {};
            }
            code += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const QChar quote = c;
            ++i;
            bool closed = false;
            while (i < n) {
                if (sql.at(i) == quote) {
                    if (i + 1 < n && sql.at(i + 1) == quote) { // a doubled quote stays inside
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                ++i;
            }
            if (!closed) {
                *error = quote == QLatin1Char('\'') ? LookupStatement::tr("A text in quotes ('…') is not closed.")
                                                    : LookupStatement::tr("A quoted name (\"…\") is not closed.");
                return {};
            }
            code += QLatin1Char(' ');
        } else if (c == QLatin1Char('$') && (next.isLetter() || next == QLatin1Char('_') || next == QLatin1Char('$'))) {
            // A PostgreSQL dollar-quoted text: $tag$ … $tag$ ($1 is a positional parameter instead).
            const qsizetype close = sql.indexOf(QLatin1Char('$'), i + 1);
            const QString tag = close < 0 ? QString() : sql.mid(i, close - i + 1);
            static const QRegularExpression tagShape(QStringLiteral("^\\$[A-Za-z_][A-Za-z0-9_]*\\$$|^\\$\\$$"));
            if (tag.isEmpty() || !tagShape.match(tag).hasMatch()) {
                code += c;
                ++i;
                continue;
            }
            const qsizetype end = sql.indexOf(tag, close + 1);
            if (end < 0) {
                *error = LookupStatement::tr("A dollar-quoted text (%1 … %1) is not closed.").arg(tag);
                return {};
            }
            i = end + tag.size();
            code += QLatin1Char(' ');
        } else {
            code += c;
            ++i;
        }
    }
    return code;
}

} // namespace

Result<LookupStatement> LookupStatement::check(const QString &sql)
{
    return checkText(sql, QString());
}

const QStringList &LookupStatement::actionNames()
{
    static const QStringList names{QStringLiteral("delete"), QStringLiteral("anonymise"), QStringLiteral("restrict"),
                                   QStringLiteral("cancel"), QStringLiteral("correct")};
    return names;
}

const QStringList &LookupStatement::actionParameterNames()
{
    static const QStringList names{QStringLiteral("hold_cutoff"), QStringLiteral("pseudonym"), QStringLiteral("value")};
    return names;
}

Result<LookupStatement> LookupStatement::checkAction(const QString &sql, const QString &action)
{
    if (!actionNames().contains(action))
        return Result<LookupStatement>::failure(ErrorKind::Invalid, tr("\"%1\" is not an action a source can carry out (%2).")
                                                                        .arg(action, actionNames().join(QStringLiteral(", "))));
    return checkText(sql, action);
}

Result<LookupStatement> LookupStatement::checkText(const QString &sql, const QString &action)
{
    const bool write = !action.isEmpty();
    using R = Result<LookupStatement>;
    const auto invalid = [](const QString &message) { return R::failure(ErrorKind::Invalid, message); };
    QString error;
    QString code = blankOutLiterals(sql, &error);
    if (!error.isEmpty())
        return invalid(error);
    code = code.trimmed();
    QString text = sql.trimmed();
    if (code.endsWith(QLatin1Char(';'))) {
        code.chop(1);
        code = code.trimmed();
        text = text.left(text.lastIndexOf(QLatin1Char(';'))).trimmed();
    }
    if (code.isEmpty())
        return invalid(write ? tr("The statement is empty: write one UPDATE or DELETE statement.")
                             : tr("The look-up is empty: write one SELECT statement."));
    if (code.contains(QLatin1Char(';')))
        return invalid(write ? tr("The statement holds more than one statement: write exactly one UPDATE or DELETE.")
                             : tr("The look-up holds more than one statement: write exactly one SELECT."));

    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_$]*"));
    QStringList words;
    for (auto it = word.globalMatch(code); it.hasNext();)
        words << it.next().captured(0).toUpper();
    QString start = code;
    while (start.startsWith(QLatin1Char('(')))
        start = start.mid(1).trimmed();
    const auto firstWord = word.match(start);
    const QString first = firstWord.captured(0).toUpper();
    const QString begins = sql.trimmed().section(QLatin1Char(' '), 0, 0);
    if (write) {
        // delete removes rows; the others change them in place.
        const QString verb = action == QLatin1String("delete") ? QStringLiteral("DELETE") : QStringLiteral("UPDATE");
        if (!firstWord.hasMatch() || firstWord.capturedStart() != 0 || first != verb)
            return invalid(tr("The \"%1\" statement must be one %2 statement (it begins with \"%3\").").arg(action, verb, begins));
        if (words.count(verb) != 1)
            return invalid(tr("The \"%1\" statement may hold only one %2.").arg(action, verb));
    } else if (!firstWord.hasMatch() || firstWord.capturedStart() != 0
               || (first != QLatin1String("SELECT") && first != QLatin1String("WITH"))) {
        return invalid(tr("A look-up must be a SELECT statement (it begins with \"%1\").").arg(begins));
    }

    // What would write, lock, change the session or reach outside the database.
    static const QSet<QString> forbidden{
        QStringLiteral("INSERT"),   QStringLiteral("UPDATE"),  QStringLiteral("DELETE"),   QStringLiteral("MERGE"),
        QStringLiteral("UPSERT"),   QStringLiteral("CREATE"),  QStringLiteral("DROP"),     QStringLiteral("ALTER"),
        QStringLiteral("TRUNCATE"), QStringLiteral("GRANT"),   QStringLiteral("REVOKE"),   QStringLiteral("ATTACH"),
        QStringLiteral("DETACH"),   QStringLiteral("PRAGMA"),  QStringLiteral("VACUUM"),   QStringLiteral("REINDEX"),
        QStringLiteral("COPY"),     QStringLiteral("CALL"),    QStringLiteral("EXECUTE"),  QStringLiteral("LOCK"),
        QStringLiteral("INTO"),     QStringLiteral("SET"),     QStringLiteral("RESET"),    QStringLiteral("NOTIFY"),
        QStringLiteral("LISTEN"),   QStringLiteral("SHARE"),   QStringLiteral("COMMIT"),   QStringLiteral("ROLLBACK"),
        QStringLiteral("BEGIN"),    QStringLiteral("SAVEPOINT"), QStringLiteral("DBLINK"), QStringLiteral("SET_CONFIG"),
        QStringLiteral("LOAD_EXTENSION"), QStringLiteral("READFILE"), QStringLiteral("WRITEFILE"), QStringLiteral("EDIT"),
        QStringLiteral("FTS3_TOKENIZER")};
    // A write statement's own verb (and an UPDATE's SET) are what it is for; nothing else that writes.
    const QString ownVerb = !write ? QString() : action == QLatin1String("delete") ? QStringLiteral("DELETE") : QStringLiteral("UPDATE");
    for (const QString &w : std::as_const(words)) {
        if (write && (w == ownVerb || (ownVerb == QLatin1String("UPDATE") && w == QLatin1String("SET"))))
            continue;
        if (forbidden.contains(w))
            return invalid(write ? tr("The \"%1\" statement may change only what it is for: \"%2\" is not allowed in it.").arg(action, w)
                                 : tr("A look-up may only read: \"%1\" is not allowed in it.").arg(w));
        // Server functions that read files, signal other sessions or take locks.
        if (w.startsWith(QLatin1String("PG_")) || w.startsWith(QLatin1String("LO_")))
            return invalid(tr("A look-up may not call the server's own functions (\"%1\").").arg(w.toLower()));
    }
    if (write && ownVerb == QLatin1String("UPDATE") && !words.contains(QLatin1String("SET")))
        return invalid(tr("The \"%1\" statement must SET what it changes.").arg(action));
    if (write && !words.contains(QLatin1String("WHERE")))
        return invalid(tr("The \"%1\" statement has no WHERE: it would change everyone's records.").arg(action));
    if (code.contains(QLatin1Char('?')) || QRegularExpression(QStringLiteral("\\$[0-9]")).match(code).hasMatch())
        return invalid(tr("Bind the person's identifiers by name (%1), not with ? or $1.")
                           .arg(QStringLiteral(":") + parameterNames().join(QStringLiteral(", :"))));

    LookupStatement out;
    out.m_text = text;
    static const QRegularExpression parameter(QStringLiteral("(?<![:A-Za-z0-9_]):([A-Za-z_][A-Za-z0-9_]*)"));
    for (auto it = parameter.globalMatch(code); it.hasNext();) {
        const QString name = it.next().captured(1);
        const bool extra = write && actionParameterNames().contains(name)
            && (name != QLatin1String("value") || action == QLatin1String("correct"));
        if (extra) {
            if (!out.m_parameters.contains(name))
                out.m_parameters << name;
            continue;
        }
        if (!parameterNames().contains(name))
            return invalid(tr("The look-up binds \":%1\", which is not one of the person's identifiers (%2).")
                               .arg(name, QStringLiteral(":") + parameterNames().join(QStringLiteral(", :"))));
        if (!out.m_parameters.contains(name))
            out.m_parameters << name;
    }
    if (action == QLatin1String("correct") && !out.m_parameters.contains(QLatin1String("value")))
        return invalid(tr("The correction statement must bind the corrected value as :value."));
    const bool bindsIdentifier = std::any_of(out.m_parameters.cbegin(), out.m_parameters.cend(),
                                             [](const QString &p) { return parameterNames().contains(p); });
    if (!bindsIdentifier && write)
        return invalid(tr("The \"%1\" statement binds none of the person's identifiers (%2), so it would change everyone's records.")
                           .arg(action, QStringLiteral(":") + parameterNames().join(QStringLiteral(", :"))));
    if (!bindsIdentifier)
        return invalid(tr("The look-up binds none of the person's identifiers (%1), so it would return everyone's records.")
                           .arg(QStringLiteral(":") + parameterNames().join(QStringLiteral(", :"))));
    return out;
}

} // namespace pd
