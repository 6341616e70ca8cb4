// SPDX-License-Identifier: MIT
#pragma once

// Internal to core/model: typed access to a parsed JSON document that names the JSON path of
// every problem, so that a model file's author is told where, not only what.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Quarry::ModelDetail {

/// The file being read; every error goes through fail().
class ModelContext {
public:
    explicit ModelContext(QString sourceName)
        : m_sourceName(std::move(sourceName))
    {}
    const QString &sourceName() const { return m_sourceName; }
    /// Throws ModelError "<source>: <path>: <message>".
    [[noreturn]] void fail(const QString &path, const QString &message) const;

private:
    QString m_sourceName;
};

/// `$.tables[2]`
QString indexPath(const QString &path, qsizetype index);

QString expectString(const ModelContext &context, const QJsonValue &value, const QString &path);
/// A string that must not be empty (names).
QString expectName(const ModelContext &context, const QJsonValue &value, const QString &path);
bool expectBool(const ModelContext &context, const QJsonValue &value, const QString &path);
qint64 expectInteger(const ModelContext &context, const QJsonValue &value, const QString &path);
QJsonArray expectArray(const ModelContext &context, const QJsonValue &value, const QString &path);
/// A non-empty array of names (column lists).
QStringList expectNameList(const ModelContext &context, const QJsonValue &value,
                           const QString &path);

/// One JSON object being read. The constructor rejects a non-object value and any key not in
/// \a allowedKeys, so a typo is an error rather than a silently ignored setting.
class ObjectReader {
public:
    ObjectReader(const ModelContext &context, const QJsonValue &value, QString path,
                 std::initializer_list<QStringView> allowedKeys);

    const QString &path() const { return m_path; }
    /// The path of \a key inside this object (`$.tables[0].name`).
    QString at(QStringView key) const;
    const ModelContext &context() const { return m_context; }
    const QJsonObject &object() const { return m_object; }

    bool has(QStringView key) const { return m_object.contains(key); }
    QJsonValue value(QStringView key) const { return m_object.value(key); }

    /// A required non-empty string ("missing "name"" when absent).
    QString name(QStringView key = u"name") const;
    QString string(QStringView key, const QString &fallback = {}) const;
    /// A non-empty string when present; \a fallback when absent.
    QString optionalName(QStringView key) const;
    bool boolean(QStringView key, bool fallback) const;
    std::optional<qint64> integer(QStringView key) const;
    /// Empty when absent.
    QJsonArray array(QStringView key) const;
    [[noreturn]] void fail(QStringView key, const QString &message) const;

private:
    const ModelContext &m_context;
    QString m_path;
    QJsonObject m_object;
};

} // namespace Quarry::ModelDetail
