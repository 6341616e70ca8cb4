// SPDX-License-Identifier: MIT
#pragma once

#include <QCoroTask>
#include <QObject>
#include <QString>
#include <QUuid>

namespace Quarry::Ui {

/// What a keychain operation came to. Messages never contain the password.
struct KeychainResult {
    enum class Status {
        Ok,
        /// read: nothing saved under that id.
        NotFound,
        /// No keychain to talk to (no Secret Service on the session bus, no session bus …):
        /// the app asks for passwords each time instead.
        Unavailable,
        /// The keychain is there but refused or failed (locked, access denied …).
        Failed,
    };

    Status status = Status::Ok;
    /// read: the password when status is Ok.
    QString password{};
    /// For Unavailable and Failed: "no keychain available: …" or "keychain error: …".
    QString message{};

    bool ok() const { return status == Status::Ok; }
};

/// Connection passwords in the OS keychain (Secret Service, macOS Keychain, Windows Credential
/// Store) through QtKeychain, keyed by profile id under one service name. Never writes a
/// password anywhere else: QtKeychain's insecure plain-text fallback stays off.
class PasswordStore : public QObject {
    Q_OBJECT

public:
    /// \a service groups the entries in the keychain; tests use their own.
    explicit PasswordStore(QString service = DefaultService, QObject *parent = nullptr);
    ~PasswordStore() override;

    QString service() const { return m_service; }

    QCoro::Task<KeychainResult> read(QUuid id) const;
    QCoro::Task<KeychainResult> write(QUuid id, QString password) const;
    /// Ok also when nothing was saved.
    QCoro::Task<KeychainResult> remove(QUuid id) const;

    static inline const QString DefaultService = QStringLiteral("Quarry");

private:
    QString m_service;
};

} // namespace Quarry::Ui
