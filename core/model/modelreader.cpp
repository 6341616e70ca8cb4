// SPDX-License-Identifier: MIT
#include "model/modelreader.h"

#include "connection/errors.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Quarry::ModelDetail {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::ModelFile)
};

qsizetype editDistance(QStringView a, QStringView b)
{
    std::vector<qsizetype> row(std::size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[std::size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[std::size_t(j)];
            const bool same = a[i - 1].toLower() == b[j - 1].toLower();
            row[std::size_t(j)] =
                std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[std::size_t(b.size())];
}

// The allowed key closest to a typo, when it is close enough to be the likely intent.
QString suggestion(QStringView key, std::initializer_list<QStringView> allowed)
{
    QStringView best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (QStringView candidate : allowed) {
        const qsizetype d = editDistance(key, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    if (bestDistance <= 2 && bestDistance < key.size())
        return best.toString();
    return {};
}

} // namespace

void ModelContext::fail(const QString &path, const QString &message) const
{
    if (m_sourceName.isEmpty())
        throw ModelError(u"%1: %2"_s.arg(path, message));
    throw ModelError(u"%1: %2: %3"_s.arg(m_sourceName, path, message));
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString expectString(const ModelContext &context, const QJsonValue &value, const QString &path)
{
    if (!value.isString())
        context.fail(path, Tr::tr("expected a string"));
    return value.toString();
}

QString expectName(const ModelContext &context, const QJsonValue &value, const QString &path)
{
    QString name = expectString(context, value, path);
    if (name.isEmpty())
        context.fail(path, Tr::tr("must not be empty"));
    return name;
}

bool expectBool(const ModelContext &context, const QJsonValue &value, const QString &path)
{
    if (!value.isBool())
        context.fail(path, Tr::tr("expected true or false"));
    return value.toBool();
}

qint64 expectInteger(const ModelContext &context, const QJsonValue &value, const QString &path)
{
    // Qt keeps integral JSON numbers that fit as qint64, so large sequence bounds stay exact.
    if (value.isDouble()) {
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return variant.toLongLong();
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::abs(d) < 9.0e15)
            return qint64(d);
    }
    context.fail(path, Tr::tr("expected an integer"));
}

QJsonArray expectArray(const ModelContext &context, const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        context.fail(path, Tr::tr("expected an array"));
    return value.toArray();
}

QStringList expectNameList(const ModelContext &context, const QJsonValue &value,
                           const QString &path)
{
    const QJsonArray array = expectArray(context, value, path);
    if (array.isEmpty())
        context.fail(path, Tr::tr("expected at least one column"));
    QStringList names;
    names.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        names.append(expectName(context, array.at(i), indexPath(path, i)));
    return names;
}

ObjectReader::ObjectReader(const ModelContext &context, const QJsonValue &value, QString path,
                           std::initializer_list<QStringView> allowedKeys)
    : m_context(context)
    , m_path(std::move(path))
{
    if (!value.isObject())
        m_context.fail(m_path, Tr::tr("expected an object"));
    m_object = value.toObject();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(allowedKeys.begin(), allowedKeys.end(), key) != allowedKeys.end())
            continue;
        const QString close = suggestion(key, allowedKeys);
        if (close.isEmpty())
            m_context.fail(m_path, Tr::tr("unknown key \"%1\"").arg(key));
        m_context.fail(m_path, Tr::tr("unknown key \"%1\" (did you mean \"%2\"?)").arg(key, close));
    }
}

QString ObjectReader::at(QStringView key) const
{
    return m_path + u'.' + key;
}

QString ObjectReader::name(QStringView key) const
{
    if (!has(key))
        m_context.fail(m_path, Tr::tr("missing \"%1\"").arg(key.toString()));
    return expectName(m_context, value(key), at(key));
}

QString ObjectReader::string(QStringView key, const QString &fallback) const
{
    return has(key) ? expectString(m_context, value(key), at(key)) : fallback;
}

QString ObjectReader::optionalName(QStringView key) const
{
    return has(key) ? expectName(m_context, value(key), at(key)) : QString();
}

bool ObjectReader::boolean(QStringView key, bool fallback) const
{
    return has(key) ? expectBool(m_context, value(key), at(key)) : fallback;
}

std::optional<qint64> ObjectReader::integer(QStringView key) const
{
    if (!has(key))
        return std::nullopt;
    return expectInteger(m_context, value(key), at(key));
}

QJsonArray ObjectReader::array(QStringView key) const
{
    return has(key) ? expectArray(m_context, value(key), at(key)) : QJsonArray();
}

void ObjectReader::fail(QStringView key, const QString &message) const
{
    m_context.fail(key.isEmpty() ? m_path : at(key), message);
}

} // namespace Quarry::ModelDetail
