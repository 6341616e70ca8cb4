// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"
#include "schema/metadata.h"
#include "sql/schemachange.h"

#include <QCoroTask>
#include <QObject>

#include <optional>

namespace Quarry::Ui {

/// One database the window has open: its Database (pool), the name shown for it, and the
/// schema last reflected. Errors become errorOccurred() with the engine's message (URLs in it
/// are already redacted by the core).
class OpenConnection : public QObject {
    Q_OBJECT

public:
    OpenConnection(DatabaseUrl url, QString name, QObject *parent = nullptr);
    OpenConnection(DatabaseUrl url, QString name, Options options, QObject *parent = nullptr);
    ~OpenConnection() override;

    /// The pool the app uses for a connection: small, since one person works through it.
    static Options defaultOptions();

    const QString &name() const { return m_name; }
    const Database &database() const { return m_database; }
    const Metadata &metadata() const { return m_metadata; }
    bool isReflecting() const { return m_reflecting; }
    /// A table, or a view as a table of its columns, from the schema last reflected (a view's
    /// columns only when its definition names them: describe() asks the database).
    std::optional<Table> relation(const QString &schema, const QString &name) const;
    /// relation() to open in a grid: a view without columns (the grid reads every relation's
    /// definition from the database itself before its first rows).
    QCoro::Task<std::optional<Table>> describe(QString schema, QString name) const;
    /// How to open this connection again next time: a file path, a URL without a password, or
    /// "profile:<id>"; empty when it cannot be reopened without asking.
    const QString &source() const { return m_source; }
    void setSource(QString source) { m_source = std::move(source); }
    /// Which database this is, stable across restarts and never with a password: the source,
    /// or else the redacted URL. (The display name may be the same for two connections.)
    QString identity() const;

    /// Connects (a bad file, password or host fails here) and reflects the schema.
    QCoro::Task<bool> open();
    /// Only connects; refresh() reads the schema.
    QCoro::Task<bool> connectToDatabase();
    /// Reads the schema again; reflected() follows. Resolves to false when it failed or was
    /// stopped (the schema read before stays).
    QCoro::Task<bool> refresh();
    /// Reads only the tables and views \a names of \a schema again (after DDL that touched
    /// them, or a grid that found one changed) and updates the schema with them: one that is
    /// gone is removed, a new one added; reflected() follows. Cheaper than refresh().
    QCoro::Task<bool> refreshRelations(QString schema, QStringList names);
    /// DDL ran somewhere in the app: tells schemaChanged() (open grids of those tables look
    /// at them again), then reads again the tables and views \a change names, or everything.
    QCoro::Task<bool> applySchemaChange(SchemaChange change);
    /// Stops a running refresh().
    void stopRefresh();

Q_SIGNALS:
    void reflected();
    void reflectingChanged(bool reflecting);
    /// refresh() was stopped by stopRefresh().
    void refreshStopped();
    void errorOccurred(const QString &message);
    /// Statements changed (or may have changed) these tables and views.
    void schemaChanged(const Quarry::SchemaChange &change);

private:
    Database m_database;
    QString m_name;
    Metadata m_metadata;
    QString m_source;
    bool m_reflecting = false;
    /// The running refresh()'s session: stopRefresh() cancels it.
    std::optional<Session> m_reflectSession;
};

} // namespace Quarry::Ui
