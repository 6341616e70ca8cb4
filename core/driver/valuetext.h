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

/// "2024-02-29"
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

/// Shortest text that reads back as the same double ("NaN", "Infinity", "-Infinity" for the
/// specials, as PostgreSQL spells them).
QString formatDouble(double value);

/// Compact JSON (UTF-8) of any JSON value, scalars included.
QByteArray formatJson(const QJsonValue &value);
/// Parses JSON text of any kind, scalars included; Undefined when \a utf8 is not JSON.
QJsonValue parseJson(QByteArrayView utf8);

/// A printable, truncated form of a bound value for echo logs: text cut to \a maxChars, blobs
/// as their size.
QString echoForm(const QVariant &value, int maxChars = 40);

} // namespace Quarry::ValueText
