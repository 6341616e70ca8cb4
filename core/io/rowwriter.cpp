// SPDX-License-Identifier: MIT
#include "io/rowwriter.h"

#include "io/serialization.h"

#include "connection/numeric.h"
#include "connection/rawtext.h"
#include "driver/valuetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringEncoder>
#include <QUuid>

#include <charconv>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

void appendInteger(QByteArray &out, qlonglong v)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
    out.append(buffer, end - buffer);
}

// UTF-8 of \a text straight into \a out: a large text is not copied into a temporary first.
// The room reserved past the end is never touched, so it costs address space, not memory.
void appendUtf8(QByteArray &out, QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype start = out.size();
    out.resize(start + encoder.requiredSpace(text.size()));
    const char *end = encoder.appendToBuffer(out.data() + start, text);
    out.truncate(end - out.constData());
}

// Quotes the field that starts at \a start of \a out in place (RFC 4180) when it holds
// \a separator, a quote or a line break: a large field is not copied to be quoted.
void quoteFieldFrom(QByteArray &out, qsizetype start, char separator)
{
    qsizetype quotes = 0;
    bool needed = false;
    for (qsizetype i = start; i < out.size(); ++i) {
        const char c = out.at(i);
        quotes += c == '"';
        needed = needed || c == separator || c == '"' || c == '\n' || c == '\r';
    }
    if (!needed)
        return;
    // From the back: the closing quote, each byte (a quote twice), the opening quote.
    qsizetype from = out.size();
    out.resize(out.size() + quotes + 2);
    char *data = out.data();
    qsizetype to = out.size();
    data[--to] = '"';
    while (from > start) {
        const char c = data[--from];
        data[--to] = c;
        if (c == '"')
            data[--to] = '"';
    }
    data[--to] = '"';
}

class CsvWriter final : public RowWriter {
public:
    using RowWriter::RowWriter;

protected:
    void header(QByteArray &out, const ResultColumns &columns) override
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i)
                out += ',';
            field(out, columns[i].name.toUtf8());
        }
        out += "\r\n";
    }
    void row(QByteArray &out, const Result &batch, qsizetype r) override
    {
        for (qsizetype c = 0; c < batch.columnCount(); ++c) {
            if (c)
                out += ',';
            const QVariant &value = batch.value(r, c);
            const int type = value.metaType().id();
            if (type == QMetaType::LongLong || type == QMetaType::Double || value.isNull()) {
                appendText(out, value); // never needs quoting
                continue;
            }
            const qsizetype start = out.size();
            appendText(out, value);
            quoteFieldFrom(out, start, ',');
        }
        out += "\r\n";
    }

private:
    static void field(QByteArray &out, const QByteArray &text) { appendField(out, text, ','); }
};

class TextWriter final : public RowWriter {
public:
    using RowWriter::RowWriter;

protected:
    void header(QByteArray &out, const ResultColumns &columns) override
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i)
                out += '\t';
            out += columns[i].name.toUtf8();
        }
        out += '\n';
    }
    void row(QByteArray &out, const Result &batch, qsizetype r) override
    {
        for (qsizetype c = 0; c < batch.columnCount(); ++c) {
            if (c)
                out += '\t';
            const QVariant &value = batch.value(r, c);
            if (value.isNull())
                out += "NULL";
            else
                appendText(out, value);
        }
        out += '\n';
    }
};

class JsonWriter final : public RowWriter {
public:
    using RowWriter::RowWriter;

protected:
    void header(QByteArray &out, const ResultColumns &columns) override
    {
        m_keys.clear();
        for (const ResultColumn &column : columns) {
            QByteArray key;
            ValueText::appendJsonString(key, column.name);
            m_keys.append(key + ':');
        }
        out += '[';
    }
    void row(QByteArray &out, const Result &batch, qsizetype r) override
    {
        out += m_first ? "\n{" : ",\n{";
        m_first = false;
        for (qsizetype c = 0; c < batch.columnCount(); ++c) {
            if (c)
                out += ',';
            out += m_keys[c];
            value(out, batch.value(r, c));
        }
        out += '}';
    }
    void footer(QByteArray &out) override { out += m_first ? "]\n" : "\n]\n"; }

private:
    static void value(QByteArray &out, const QVariant &v)
    {
        if (v.isNull()) {
            out += "null";
            return;
        }
        switch (v.metaType().id()) {
        case QMetaType::LongLong:
            appendInteger(out, v.toLongLong());
            return;
        case QMetaType::Bool:
            out += v.toBool() ? "true" : "false";
            return;
        case QMetaType::Double: {
            // JSON readers lose -0 as well as the specials: those go as strings
            const double d = v.toDouble();
            if (std::isfinite(d) && !(d == 0 && std::signbit(d)))
                out += ValueText::formatDouble(d).toLatin1();
            else
                out += '"' + ValueText::formatDouble(d).toLatin1() + '"';
            return;
        }
        case QMetaType::QString:
            // not through UTF-8 and back, which would drop a leading U+FEFF
            ValueText::appendJsonString(out, v.toString());
            return;
        case QMetaType::QByteArray:
            // Binary as base64, the usual JSON carriage.
            out += '"' + v.toByteArray().toBase64() + '"';
            return;
        case QMetaType::QJsonValue:
            out += ValueText::formatJson(v.toJsonValue());
            return;
        case QMetaType::QDateTime:
            out += '"' + Serialization::isoTimestamp(v.toDateTime()).toLatin1() + '"';
            return;
        default:
            break;
        }
        if (v.metaType() == QMetaType::fromType<RawText>()) {
            out += ValueText::formatJson(Serialization::toJson(v));
            return;
        }
        QByteArray text;
        appendText(text, v);
        ValueText::appendJsonString(out, QString::fromUtf8(text));
    }
    QList<QByteArray> m_keys;
    bool m_first = true;
};

} // namespace

std::unique_ptr<RowWriter> RowWriter::create(Format format, QIODevice *device)
{
    switch (format) {
    case Format::Csv:
        return std::unique_ptr<RowWriter>(new CsvWriter(device));
    case Format::Json:
        return std::unique_ptr<RowWriter>(new JsonWriter(device));
    case Format::Text:
        return std::unique_ptr<RowWriter>(new TextWriter(device));
    }
    Q_UNREACHABLE();
    return nullptr;
}

void RowWriter::appendField(QByteArray &out, const QByteArray &text, char separator)
{
    const qsizetype start = out.size();
    out += text;
    quoteFieldFrom(out, start, separator);
}

void RowWriter::appendText(QByteArray &out, const QVariant &value)
{
    if (value.isNull())
        return;
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
        appendInteger(out, value.toLongLong());
        return;
    case QMetaType::Double:
        out += ValueText::formatDouble(value.toDouble()).toLatin1();
        return;
    case QMetaType::QString:
        appendUtf8(out, value.toString());
        return;
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QMetaType::QByteArray:
        out += "\\x" + value.toByteArray().toHex();
        return;
    case QMetaType::QDate:
        out += ValueText::formatDate(value.toDate()).toLatin1();
        return;
    case QMetaType::QTime:
        out += ValueText::formatTime(value.toTime()).toLatin1();
        return;
    case QMetaType::QDateTime:
        out += ValueText::formatTimestamp(value.toDateTime(), false).toLatin1();
        return;
    case QMetaType::QUuid:
        out += value.toUuid().toByteArray(QUuid::WithoutBraces);
        return;
    case QMetaType::QJsonValue:
        out += ValueText::formatJson(value.toJsonValue());
        return;
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<Numeric>()) {
        out += value.value<Numeric>().text.toLatin1();
        return;
    }
    if (value.metaType() == QMetaType::fromType<RawText>()) {
        out += value.value<RawText>().bytes; // as stored, like the engines' own shells
        return;
    }
    out += value.toString().toUtf8();
}

void RowWriter::write(const Result &batch)
{
    QByteArray out;
    out.reserve(64 * 1024);
    if (!m_started) {
        header(out, batch.columns());
        m_started = true;
    }
    for (qsizetype r = 0; r < batch.rowCount(); ++r) {
        row(out, batch, r);
        if (out.size() >= 256 * 1024)
            flush(out);
    }
    m_rows += batch.rowCount();
    flush(out);
}

void RowWriter::finish(const ResultColumns &columns)
{
    QByteArray out;
    if (!m_started) {
        header(out, columns);
        m_started = true;
    }
    footer(out);
    flush(out);
}

void RowWriter::flush(QByteArray &out)
{
    if (!out.isEmpty())
        m_device->write(out);
    out.resize(0); // keeps the capacity for the next rows
}

} // namespace Quarry
