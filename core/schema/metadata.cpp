// SPDX-License-Identifier: MIT
#include "schema/metadata.h"

#include <algorithm>

namespace Quarry {

namespace {

template<typename List> auto findByName(List &list, QStringView name) -> decltype(&*list.begin())
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [name](const auto &item) { return item.name == name; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

const Table *Schema::table(QStringView name) const
{
    return findByName(tables, name);
}

Table *Schema::table(QStringView name)
{
    return findByName(tables, name);
}

const View *Schema::view(QStringView name) const
{
    return findByName(views, name);
}

Schema *Metadata::schema(QStringView name, bool create)
{
    if (auto *found = findByName(schemas, name))
        return found;
    if (!create)
        return nullptr;
    schemas.append(Schema{.name = name.toString()});
    return &schemas.last();
}

const Schema *Metadata::schema(QStringView name) const
{
    return findByName(schemas, name);
}

const Table *Metadata::table(QStringView name, QStringView schemaName) const
{
    for (const Schema &s : schemas) {
        if (!schemaName.isEmpty() && s.name != schemaName)
            continue;
        if (const Table *t = s.table(name))
            return t;
    }
    return nullptr;
}

// Non-const lists all the way down: each step detaches, so writing through the result never
// changes a copy sharing the data.
Table *Metadata::table(QStringView name, QStringView schemaName)
{
    for (Schema &s : schemas) {
        if (!schemaName.isEmpty() && s.name != schemaName)
            continue;
        if (Table *t = s.table(name))
            return t;
    }
    return nullptr;
}

QList<const Table *> Metadata::tables() const
{
    QList<const Table *> all;
    for (const Schema &s : schemas)
        for (const Table &t : s.tables)
            all.append(&t);
    return all;
}

qsizetype Metadata::tableCount() const
{
    qsizetype n = 0;
    for (const Schema &s : schemas)
        n += s.tables.size();
    return n;
}

} // namespace Quarry
