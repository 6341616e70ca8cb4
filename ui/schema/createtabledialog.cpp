// SPDX-License-Identifier: MIT
#include "schema/createtabledialog.h"
#include "alertcolors.h"

#include "connection/errors.h"
#include "schema/ddlcompiler.h"
#include "schema/dialect.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

QStringList typeSuggestions(const Dialect &dialect)
{
    if (dialect.kind() == Dialect::Kind::Postgres)
        return {u"integer"_s,      u"bigint"_s,      u"serial"_s,        u"text"_s,
                u"varchar(255)"_s, u"boolean"_s,     u"numeric(12,2)"_s, u"double precision"_s,
                u"date"_s,         u"timestamptz"_s, u"uuid"_s,          u"jsonb"_s,
                u"bytea"_s};
    return {u"INTEGER"_s, u"TEXT"_s, u"REAL"_s,      u"NUMERIC"_s,     u"BLOB"_s,
            u"BOOLEAN"_s, u"DATE"_s, u"TIMESTAMP"_s, u"VARCHAR(255)"_s};
}

bool checked(const QTableWidget *table, int row, int column)
{
    const auto *box = qobject_cast<QCheckBox *>(table->cellWidget(row, column));
    return box && box->isChecked();
}

QString text(const QTableWidget *table, int row, int column)
{
    if (const auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, column)))
        return combo->currentText().trimmed();
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

CreateTableDialog::CreateTableDialog(Database database, Metadata existing, QString schema,
                                     QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_existing(std::move(existing))
    , m_schema(std::move(schema))
    , m_name(new QLineEdit(this))
    , m_columns(new QTableWidget(0, ColumnCount, this))
    , m_indexes(new QTableWidget(0, 2, this))
    , m_preview(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create Table"));
    m_columns->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Primary key"), tr("NOT NULL"),
                                          tr("Unique"), tr("Default"), tr("References")});
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_indexes->setHorizontalHeaderLabels({tr("Index columns (comma-separated)"), tr("Unique")});
    m_indexes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setWordWrap(true);
    AlertColors::mark(m_message, true);
    m_name->setPlaceholderText(tr("new_table"));

    auto *addColumn = new QPushButton(tr("Add Column"), this);
    auto *removeColumn = new QPushButton(tr("Remove Column"), this);
    auto *addIndex = new QPushButton(tr("Add Index"), this);
    QPushButton *create = m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("Table name:"), m_name);
    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(addColumn);
    columnButtons->addWidget(removeColumn);
    columnButtons->addStretch();
    columnButtons->addWidget(addIndex);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Columns:"), this));
    layout->addWidget(m_columns, 3);
    layout->addLayout(columnButtons);
    layout->addWidget(new QLabel(tr("Indexes:"), this));
    layout->addWidget(m_indexes, 1);
    layout->addWidget(
        new QLabel(tr("SQL (%1):").arg(Dialect::forUrl(m_database.url()).name()), this));
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(820, 640);

    connect(addColumn, &QPushButton::clicked, this, [this] { this->addColumn(); });
    connect(removeColumn, &QPushButton::clicked, this, [this] {
        if (m_columns->currentRow() >= 0)
            m_columns->removeRow(m_columns->currentRow());
        updatePreview();
    });
    connect(addIndex, &QPushButton::clicked, this, [this] { this->addIndex(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this,
            [this] { QCoro::connect(this->create(), this, [](bool) {}); });
    connect(m_name, &QLineEdit::textChanged, this, &CreateTableDialog::updatePreview);
    connect(m_columns, &QTableWidget::itemChanged, this, &CreateTableDialog::updatePreview);
    connect(m_indexes, &QTableWidget::itemChanged, this, &CreateTableDialog::updatePreview);
    this->addColumn(u"id"_s, typeSuggestions(Dialect::forUrl(m_database.url())).first(), true,
                    true);
}

void CreateTableDialog::addColumn(const QString &name, const QString &type, bool primaryKey,
                                  bool notNull)
{
    const Dialect &dialect = Dialect::forUrl(m_database.url());
    const int row = m_columns->rowCount();
    m_columns->insertRow(row);
    m_columns->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto *types = new QComboBox(m_columns);
    types->setEditable(true);
    types->addItems(typeSuggestions(dialect));
    types->setCurrentText(type);
    m_columns->setCellWidget(row, TypeColumn, types);
    connect(types, &QComboBox::currentTextChanged, this, &CreateTableDialog::updatePreview);
    const bool values[] = {primaryKey, notNull, false};
    for (int c = KeyColumn; c <= UniqueColumn; ++c) {
        auto *box = new QCheckBox(m_columns);
        box->setChecked(values[c - KeyColumn]);
        m_columns->setCellWidget(row, c, box);
        connect(box, &QCheckBox::toggled, this, &CreateTableDialog::updatePreview);
    }
    m_columns->setItem(row, DefaultColumn, new QTableWidgetItem);
    // Foreign keys point at columns of the reflected schema (or of this table).
    auto *references = new QComboBox(m_columns);
    references->addItem(QString());
    for (const Table *table : m_existing.tables()) {
        for (const Quarry::Column &column : table->columns)
            references->addItem(table->name + u'.' + column.name);
    }
    m_columns->setCellWidget(row, ReferenceColumn, references);
    connect(references, &QComboBox::currentTextChanged, this, &CreateTableDialog::updatePreview);
    updatePreview();
}

void CreateTableDialog::addIndex(const QString &columns, bool unique)
{
    const int row = m_indexes->rowCount();
    m_indexes->insertRow(row);
    m_indexes->setItem(row, 0, new QTableWidgetItem(columns));
    auto *box = new QCheckBox(m_indexes);
    box->setChecked(unique);
    m_indexes->setCellWidget(row, 1, box);
    connect(box, &QCheckBox::toggled, this, &CreateTableDialog::updatePreview);
    updatePreview();
}

Table CreateTableDialog::table(QString *problem) const
{
    const Dialect &dialect = Dialect::forUrl(m_database.url());
    QString found;
    Table table;
    table.schema = m_schema;
    table.name = m_name->text().trimmed();
    if (table.name.isEmpty())
        found = tr("Give the table a name.");
    else if (m_existing.table(table.name, m_schema))
        found = tr("There is already a table called %1.").arg(table.name);
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        Quarry::Column column;
        column.name = text(m_columns, row, NameColumn);
        if (column.name.isEmpty()) {
            found = found.isEmpty() ? tr("Column %1 has no name.").arg(row + 1) : found;
            continue;
        }
        if (table.hasColumn(column.name) && found.isEmpty())
            found = tr("There are two columns called %1.").arg(column.name);
        column.nativeType = text(m_columns, row, TypeColumn);
        column.type = dialect.portableType(column.nativeType);
        column.nullable = !checked(m_columns, row, NotNullColumn);
        column.defaultSql = text(m_columns, row, DefaultColumn);
        if (checked(m_columns, row, KeyColumn)) {
            table.primaryKey.columns.append(column.name);
            column.nullable = false;
        }
        if (checked(m_columns, row, UniqueColumn))
            table.uniques.append({QString(), {column.name}});
        const QString reference = text(m_columns, row, ReferenceColumn);
        if (!reference.isEmpty()) {
            ForeignKey fk;
            fk.columns = {column.name};
            fk.referredTable = reference.section(u'.', 0, 0);
            fk.referredColumns = {reference.section(u'.', 1)};
            table.foreignKeys.append(fk);
        }
        table.columns.append(column);
    }
    if (table.columns.isEmpty() && found.isEmpty())
        found = tr("Add at least one column.");
    for (int row = 0; row < m_indexes->rowCount(); ++row) {
        Index index;
        index.unique = checked(m_indexes, row, 1);
        for (const QString &name : text(m_indexes, row, 0).split(u',', Qt::SkipEmptyParts)) {
            if (!table.hasColumn(name.trimmed()) && found.isEmpty())
                found = tr("Index %1 names %2, which is not a column.").arg(row + 1).arg(name);
            IndexPart part;
            part.column = name.trimmed();
            index.parts.append(part);
        }
        if (!index.parts.isEmpty()) {
            index.name = DdlCompiler::indexName(table, index);
            table.indexes.append(index);
        }
    }
    if (problem)
        *problem = found;
    return table;
}

QString CreateTableDialog::ddl() const
{
    const Dialect &dialect = Dialect::forUrl(m_database.url());
    const QStringList statements = DdlCompiler(dialect, dialect.name()).createTable(table(nullptr));
    return statements.join(u";\n\n"_s) + u';';
}

void CreateTableDialog::updatePreview()
{
    QString problem;
    table(&problem);
    m_preview->setPlainText(ddl());
    m_message->setText(problem);
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty() && !m_busy);
    }
}

QCoro::Task<bool> CreateTableDialog::create()
{
    QString problem;
    const Table designed = table(&problem);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        co_return false;
    }
    QPointer<CreateTableDialog> self(this);
    m_busy = true;
    updatePreview();
    m_message->setText(tr("Creating %1…").arg(designed.name));
    Database database = m_database;
    CreateOptions options;
    options.checkFirst = false;
    QString failure;
    try {
        co_await database.createTable(designed, options);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    m_busy = false;
    updatePreview();
    if (!failure.isEmpty()) {
        m_message->setText(tr("Could not create the table: %1").arg(failure));
        co_return false;
    }
    Q_EMIT created(designed.name);
    accept();
    co_return true;
}

} // namespace Quarry::Ui
