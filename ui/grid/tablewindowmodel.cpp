// SPDX-License-Identifier: MIT
#include "grid/tablewindowmodel.h"

#include "grid/cellformat.h"

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

TableWindowModel::TableWindowModel(Database database, Table table, bool readOnly, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(new PageEngine(std::move(database), std::move(table), this))
    , m_readOnly(readOnly)
{
    follow();
}

TableWindowModel::~TableWindowModel() = default;

void TableWindowModel::follow()
{
    // Direct connections: every change is announced before and after, as a view expects.
    connect(m_engine, &PageEngine::aboutToRestart, this, [this] { beginResetModel(); });
    connect(m_engine, &PageEngine::restarted, this, [this] { endResetModel(); });
    // New rows stay below the table's rows; their model rows shift with the count.
    connect(m_engine, &PageEngine::rowsAboutToBeAdded, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(m_engine, &PageEngine::rowsAdded, this, [this] { endInsertRows(); });
    connect(m_engine, &PageEngine::rowsAboutToBeDropped, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(m_engine, &PageEngine::rowsDropped, this, [this] { endRemoveRows(); });
    connect(m_engine, &PageEngine::countChanged, this, &TableWindowModel::countChanged);
    // (new rows, if any, follow the table's rows and move with the count)
    connect(m_engine, &PageEngine::rowsLoaded, this, [this](int first, int last) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    });
    connect(m_engine, &PageEngine::pageLoaded, this, &TableWindowModel::pageLoaded);
    connect(m_engine, &PageEngine::tableAboutToChange, this, [this](const Table &now) {
        m_droppedEdits = m_edits.follow(table(), now);
        // A view opened before its columns were known: nothing changed that the user saw.
        m_silentAdopt = table().columns.isEmpty() && m_droppedEdits == 0;
        beginResetModel();
    });
    connect(m_engine, &PageEngine::tableReplaced, this, [this] {
        endResetModel();
        Q_EMIT editsChanged(m_edits.count());
        m_adoptMessage.clear();
        if (m_silentAdopt)
            return;
        m_adoptMessage = tr("The table %1 was changed in the database; the grid shows it as "
                            "it is now.")
                             .arg(table().name);
        if (m_droppedEdits > 0)
            m_adoptMessage += u' ' + tr("%n pending edit(s) no longer apply and were dropped.", "",
                                        m_droppedEdits);
    });
    connect(m_engine, &PageEngine::tableChanged, this,
            [this] { Q_EMIT tableChanged(m_adoptMessage); });
    connect(m_engine, &PageEngine::tableMissing, this, [this] {
        Q_EMIT tableMissing();
        m_engine->report(tr("The table %1 no longer exists in the database.").arg(table().name));
    });
    connect(m_engine, &PageEngine::errorOccurred, this, &TableWindowModel::errorOccurred);
}

QString TableWindowModel::adoptTable(Table table)
{
    m_engine->adoptTable(std::move(table));
    return m_adoptMessage;
}

int TableWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_engine->rows() + m_edits.addedCount();
}

int TableWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(table().columns.size());
}

QVariant TableWindowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int rows = m_engine->rows();
    if (index.row() >= rows) {
        const QVariant v = m_edits.addedValue(index.row() - rows, index.column());
        if (role == Qt::BackgroundRole)
            return CellFormat::editedBackground(CellFormat::Edit::Added);
        if (!v.isValid())
            return CellFormat::defaultPlaceholder(role);
        return role == Qt::EditRole ? v : CellFormat::cell(v, role);
    }
    const int page = index.row() / PageSize;
    // Asking for a page, or showing one, is not a visible change of the model.
    if (!m_engine->page(page)) {
        m_engine->want(page);
        return CellFormat::pending(role);
    }
    m_engine->focusOn(page);
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
    const QList<Column> &columns = table().columns;
    if (section < 0 || section >= columns.size())
        return {};
    const Column &column = columns[section];
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
    const QList<Column> &columns = table().columns;
    const QString name = column >= 0 && column < columns.size() ? columns[column].name : QString();
    m_engine->setOrder(name, order == Qt::DescendingOrder);
}

void TableWindowModel::setFilters(QVariantMap filters)
{
    m_engine->setFilters(std::move(filters));
}

void TableWindowModel::setSession(std::optional<Session> session)
{
    m_engine->setSession(std::move(session));
}

} // namespace Quarry::Ui
