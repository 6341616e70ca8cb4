// SPDX-License-Identifier: MIT
#include "connection/connectiondialog.h"

#include "connection/errors.h"
#include "connection/inlinemessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

QStringList sqliteNameFilters()
{
    return {ConnectionDialog::tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3)"),
            ConnectionDialog::tr("All files (*)")};
}

// "no keychain available: …" as the start of a sentence.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ConnectionDialog::ConnectionDialog(Mode mode, const ConnectionProfile &profile,
                                   PasswordStore *passwords, const QStringList &recentFiles,
                                   QWidget *parent)
    : QDialog(parent)
    , m_passwords(passwords)
    , m_mode(mode)
    , m_id(profile.id)
    , m_savedKind(profile.kind)
{
    setWindowTitle(mode == Mode::Add ? tr("New Connection")
                                     : tr("Connection “%1”").arg(profile.name));
    buildForm();
    m_file->addItems(recentFiles);
    setProfile(profile);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setPlaceholderText(tr("e.g. Shop (production)"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(tr("SQLite file"), int(ConnectionProfile::Kind::Sqlite));
    m_kind->addItem(tr("PostgreSQL server"), int(ConnectionProfile::Kind::Postgres));

    m_file = new QComboBox(this);
    m_file->setObjectName(u"file"_s);
    m_file->setEditable(true);
    m_file->setInsertPolicy(QComboBox::NoInsert);
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_file->setMinimumContentsLength(28);
    m_file->lineEdit()->setPlaceholderText(tr("Path of the database file"));
    auto *browse = new QToolButton(this);
    browse->setObjectName(u"browse"_s);
    browse->setText(tr("Browse…"));
    browse->setToolTip(tr("Choose the database file"));
    m_fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("localhost"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(ConnectionProfile::DefaultPostgresPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(tr("the user's name when empty"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword = new QCheckBox(tr("Save password in the keychain"), this);
    m_savePassword->setObjectName(u"savePassword"_s);
    m_savePassword->setChecked(true);
    m_keychainNote = new InlineMessage(this);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setMinimumHeight(0);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"sslMode"_s);
    for (ConnectionProfile::SslMode mode : ConnectionProfile::sslModes()) {
        m_sslMode->addItem(ConnectionProfile::sslModeKeyword(mode), int(mode));
        m_sslMode->setItemData(m_sslMode->count() - 1, ConnectionProfile::sslModeDescription(mode),
                               Qt::ToolTipRole);
    }
    m_readOnly = new QCheckBox(tr("Read-only: open without write access"), this);
    m_readOnly->setObjectName(u"readOnly"_s);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Type:"), m_kind);
    m_form->addRow(tr("&File:"), m_fileRow);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("&Port:"), m_port);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->addRow(QString(), m_savePassword);
    m_form->addRow(QString(), m_keychainNote);
    m_form->addRow(tr("&SSL mode:"), m_sslMode);
    m_form->addRow(QString(), m_readOnly);

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"message"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"test"_s);
    m_testButton->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_testButton);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(6);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addLayout(bottom);
    setMinimumWidth(480);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateKind);
    connect(browse, &QToolButton::clicked, this, &ConnectionDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        QCoro::connect(testConnection(), this, [](const ConnectionTestResult &) {});
    });
    connect(m_sslMode, &QComboBox::currentIndexChanged, this,
            [this] { m_sslMode->setToolTip(m_sslMode->currentData(Qt::ToolTipRole).toString()); });
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    profile.filePath = QDir::fromNativeSeparators(m_file->currentText().trimmed());
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text();
    profile.user = m_user->text();
    profile.sslMode = ConnectionProfile::SslMode(m_sslMode->currentData().toInt());
    profile.readOnly = m_readOnly->isChecked();
    return profile;
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_file->setCurrentText(QDir::toNativeSeparators(profile.filePath));
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_sslMode->setCurrentIndex(m_sslMode->findData(int(profile.sslMode)));
    m_readOnly->setChecked(profile.readOnly);
    updateKind();
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

void ConnectionDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool ConnectionDialog::savesPassword() const
{
    return m_savePassword->isEnabled() && m_savePassword->isChecked();
}

QString ConnectionDialog::message() const
{
    return m_message->text();
}

void ConnectionDialog::updateKind()
{
    const bool sqlite =
        ConnectionProfile::Kind(m_kind->currentData().toInt()) == ConnectionProfile::Kind::Sqlite;
    m_form->setRowVisible(m_fileRow, sqlite);
    for (QWidget *field :
         {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
          static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
          static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_savePassword),
          static_cast<QWidget *>(m_sslMode)})
        m_form->setRowVisible(field, !sqlite);
    m_form->setRowVisible(m_keychainNote, !sqlite && !m_keychainNote->text().isEmpty());
    // Only a server's profile asks the keychain (which may want unlocking) for its password.
    if (!sqlite && !m_passwordRequested) {
        m_passwordRequested = true;
        m_passwordLoaded = false;
        QCoro::connect(loadPassword(), this, [] {});
    }
    m_message->clear();
    adjustSize();
}

void ConnectionDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose Database File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(sqliteNameFilters());
    const QFileInfo current(m_file->currentText().trimmed());
    if (!current.filePath().isEmpty())
        dialog->setDirectory(current.absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_file->setCurrentText(QDir::toNativeSeparators(file));
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(QFileInfo(file).completeBaseName());
        m_message->clear();
    });
    dialog->open();
}

void ConnectionDialog::showProblem(const QString &text)
{
    m_message->showMessage(InlineMessage::Kind::Error, text);
}

QCoro::Task<void> ConnectionDialog::loadPassword()
{
    QPointer<ConnectionDialog> self(this);
    QPointer<PasswordStore> passwords = m_passwords;
    if (!passwords || m_id.isNull()) {
        m_passwordLoaded = true;
        Q_EMIT passwordLoaded();
        co_return;
    }
    m_password->setPlaceholderText(tr("Reading the keychain…"));
    const KeychainResult result = co_await passwords->read(m_id);
    if (!self)
        co_return;
    m_password->setPlaceholderText(QString());
    switch (result.status) {
    case KeychainResult::Status::Ok:
        if (m_password->text().isEmpty()) // typed meanwhile: the person's text wins
            m_password->setText(result.password);
        m_savePassword->setChecked(true);
        break;
    case KeychainResult::Status::NotFound:
        // A saved connection without a saved password keeps asking for it.
        m_savePassword->setChecked(m_mode == Mode::Add);
        break;
    case KeychainResult::Status::Unavailable:
        m_savePassword->setChecked(false);
        m_savePassword->setEnabled(false);
        m_keychainNote->showMessage(InlineMessage::Kind::Info,
                                    tr("%1. The password will be asked for each time you connect.")
                                        .arg(sentence(result.message)));
        break;
    case KeychainResult::Status::Failed:
        m_keychainNote->showMessage(InlineMessage::Kind::Error, sentence(result.message) + u'.');
        break;
    }
    const bool server = profile().usesPassword();
    m_form->setRowVisible(m_keychainNote, server && !m_keychainNote->text().isEmpty());
    m_passwordLoaded = true;
    Q_EMIT passwordLoaded();
}

QCoro::Task<ConnectionTestResult> ConnectionDialog::testConnection()
{
    QPointer<ConnectionDialog> self(this);
    ConnectionTestResult result;
    if (m_testing)
        co_return result;
    const ConnectionProfile current = profile();
    result.message = current.problem();
    DatabaseUrl url;
    if (result.message.isEmpty()) {
        try {
            url = current.toUrl(password());
        } catch (const DatabaseError &e) {
            result.message = e.message();
        }
    }
    if (!result.message.isEmpty()) {
        showProblem(result.message);
        Q_EMIT testFinished(false, result.message);
        co_return result;
    }
    m_testing = true;
    m_testButton->setEnabled(false);
    m_message->showMessage(InlineMessage::Kind::Progress,
                           tr("Connecting to %1…").arg(current.target()));
    result = co_await Ui::testConnection(url, current.options());
    if (!self)
        co_return result;
    m_testing = false;
    m_testButton->setEnabled(true);
    m_message->showMessage(result.ok ? InlineMessage::Kind::Success : InlineMessage::Kind::Error,
                           result.message);
    Q_EMIT testFinished(result.ok, result.message);
    co_return result;
}

void ConnectionDialog::accept()
{
    if (!m_saving)
        QCoro::connect(save(), this, [] {});
}

QCoro::Task<void> ConnectionDialog::save()
{
    QPointer<ConnectionDialog> self(this);
    const ConnectionProfile current = profile();
    const QString problem = current.problem();
    if (!problem.isEmpty()) {
        showProblem(problem);
        co_return;
    }
    QPointer<PasswordStore> passwords = m_passwords;
    // A saved server turned into a file leaves no password behind.
    const bool wasServer = m_mode == Mode::Edit && m_savedKind == ConnectionProfile::Kind::Postgres;
    const bool useKeychain = current.usesPassword() ? m_savePassword->isEnabled() : wasServer;
    if (!passwords || !useKeychain || m_keychainFailed) {
        QDialog::accept();
        co_return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    KeychainResult result;
    const bool keep =
        current.usesPassword() && m_savePassword->isChecked() && !password().isEmpty();
    if (keep) {
        m_message->showMessage(InlineMessage::Kind::Progress,
                               tr("Saving the password in the keychain…"));
        result = co_await passwords->write(m_id, password());
    } else {
        result = co_await passwords->remove(m_id);
    }
    if (!self)
        co_return;
    m_saving = false;
    m_buttons->setEnabled(true);
    // Nothing can have been saved where there is no keychain.
    if (result.ok() || (!keep && result.status == KeychainResult::Status::Unavailable)) {
        m_message->clear();
        QDialog::accept();
        co_return;
    }
    // Saving again keeps the connection as it is, without touching the keychain.
    m_keychainFailed = true;
    m_savePassword->setChecked(false);
    showProblem(keep ? tr("The password was not saved: %1. Save again to keep the connection "
                          "without it; the password will then be asked for when connecting.")
                           .arg(result.message)
                     : tr("The saved password could not be removed: %1.").arg(result.message));
}

} // namespace Quarry::Ui
