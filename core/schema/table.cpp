// SPDX-License-Identifier: MIT
#include "schema/table.h"

#include <algorithm>

namespace Quarry {

const Column *Table::column(QStringView name) const
{
    const auto it = std::find_if(columns.cbegin(), columns.cend(),
                                 [name](const Column &c) { return c.name == name; });
    return it == columns.cend() ? nullptr : &*it;
}

Column *Table::column(QStringView name)
{
    return const_cast<Column *>(std::as_const(*this).column(name));
}

} // namespace Quarry
