// SPDX-License-Identifier: MIT
#include "connection/connectionmanager.h"

#include "connection/connectiondialog.h"
#include "connection/connectionstore.h"
#include "connection/connectiontest.h"
#include "connection/errors.h"
#include "connection/inlinemessage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quarry::Ui {

namespace {

constexpr int IdRole = Qt::UserRole;

QIcon iconFor(const QWidget *widget, ConnectionProfile::Kind kind)
{
    if (kind == ConnectionProfile::Kind::Postgres)
        return QIcon::fromTheme(u"network-server-database"_s,
                                widget->style()->standardIcon(QStyle::SP_DriveNetIcon));
    return QIcon::fromTheme(u"application-x-sqlite3"_s,
                            widget->style()->standardIcon(QStyle::SP_DriveHDIcon));
}

} // namespace

ConnectionManager::ConnectionManager(ConnectionStore *store, PasswordStore *passwords,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_passwords(passwords)
    , m_list(new QTreeWidget(this))
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("Connections"));
    m_list->setObjectName(u"connections"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Name"), tr("Connection")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"add"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"edit"_s);
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setObjectName(u"duplicate"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"delete"_s);
    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(u"test"_s);
    for (QPushButton *button : {add, m_edit, m_duplicate, m_delete, m_test})
        button->setAutoDefault(false);
    auto *side = new QVBoxLayout;
    side->addWidget(add);
    side->addWidget(m_edit);
    side->addWidget(m_duplicate);
    side->addWidget(m_delete);
    side->addSpacing(12);
    side->addWidget(m_test);
    side->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connect"_s);
    m_connect->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 380);

    connect(add, &QPushButton::clicked, this, &ConnectionManager::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &ConnectionManager::editConnection);
    connect(m_duplicate, &QPushButton::clicked, this, &ConnectionManager::duplicateConnection);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionManager::deleteConnection);
    connect(m_test, &QPushButton::clicked, this, &ConnectionManager::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionManager::connectCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ConnectionManager::connectCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_message->clear();
        updateButtons();
    });
    if (m_store)
        connect(m_store, &ConnectionStore::profilesChanged, this, &ConnectionManager::reload);
    reload();
}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::reload()
{
    const QUuid current = currentProfile() ? currentProfile()->id : QUuid();
    m_list->clear();
    const QList<ConnectionProfile> profiles =
        m_store ? m_store->profiles() : QList<ConnectionProfile>();
    for (const ConnectionProfile &profile : profiles) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, iconFor(this, profile.kind));
        item->setText(0, profile.name);
        QString target = profile.target();
        if (profile.readOnly)
            target = tr("%1 (read-only)").arg(target);
        item->setText(1, target);
        item->setToolTip(1, target);
        item->setData(0, IdRole, profile.id);
    }
    if (profiles.isEmpty())
        m_message->showMessage(InlineMessage::Kind::Info,
                               tr("No saved connections yet: Add one to get started."));
    if (!current.isNull())
        selectProfile(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void ConnectionManager::updateButtons()
{
    const bool has = m_list->currentItem() != nullptr;
    for (QPushButton *button : {m_edit, m_duplicate, m_delete})
        button->setEnabled(has);
    m_test->setEnabled(has && !m_busy);
    m_connect->setEnabled(has && !m_busy);
}

std::optional<ConnectionProfile> ConnectionManager::currentProfile() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_store)
        return std::nullopt;
    return m_store->profile(item->data(0, IdRole).toUuid());
}

void ConnectionManager::selectProfile(const QUuid &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).toUuid() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString ConnectionManager::message() const
{
    return m_message->text();
}

ConnectionDialog *ConnectionManager::openDialog(const ConnectionProfile &profile, bool isNew)
{
    const QStringList recent = m_store ? m_store->recentFiles() : QStringList();
    auto *dialog =
        new ConnectionDialog(isNew ? ConnectionDialog::Mode::Add : ConnectionDialog::Mode::Edit,
                             profile, m_passwords, recent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_store)
            return;
        const ConnectionProfile saved = dialog->profile();
        m_store->update(saved);
        selectProfile(saved.id);
        m_message->showMessage(InlineMessage::Kind::Success, tr("Saved “%1”.").arg(saved.name));
    });
    dialog->open();
    return dialog;
}

ConnectionDialog *ConnectionManager::addConnection()
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    return openDialog(profile, true);
}

ConnectionDialog *ConnectionManager::editConnection()
{
    const std::optional<ConnectionProfile> profile = currentProfile();
    return profile ? openDialog(*profile, false) : nullptr;
}

void ConnectionManager::duplicateConnection()
{
    const std::optional<ConnectionProfile> profile = currentProfile();
    if (!profile || !m_store)
        return;
    const std::optional<ConnectionProfile> copy = m_store->duplicate(profile->id);
    if (!copy)
        return;
    selectProfile(copy->id);
    if (copy->usesPassword())
        QCoro::connect(copyPassword(profile->id, copy->id), this, [] {});
}

QMessageBox *ConnectionManager::deleteConnection()
{
    const std::optional<ConnectionProfile> profile = currentProfile();
    if (!profile)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Connection"),
                                tr("Delete the saved connection “%1”?").arg(profile->name),
                                QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(profile->usesPassword()
                                ? tr("Its saved password is removed from the keychain too. The "
                                     "database itself is not touched.")
                                : tr("The database file itself is not touched."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = profile->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button != remove || !m_store)
            return;
        m_store->remove(id);
        QCoro::connect(forgetPassword(id), this, [] {});
    });
    box->open();
    return box;
}

void ConnectionManager::testConnection()
{
    if (const std::optional<ConnectionProfile> profile = currentProfile())
        QCoro::connect(withPassword(*profile, Purpose::Test), this, [] {});
}

void ConnectionManager::connectCurrent()
{
    if (const std::optional<ConnectionProfile> profile = currentProfile())
        QCoro::connect(withPassword(*profile, Purpose::Connect), this, [] {});
}

QCoro::Task<void> ConnectionManager::withPassword(ConnectionProfile profile, Purpose purpose)
{
    QPointer<ConnectionManager> self(this);
    if (m_busy)
        co_return;
    const QString problem = profile.problem();
    if (!problem.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Error, problem);
        co_return;
    }
    QPointer<PasswordStore> passwords = m_passwords;
    if (!profile.usesPassword() || !passwords) {
        proceed(profile, QString(), purpose);
        co_return;
    }
    m_busy = true;
    updateButtons();
    m_message->showMessage(
        InlineMessage::Kind::Progress,
        tr("Reading the password for “%1” from the keychain…").arg(profile.name));
    const KeychainResult result = co_await passwords->read(profile.id);
    if (!self)
        co_return;
    m_busy = false;
    updateButtons();
    m_message->clear();
    if (result.ok()) {
        proceed(profile, result.password, purpose);
        co_return;
    }
    QString note;
    if (result.status == KeychainResult::Status::Unavailable)
        note =
            tr("%1. The password is not saved, so it is asked for each time.").arg(result.message);
    else if (result.status == KeychainResult::Status::Failed)
        note = tr("The saved password could not be read: %1.").arg(result.message);
    askPassword(profile, note, purpose);
}

void ConnectionManager::askPassword(const ConnectionProfile &profile, const QString &note,
                                    Purpose purpose)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(purpose == Purpose::Connect ? tr("Connect to “%1”").arg(profile.name)
                                                       : tr("Test “%1”").arg(profile.name));
    const QString prompt = tr("Password for %1:").arg(profile.target());
    dialog->setLabelText(note.isEmpty() ? prompt : note + u"\n\n"_s + prompt);
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(
        dialog, &QInputDialog::textValueSelected, this,
        [this, profile, purpose](const QString &password) { proceed(profile, password, purpose); });
    Q_EMIT passwordRequested(dialog);
    dialog->open();
}

void ConnectionManager::proceed(const ConnectionProfile &profile, const QString &password,
                                Purpose purpose)
{
    if (purpose == Purpose::Test) {
        QCoro::connect(runTest(profile, password), this, [] {});
        return;
    }
    Q_EMIT connectRequested(profile, password);
    accept();
}

QCoro::Task<void> ConnectionManager::runTest(ConnectionProfile profile, QString password)
{
    QPointer<ConnectionManager> self(this);
    if (m_busy)
        co_return;
    DatabaseUrl url;
    QString failure;
    try {
        url = profile.toUrl(password);
    } catch (const DatabaseError &e) {
        failure = e.message();
    }
    if (!failure.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Error, failure);
        Q_EMIT testFinished(false, failure);
        co_return;
    }
    m_busy = true;
    updateButtons();
    m_message->showMessage(InlineMessage::Kind::Progress,
                           tr("Connecting to %1…").arg(profile.target()));
    const ConnectionTestResult result = co_await Ui::testConnection(url, profile.options());
    if (!self)
        co_return;
    m_busy = false;
    updateButtons();
    m_message->showMessage(result.ok ? InlineMessage::Kind::Success : InlineMessage::Kind::Error,
                           tr("%1: %2").arg(profile.name, result.message));
    Q_EMIT testFinished(result.ok, result.message);
}

QCoro::Task<void> ConnectionManager::copyPassword(QUuid from, QUuid to)
{
    QPointer<PasswordStore> passwords = m_passwords;
    if (!passwords)
        co_return;
    const KeychainResult saved = co_await passwords->read(from);
    if (!saved.ok() || !passwords)
        co_return; // the copy asks for its password when connecting
    co_await passwords->write(to, saved.password);
}

QCoro::Task<void> ConnectionManager::forgetPassword(QUuid id)
{
    QPointer<ConnectionManager> self(this);
    QPointer<PasswordStore> passwords = m_passwords;
    if (!passwords)
        co_return;
    const KeychainResult result = co_await passwords->remove(id);
    if (!self || result.ok() || result.status == KeychainResult::Status::Unavailable)
        co_return;
    m_message->showMessage(InlineMessage::Kind::Error,
                           tr("The saved password could not be removed: %1.").arg(result.message));
}

} // namespace Quarry::Ui
