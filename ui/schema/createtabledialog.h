// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Quarry::Ui {

/// Designs a new table by click: columns (type, primary key, NOT NULL, unique, default, a
/// reference to a column of the reflected schema) and indexes, with the DDL for the
/// connection's dialect shown live. Create runs asynchronously; created() follows.
class CreateTableDialog : public QDialog {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        KeyColumn,
        NotNullColumn,
        UniqueColumn,
        DefaultColumn,
        ReferenceColumn,
        ColumnCount
    };

    CreateTableDialog(Database database, Metadata existing, QString schema,
                      QWidget *parent = nullptr);

    /// The table as designed so far; \a problem says what is missing or wrong.
    Table table(QString *problem = nullptr) const;
    QString ddl() const;
    QLineEdit *nameEdit() const { return m_name; }
    QTableWidget *columnsTable() const { return m_columns; }
    QTableWidget *indexesTable() const { return m_indexes; }
    /// Appends a column row (the form's "Add Column"), filled as given.
    void addColumn(const QString &name = {}, const QString &type = QStringLiteral("integer"),
                   bool primaryKey = false, bool notNull = false);
    void addIndex(const QString &columns = {}, bool unique = false);
    /// Creates the table; resolves to whether it worked (the error is shown in the dialog).
    QCoro::Task<bool> create();

Q_SIGNALS:
    void created(const QString &table);

private:
    void updatePreview();

    Database m_database;
    Metadata m_existing;
    QString m_schema;
    QLineEdit *m_name;
    QTableWidget *m_columns;
    QTableWidget *m_indexes;
    QPlainTextEdit *m_preview;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace Quarry::Ui
