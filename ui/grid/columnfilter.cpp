// SPDX-License-Identifier: MIT
#include "grid/columnfilter.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

bool isText(TypeKind kind)
{
    return kind == TypeKind::Text || kind == TypeKind::Varchar || kind == TypeKind::Char ||
           kind == TypeKind::Other;
}

/// \a text as a value of \a column's type; a null QVariant when it does not fit.
QVariant typed(const Column &column, const QString &text)
{
    bool ok = true;
    switch (column.type.kind) {
    case TypeKind::SmallInt:
    case TypeKind::Integer:
    case TypeKind::BigInt: {
        const qlonglong n = text.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant();
    }
    case TypeKind::Real:
    case TypeKind::Double: {
        const double d = text.toDouble(&ok);
        return ok ? QVariant(d) : QVariant();
    }
    case TypeKind::Numeric:
        // Exact: the engine parses the text, after it looked like a number here.
        text.toDouble(&ok);
        return ok ? QVariant(text) : QVariant();
    case TypeKind::Boolean: {
        const QString t = text.toLower();
        if (t == u"true"_s || t == u"t"_s || t == u"1"_s || t == u"yes"_s)
            return true;
        if (t == u"false"_s || t == u"f"_s || t == u"0"_s || t == u"no"_s)
            return false;
        return {};
    }
    default:
        return text;
    }
}

} // namespace

QString ColumnFilter::add(const Column &column, const QString &input, QVariantMap &filters)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const QString upper = text.toUpper();
    if (upper == u"NULL"_s || upper == u"IS NULL"_s) {
        filters.insert(column.name + u"__isnull"_s, true);
        return {};
    }
    if (upper == u"!NULL"_s || upper == u"NOT NULL"_s || upper == u"IS NOT NULL"_s) {
        filters.insert(column.name + u"__isnull"_s, false);
        return {};
    }
    const auto invalid = [&](const QString &value) {
        return tr("“%1” is not a value of column %2 (%3).")
            .arg(value, column.name,
                 column.nativeType.isEmpty() ? column.type.name() : column.nativeType);
    };

    // Longest operators first: ">=" before ">".
    static const std::array<std::pair<QLatin1StringView, QLatin1StringView>, 7> operators{{
        {">="_L1, "gte"_L1},
        {"<="_L1, "lte"_L1},
        {"!="_L1, "ne"_L1},
        {"<>"_L1, "ne"_L1},
        {">"_L1, "gt"_L1},
        {"<"_L1, "lt"_L1},
        {"="_L1, "eq"_L1},
    }};
    for (const auto &[symbol, lookup] : operators) {
        if (!text.startsWith(symbol))
            continue;
        const QString operand = text.mid(symbol.size()).trimmed();
        const QVariant value = typed(column, operand);
        if (!value.isValid())
            return invalid(operand);
        filters.insert(column.name + u"__"_s + lookup, value);
        return {};
    }

    const qsizetype range = text.indexOf(u".."_s);
    if (range > 0 && !isText(column.type.kind)) {
        const QString low = text.left(range).trimmed();
        const QString high = text.mid(range + 2).trimmed();
        const QVariant from = typed(column, low);
        const QVariant to = typed(column, high);
        if (!from.isValid())
            return invalid(low);
        if (!to.isValid())
            return invalid(high);
        filters.insert(column.name + u"__between"_s, QVariantList{from, to});
        return {};
    }

    if (isText(column.type.kind)) {
        filters.insert(column.name + u"__icontains"_s, text);
        return {};
    }
    const QVariant value = typed(column, text);
    if (!value.isValid())
        return invalid(text);
    filters.insert(column.name + u"__eq"_s, value);
    return {};
}

} // namespace Quarry::Ui
