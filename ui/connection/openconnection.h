// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"
#include "schema/metadata.h"

#include <QCoroTask>
#include <QObject>

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

    /// Connects (a bad file, password or host fails here) and reflects the schema.
    QCoro::Task<bool> open();
    /// Reads the schema again; reflected() follows.
    QCoro::Task<bool> refresh();

Q_SIGNALS:
    void reflected();
    void errorOccurred(const QString &message);

private:
    Database m_database;
    QString m_name;
    Metadata m_metadata;
    bool m_reflecting = false;
};

} // namespace Quarry::Ui
