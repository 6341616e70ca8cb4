// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Quarry::SqliteDdl {

/// One token of SQLite DDL text, as offsets into the source (comments and white space are
/// dropped, so any slice between two tokens keeps them exactly as written).
struct Token {
    enum class Kind {
        Word,     ///< bare identifier or keyword
        Quoted,   ///< "…", `…` or […]
        String,   ///< '…'
        Number,   ///< 12, 1.5e-3, 0x1F
        Blob,     ///< x'…'
        Variable, ///< ?, ?1, :a, @a, $a
        Punct,    ///< any other single character
    };
    Kind kind = Kind::Punct;
    qsizetype begin = 0;
    qsizetype end = 0;
};

/// The tokens of one SQL statement plus helpers the CREATE parsers share. Out-of-range indexes
/// are safe everywhere: they match nothing.
class TokenList {
public:
    explicit TokenList(const QString &sql);

    qsizetype size() const { return m_tokens.size(); }
    const Token &at(qsizetype i) const { return m_tokens[i]; }
    const QString &sql() const { return m_sql; }

    /// The raw text of token \a i.
    QStringView raw(qsizetype i) const;
    /// The name token \a i stands for: a bare word as is, a quoted identifier or string
    /// unquoted (SQLite accepts '…' where a name is expected).
    QString name(qsizetype i) const;
    bool isName(qsizetype i) const;
    /// Whether token \a i is the bare (unquoted) word \a keyword (given in upper case),
    /// ignoring case.
    bool isKeyword(qsizetype i, QStringView keyword) const;
    bool isPunct(qsizetype i, QChar c) const;
    /// The index of the `)` closing the `(` at \a open; size() when it is not closed.
    qsizetype closing(qsizetype open) const;
    /// The source text from the start of token \a first to the end of token \a last
    /// (inclusive), trimmed; empty when first > last.
    QString slice(qsizetype first, qsizetype last) const;
    /// Token indexes of the comma-separated items inside the parentheses at \a open: each item
    /// as [first, last] inclusive (commas inside nested parentheses do not split).
    QList<std::pair<qsizetype, qsizetype>> items(qsizetype open) const;

private:
    QString m_sql;
    QList<Token> m_tokens;
};

/// Case-insensitive identifier comparison, as SQLite compares names.
bool sameName(QStringView a, QStringView b);

} // namespace Quarry::SqliteDdl
