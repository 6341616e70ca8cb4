// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "editor/resultsetmodel.h"

#include <QCoroTask>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Quarry {
class ResultSpool;
}

namespace Quarry::Ui {

/// A result set read back from a ResultSpool, for auto-commit mode, where the statement has
/// already ended on the server: rowCount() grows as the spool fills (a few times a second, not
/// per batch), and the rows the view shows are read a page at a time on a worker thread
/// (never on the GUI thread) into a bounded cache, so memory stays flat for any result size.
/// A cell whose page is on its way shows as pending until it arrives.
class SpoolResultModel : public ResultSetModel {
    Q_OBJECT

public:
    static constexpr int PageRows = 256;
    /// Pages kept; the least recently shown goes first.
    static constexpr int MaxPages = 32;

    explicit SpoolResultModel(std::shared_ptr<ResultSpool> spool, QObject *parent = nullptr);
    /// Stops the writer if it still runs; the file goes (on a worker thread) when the last
    /// reader lets go of it.
    ~SpoolResultModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool isComplete() const override;

    /// Takes what the spool holds now: its columns, new rows.
    void refresh();
    const ResultSpool &spool() const { return *m_spool; }
    /// Pages held now.
    int cachedPages() const { return int(m_pages.size()); }

Q_SIGNALS:
    /// The result's columns are known (once).
    void columnsArrived();

private:
    struct Page {
        Result rows;
        quint64 used = 0;
    };
    /// Reads page \a page on a worker thread and hands it to the model if it still lives.
    static QCoro::Task<void> load(QPointer<SpoolResultModel> self,
                                  std::shared_ptr<ResultSpool> spool, qint64 page);
    void request(qint64 page) const;
    void loaded(qint64 page, Result rows);

    std::shared_ptr<ResultSpool> m_spool;
    int m_rows = 0;
    bool m_announced = false;
    mutable QHash<qint64, Page> m_pages;
    mutable QSet<qint64> m_loading;
    mutable quint64 m_tick = 0;
};

} // namespace Quarry::Ui
