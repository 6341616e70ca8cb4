// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <postgres_ext.h>

#include <vector>

/// PostgreSQL values in text form: decoding result cells by type OID, encoding bound values and
/// COPY rows. Internal to the PostgreSQL driver.
namespace Quarry::PgTypes {

/// Built-in type OIDs (pg_type.dat); fixed across server versions.
enum : Oid {
    BoolOid = 16,
    ByteaOid = 17,
    CharOid = 18,
    NameOid = 19,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    TextOid = 25,
    OidOid = 26,
    JsonOid = 114,
    Float4Oid = 700,
    Float8Oid = 701,
    UnknownOid = 705,
    BpcharOid = 1042,
    VarcharOid = 1043,
    DateOid = 1082,
    TimeOid = 1083,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
    TimeTzOid = 1266,
    BitOid = 1560,
    VarbitOid = 1562,
    NumericOid = 1700,
    UuidOid = 2950,
    JsonbOid = 3802,
};

/// Turns one non-null cell (text format) into the driver's QVariant.
using Decoder = QVariant (*)(const char *data, int length);
/// Chosen once per result column, so the row loop does no type dispatch.
Decoder decoderFor(Oid type);
/// Binary-format cells, kept as raw bytes (results are requested as text, so rarely used).
QVariant decodeBinary(const char *data, int length);

/// \a baseName with the modifier PQfmod reports: varchar(20), numeric(10,2), timestamp(3).
QString typeNameWithModifier(Oid type, const QString &baseName, int typmod);

/// True for values sent as SQL NULL: invalid/null variants and invalid dates and times.
bool isNullValue(const QVariant &value);

enum class TextEscape {
    None, ///< as a bound text parameter
    Copy, ///< COPY text format: backslash, tab, newline and carriage return escaped
};

/// Appends the text form of the non-null \a value to \a out and returns the type OID to declare
/// for it (0 lets the server infer).
Oid appendText(QByteArray &out, const QVariant &value, TextEscape escape);
/// Appends one COPY text field: `\N` for null, else the escaped text form.
void appendCopyField(QByteArray &out, const QVariant &value);

/// The libpq parameter arrays for one set of bound values. Reused across rows so encoding
/// allocates only when a row is larger than any before it.
class ParamEncoder {
public:
    void encode(const QVariantList &values);

    int count() const { return int(m_types.size()); }
    const Oid *types() const { return m_types.data(); }
    const char *const *values() const { return m_values.data(); }
    const int *lengths() const { return m_lengths.data(); }
    const int *formats() const { return m_formats.data(); }

private:
    QByteArray m_buffer;
    QList<QByteArray> m_binary;
    std::vector<Oid> m_types;
    std::vector<qsizetype> m_offsets;
    std::vector<const char *> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
};

} // namespace Quarry::PgTypes
