// SPDX-License-Identifier: MIT
#include "migrate/versiontable.h"

#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

QCoro::Task<std::optional<QList<AppliedMigration>>> readRows(Session session, QString table,
                                                             QString select)
{
    if (!co_await hasTable(session, table))
        co_return std::nullopt;
    const Result result = co_await session.all(select);
    QList<AppliedMigration> rows;
    rows.reserve(result.rowCount());
    for (qsizetype i = 0; i < result.rowCount(); ++i) {
        AppliedMigration row;
        row.id = result.value(i, 0).toString();
        row.parent = result.value(i, 1).toString();
        row.message = result.value(i, 2).toString();
        row.appliedAt = result.value(i, 3).toDateTime().toUTC();
        rows.append(row);
    }
    co_return rows;
}

QString valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return u"NULL"_s;
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        return u'\'' + value.toDateTime().toUTC().toString(Qt::ISODateWithMs) + u'\'';
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::Bool:
        return value.toString();
    default:
        break;
    }
    QString text = value.toString();
    text.replace(u"'"_s, u"''"_s).replace(u'\n', u' ').replace(u'\r', u' ');
    return u'\'' + text + u'\'';
}

} // namespace

VersionTable::VersionTable(const Dialect &dialect, QString name)
    : m_dialect(dialect)
    , m_name(std::move(name))
{}

MigrationStatement VersionTable::create() const
{
    // Portable types both engines read back the same way; the id is the key, so applying the
    // same migration twice (two upgrades racing) fails and rolls back.
    return {u"CREATE TABLE IF NOT EXISTS %1 (%2 VARCHAR(64) NOT NULL PRIMARY KEY, "
            "%3 VARCHAR(64), %4 TEXT NOT NULL, %5 TIMESTAMP NOT NULL)"_s.arg(
                m_dialect.quote(m_name), m_dialect.quote(u"id"), m_dialect.quote(u"parent"),
                m_dialect.quote(u"message"), m_dialect.quote(u"applied_at")),
            {}};
}

MigrationStatement VersionTable::insert(const MigrationFile &migration,
                                        const QDateTime &appliedAt) const
{
    QVariantList values;
    values << migration.id << (migration.parent.isEmpty() ? QVariant() : QVariant(migration.parent))
           << migration.message << appliedAt.toUTC();
    return {u"INSERT INTO %1 (%2, %3, %4, %5) VALUES ($1, $2, $3, $4)"_s.arg(
                m_dialect.quote(m_name), m_dialect.quote(u"id"), m_dialect.quote(u"parent"),
                m_dialect.quote(u"message"), m_dialect.quote(u"applied_at")),
            Params(values)};
}

MigrationStatement VersionTable::remove(const QString &id) const
{
    QVariantList values;
    values << id;
    return {u"DELETE FROM %1 WHERE %2 = $1"_s.arg(m_dialect.quote(m_name), m_dialect.quote(u"id")),
            Params(values)};
}

MigrationStatement VersionTable::clear() const
{
    return {u"DELETE FROM %1"_s.arg(m_dialect.quote(m_name)), {}};
}

QCoro::Task<std::optional<QList<AppliedMigration>>> VersionTable::read(Session session) const
{
    const QString select = u"SELECT %2, %3, %4, %5 FROM %1 ORDER BY %5, %2"_s.arg(
        m_dialect.quote(m_name), m_dialect.quote(u"id"), m_dialect.quote(u"parent"),
        m_dialect.quote(u"message"), m_dialect.quote(u"applied_at"));
    // Not a coroutine itself: the task holds copies, so a temporary VersionTable is fine.
    return readRows(std::move(session), m_name, select);
}

QString VersionTable::currentOf(const QList<AppliedMigration> &rows) const
{
    QSet<QString> parents;
    for (const AppliedMigration &row : rows)
        parents.insert(row.parent);
    QStringList tips;
    for (const AppliedMigration &row : rows) {
        if (!parents.contains(row.id))
            tips.append(row.id);
    }
    if (tips.size() > 1)
        throw MigrationError(
            Tr::tr("the version table %1 is inconsistent: %2 and %3 both look current; repair it "
                   "with 'quarry migrate stamp REVISION'")
                .arg(m_name, tips[0], tips[1]));
    if (tips.isEmpty() && !rows.isEmpty())
        throw MigrationError(
            Tr::tr("the version table %1 is inconsistent: its rows form a cycle; repair it with "
                   "'quarry migrate stamp REVISION'")
                .arg(m_name));
    return tips.value(0);
}

QString migrationScript(const QList<MigrationStatement> &statements, const QStringList &notes)
{
    QString text;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString note = notes.value(i);
        if (!note.isEmpty())
            text += u"-- "_s + note + u'\n';
        const QString &sql = statements[i].sql;
        // A trailing line comment would swallow the semicolon.
        const bool comment = sql.mid(sql.lastIndexOf(u'\n') + 1).contains(u"--"_s);
        text += sql + (comment ? u"\n;\n"_s : u";\n"_s);
        const Params &params = statements[i].params;
        if (!params.positional().isEmpty()) {
            QStringList values;
            for (qsizetype n = 0; n < params.positional().size(); ++n)
                values.append(u"$%1 = %2"_s.arg(n + 1).arg(valueText(params.positional()[n])));
            text += u"-- "_s + values.join(u", "_s) + u'\n';
        }
        for (auto it = params.named().cbegin(); it != params.named().cend(); ++it)
            text += u"-- :%1 = %2\n"_s.arg(it.key(), valueText(it.value()));
        text += u'\n';
    }
    return text;
}

} // namespace Quarry
