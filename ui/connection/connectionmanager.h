// SPDX-License-Identifier: MIT
#pragma once

#include "connection/connectionprofile.h"
#include "connection/passwordstore.h"

#include <QCoroTask>
#include <QDialog>
#include <QPointer>

#include <optional>

class QInputDialog;
class QMessageBox;
class QPushButton;
class QTreeWidget;

namespace Quarry::Ui {

class ConnectionDialog;
class ConnectionStore;
class InlineMessage;

/// The saved connections: add, edit, duplicate, delete, test and connect. Connecting reads the
/// password from the keychain first and asks for it (non-blocking) when none is saved or there
/// is no keychain; then connectRequested() goes to whoever opens connections.
class ConnectionManager : public QDialog {
    Q_OBJECT

public:
    ConnectionManager(ConnectionStore *store, PasswordStore *passwords, QWidget *parent = nullptr);
    ~ConnectionManager() override;

    QTreeWidget *list() const { return m_list; }
    std::optional<ConnectionProfile> currentProfile() const;
    void selectProfile(const QUuid &id);
    QString message() const;

    /// Each opens its dialog or box (non-blocking) and returns it.
    ConnectionDialog *addConnection();
    ConnectionDialog *editConnection();
    QMessageBox *deleteConnection();
    void duplicateConnection();
    /// Tests the current profile, asking for the password as Connect does.
    void testConnection();
    void connectCurrent();

Q_SIGNALS:
    /// The person chose Connect; \a password is empty for SQLite.
    void connectRequested(const Quarry::Ui::ConnectionProfile &profile, const QString &password);
    void testFinished(bool ok, const QString &message);
    /// No saved password: \a dialog asks for it.
    void passwordRequested(QInputDialog *dialog);

private:
    enum class Purpose { Connect, Test };

    void reload();
    void updateButtons();
    ConnectionDialog *openDialog(const ConnectionProfile &profile, bool isNew);
    QCoro::Task<void> withPassword(ConnectionProfile profile, Purpose purpose);
    void askPassword(const ConnectionProfile &profile, const QString &note, Purpose purpose);
    void proceed(const ConnectionProfile &profile, const QString &password, Purpose purpose);
    QCoro::Task<void> runTest(ConnectionProfile profile, QString password);
    QCoro::Task<void> copyPassword(QUuid from, QUuid to);
    QCoro::Task<void> forgetPassword(QUuid id);

    QPointer<ConnectionStore> m_store;
    QPointer<PasswordStore> m_passwords;
    QTreeWidget *m_list;
    InlineMessage *m_message;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    bool m_busy = false;
};

} // namespace Quarry::Ui
