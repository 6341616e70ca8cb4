// SPDX-License-Identifier: MIT
#pragma once

#include "connection/connectionprofile.h"
#include "connection/connectiontest.h"
#include "connection/passwordstore.h"

#include <QCoroTask>
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Quarry::Ui {

class InlineMessage;

/// Edits one saved connection: SQLite file or PostgreSQL server fields, the password (kept in
/// the keychain when asked to), SSL mode and read-only flag, with Test Connection. Problems and
/// test outcomes show inside the dialog. Saving writes or removes the keychain entry first and
/// then accepts; the caller stores profile() in its ConnectionStore.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    /// Add: a connection not saved yet ("save password" starts on). Edit: a saved one.
    enum class Mode { Add, Edit };

    /// \a profile needs an id (the keychain entry's key). \a recentFiles fill the file box.
    ConnectionDialog(Mode mode, const ConnectionProfile &profile, PasswordStore *passwords,
                     const QStringList &recentFiles, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// The profile as the fields say.
    ConnectionProfile profile() const;
    void setProfile(const ConnectionProfile &profile);
    QString password() const;
    void setPassword(const QString &password);
    bool savesPassword() const;
    /// The text shown under the fields (a problem, a test outcome …).
    QString message() const;
    bool isTesting() const { return m_testing; }
    /// Whether the keychain has answered the read of the saved password, which happens once the
    /// profile is a PostgreSQL one (a SQLite profile has none to read).
    bool isPasswordLoaded() const { return m_passwordLoaded; }

    /// Tests the connection the fields describe; the button does the same.
    QCoro::Task<ConnectionTestResult> testConnection();

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    /// The keychain has answered the read of the saved password (now in the field if any).
    void passwordLoaded();

private:
    void buildForm();
    void updateKind();
    void chooseFile();
    void showProblem(const QString &text);
    QCoro::Task<void> loadPassword();
    QCoro::Task<void> save();

    QPointer<PasswordStore> m_passwords;
    Mode m_mode;
    QUuid m_id;
    ConnectionProfile::Kind m_savedKind;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_file = nullptr;
    QWidget *m_fileRow = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_savePassword = nullptr;
    InlineMessage *m_keychainNote = nullptr;
    QComboBox *m_sslMode = nullptr;
    QCheckBox *m_readOnly = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_testButton = nullptr;
    bool m_testing = false;
    bool m_saving = false;
    bool m_passwordRequested = false;
    bool m_passwordLoaded = true;
    bool m_keychainFailed = false;
};

} // namespace Quarry::Ui
