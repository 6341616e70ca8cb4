// SPDX-License-Identifier: MIT
// PgDriver's result shapes: decoders per column, and type names and nullability from the
// catalogs, cached per connection.
#include "driver/postgres/pgdriver.h"

#include "connection/errors.h"
#include "driver/postgres/pgerrors.h"
#include "driver/postgres/pgtypes.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>

namespace Quarry {

namespace {

// Cleared when full: catalog entries repeat, so it refills fast.
constexpr qsizetype MetadataCacheSize = 10'000;

using PgErrors::ResultPtr;

quint64 originKey(unsigned table, int column)
{
    return quint64(table) << 16 | quint16(column);
}

QByteArray oidArray(const QList<unsigned> &oids)
{
    QByteArray text = "{";
    for (const unsigned oid : oids) {
        if (text.size() > 1)
            text += ',';
        text += QByteArray::number(oid);
    }
    return text + '}';
}

// A catalog query with text parameters; null unless it returned rows.
ResultPtr catalogQuery(PGconn *conn, const char *sql, const QByteArrayList &params)
{
    std::vector<const char *> values;
    for (const QByteArray &param : params)
        values.push_back(param.constData());
    ResultPtr result(
        PQexecParams(conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        return {};
    return result;
}

} // namespace

PgDriver::Shape PgDriver::describe(const pg_result *result) const
{
    Shape shape;
    const int count = PQnfields(result);
    shape.columns.resize(count);
    shape.decoders.reserve(size_t(count));
    shape.modifiers.reserve(size_t(count));
    shape.origins.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        ResultColumn &column = shape.columns[i];
        const Oid type = PQftype(result, i);
        column.name = QString::fromUtf8(PQfname(result, i));
        column.typeId = int(type);
        shape.decoders.push_back(PQfformat(result, i) == 1 ? PgTypes::decodeBinary
                                                           : PgTypes::decoderFor(type));
        shape.modifiers.push_back(PQfmod(result, i));
        shape.origins.emplace_back(PQftable(result, i), PQftablecol(result, i));
    }
    applyMetadata(shape);
    return shape;
}

void PgDriver::appendRows(const pg_result *result, const Shape &shape, QVariantList &values,
                          int maxRows)
{
    const int rows = maxRows < 0 ? PQntuples(result) : std::min(PQntuples(result), maxRows);
    const int columns = int(shape.decoders.size());
    if (rows > 1)
        values.reserve(values.size() + qsizetype(rows) * columns);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            if (PQgetisnull(result, row, column)) {
                values.emplaceBack();
            } else {
                values.emplaceBack(shape.decoders[size_t(column)](
                    PQgetvalue(result, row, column), PQgetlength(result, row, column)));
            }
        }
    }
}

void PgDriver::applyMetadata(Shape &shape) const
{
    for (qsizetype i = 0; i < shape.columns.size(); ++i) {
        ResultColumn &column = shape.columns[i];
        const unsigned type = unsigned(column.typeId);
        column.typeName = PgTypes::typeNameWithModifier(type, m_typeNames.value(type),
                                                        shape.modifiers[size_t(i)]);
        const auto [table, attribute] = shape.origins[size_t(i)];
        column.nullable =
            table == 0 ? Nullability::Unknown
                       : m_nullability.value(originKey(table, attribute), Nullability::Unknown);
    }
}

void PgDriver::lookUpMetadata(Shape &shape)
{
    // Catalog queries need an idle connection whose transaction (if any) can still run them.
    const PGTransactionStatusType state = PQtransactionStatus(m_conn);
    if (state != PQTRANS_IDLE && state != PQTRANS_INTRANS)
        return;
    QList<unsigned> types;
    std::vector<std::pair<unsigned, int>> origins;
    for (qsizetype i = 0; i < shape.columns.size(); ++i) {
        const unsigned type = unsigned(shape.columns[i].typeId);
        if (!m_typeNames.contains(type) && !types.contains(type))
            types.append(type);
        const auto origin = shape.origins[size_t(i)];
        if (origin.first != 0 && !m_nullability.contains(originKey(origin.first, origin.second)))
            origins.push_back(origin);
    }
    if (!types.isEmpty())
        loadTypeNames(types);
    if (!origins.empty())
        loadNullability(origins);
    applyMetadata(shape);
}

void PgDriver::loadTypeNames(const QList<unsigned> &oids)
{
    // Arrays read better as int4[] than as pg_type's _int4.
    static const char *const select =
        "SELECT t.oid, CASE WHEN t.typcategory = 'A' AND e.oid IS NOT NULL"
        " THEN e.typname || '[]' ELSE t.typname END"
        " FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem";
    const QByteArray some = QByteArray(select) + " WHERE t.oid = ANY($1::pg_catalog.oid[])";
    const ResultPtr result = oids.isEmpty()
                                 ? catalogQuery(m_conn, select, {})
                                 : catalogQuery(m_conn, some.constData(), {oidArray(oids)});
    if (!result) {
        std::unique_ptr<DatabaseError> error;
        raise(error); // a lost connection
        if (oids.isEmpty())
            throw ConnectionError(
                tr("Could not read the type catalog of %1: %2")
                    .arg(m_redactedUrl, PgErrors::trimmed(PQerrorMessage(m_conn))));
        if (cancelRequested())
            throw Cancelled(tr("The statement was cancelled."));
        return;
    }
    for (const unsigned oid : oids)
        m_typeNames.insert(oid, QString()); // not found: don't ask again
    for (int row = 0; row < PQntuples(result.get()); ++row) {
        m_typeNames.insert(unsigned(std::strtoul(PQgetvalue(result.get(), row, 0), nullptr, 10)),
                           QString::fromUtf8(PQgetvalue(result.get(), row, 1)));
    }
}

void PgDriver::loadNullability(const std::vector<std::pair<unsigned, int>> &origins)
{
    QByteArray tables = "{";
    QByteArray attributes = "{";
    for (const auto &[table, attribute] : origins) {
        if (tables.size() > 1) {
            tables += ',';
            attributes += ',';
        }
        tables += QByteArray::number(table);
        attributes += QByteArray::number(attribute);
    }
    tables += '}';
    attributes += '}';
    const ResultPtr result =
        catalogQuery(m_conn,
                     "SELECT a.attrelid, a.attnum, a.attnotnull FROM pg_catalog.pg_attribute a"
                     " JOIN unnest($1::pg_catalog.oid[], $2::pg_catalog.int2[]) AS k(rel, num)"
                     " ON a.attrelid = k.rel AND a.attnum = k.num",
                     {tables, attributes});
    if (!result) {
        std::unique_ptr<DatabaseError> error;
        raise(error);
        if (cancelRequested())
            throw Cancelled(tr("The statement was cancelled."));
        return;
    }
    if (m_nullability.size() + qsizetype(origins.size()) > MetadataCacheSize)
        m_nullability.clear();
    for (const auto &[table, attribute] : origins)
        m_nullability.insert(originKey(table, attribute), Nullability::Unknown);
    for (int row = 0; row < PQntuples(result.get()); ++row) {
        const unsigned table =
            unsigned(std::strtoul(PQgetvalue(result.get(), row, 0), nullptr, 10));
        const int attribute = std::atoi(PQgetvalue(result.get(), row, 1));
        const bool notNull = PQgetvalue(result.get(), row, 2)[0] == 't';
        m_nullability.insert(originKey(table, attribute),
                             notNull ? Nullability::NotNull : Nullability::Nullable);
    }
}

} // namespace Quarry
