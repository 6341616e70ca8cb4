// SPDX-License-Identifier: MIT
#pragma once

#include "editor/sqlcompleter.h"
#include "schema/dialect.h"
#include "schema/metadata.h"

#include "editor/qsciheaders.h"

class QAction;
class QsciStyle;

#include <QPointer>

#include <memory>
#include <optional>
#include <utility>

namespace Quarry::Ui {

class FindBar;
class SqlLexer;

/// The SQL text editor: highlighting per dialect in the palette's colours (light or dark),
/// line numbers, brace matching, auto-indent, comment toggling (Ctrl+/), find and replace
/// (Ctrl+F, Ctrl+H; the FindBar), completion from the reflected schema (Ctrl+Space, after `.`
/// and after three letters), and errors underlined with a message under their line.
///
/// Offsets in this API are UTF-16 offsets into text(); QScintilla's positions are UTF-8 bytes.
class SqlEditor : public QsciScintilla {
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    void setDialect(Quarry::Dialect::Kind kind);
    Quarry::Dialect::Kind dialect() const { return m_completer->dialect(); }
    /// The schema completion offers; call again when it was reflected anew.
    void setSchema(const Quarry::Metadata &metadata);

    qsizetype cursorOffset() const;
    void setCursorOffset(qsizetype offset);
    /// [begin, end) of the selection; nullopt without a selection.
    std::optional<std::pair<qsizetype, qsizetype>> selectionRange() const;
    void setSelectionRange(qsizetype begin, qsizetype end);

    /// Underlines [begin, end) as an error, shows \a message as an annotation under its line and
    /// a marker in the margin. An empty range underlines the character at \a begin.
    void markError(qsizetype begin, qsizetype end, const QString &message);
    void clearErrors();
    /// The underlined ranges, in order (what markError() marked).
    QList<std::pair<qsizetype, qsizetype>> errorRanges() const;

    /// Comments the selected lines (or the current one) out with `-- `, or back in when all of
    /// them are comments already.
    void toggleComment();
    /// The find/replace bar, created on first use and hidden; the owner of the editor places it.
    FindBar *findBar() const;
    SqlCompleter *completer() const { return m_completer.get(); }
    /// Shows the completion list for the cursor position (nothing when there is none).
    void showCompletions();
    /// The completion list shown now (for tests), empty when none.
    QStringList shownCompletions() const;

    /// Frees every key of \a actions from QScintilla's own bindings (Ctrl+T would swap lines
    /// instead of opening an editor), so that each key does one thing.
    void releaseKeys(const QList<QAction *> &actions);

    /// UTF-16 offset ↔ QScintilla byte position.
    qsizetype toUtf16(qsizetype bytePosition) const;
    qsizetype toBytes(qsizetype utf16Offset) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    void updateLineNumberWidth();
    void handleCharAdded(int character);
    /// Frees \a key from QScintilla's own bindings so the editor's action gets it.
    void unbindKey(int key);

    SqlLexer *m_lexer;
    std::unique_ptr<SqlCompleter> m_completer;
    std::unique_ptr<QsciStyle> m_errorStyle;
    mutable QPointer<FindBar> m_findBar;
    QStringList m_shown;
    int m_lineDigits = 0;
};

} // namespace Quarry::Ui
