#include "holdingsreader.h"

#include "sourcecredentials.h"

namespace pd {

namespace {

// The source's address with the password the session knows for it, if any.
Result<DatabaseUrl> urlOf(const DataSource &source)
{
    auto url = DatabaseUrl::parse(source.url);
    if (url && !source.password.isEmpty())
        url.value().password = source.password;
    return url;
}

} // namespace

QString HoldingsReader::cancelledMessage()
{
    return tr("The look-up was cancelled.");
}

Result<QList<CategoryHolding>> HoldingsReader::read(const QList<DataSource> &sources, const QStringList &categoryOrder,
                                                    const PersonIdentifiers &who, int firstRows, const Cancelled &cancelled,
                                                    const Progress &progress)
{
    int total = 0;
    for (const DataSource &s : sources)
        total += int(s.lookups.size());
    int done = 0;
    QList<CategoryHolding> out;
    for (const DataSource &source : sources) {
        if (source.lookups.isEmpty())
            continue;
        const auto url = urlOf(source);
        SourceConnection connection(url ? url.value() : DatabaseUrl());
        const Status opened = url ? connection.open() : Status::failure(ErrorKind::Invalid, url.error());
        const bool wantsPassword = !opened && url && url->dialect == Dialect::PostgreSQL
            && SourceCredentials::isPasswordFailure(opened.error());
        for (auto it = source.lookups.cbegin(); it != source.lookups.cend(); ++it) {
            if (cancelled && cancelled())
                return Result<QList<CategoryHolding>>::failure(ErrorKind::Internal, cancelledMessage());
            CategoryHolding h;
            h.category = it.key();
            h.sourceId = source.id;
            h.source = source.name;
            h.sourceUrl = source.url;
            const auto fail = [&h](const Error &e) {
                h.failed = true;
                h.errorKind = e.kind;
                h.error = e.message;
            };
            const auto statement = LookupStatement::check(it.value());
            if (!opened) {
                fail(opened.fault());
                h.needsPassword = wantsPassword;
            } else if (!statement) {
                fail(statement.fault());
            } else if (const auto count = connection.count(statement.value(), who); !count) {
                fail(count.fault());
            } else {
                h.total = count.value();
                if (const auto rows = connection.fetch(statement.value(), who, 0, firstRows); !rows)
                    fail(rows.fault());
                else
                    h.rows = rows.value();
            }
            out << h;
            if (progress)
                progress(++done, total);
        }
    }
    std::stable_sort(out.begin(), out.end(), [&](const CategoryHolding &a, const CategoryHolding &b) {
        const auto ia = categoryOrder.indexOf(a.category), ib = categoryOrder.indexOf(b.category);
        return ia != ib ? ia < ib : a.source.localeAwareCompare(b.source) < 0;
    });
    return out;
}

Result<LookupRows> HoldingsReader::page(const DataSource &source, const QString &category, const PersonIdentifiers &who,
                                        qint64 offset, int limit)
{
    const auto url = urlOf(source);
    if (!url)
        return url.fault();
    const auto statement = LookupStatement::check(source.lookups.value(category));
    if (!statement)
        return statement.fault();
    SourceConnection connection(url.value());
    return connection.fetch(statement.value(), who, offset, limit);
}

} // namespace pd
