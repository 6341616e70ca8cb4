// SPDX-License-Identifier: MIT
// The spool's value format: host byte order, no alignment (the file lives and dies with one
// process), a tag byte first. Text stays UTF-16 so neither side transcodes.
#include "io/spoolcodec.h"

#include "connection/errors.h"
#include "connection/numeric.h"
#include "connection/rawtext.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QJsonValue>
#include <QTimeZone>
#include <QUuid>

#include <cstring>

namespace Quarry::SpoolCodec {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::SpoolCodec)
};

enum Tag : quint8 {
    Null,
    False,
    True,
    Int64,
    Double,
    String,
    NullString,
    Bytes,
    NullBytes,
    Raw,
    Decimal,
    Date,
    Time,
    DateTime,
    Uuid,
    Json,
    Int32,
    UInt64,
    Streamed, // any other type, through QDataStream
};

enum DateTimeKind : quint8 { Invalid, Local, Utc, Offset, Zone };

template<typename T> void put(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putBytes(QByteArray &out, const char *data, qsizetype size)
{
    put<quint32>(out, quint32(size));
    out.append(data, size);
}

void putText(QByteArray &out, const QString &text)
{
    putBytes(out, reinterpret_cast<const char *>(text.constData()), text.size() * 2);
}

[[noreturn]] void corrupt()
{
    throw DatabaseError(Tr::tr("the result's temporary file is damaged"));
}

struct Reader {
    const char *data;
    qsizetype size;
    qsizetype &pos;

    void need(qsizetype n) const
    {
        if (n < 0 || size - pos < n)
            corrupt();
    }
    template<typename T> T get()
    {
        need(sizeof(T));
        T value;
        std::memcpy(&value, data + pos, sizeof value);
        pos += sizeof value;
        return value;
    }
    /// The next length-prefixed run of bytes: its start, its length in \a n.
    const char *bytes(qsizetype &n)
    {
        n = get<quint32>();
        need(n);
        const char *start = data + pos;
        pos += n;
        return start;
    }
    QString text()
    {
        qsizetype n = 0;
        const char *start = bytes(n);
        QString s(n / 2, Qt::Uninitialized);
        std::memcpy(s.data(), start, n);
        return s;
    }
    QByteArray array()
    {
        qsizetype n = 0;
        const char *start = bytes(n);
        return QByteArray(start, n);
    }
};

void encodeDateTime(const QDateTime &dt, QByteArray &out)
{
    if (!dt.isValid()) {
        put<quint8>(out, Invalid);
        return;
    }
    switch (dt.timeSpec()) {
    case Qt::UTC:
        put<quint8>(out, Utc);
        put<qint64>(out, dt.toMSecsSinceEpoch());
        break;
    case Qt::OffsetFromUTC:
        put<quint8>(out, Offset);
        put<qint64>(out, dt.toMSecsSinceEpoch());
        put<qint32>(out, dt.offsetFromUtc());
        break;
    case Qt::TimeZone: {
        put<quint8>(out, Zone);
        put<qint64>(out, dt.toMSecsSinceEpoch());
        const QByteArray id = dt.timeZone().id();
        putBytes(out, id.constData(), id.size());
        break;
    }
    default:
        put<quint8>(out, Local);
        put<qint64>(out, dt.toMSecsSinceEpoch());
        break;
    }
}

QDateTime decodeDateTime(Reader &in)
{
    const quint8 kind = in.get<quint8>();
    if (kind == Invalid)
        return QDateTime();
    const qint64 ms = in.get<qint64>();
    switch (kind) {
    case Utc:
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    case Offset:
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, in.get<qint32>());
    case Zone:
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(in.array()));
    case Local:
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
    default:
        corrupt();
    }
}

} // namespace

void encode(const QVariant &value, QByteArray &out)
{
    if (!value.isValid()) {
        put<quint8>(out, Null);
        return;
    }
    const int type = value.metaType().id();
    switch (type) {
    case QMetaType::Bool:
        put<quint8>(out, value.toBool() ? True : False);
        return;
    case QMetaType::LongLong:
        put<quint8>(out, Int64);
        put<qint64>(out, value.toLongLong());
        return;
    case QMetaType::Int:
        put<quint8>(out, Int32);
        put<qint32>(out, value.toInt());
        return;
    case QMetaType::ULongLong:
        put<quint8>(out, UInt64);
        put<quint64>(out, value.toULongLong());
        return;
    case QMetaType::Double:
        // Bit for bit: -0.0, NaN payloads and infinities stay what they were.
        put<quint8>(out, Double);
        put<double>(out, *static_cast<const double *>(value.constData()));
        return;
    case QMetaType::QString: {
        const auto &text = *static_cast<const QString *>(value.constData());
        if (text.isNull()) {
            put<quint8>(out, NullString);
            return;
        }
        put<quint8>(out, String);
        putText(out, text);
        return;
    }
    case QMetaType::QByteArray: {
        const auto &bytes = *static_cast<const QByteArray *>(value.constData());
        if (bytes.isNull()) {
            put<quint8>(out, NullBytes);
            return;
        }
        put<quint8>(out, Bytes);
        putBytes(out, bytes.constData(), bytes.size());
        return;
    }
    case QMetaType::QDate:
        put<quint8>(out, Date);
        put<qint64>(out, value.toDate().toJulianDay());
        return;
    case QMetaType::QTime: {
        const QTime time = value.toTime();
        put<quint8>(out, Time);
        put<qint32>(out, time.isValid() ? time.msecsSinceStartOfDay() : -1);
        return;
    }
    case QMetaType::QDateTime:
        put<quint8>(out, DateTime);
        encodeDateTime(value.toDateTime(), out);
        return;
    case QMetaType::QUuid: {
        put<quint8>(out, Uuid);
        const QByteArray rfc = value.toUuid().toRfc4122();
        out.append(rfc.constData(), 16);
        return;
    }
    case QMetaType::QJsonValue: {
        // CBOR keeps what JSON text could blur: integers apart from doubles, -0.0.
        put<quint8>(out, Json);
        const QByteArray cbor = QCborValue::fromJsonValue(value.toJsonValue()).toCbor();
        putBytes(out, cbor.constData(), cbor.size());
        return;
    }
    default:
        break;
    }
    if (type == qMetaTypeId<RawText>()) {
        const auto &raw = *static_cast<const RawText *>(value.constData());
        put<quint8>(out, Raw);
        putBytes(out, raw.bytes.constData(), raw.bytes.size());
        return;
    }
    if (type == qMetaTypeId<Numeric>()) {
        put<quint8>(out, Decimal);
        putText(out, static_cast<const Numeric *>(value.constData())->text);
        return;
    }
    QByteArray streamed;
    QDataStream stream(&streamed, QIODevice::WriteOnly);
    stream << value;
    if (stream.status() != QDataStream::Ok)
        throw DatabaseError(
            Tr::tr("a value of type %1 cannot be kept").arg(QString::fromLatin1(value.typeName())));
    put<quint8>(out, Streamed);
    putBytes(out, streamed.constData(), streamed.size());
}

QVariant decode(const char *data, qsizetype size, qsizetype &pos)
{
    Reader in{data, size, pos};
    switch (in.get<quint8>()) {
    case Null:
        return QVariant();
    case False:
        return QVariant(false);
    case True:
        return QVariant(true);
    case Int64:
        return QVariant(qlonglong(in.get<qint64>()));
    case Int32:
        return QVariant(int(in.get<qint32>()));
    case UInt64:
        return QVariant(qulonglong(in.get<quint64>()));
    case Double:
        return QVariant(in.get<double>());
    case String:
        return QVariant(in.text());
    case NullString:
        return QVariant(QString());
    case Bytes:
        return QVariant(in.array());
    case NullBytes:
        return QVariant(QByteArray());
    case Raw:
        return QVariant::fromValue(RawText{in.array()});
    case Decimal:
        return QVariant::fromValue(Numeric{in.text()});
    case Date:
        return QVariant(QDate::fromJulianDay(in.get<qint64>()));
    case Time: {
        const qint32 ms = in.get<qint32>();
        return QVariant(ms < 0 ? QTime() : QTime::fromMSecsSinceStartOfDay(ms));
    }
    case DateTime:
        return QVariant(decodeDateTime(in));
    case Uuid: {
        in.need(16);
        const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(data + pos, 16));
        pos += 16;
        return QVariant(uuid);
    }
    case Json:
        return QVariant(QCborValue::fromCbor(in.array()).toJsonValue());
    case Streamed: {
        const QByteArray bytes = in.array();
        QDataStream stream(bytes);
        QVariant value;
        stream >> value;
        if (stream.status() != QDataStream::Ok)
            corrupt();
        return value;
    }
    default:
        corrupt();
    }
}

void skip(const char *data, qsizetype size, qsizetype &pos)
{
    Reader in{data, size, pos};
    qsizetype n = 0;
    switch (in.get<quint8>()) {
    case Null:
    case False:
    case True:
    case NullString:
    case NullBytes:
        return;
    case Int64:
    case UInt64:
    case Double:
    case Date:
        in.need(8);
        pos += 8;
        return;
    case Int32:
    case Time:
        in.need(4);
        pos += 4;
        return;
    case Uuid:
        in.need(16);
        pos += 16;
        return;
    case String:
    case Bytes:
    case Raw:
    case Decimal:
    case Json:
    case Streamed:
        in.bytes(n);
        return;
    case DateTime:
        (void)decodeDateTime(in);
        return;
    default:
        corrupt();
    }
}

} // namespace Quarry::SpoolCodec
