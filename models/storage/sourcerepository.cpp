#include "sourcerepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

template<typename T>
Result<T> failed(const QSqlQuery &q, const QString &what)
{
    return Result<T>::failure(Database::classify(q.lastError()), QCoreApplication::translate("SourceRepository", "%1: %2")
                                                                     .arg(what, Database::describe(q.lastError())));
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

} // namespace

Result<QList<DataSource>> SourceRepository::list() const
{
    using R = Result<QList<DataSource>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, url, demo, updated_by, updated_at FROM data_sources ORDER BY name")))
        return failed<QList<DataSource>>(q, tr("Cannot read the data sources"));
    QList<DataSource> out;
    while (q.next()) {
        DataSource s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.url = q.value(2).toString();
        s.demo = q.value(3).toInt() != 0;
        s.updatedBy = q.value(4).toString();
        s.updatedAt = storage::instantFromText(q.value(5).toString());
        out << s;
    }
    if (!q.exec(QStringLiteral("SELECT source_id, category, statement FROM source_lookups")))
        return failed<QList<DataSource>>(q, tr("Cannot read the data sources' look-ups"));
    while (q.next())
        for (DataSource &s : out)
            if (s.id == q.value(0).toLongLong())
                s.lookups.insert(q.value(1).toString(), q.value(2).toString());
    if (!q.exec(QStringLiteral("SELECT source_id, category, action, statement FROM source_actions")))
        return failed<QList<DataSource>>(q, tr("Cannot read the data sources' statements"));
    while (q.next())
        for (DataSource &s : out)
            if (s.id == q.value(0).toLongLong())
                s.actions.insert(q.value(1).toString() + QLatin1Char('/') + q.value(2).toString(), q.value(3).toString());
    return R(std::move(out));
}

Result<std::optional<DataSource>> SourceRepository::get(qint64 id) const
{
    const auto all = list();
    if (!all)
        return all.fault();
    for (const DataSource &s : all.value())
        if (s.id == id)
            return std::optional<DataSource>(s);
    return std::optional<DataSource>();
}

Status SourceRepository::writeLookups(qint64 sourceId, const QMap<QString, QString> &lookups,
                                      const QMap<QString, QString> &actions) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM source_lookups WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec())
        return Status::from(failed<bool>(q, tr("Cannot save the look-ups")));
    q.prepare(QStringLiteral("INSERT INTO source_lookups (source_id, category, statement) VALUES (?, ?, ?)"));
    for (auto it = lookups.cbegin(); it != lookups.cend(); ++it) {
        q.addBindValue(sourceId);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return Status::from(failed<bool>(q, tr("Cannot save the look-ups")));
    }
    q.prepare(QStringLiteral("DELETE FROM source_actions WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec())
        return Status::from(failed<bool>(q, tr("Cannot save the statements")));
    q.prepare(QStringLiteral("INSERT INTO source_actions (source_id, category, action, statement) VALUES (?, ?, ?, ?)"));
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        q.addBindValue(sourceId);
        q.addBindValue(it.key().section(QLatin1Char('/'), 0, 0));
        q.addBindValue(it.key().section(QLatin1Char('/'), 1));
        q.addBindValue(it.value());
        if (!q.exec())
            return Status::from(failed<bool>(q, tr("Cannot save the statements")));
    }
    return {};
}

Result<qint64> SourceRepository::insert(const DataSource &source) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO data_sources (name, url, demo, updated_by, updated_at) VALUES (?, ?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(source.name);
    q.addBindValue(source.url);
    q.addBindValue(source.demo ? 1 : 0);
    q.addBindValue(source.updatedBy);
    q.addBindValue(storage::instantToText(source.updatedAt));
    if (!q.exec() || !q.next()) {
        if (isUniqueViolation(q.lastError()))
            return Result<qint64>::failure(ErrorKind::Conflict, tr("There is already a source named \"%1\".").arg(source.name));
        return failed<qint64>(q, tr("Cannot save the source"));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (auto s = writeLookups(id, source.lookups, source.actions); !s)
        return s.fault();
    return id;
}

Status SourceRepository::update(const DataSource &source) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE data_sources SET name = ?, url = ?, updated_by = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(source.name);
    q.addBindValue(source.url);
    q.addBindValue(source.updatedBy);
    q.addBindValue(storage::instantToText(source.updatedAt));
    q.addBindValue(source.id);
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            return Status::failure(ErrorKind::Conflict, tr("There is already a source named \"%1\".").arg(source.name));
        return Status::from(failed<bool>(q, tr("Cannot save the source")));
    }
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorKind::NotFound, tr("The source \"%1\" was removed meanwhile.").arg(source.name));
    return writeLookups(source.id, source.lookups, source.actions);
}

Status SourceRepository::remove(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    for (const char *table : {"source_lookups", "source_actions"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE source_id = ?").arg(QLatin1String(table)));
        q.addBindValue(id);
        if (!q.exec())
            return Status::from(failed<bool>(q, tr("Cannot remove the source")));
    }
    q.prepare(QStringLiteral("DELETE FROM data_sources WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::from(failed<bool>(q, tr("Cannot remove the source")));
    if (q.numRowsAffected() == 0)
        return Status::failure(ErrorKind::NotFound, tr("The source was removed meanwhile."));
    return {};
}

Result<std::optional<QByteArray>> SourceRepository::inventoryDocument() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT document FROM inventory WHERE id = 1")))
        return failed<std::optional<QByteArray>>(q, tr("Cannot read the data inventory"));
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toString().toUtf8());
}

Status SourceRepository::saveInventoryDocument(const QByteArray &json, const QString &actor, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO inventory (id, document, updated_by, updated_at) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_by = excluded.updated_by, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(actor);
    q.addBindValue(storage::instantToText(at));
    if (!q.exec())
        return Status::from(failed<bool>(q, tr("Cannot save the data inventory")));
    return {};
}

Result<QList<Disclosure>> RegisterRepository::disclosures(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, person_id, category, recipient_kind, recipient, legal_basis, disclosed_on, recorded_by, "
                             "recorded_at FROM disclosures WHERE person_id = ? ORDER BY disclosed_on DESC, id DESC"));
    q.addBindValue(personId);
    if (!q.exec())
        return failed<QList<Disclosure>>(q, tr("Cannot read the disclosures"));
    QList<Disclosure> out;
    while (q.next())
        out << Disclosure{q.value(0).toLongLong(),
                          q.value(1).toLongLong(),
                          q.value(2).toString(),
                          q.value(3).toString(),
                          q.value(4).toString(),
                          q.value(5).toString(),
                          QDate::fromString(q.value(6).toString(), Qt::ISODate),
                          q.value(7).toString(),
                          storage::instantFromText(q.value(8).toString())};
    return out;
}

Result<qint64> RegisterRepository::addDisclosure(const Disclosure &d) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO disclosures (person_id, category, recipient_kind, recipient, legal_basis, disclosed_on, "
                             "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(d.personId), QVariant(d.category), QVariant(d.recipientKind), QVariant(d.recipient),
                              QVariant(d.legalBasis), QVariant(d.disclosedOn.toString(Qt::ISODate)), QVariant(d.recordedBy),
                              QVariant(storage::instantToText(d.recordedAt))})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failed<qint64>(q, tr("Cannot record the disclosure"));
    return q.value(0).toLongLong();
}

Result<QList<ConsentEvent>> RegisterRepository::consents(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, person_id, purpose, event, channel, occurred_at, recorded_by, request_id FROM consents "
                             "WHERE person_id = ? ORDER BY purpose, occurred_at, id"));
    q.addBindValue(personId);
    if (!q.exec())
        return failed<QList<ConsentEvent>>(q, tr("Cannot read the consents"));
    QList<ConsentEvent> out;
    while (q.next())
        out << ConsentEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                            q.value(3).toString() == QLatin1String("given"), q.value(4).toString(),
                            storage::instantFromText(q.value(5).toString()), q.value(6).toString(), q.value(7).toLongLong()};
    return out;
}

Result<qint64> RegisterRepository::addConsent(const ConsentEvent &c) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO consents (person_id, purpose, event, channel, occurred_at, recorded_by, request_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(c.personId), QVariant(c.purpose),
                              QVariant(c.given ? QStringLiteral("given") : QStringLiteral("withdrawn")), QVariant(c.channel),
                              QVariant(storage::instantToText(c.at)), QVariant(c.recordedBy), QVariant(c.requestId)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failed<qint64>(q, tr("Cannot record the consent"));
    return q.value(0).toLongLong();
}

Status RegisterRepository::addMany(const QList<Disclosure> &disclosures, const QList<ConsentEvent> &consents) const
{
    constexpr int kRowsPerStatement = 200;
    const auto insert = [this](const QString &head, int columns, const QList<QVariantList> &rows) -> Status {
        QSqlQuery q(m_db.connection());
        for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
            const qsizetype n = std::min<qsizetype>(kRowsPerStatement, rows.size() - start);
            QStringList tuples;
            const QString one = QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
            for (qsizetype i = 0; i < n; ++i)
                tuples << one;
            q.prepare(head + tuples.join(QLatin1Char(',')));
            for (qsizetype i = 0; i < n; ++i)
                for (const QVariant &v : rows.at(start + i))
                    q.addBindValue(v);
            if (!q.exec())
                return Status::from(failed<bool>(q, tr("Cannot record the registers")));
        }
        return {};
    };
    QList<QVariantList> rows;
    for (const Disclosure &d : disclosures)
        rows << QVariantList{d.personId, d.category, d.recipientKind, d.recipient, d.legalBasis, d.disclosedOn.toString(Qt::ISODate),
                             d.recordedBy, storage::instantToText(d.recordedAt)};
    if (auto s = insert(QStringLiteral("INSERT INTO disclosures (person_id, category, recipient_kind, recipient, legal_basis, "
                                       "disclosed_on, recorded_by, recorded_at) VALUES "),
                        8, rows);
        !s)
        return s;
    rows.clear();
    for (const ConsentEvent &c : consents)
        rows << QVariantList{c.personId, c.purpose, c.given ? QStringLiteral("given") : QStringLiteral("withdrawn"), c.channel,
                             storage::instantToText(c.at), c.recordedBy, c.requestId};
    return insert(QStringLiteral("INSERT INTO consents (person_id, purpose, event, channel, occurred_at, recorded_by, request_id) VALUES "),
                  7, rows);
}

Result<QStringList> RegisterRepository::withdrawnOn(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT purpose FROM consents WHERE request_id = ? AND event = 'withdrawn' ORDER BY purpose"));
    q.addBindValue(requestId);
    if (!q.exec())
        return failed<QStringList>(q, tr("Cannot read the consents"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace pd
