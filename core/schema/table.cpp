// SPDX-License-Identifier: MIT
#include "schema/table.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Quarry {

QString referentialActionSql(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Restrict:
        return u"RESTRICT"_s;
    case ReferentialAction::Cascade:
        return u"CASCADE"_s;
    case ReferentialAction::SetNull:
        return u"SET NULL"_s;
    case ReferentialAction::SetDefault:
        return u"SET DEFAULT"_s;
    case ReferentialAction::NoAction:
        break;
    }
    return u"NO ACTION"_s;
}

const Column *Table::column(QStringView name) const
{
    const auto it = std::find_if(columns.cbegin(), columns.cend(),
                                 [name](const Column &c) { return c.name == name; });
    return it == columns.cend() ? nullptr : &*it;
}

Column *Table::column(QStringView name)
{
    // begin() on the non-const list detaches it: writes never reach a copy sharing the data.
    const auto it = std::find_if(columns.begin(), columns.end(),
                                 [name](const Column &c) { return c.name == name; });
    return it == columns.end() ? nullptr : &*it;
}

namespace {

auto partKey(const IndexPart &p)
{
    return std::tie(p.column, p.expression, p.descending, p.collation, p.opclass);
}

bool partsLess(const QList<IndexPart> &a, const QList<IndexPart> &b)
{
    return std::lexicographical_compare(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const IndexPart &x, const IndexPart &y) { return partKey(x) < partKey(y); });
}

} // namespace

void sortCanonically(Table &table)
{
    std::stable_sort(table.foreignKeys.begin(), table.foreignKeys.end(),
                     [](const ForeignKey &a, const ForeignKey &b) {
                         return std::tie(a.name, a.columns, a.referredSchema, a.referredTable,
                                         a.referredColumns) <
                                std::tie(b.name, b.columns, b.referredSchema, b.referredTable,
                                         b.referredColumns);
                     });
    std::stable_sort(table.uniques.begin(), table.uniques.end(),
                     [](const UniqueConstraint &a, const UniqueConstraint &b) {
                         return std::tie(a.name, a.columns) < std::tie(b.name, b.columns);
                     });
    std::stable_sort(table.checks.begin(), table.checks.end(),
                     [](const CheckConstraint &a, const CheckConstraint &b) {
                         return std::tie(a.name, a.sql) < std::tie(b.name, b.sql);
                     });
    std::stable_sort(table.indexes.begin(), table.indexes.end(),
                     [](const Index &a, const Index &b) {
                         return a.name != b.name ? a.name < b.name : partsLess(a.parts, b.parts);
                     });
}

} // namespace Quarry
