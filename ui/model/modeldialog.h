// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QMessageBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Quarry::Ui {

/// A JSON model file (declarative tables) against the current connection: its tables, the DDL
/// Create all would run here, and Create all / Drop all — dropping only after a confirmation
/// that lists every table to go. The work runs asynchronously behind a progress bar.
class ModelDialog : public QDialog {
    Q_OBJECT

public:
    ModelDialog(Database database, Metadata model, QString fileName, QWidget *parent = nullptr);

    QListWidget *tableList() const { return m_tables; }
    QString ddl() const;
    /// Creates what is missing, all or nothing; resolves to whether it worked.
    QCoro::Task<bool> createAll();
    /// Drops every table of the model (after confirmDropAll() in the UI).
    QCoro::Task<bool> dropAll();
    /// Asks before dropping, naming the tables; dropAll() follows a yes.
    QMessageBox *confirmDropAll();
    /// Stops a running Create all / Drop all: it rolls back, nothing is changed.
    void stop();

Q_SIGNALS:
    /// The schema changed: the window refreshes the tree.
    void schemaChanged();

private:
    QCoro::Task<void> showPlan();
    /// Create all (\a create) or Drop all, on a session Stop can cancel.
    QCoro::Task<bool> work(bool create);
    /// Shows \a message with a busy bar and Stop; the work runs on the returned session.
    Session startWork(const QString &message);
    void setDone(const QString &message, bool failed);

    Database m_database;
    Metadata m_model;
    QListWidget *m_tables;
    QPlainTextEdit *m_ddl;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_create;
    QPushButton *m_drop;
    QPushButton *m_stop;
    std::optional<Session> m_work;
};

} // namespace Quarry::Ui
