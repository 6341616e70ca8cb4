// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariant>

#include <type_traits>

namespace Quarry {

/// Values bound to a statement: positional for `$1, $2 …`, or named for `:name`. Values are
/// always bound, never pasted into the SQL text.
class Params {
public:
    Params() = default;
    /// Positional values: `co_await s.execute(sql, {1, u"x"_s})`. Variadic rather than an
    /// initializer_list because GCC 12 rejects an initializer_list inside a co_await
    /// expression ("array used as initializer").
    template<typename... Values>
    requires(sizeof...(Values) > 0 &&
             !(sizeof...(Values) == 1 &&
               (std::is_same_v<std::remove_cvref_t<Values>, Params> || ...)) &&
             !(sizeof...(Values) == 1 &&
               (std::is_same_v<std::remove_cvref_t<Values>, QVariantList> || ...)) &&
             !(sizeof...(Values) == 1 &&
               (std::is_same_v<std::remove_cvref_t<Values>, QVariantMap> || ...)) &&
             (std::is_constructible_v<QVariant, Values &&> && ...)) Params(Values &&...values)
    {
        m_positional.reserve(sizeof...(Values));
        (m_positional.append(QVariant(std::forward<Values>(values))), ...);
    }
    Params(QVariantList values)
        : m_positional(std::move(values))
    {}
    Params(QVariantMap named)
        : m_named(std::move(named))
    {}

    bool isEmpty() const { return m_positional.isEmpty() && m_named.isEmpty(); }
    bool isNamed() const { return !m_named.isEmpty(); }
    const QVariantList &positional() const { return m_positional; }
    const QVariantMap &named() const { return m_named; }

private:
    QVariantList m_positional;
    QVariantMap m_named;
};

/// A statement with the values bound to it.
struct Statement {
    QString sql{};
    Params params{};
};

} // namespace Quarry
