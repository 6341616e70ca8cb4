// SPDX-License-Identifier: MIT
#pragma once

#include "connection/result.h"
#include "connection/session.h"
#include "editor/resultsetmodel.h"

#include <QCoroTask>

#include <memory>

namespace Quarry::Ui {

/// One result set of the SQL editor, read-only, streamed: the first batch
/// arrives at once and further batches only as the view scrolls near the end
/// (canFetchMore() / fetchMore()), so a result of millions of rows shows its
/// first rows at once and holds only what was looked at. The statement's cursor
/// stays open on the session until the result is complete or stop()ped.
class ResultModel : public ResultSetModel {
    Q_OBJECT

public:
    static constexpr int BatchRows = 500;

    explicit ResultModel(QObject *parent = nullptr);
    /// Stops reading (closes the cursor) without waiting.
    ~ResultModel() override;

    /// Runs \a sql on \a session and resolves once its columns and first batch
    /// (or its end) are in; the statement's error is thrown from here.
    QCoro::Task<void> start(Session session, QString sql);
    /// Stops reading: the rows held stay, the cursor is closed and the session
    /// free again once this resolves.
    QCoro::Task<void> stop();
    /// Reads everything that is left.
    void fetchAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QVariant value(int row, int column) const;
    /// Every row has been read (or reading stopped with an error).
    bool isComplete() const override;
    /// Reading was stopped before the end: rowCount() is not the whole result.
    bool isTruncated() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Reader;
    /// Reads batches while the model wants more; owns the stream in its frame, so
    /// dropping the model never leaves a coroutine waiting for ever.
    static QCoro::Task<void> read(std::shared_ptr<Reader> reader, Session session, QString sql);
    void append(const Result &batch);

    std::shared_ptr<Reader> m_reader;
    QVariantList m_values;
    int m_rows = 0;
};

} // namespace Quarry::Ui
