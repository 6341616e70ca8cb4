// SPDX-License-Identifier: MIT
#include "model/modeldialog.h"
#include "alertcolors.h"

#include "connection/errors.h"
#include "schema/schemaops.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

ModelDialog::ModelDialog(Database database, Metadata model, QString fileName, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_model(std::move(model))
    , m_tables(new QListWidget(this))
    , m_ddl(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_create(new QPushButton(tr("Create All"), this))
    , m_drop(new QPushButton(tr("Drop All…"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    setWindowTitle(tr("Model %1").arg(fileName));
    for (const Table *table : m_model.tables())
        m_tables->addItem(table->schema.isEmpty() ? table->name
                                                  : table->schema + u'.' + table->name);
    m_ddl->setReadOnly(true);
    m_ddl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ddl->setPlaceholderText(tr("Working out what Create All would run…"));
    m_progress->setRange(0, 0); // busy: the engines report no progress for DDL
    m_progress->hide();
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tables);
    splitter->addWidget(m_ddl);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    buttons->addButton(m_drop, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    m_stop->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Tables in the model: %1. The SQL Create All runs on %2 (what exists is "
                      "skipped):")
                       .arg(m_model.tableCount())
                       .arg(m_database.url().redacted()),
                   this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this,
            [this] { QCoro::connect(createAll(), this, [](bool) {}); });
    connect(m_drop, &QPushButton::clicked, this, &ModelDialog::confirmDropAll);
    connect(m_stop, &QPushButton::clicked, this, &ModelDialog::stop);
    QCoro::connect(showPlan(), this, [] {});
}

QString ModelDialog::ddl() const
{
    return m_ddl->toPlainText();
}

QCoro::Task<void> ModelDialog::showPlan()
{
    QPointer<ModelDialog> self(this);
    QStringList statements;
    QString failure;
    try {
        CreateOptions options;
        Session session = m_database.session();
        statements = co_await createAllPlan(session, m_model, options);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return;
    if (!failure.isEmpty()) {
        setDone(failure, true);
        co_return;
    }
    m_ddl->setPlainText(statements.isEmpty() ? tr("-- every table of the model already exists")
                                             : statements.join(u";\n\n"_s) + u';');
}

void ModelDialog::stop()
{
    if (m_work)
        m_work->stop(); // the whole job, also between two of its statements
}

Session ModelDialog::startWork(const QString &message)
{
    m_create->setEnabled(false);
    m_drop->setEnabled(false);
    m_stop->show();
    m_progress->show();
    AlertColors::mark(m_status, false);
    m_status->setText(message);
    m_work = m_database.session();
    return *m_work;
}

void ModelDialog::setDone(const QString &message, bool failed)
{
    m_work.reset();
    m_create->setEnabled(true);
    m_drop->setEnabled(true);
    m_stop->hide();
    m_progress->hide();
    AlertColors::mark(m_status, failed);
    m_status->setText(message);
}

QCoro::Task<bool> ModelDialog::createAll()
{
    return work(true);
}

QCoro::Task<bool> ModelDialog::dropAll()
{
    return work(false);
}

QCoro::Task<bool> ModelDialog::work(bool create)
{
    QPointer<ModelDialog> self(this);
    Session session =
        startWork(create ? tr("Creating the model's tables…") : tr("Dropping the model's tables…"));
    QString failure;
    try {
        if (create) {
            CreateOptions options;
            co_await Quarry::createAll(session, m_model, options);
        } else {
            DropOptions options;
            co_await Quarry::dropAll(session, m_model, options);
        }
    } catch (const Cancelled &) {
        failure = tr("stopped");
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!self)
        co_return false;
    const QString done = create ? tr("Created.") : tr("Dropped.");
    const QString nothing = create ? tr("Nothing was created: %1") : tr("Nothing was dropped: %1");
    setDone(failure.isEmpty() ? done : nothing.arg(failure), !failure.isEmpty());
    Q_EMIT schemaChanged();
    co_await showPlan();
    co_return failure.isEmpty();
}

QMessageBox *ModelDialog::confirmDropAll()
{
    QStringList names;
    for (const Table *table : m_model.tables())
        names.append(table->name);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Drop All"),
                                tr("Drop these %1 tables and all their rows? This cannot be "
                                   "undone.")
                                    .arg(names.size()),
                                QMessageBox::Cancel, this);
    // names are data, never markup (setTextFormat leaves the informative text alone)
    box->setInformativeText(Qt::convertFromPlainText(names.join(u", "_s)));
    QPushButton *drop = box->addButton(tr("Drop All"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, drop](QAbstractButton *clicked) {
        if (clicked == drop)
            QCoro::connect(dropAll(), this, [](bool) {});
    });
    box->open();
    return box;
}

} // namespace Quarry::Ui
