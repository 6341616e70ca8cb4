// SPDX-License-Identifier: MIT
#include "editor/sqleditor.h"
#include "alertcolors.h"
#include "editor/findbar.h"
#include "editor/sqllexer.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

constexpr int LineNumberMargin = 0;
constexpr int MarkerMargin = 1;
constexpr int ErrorMarker = 0;
// Indicators below 8 belong to lexers.
constexpr int ErrorIndicator = 8;
constexpr char ListSeparator = '\n';
/// Completion shows by itself after this many word characters.
constexpr qsizetype AutoPrefixLength = 3;

QColor mixed(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
                            from.greenF() + (to.greenF() - from.greenF()) * share,
                            from.blueF() + (to.blueF() - from.blueF()) * share);
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new SqlLexer(this))
    , m_completer(std::make_unique<SqlCompleter>())
    , m_errorStyle(std::make_unique<QsciStyle>())
{
    m_errorStyle->setDescription(tr("Error"));
    setUtf8(true);
    // UTF-16 offsets ↔ byte positions in O(log lines) rather than a scan from the start.
    SendScintilla(SCI_ALLOCATELINECHARACTERINDEX, SC_LINECHARACTERINDEX_UTF16);
    setLexer(m_lexer);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setAutoIndent(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    // A horizontal scroll bar only when a line is wider than the view.
    SendScintilla(SCI_SETSCROLLWIDTH, 1UL);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1UL);
    setMarginType(LineNumberMargin, NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    setMarginType(MarkerMargin, SymbolMargin);
    setMarginWidth(MarkerMargin, 14);
    setMarginMarkerMask(LineNumberMargin, 0);
    setMarginMarkerMask(MarkerMargin, 1 << ErrorMarker);
    markerDefine(RightArrow, ErrorMarker);
    indicatorDefine(SquiggleLowIndicator, ErrorIndicator);
    setAnnotationDisplay(AnnotationBoxed);

    // Completion lists come from showCompletions() only, not from QScintilla's own sources.
    setAutoCompletionSource(AcsNone);
    SendScintilla(SCI_AUTOCSETSEPARATOR, static_cast<unsigned long>(ListSeparator));
    SendScintilla(SCI_AUTOCSETIGNORECASE, 1UL);
    SendScintilla(SCI_AUTOCSETCASEINSENSITIVEBEHAVIOUR,
                  static_cast<unsigned long>(SC_CASEINSENSITIVEBEHAVIOUR_IGNORECASE));
    SendScintilla(SCI_AUTOCSETORDER, static_cast<unsigned long>(SC_ORDER_CUSTOM));
    SendScintilla(SCI_AUTOCSETAUTOHIDE, 1UL);
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 10UL);
    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &SqlEditor::handleCharAdded);
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumberWidth);

    const auto addShortcut = [this](const QString &text, QKeySequence key, auto slot) {
        unbindKey(key[0].toCombined());
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        this->addAction(action);
    };
    addShortcut(tr("Toggle Comment"), QKeySequence(Qt::CTRL | Qt::Key_Slash),
                &SqlEditor::toggleComment);
    addShortcut(tr("Find…"), QKeySequence::Find, [this] { findBar()->showFind(); });
    addShortcut(tr("Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                [this] { findBar()->showReplace(); });
    addShortcut(tr("Complete"), QKeySequence(Qt::CTRL | Qt::Key_Space),
                &SqlEditor::showCompletions);

    applyColors();
    updateLineNumberWidth();
}

SqlEditor::~SqlEditor()
{
    // A bar nobody placed in a layout has no parent to delete it.
    if (m_findBar && !m_findBar->parent())
        delete m_findBar;
}

void SqlEditor::unbindKey(int key)
{
    QsciCommandSet *commands = standardCommands();
    // A command may hold the key as its key and as its alternate key.
    for (int round = 0; round < 2; ++round) {
        QsciCommand *command = commands->boundTo(key);
        if (!command)
            break;
        if (command->key() == key)
            command->setKey(0);
        else
            command->setAlternateKey(0);
    }
}

void SqlEditor::releaseKeys(const QList<QAction *> &actions)
{
    for (const QAction *action : actions) {
        for (const QKeySequence &keys : action->shortcuts()) {
            if (!keys.isEmpty())
                unbindKey(keys[0].toCombined());
        }
    }
}

void SqlEditor::setDialect(Dialect::Kind kind)
{
    m_completer->setDialect(kind);
    m_lexer->setDialect(kind);
    // The lexer reads its keyword lists when it is set.
    setLexer(m_lexer);
    applyColors();
}

void SqlEditor::setSchema(const Metadata &metadata)
{
    m_completer->setMetadata(metadata);
    if (const Dialect *dialect = Dialect::forName(metadata.dialect);
        dialect && dialect->kind() != this->dialect())
        setDialect(dialect->kind());
}

qsizetype SqlEditor::toUtf16(qsizetype bytePosition) const
{
    return SendScintilla(SCI_COUNTCODEUNITS, 0UL, static_cast<long>(bytePosition));
}

qsizetype SqlEditor::toBytes(qsizetype utf16Offset) const
{
    const qsizetype length = toUtf16(SendScintilla(SCI_GETLENGTH));
    const qsizetype offset = std::clamp<qsizetype>(utf16Offset, 0, length);
    return SendScintilla(SCI_POSITIONRELATIVECODEUNITS, 0UL, static_cast<long>(offset));
}

qsizetype SqlEditor::cursorOffset() const
{
    return toUtf16(SendScintilla(SCI_GETCURRENTPOS));
}

void SqlEditor::setCursorOffset(qsizetype offset)
{
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(toBytes(offset)));
}

std::optional<std::pair<qsizetype, qsizetype>> SqlEditor::selectionRange() const
{
    const long start = SendScintilla(SCI_GETSELECTIONSTART);
    const long end = SendScintilla(SCI_GETSELECTIONEND);
    if (start == end)
        return std::nullopt;
    return std::pair{toUtf16(start), toUtf16(end)};
}

void SqlEditor::setSelectionRange(qsizetype begin, qsizetype end)
{
    SendScintilla(SCI_SETSEL, static_cast<unsigned long>(toBytes(begin)),
                  static_cast<long>(toBytes(end)));
}

void SqlEditor::markError(qsizetype begin, qsizetype end, const QString &message)
{
    long from = toBytes(begin);
    long to = toBytes(std::max(begin, end));
    if (from == to) {
        // An engine position points at a character: underline that one (or the last).
        const long length = SendScintilla(SCI_GETLENGTH);
        if (from >= length && length > 0)
            from = SendScintilla(SCI_POSITIONBEFORE, static_cast<unsigned long>(length));
        to = SendScintilla(SCI_POSITIONAFTER, static_cast<unsigned long>(from));
    }
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(ErrorIndicator));
    SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(from), to - from);
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(from)));
    markerAdd(line, ErrorMarker);
    if (!message.isEmpty()) {
        const QString existing = annotation(line);
        annotate(line, existing.isEmpty() ? message : existing + u'\n' + message, *m_errorStyle);
    }
}

void SqlEditor::clearErrors()
{
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(ErrorIndicator));
    SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, SendScintilla(SCI_GETLENGTH));
    markerDeleteAll(ErrorMarker);
    clearAnnotations();
}

QList<std::pair<qsizetype, qsizetype>> SqlEditor::errorRanges() const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    const long length = SendScintilla(SCI_GETLENGTH);
    long position = 0;
    while (position < length) {
        const auto at = static_cast<long>(position);
        const long end =
            SendScintilla(SCI_INDICATOREND, static_cast<unsigned long>(ErrorIndicator), at);
        if (SendScintilla(SCI_INDICATORVALUEAT, static_cast<unsigned long>(ErrorIndicator), at))
            out.append({toUtf16(position), toUtf16(end)});
        if (end <= position)
            break;
        position = end;
    }
    return out;
}

void SqlEditor::toggleComment()
{
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    const bool selected = lineFrom >= 0;
    bool throughLineEnd = false;
    if (!selected) {
        getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    } else if (lineTo > lineFrom && indexTo == 0) {
        // A selection of whole lines ends at the start of the next one.
        --lineTo;
        throughLineEnd = true;
    }
    // Indentation is ASCII, so its length in characters is its length in bytes.
    const auto indentOf = [this](int line) {
        const QString text = this->text(line);
        qsizetype indent = 0;
        while (indent < text.size() && (text[indent] == u' ' || text[indent] == u'\t'))
            ++indent;
        return text.trimmed().isEmpty() ? qsizetype(-1) : indent;
    };
    bool allCommented = true;
    qsizetype minIndent = -1;
    for (int line = lineFrom; line <= lineTo; ++line) {
        const qsizetype indent = indentOf(line);
        if (indent < 0)
            continue;
        minIndent = minIndent < 0 ? indent : std::min(minIndent, indent);
        if (!text(line).mid(indent).startsWith(u"--"))
            allCommented = false;
    }
    if (minIndent < 0)
        return;
    beginUndoAction();
    for (int line = lineFrom; line <= lineTo; ++line) {
        const qsizetype indent = indentOf(line);
        if (indent < 0)
            continue;
        const long lineStart =
            SendScintilla(SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
        if (allCommented) {
            const bool space = text(line).mid(indent + 2).startsWith(u' ');
            SendScintilla(SCI_DELETERANGE, static_cast<unsigned long>(lineStart + indent),
                          space ? 3L : 2L);
        } else {
            SendScintilla(SCI_INSERTTEXT, static_cast<unsigned long>(lineStart + minIndent), "-- ");
        }
    }
    // The edited lines stay selected, so the next Ctrl+/ takes them back.
    if (selected) {
        const auto line = [](int number) { return static_cast<unsigned long>(number); };
        const long end = throughLineEnd ? SendScintilla(SCI_POSITIONFROMLINE, line(lineTo + 1))
                                        : SendScintilla(SCI_GETLINEENDPOSITION, line(lineTo));
        SendScintilla(
            SCI_SETSEL,
            static_cast<unsigned long>(SendScintilla(SCI_POSITIONFROMLINE, line(lineFrom))), end);
    }
    endUndoAction();
}

FindBar *SqlEditor::findBar() const
{
    if (!m_findBar) {
        m_findBar = new FindBar(const_cast<SqlEditor *>(this), parentWidget());
        m_findBar->hide();
    }
    return m_findBar;
}

void SqlEditor::showCompletions()
{
    const QString text = this->text();
    const qsizetype cursor = cursorOffset();
    const QStringList list = m_completer->completions(text, cursor);
    if (list.isEmpty()) {
        if (isListActive())
            cancelList();
        m_shown.clear();
        return;
    }
    m_shown = list;
    const QByteArray prefix = m_completer->context(text, cursor).prefix.toUtf8();
    const QByteArray items = list.join(QLatin1Char(ListSeparator)).toUtf8();
    SendScintilla(SCI_AUTOCSHOW, static_cast<unsigned long>(prefix.size()), items.constData());
}

QStringList SqlEditor::shownCompletions() const
{
    return isListActive() ? m_shown : QStringList();
}

void SqlEditor::handleCharAdded(int character)
{
    if (character == '.') {
        showCompletions();
        return;
    }
    if (isListActive())
        return;
    const qsizetype cursor = cursorOffset();
    const QString text = this->text();
    const SqlCompleter::Context context = m_completer->context(text, cursor);
    if (context.prefix.size() >= AutoPrefixLength && !context.inLiteral)
        showCompletions();
}

void SqlEditor::updateLineNumberWidth()
{
    const int digits = int(QString::number(std::max(1, lines())).size());
    if (digits == m_lineDigits)
        return;
    m_lineDigits = digits;
    // One digit of room on top, so the margin does not jump at 10 and 100 lines.
    setMarginWidth(LineNumberMargin, QString(std::max(2, digits) + 1, u'9'));
}

void SqlEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyColors();
}

void SqlEditor::applyColors()
{
    const QPalette palette = this->palette();
    m_lexer->applyPalette(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    setPaper(base);
    setColor(text);
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(mixed(base, text, 0.06));
    setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    setMarginsBackgroundColor(palette.color(QPalette::Window));
    setMarginsForegroundColor(
        mixed(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.55));
    setMarginsFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFoldMarginColors(palette.color(QPalette::Window), palette.color(QPalette::Window));
    setMatchedBraceBackgroundColor(mixed(base, palette.color(QPalette::Highlight), 0.35));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceForegroundColor(AlertColors::text(palette));
    setUnmatchedBraceBackgroundColor(base);
    setIndicatorForegroundColor(AlertColors::text(palette), ErrorIndicator);
    setMarkerBackgroundColor(AlertColors::text(palette), ErrorMarker);
    setMarkerForegroundColor(AlertColors::text(palette), ErrorMarker);
    m_errorStyle->setColor(AlertColors::text(palette));
    m_errorStyle->setPaper(mixed(base, AlertColors::text(palette), 0.12));
    m_errorStyle->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Annotations already shown take the new colours too.
    m_errorStyle->apply(this);
    m_lineDigits = 0;
    updateLineNumberWidth();
}

} // namespace Quarry::Ui
