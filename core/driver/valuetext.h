// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QTime>
#include <QVariant>

/// Text forms of values shared by the drivers that talk text to their engine.
namespace Quarry::ValueText {

/// "2024-02-29"; years past 9999 with more digits, BC years as PostgreSQL writes them
/// ("4713-01-01 BC").
QString formatDate(QDate date);
/// "13:45:07" or "13:45:07.123"
QString formatTime(QTime time);
/// UTC wall clock: "2024-02-29 13:45:07.123" (no zone suffix); \a withZone appends "+00".
QString formatTimestamp(const QDateTime &dateTime, bool withZone);

QDate parseDate(QStringView text);
QTime parseTime(QStringView text);
/// Accepts "YYYY-MM-DD[ T]HH:MM[:SS[.fraction]][Z|±HH[:MM]]"; zone-less text is UTC.
/// Returns an invalid QDateTime when \a text is not a timestamp.
QDateTime parseTimestamp(QStringView text);

/// \a text as a QDate, QTime or QDateTime when that type holds it exactly, i.e. formats back
/// to the same text (no digits past milliseconds, no other spelling); otherwise \a text
/// itself, so the value prints and binds back as it was stored.
QVariant exactDate(const QString &text);
QVariant exactTime(const QString &text);
QVariant exactTimestamp(const QString &text);

/// Text in an engine's UTF-8 exactly as stored: a leading U+FEFF is kept (QString::fromUtf8
/// drops it), and bytes that are not valid UTF-8 come back as a RawText, never as U+FFFD.
QVariant decodeText(QByteArrayView utf8);
/// \a bytes for display: the valid UTF-8 as text, each invalid byte as `\xNN`.
QString escapedText(QByteArrayView bytes);

/// Shortest text that reads back as the same double ("NaN", "Infinity", "-Infinity" for the
/// specials and "-0" for negative zero, as PostgreSQL spells them).
QString formatDouble(double value);

/// Compact JSON (UTF-8) of any JSON value, scalars included; U+FEFF written as `\\ufeff`.
QByteArray formatJson(const QJsonValue &value);
/// Appends \a text as a JSON string (quotes included) in UTF-8, escaped as formatJson() does,
/// in one pass: no JSON document, no copy of the text (values can be many megabytes).
void appendJsonString(QByteArray &out, QStringView text);
/// Parses JSON text of any kind, scalars included; Undefined when \a utf8 is not JSON.
QJsonValue parseJson(QByteArrayView utf8);

/// A printable, truncated form of a bound value for echo logs: text cut to \a maxChars, blobs
/// as their size.
QString echoForm(const QVariant &value, int maxChars = 40);

} // namespace Quarry::ValueText
