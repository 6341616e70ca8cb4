// SPDX-License-Identifier: MIT
#pragma once

#include "schema/dialect.h"

#include "editor/qsciheaders.h"

#include <QByteArray>

class QPalette;

namespace Quarry::Ui {

/// QScintilla's SQL lexer with the dialect's keywords (and types and functions as a second
/// set) and colours derived from a palette, so a dark theme gets a dark editor.
class SqlLexer : public QsciLexerSQL {
    Q_OBJECT

public:
    explicit SqlLexer(QObject *parent = nullptr);

    void setDialect(Dialect::Kind kind);
    /// Colours and fonts of every style from \a palette and the system's fixed font.
    void applyPalette(const QPalette &palette);
    static bool isDark(const QPalette &palette);

    const char *keywords(int set) const override;

private:
    QByteArray m_keywords;
    QByteArray m_types;
};

} // namespace Quarry::Ui
