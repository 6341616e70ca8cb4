// SPDX-License-Identifier: MIT
#include "grid/datagrid.h"

#include "connection/errors.h"
#include "connection/transactioncontroller.h"
#include "grid/cellcopy.h"
#include "grid/celldelegate.h"
#include "grid/cellformat.h"
#include "grid/columnfilter.h"
#include "grid/filterheader.h"
#include "grid/rowwindowproxy.h"
#include "grid/tablewindowmodel.h"
#include "grid/valueviewer.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <limits>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

DataGrid::DataGrid(Database database, Table table, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_model(new TableWindowModel(database, std::move(table), readOnly, this))
    , m_transaction(new TransactionController(std::move(database), this))
    , m_window(new RowWindowProxy(this))
    , m_view(new QTableView(this))
    , m_scroll(new QScrollBar(Qt::Vertical, this))
    , m_header(new FilterHeader(m_view))
    , m_status(new QLabel(this))
    , m_badge(m_transaction->createBadge(this))
    , m_readOnly(readOnly || !m_model->isEditable())
{
    m_view->setHorizontalHeader(m_header);
    m_window->setSourceModel(m_model);
    m_view->setModel(m_window);
    m_header->setColumnCount(m_model->columnCount());
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, m_header,
            &FilterHeader::placeEditors);
    connect(m_header, &FilterHeader::filtersChanged, this, &DataGrid::applyFilters);
    // Fixed row heights: the view never measures millions of rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    if (m_readOnly)
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setText(tr("Reading…"));
    m_status->setTextFormat(Qt::RichText);
    m_status->setObjectName(u"status"_s);
    connect(m_status, &QLabel::linkActivated, m_model, &TableWindowModel::cancelCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    createActions();
    createScrolling();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_badge);
    layout->addLayout(bottom);

    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            &TableWindowModel::sort);
    // Blobs and long text open whole in the viewer; short values edit in place.
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &viewIndex) {
        const QModelIndex index = modelIndex(viewIndex);
        const QVariant value = m_model->data(index, Qt::EditRole);
        if (value.metaType().id() == QMetaType::QByteArray ||
            value.toString().size() > CellFormat::MaxCellText ||
            !(m_model->flags(index) & Qt::ItemIsEditable))
            QCoro::connect(showValue(index), this, [](ValueViewer *) {});
    });
    auto *viewValue = new QAction(tr("View Value"), this);
    viewValue->setShortcut(QKeySequence(tr("Shift+Return")));
    viewValue->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(viewValue, &QAction::triggered, this, [this] {
        QCoro::connect(showValue(modelIndex(m_view->currentIndex())), this, [](ValueViewer *) {});
    });
    addAction(viewValue);
    m_view->addAction(viewValue);
    connect(m_model, &TableWindowModel::countChanged, this, &DataGrid::showCount);
    connect(m_model, &TableWindowModel::editsChanged, this, &DataGrid::updateState);
    connect(m_model, &TableWindowModel::tableChanged, this, &DataGrid::followTable);
    connect(m_model, &TableWindowModel::tableMissing, this, [this] { Q_EMIT tableChanged(); });
    connect(m_transaction, &TransactionController::stateChanged, this, &DataGrid::updateState);
    connect(m_transaction, &TransactionController::autoCommitChanged, this, &DataGrid::followMode);
    connect(m_transaction, &TransactionController::errorOccurred, this, &DataGrid::errorOccurred);
    connect(m_model, &TableWindowModel::errorOccurred, this, [this](const QString &message) {
        m_status->setText(tr("Error: %1").arg(message.toHtmlEscaped()));
        Q_EMIT errorOccurred(message);
    });
    updateState();
}

DataGrid::~DataGrid() = default;

void DataGrid::createActions()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout()->addWidget(bar);
    QAction *clear = bar->addAction(tr("Clear Filters"), m_header, &FilterHeader::clearFilters);
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(clear);
    QAction *focusFilter = new QAction(tr("Filter Column"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, this, [this] {
        const int column = std::max(0, m_view->currentIndex().column());
        if (QLineEdit *editor = m_header->editor(column))
            editor->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(focusFilter);
    const auto copy = [this](const QString &text, const QKeySequence &keys, bool withHeaders) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this,
                [this, withHeaders] { QCoro::connect(copySelection(withHeaders), this, [] {}); });
        addAction(action);
        m_view->addAction(action);
    };
    copy(tr("Copy"), QKeySequence::Copy, false);
    copy(tr("Copy with Column Names"), QKeySequence(tr("Ctrl+Shift+C")), true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    bar->addSeparator();
    if (m_readOnly) {
        bar->addWidget(new QLabel(tr("Read-only"), bar));
        return;
    }
    QAction *add =
        bar->addAction(tr("Add Row"), this, [this] { scrollToRow(m_model->addRow(), 0); });
    add->setShortcut(QKeySequence(tr("Ctrl+Ins")));
    QAction *remove = bar->addAction(tr("Delete Rows"), this, &DataGrid::deleteSelectedRows);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *null = bar->addAction(tr("Set NULL"), this, &DataGrid::setSelectionNull);
    null->setShortcut(QKeySequence(tr("Shift+Del")));
    null->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addSeparator();
    m_save =
        bar->addAction(tr("Save"), this, [this] { QCoro::connect(save(), this, [](bool) {}); });
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_discard = bar->addAction(tr("Discard"), m_model, &TableWindowModel::discard);
    bar->addSeparator();
    QAction *autoCommit = m_transaction->autoCommitAction();
    autoCommit->setToolTip(
        tr("On: Save commits at once. Off: Save writes into this tab's transaction, "
           "which stays open until Commit or Rollback."));
    bar->addAction(autoCommit);
    bar->addAction(m_transaction->commitAction());
    connect(m_transaction->commitAction(), &QAction::triggered, this,
            [this] { QCoro::connect(commit(), this, [](bool) {}); });
    bar->addAction(m_transaction->rollbackAction());
    connect(m_transaction->rollbackAction(), &QAction::triggered, this,
            [this] { QCoro::connect(rollback(), this, [](bool) {}); });
    for (QAction *action : {add, remove, null, m_save})
        addAction(action);
    m_view->addAction(null);
    m_view->addAction(remove);
}

QString DataGrid::tableName() const
{
    return m_model->table().name;
}

bool DataGrid::hasUnsavedWork() const
{
    return m_model->pendingCount() > 0 || hasOpenTransaction();
}

bool DataGrid::isAutoCommit() const
{
    return m_transaction->isAutoCommit();
}

void DataGrid::setAutoCommit(bool on)
{
    m_transaction->setAutoCommit(on);
}

bool DataGrid::hasOpenTransaction() const
{
    return m_transaction->hasOpenTransaction();
}

void DataGrid::followMode(bool autoCommit)
{
    // Manual mode reads and writes through one session, so it sees its own uncommitted work;
    // auto-commit reads through short sessions, and the manual one's connection goes back.
    renewSession();
    if (autoCommit)
        m_model->setSession(std::nullopt);
}

// The model follows the table as it is in the database now: filters and sort named the old
// columns, so they start over, and the user is told.
void DataGrid::followTable(const QString &message)
{
    m_filters.clear();
    {
        const QSignalBlocker blocker(m_header);
        m_header->setColumnCount(0);
        m_header->setColumnCount(m_model->columnCount());
        m_header->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_header->placeEditors();
    if (message.isEmpty())
        return; // a view's columns, first read
    m_notice = message;
    updateState();
    Q_EMIT tableChanged();
}

void DataGrid::updateState()
{
    const int pending = m_model->pendingCount();
    if (m_save) {
        m_save->setEnabled(pending > 0 && !m_busy);
        m_discard->setEnabled(pending > 0 && !m_busy);
    }
    m_transaction->setBusy(m_busy);
    QString text = m_countText;
    if (pending > 0)
        text += tr(" · %n unsaved change(s)", nullptr, pending);
    if (!m_notice.isEmpty())
        text = m_notice.toHtmlEscaped() + u" · "_s + text;
    m_status->setText(text);
    Q_EMIT stateChanged();
}

bool DataGrid::applyFilters()
{
    QVariantMap filters;
    QString problem;
    const QList<Column> &columns = m_model->table().columns;
    for (int column = 0; column < columns.size(); ++column) {
        const QString error =
            ColumnFilter::add(columns[column], m_header->filterText(column), filters);
        m_header->setFilterError(column, error);
        if (problem.isEmpty())
            problem = error;
    }
    if (!problem.isEmpty()) {
        m_status->setText(tr("Filter not applied: %1").arg(problem.toHtmlEscaped()));
        return false;
    }
    if (filters == m_filters)
        return true;
    try {
        m_model->setFilters(filters);
    } catch (const DatabaseError &e) {
        m_status->setText(tr("Filter not applied: %1").arg(e.message().toHtmlEscaped()));
        return false;
    }
    m_filters = filters;
    m_status->setText(tr("Reading…"));
    return true;
}

void DataGrid::showCount(qint64 rows, bool exact)
{
    // n picks the plural form; %1 is the whole number in the user's locale (a table can
    // hold more rows than an int, which is what %Ln takes)
    const int n = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    const QString number = QLocale().toString(rows);
    if (exact && !m_filters.isEmpty())
        m_countText = tr("%1 matching row(s)", nullptr, n).arg(number);
    else if (exact)
        m_countText = tr("%1 row(s)", nullptr, n).arg(number);
    else if (m_model->isCounting())
        m_countText =
            tr("about %1 row(s) (counting… <a href=\"stop\">stop</a>)", nullptr, n).arg(number);
    else
        m_countText = tr("at least %1 row(s) (not counted)", nullptr, n).arg(number);
    if (!m_model->hasStableOrder())
        m_countText += tr(" · no key: the database may return these rows in another order "
                          "from page to page; sort by a column of unique values to be sure");
    updateState();
}

QModelIndexList DataGrid::selectedCells() const
{
    QModelIndexList cells;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        cells.append(modelIndex(index));
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells.append(modelIndex(m_view->currentIndex()));
    return cells;
}

void DataGrid::deleteSelectedRows()
{
    QSet<int> rows;
    for (const QModelIndex &index : selectedCells())
        rows.insert(index.row());
    m_model->removeRowsAt(rows.values());
}

void DataGrid::setSelectionNull()
{
    m_model->setNull(selectedCells());
}

QCoro::Task<bool> DataGrid::save()
{
    QPointer<DataGrid> self(this);
    m_busy = true;
    updateState();
    bool begun = true;
    if (m_transaction->needsBegin()) {
        begun = co_await m_transaction->begin();
        if (!self)
            co_return false;
        if (!begun)
            renewSession(); // BEGIN failed: the next try takes a new connection
    }
    const bool saved = begun && co_await m_model->save();
    if (!self)
        co_return false;
    m_busy = false;
    if (m_transaction->forgetEndedTransaction()) {
        // The engine ended the transaction (the connection dropped): say so, and go on with a
        // new session.
        Q_EMIT errorOccurred(tr("The transaction is no longer open: what was saved in it was "
                                "not committed."));
        renewSession();
    }
    updateState();
    co_return saved;
}

void DataGrid::renewSession()
{
    m_transaction->renewSession();
    m_model->setSession(m_transaction->session());
}

QCoro::Task<bool> DataGrid::commit()
{
    return endTransaction(true);
}

QCoro::Task<bool> DataGrid::rollback()
{
    return endTransaction(false);
}

QCoro::Task<bool> DataGrid::endTransaction(bool commit)
{
    if (!m_transaction->hasOpenTransaction())
        co_return true;
    QPointer<DataGrid> self(this);
    m_busy = true;
    updateState();
    bool ended = false;
    if (commit)
        ended = co_await m_transaction->commit();
    else
        ended = co_await m_transaction->rollback();
    if (!self)
        co_return false;
    m_busy = false;
    // A new session for the next transaction: the old one's connection may be gone.
    if (!m_transaction->hasOpenTransaction())
        renewSession();
    updateState();
    co_return ended;
}

} // namespace Quarry::Ui
