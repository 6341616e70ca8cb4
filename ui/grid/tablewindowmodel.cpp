// SPDX-License-Identifier: MIT
#include "grid/tablewindowmodel.h"

#include "connection/errors.h"
#include "connection/rawtext.h"
#include "grid/cellformat.h"
#include "schema/dialect.h"
#include "schema/reflector.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

// Reads running at once: the page the view wants now and the one it will want next.
constexpr int MaxInFlight = 2;
// Requests remembered; older ones were for places the view has long scrolled past.
constexpr int MaxQueued = 16;

// Whether rows read and written by \a a's column map mean the same in \a b.
bool sameDefinition(const Table &a, const Table &b)
{
    return a.columns == b.columns && a.primaryKey.columns == b.primaryKey.columns;
}

// What a page's values take in memory, near enough: strings and bytes, and every QVariant.
qint64 pageBytes(const Result &page)
{
    qint64 bytes = 0;
    for (qsizetype r = 0; r < page.rowCount(); ++r) {
        for (qsizetype c = 0; c < page.columnCount(); ++c) {
            const QVariant &v = page.value(r, c);
            if (v.metaType().id() == QMetaType::QString)
                bytes += v.toString().size() * 2;
            else if (v.metaType().id() == QMetaType::QByteArray)
                bytes += v.toByteArray().size();
            else if (v.metaType() == QMetaType::fromType<RawText>())
                bytes += v.value<RawText>().bytes.size();
            bytes += qint64(sizeof(QVariant));
        }
    }
    return bytes;
}

} // namespace

TableWindowModel::TableWindowModel(Database database, Table table, bool readOnly, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_table(std::move(table))
    , m_query(m_table, Dialect::forUrl(m_database.url()))
    , m_readOnly(readOnly)
{
    m_query.setCut(CutSize);
    findKey();
    restart();
}

void TableWindowModel::findKey()
{
    m_keyIndex = -1;
    m_keyIndexes.clear();
    for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
        if (m_table.columns[i].name == m_query.keyColumn())
            m_keyIndex = int(i);
    }
    for (const QString &column : m_table.primaryKey.columns) {
        for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
            if (m_table.columns[i].name == column)
                m_keyIndexes.append(int(i));
        }
    }
}

TableWindowModel::~TableWindowModel() = default;

PageQuery TableWindowModel::makeQuery() const
{
    PageQuery query(m_table, Dialect::forUrl(m_database.url()), m_view);
    query.setCut(CutSize);
    return query;
}

int TableWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows + m_edits.addedCount();
}

int TableWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

bool TableWindowModel::isLoaded(int row) const
{
    return m_pages.contains(row / PageSize);
}

QVariant TableWindowModel::value(int row, int column) const
{
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.cend())
        return {};
    const qsizetype r = row % PageSize;
    if (r >= page->rowCount() || column >= page->columnCount())
        return {};
    return page->value(r, column);
}

qint64 TableWindowModel::cutSize(int row, int column) const
{
    const qsizetype sizeColumn = m_query.cutColumns().indexOf(column);
    if (sizeColumn < 0 || row >= m_rows)
        return -1;
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.cend() || row % PageSize >= page->rowCount())
        return -1;
    const QVariant size = page->value(row % PageSize, m_table.columns.size() + sizeColumn);
    return size.isNull() ? -1 : size.toLongLong();
}

QVariant TableWindowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.row() >= m_rows) {
        const QVariant v = m_edits.addedValue(index.row() - m_rows, index.column());
        if (role == Qt::BackgroundRole)
            return CellFormat::editedBackground(CellFormat::Edit::Added);
        if (!v.isValid())
            return CellFormat::defaultPlaceholder(role);
        return role == Qt::EditRole ? v : CellFormat::cell(v, role);
    }
    const int page = index.row() / PageSize;
    if (!m_pages.contains(page)) {
        want(page);
        return CellFormat::pending(role);
    }
    m_focus = page;
    QVariant v = value(index.row(), index.column());
    qint64 cut = cutSize(index.row(), index.column());
    if (!m_edits.isEmpty()) {
        const PendingEdits::Key key = keyOf(index.row());
        if (m_edits.isRemoved(key)) {
            if (role == Qt::BackgroundRole)
                return CellFormat::editedBackground(CellFormat::Edit::Removed);
            if (role == Qt::FontRole)
                return CellFormat::removedFont();
        } else if (const std::optional<QVariant> changed = m_edits.value(key, index.column())) {
            if (role == Qt::BackgroundRole)
                return CellFormat::editedBackground(CellFormat::Edit::Changed);
            v = *changed;
            cut = -1;
        }
    }
    if (role == Qt::EditRole)
        return v;
    return cut >= 0 ? CellFormat::cutCell(v, cut, role) : CellFormat::cell(v, role);
}

QVariant TableWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_table.columns.size())
        return {};
    const Column &column = m_table.columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return column.name;
    case Qt::ToolTipRole:
        return tr("%1 %2%3").arg(
            column.name, column.nativeType.isEmpty() ? column.type.name() : column.nativeType,
            column.nullable ? QString() : tr(" NOT NULL"));
    default:
        return {};
    }
}

void TableWindowModel::sort(int column, Qt::SortOrder order)
{
    const QString name =
        column >= 0 && column < m_table.columns.size() ? m_table.columns[column].name : QString();
    m_query.setOrder(name, order == Qt::DescendingOrder);
    restart();
}

void TableWindowModel::setFilters(QVariantMap filters)
{
    m_query.setFilters(std::move(filters));
    restart();
}

// A new order or filter: everything held or on its way belongs to the old one.
void TableWindowModel::restart()
{
    // A count for the old filter is of no use: stop it (the cancel aims at that statement
    // only, never at the page read that gets its connection next).
    if (m_countSession)
        m_countSession->cancel();
    m_countSession.reset();
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_pageBytes.clear();
    m_bytes = 0;
    m_sample.clear();
    m_inFlight.clear();
    m_failed.clear();
    m_reported = false;
    m_checking = false; // a look for the old generation is dropped when it returns
    m_queue.clear();
    m_focus = 0;
    m_rows = 0;
    m_countExact = false;
    endResetModel();
    if (!m_tableChecked) {
        m_counting = false;
        m_checking = true;
        QCoro::connect(checkTable(m_generation, {}), this, [] {});
        return;
    }
    want(0);
    m_counting = true;
    QCoro::connect(countRows(m_generation), this, [] {});
}

void TableWindowModel::want(int page) const
{
    m_focus = page;
    // A repaint asks for every cell of a missing page: queue the page once.
    if (m_queue.isEmpty() || m_queue.last() != page) {
        m_queue.removeOne(page);
        m_queue.append(page);
        if (m_queue.size() > MaxQueued)
            m_queue.removeFirst();
    }
    // Never start reads from inside data(): the view may be painting. One pump per turn.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QTimer::singleShot(0, const_cast<TableWindowModel *>(this), &TableWindowModel::pump);
    }
}

void TableWindowModel::pump()
{
    m_pumpQueued = false;
    while (m_inFlight.size() < MaxInFlight && !m_queue.isEmpty()) {
        // Newest first: that is where the view is now.
        const int page = m_queue.takeLast();
        if (m_pages.contains(page) || m_inFlight.contains(page) || m_failed.contains(page))
            continue;
        if (std::abs(page - m_focus) > MaxPages / 2)
            continue; // scrolled past it already
        m_inFlight.insert(page);
        QCoro::connect(fetch(page, m_generation), this, [] {});
    }
}

Statement TableWindowModel::pageStatement(int page, int pages) const
{
    const int limit = pages * PageSize;
    if (m_query.byKey() && m_keyIndex >= 0) {
        // Scrolling on: continue after the previous page's last key, without OFFSET.
        const auto previous = m_pages.constFind(page - 1);
        if (previous != m_pages.cend() && previous->rowCount() == PageSize)
            return m_query.after(previous->value(PageSize - 1, m_keyIndex), limit);
        // A jump: from the page's sampled first key, when the count has walked that far.
        if (page < m_sample.size())
            return m_query.from(m_sample[page], limit);
    }
    return m_query.at(qint64(page) * PageSize, limit);
}

QCoro::Task<void> TableWindowModel::fetch(int page, quint64 generation)
{
    QPointer<TableWindowModel> self(this);
    Statement statement = pageStatement(page);
    Result rows;
    QString failure;
    bool cancelled = false;
    try {
        Session session = readSession();
        rows = co_await session.all(statement.sql, std::move(statement.params));
    } catch (const Cancelled &) {
        cancelled = true; // meant for a count that had just finished on this connection
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self || generation != m_generation)
        co_return; // the model is gone, or its order or filter changed meanwhile
    m_inFlight.remove(page);
    if (cancelled) {
        want(page);
        co_return;
    }
    if (!failure.isEmpty()) {
        // Once: a repaint must not ask again. Perhaps the table changed (a column dropped or
        // renamed): look, and report the failure only if it did not.
        m_failed.insert(page);
        lookAfterFailure(failure);
        co_return;
    }
    if (!matchesColumns(rows.columns())) {
        // Another type under the same name: read the definition again before showing any of
        // it. Should it be unchanged after all, the next read sets the columns anew.
        m_columns.clear();
        if (!m_checking) {
            m_checking = true;
            QCoro::connect(checkTable(m_generation, {}), this, [] {});
        }
        co_return;
    }
    if (m_columns.isEmpty())
        m_columns = rows.columns();
    const int loaded = int(rows.rowCount());
    const qint64 bytes = pageBytes(rows);
    m_bytes += bytes - m_pageBytes.value(page);
    m_pageBytes.insert(page, bytes);
    m_pages.insert(page, std::move(rows));
    // A short page is the last one: the exact count is known without waiting for COUNT(*).
    const qint64 end = qint64(page) * PageSize + loaded;
    if (loaded < PageSize && (loaded > 0 || page == 0))
        setRowCount(end, true);
    else if (!m_countExact && end > m_rows)
        setRowCount(end, false);
    const int first = page * PageSize;
    const int last = std::min(m_rows, first + loaded) - 1;
    // (new rows, if any, follow the table's rows and move with the count)
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    evict();
    Q_EMIT pageLoaded(page);
    pump();
}

bool TableWindowModel::matchesColumns(const ResultColumns &columns) const
{
    if (columns.size() != m_query.width())
        return false;
    for (qsizetype i = 0; i < m_table.columns.size(); ++i) {
        if (columns[i].name != m_table.columns[i].name)
            return false;
        // Declared types, where the engine reports them for every row alike (not SQLite's
        // per-value storage class in typeId).
        if (i < m_columns.size() && columns[i].typeName != m_columns[i].typeName)
            return false;
    }
    return true;
}

void TableWindowModel::recheck()
{
    if (m_checking || !m_tableChecked)
        return; // a look is on its way already
    m_checking = true;
    QCoro::connect(checkTable(m_generation, {}), this, [] {});
}

void TableWindowModel::lookAfterFailure(const QString &failure)
{
    if (m_checking || m_reported)
        return; // one look, one message per generation
    m_checking = true;
    QCoro::connect(checkTable(m_generation, failure), this, [] {});
}

void TableWindowModel::report(const QString &failure)
{
    if (m_reported)
        return;
    m_reported = true;
    Q_EMIT errorOccurred(failure);
}

QCoro::Task<void> TableWindowModel::checkTable(quint64 generation, QString failure)
{
    QPointer<TableWindowModel> self(this);
    std::optional<Relation> now;
    QString error;
    try {
        now = co_await describeRelation(readSession(), m_table.name, m_table.schema);
    } catch (const DatabaseError &e) {
        error = e.message();
    }
    if (!self || generation != m_generation)
        co_return;
    m_checking = false;
    if (!error.isEmpty()) {
        report(failure.isEmpty() ? error : failure);
        co_return;
    }
    if (!now) {
        Q_EMIT tableMissing();
        report(tr("The table %1 no longer exists in the database.").arg(m_table.name));
        co_return;
    }
    const bool changed = !sameDefinition(now->table, m_table);
    if (!changed && m_tableChecked) {
        // The definition is as the model has it: the failure was something else.
        if (!failure.isEmpty())
            report(failure);
        co_return;
    }
    m_tableChecked = true;
    m_view = now->view;
    QString message;
    if (changed)
        message = adoptTable(std::move(now->table));
    else if (m_view) // as expected, but a view's rows have no address to order them by
        m_query = makeQuery();
    restart();
    if (changed)
        Q_EMIT tableChanged(message);
}

QString TableWindowModel::adoptTable(Table table)
{
    const int dropped = m_edits.follow(m_table, table);
    // A view opened before its columns were known: nothing changed that the user saw.
    const bool silent = m_table.columns.isEmpty() && dropped == 0;
    beginResetModel();
    m_table = std::move(table);
    m_query = makeQuery();
    m_columns.clear();
    findKey();
    endResetModel();
    Q_EMIT editsChanged(m_edits.count());
    if (silent)
        return {};
    QString message = tr("The table %1 was changed in the database; the grid shows it as it "
                         "is now.")
                          .arg(m_table.name);
    if (dropped > 0)
        message += u' ' + tr("%n pending edit(s) no longer apply and were dropped.", "", dropped);
    return message;
}

// Memory stays bounded however far the view scrolls, and whatever the rows hold: the pages
// farthest from it go. The page the view is on and its neighbours stay.
void TableWindowModel::evict()
{
    while (m_pages.size() > MaxPages || (m_bytes > MaxBytes && m_pages.size() > 3)) {
        int farthest = m_pages.cbegin().key();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (std::abs(it.key() - m_focus) > std::abs(farthest - m_focus))
                farthest = it.key();
        }
        if (std::abs(farthest - m_focus) <= 1)
            break;
        m_pages.remove(farthest);
        m_bytes -= m_pageBytes.take(farthest);
    }
}

} // namespace Quarry::Ui
