// SPDX-License-Identifier: MIT
#include "migrate/migrationfile.h"

#include "schema/dialect.h"
#include "sql/splitstatements.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Quarry {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Migration)
};

enum class Section { Header, Up, Down };

const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(u"^--\\s*migrate:\\s*(\\w+)\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

/// `-- key: value` with a one-word lowercase key; other comments are free text.
const QRegularExpression &headerPattern()
{
    static const QRegularExpression pattern(u"^--\\s*([a-z]+):(.*)$"_s);
    return pattern;
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    return pattern.match(id).hasMatch() && id != u"base"_s && id != u"head"_s;
}

const QStringList &headerKeys()
{
    static const QStringList keys{u"id"_s, u"parent"_s, u"message"_s, u"created"_s, u"dialect"_s};
    return keys;
}

/// Quarry runs each migration in one transaction of its own; statements that end or nest
/// transactions would break the all-or-nothing promise.
void checkNoTransactionControl(const QString &fileName, const QString &section,
                               const QStringList &statements)
{
    static const QStringList forbidden{u"BEGIN"_s, u"COMMIT"_s,    u"ROLLBACK"_s, u"END"_s,
                                       u"START"_s, u"SAVEPOINT"_s, u"RELEASE"_s,  u"ABORT"_s};
    for (const QString &sql : statements) {
        const QString keyword = leadingKeyword(sql);
        if (forbidden.contains(keyword))
            throw MigrationError(
                Tr::tr("%1: the %2 section contains %3: each migration runs in one transaction "
                       "that Quarry opens and commits; remove transaction statements")
                    .arg(fileName, section, keyword));
    }
}

class Parser {
public:
    explicit Parser(const QString &fileName)
        : m_fileName(fileName)
    {}

    MigrationFile parse(const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines[i];
            if (line.endsWith(u'\r'))
                line.chop(1);
            m_line = int(i) + 1;
            handle(line);
        }
        return finish();
    }

private:
    [[noreturn]] void fail(const QString &message) const
    {
        throw MigrationError(u"%1:%2: %3"_s.arg(m_fileName, QString::number(m_line), message));
    }

    [[noreturn]] void failFile(const QString &message) const
    {
        throw MigrationError(u"%1: %2"_s.arg(m_fileName, message));
    }

    void handle(const QString &line)
    {
        const QString trimmed = line.trimmed();
        if (const auto marker = markerPattern().match(trimmed); marker.hasMatch()) {
            switchSection(marker.captured(1).toLower());
            return;
        }
        switch (m_section) {
        case Section::Header:
            header(trimmed);
            break;
        case Section::Up:
            m_up.append(line);
            break;
        case Section::Down:
            m_down.append(line);
            break;
        }
    }

    void switchSection(const QString &name)
    {
        if (name == u"up"_s) {
            if (m_section != Section::Header)
                fail(Tr::tr("a second '-- migrate:up' line"));
            m_section = Section::Up;
        } else if (name == u"down"_s) {
            if (m_section == Section::Header)
                fail(Tr::tr("'-- migrate:down' before '-- migrate:up'"));
            if (m_section == Section::Down)
                fail(Tr::tr("a second '-- migrate:down' line"));
            m_section = Section::Down;
        } else {
            fail(Tr::tr("unknown section '%1' (expected '-- migrate:up' or '-- migrate:down')")
                     .arg(name));
        }
    }

    void header(const QString &line)
    {
        if (line.isEmpty())
            return;
        if (!line.startsWith(u"--"_s))
            fail(Tr::tr("SQL before '-- migrate:up'; the header holds only '-- key: value' "
                        "comment lines"));
        const auto match = headerPattern().match(line);
        if (!match.hasMatch())
            return; // a free comment
        const QString key = match.captured(1);
        if (!headerKeys().contains(key))
            fail(
                Tr::tr("unknown header key '%1' (known: %2)").arg(key, headerKeys().join(u", "_s)));
        if (m_seen.contains(key))
            fail(Tr::tr("'%1:' appears twice").arg(key));
        m_seen.append(key);
        value(key, match.captured(2).trimmed());
    }

    void value(const QString &key, const QString &value)
    {
        if (key == u"id"_s) {
            if (!isValidId(value))
                fail(Tr::tr("invalid id '%1' (use letters, digits, '_', '.', '-'; at most 64; "
                            "not 'base' or 'head')")
                         .arg(value));
            m_file.id = value;
        } else if (key == u"parent"_s) {
            if (!value.isEmpty() && !isValidId(value))
                fail(Tr::tr("invalid parent id '%1'").arg(value));
            m_file.parent = value;
        } else if (key == u"message"_s) {
            m_file.message = value;
        } else if (key == u"created"_s) {
            m_file.created = QDateTime::fromString(value, Qt::ISODate).toUTC();
            if (!m_file.created.isValid())
                fail(Tr::tr("'created:' is not an ISO 8601 time: '%1'").arg(value));
        } else if (key == u"dialect"_s) {
            const Dialect *dialect = Dialect::forName(value);
            if (!dialect || dialect->kind() == Dialect::Kind::Generic)
                fail(Tr::tr("unknown dialect '%1' (sqlite or postgresql)").arg(value));
            m_file.dialect = dialect->name();
        }
    }

    MigrationFile finish()
    {
        if (!m_seen.contains(u"id"_s))
            failFile(Tr::tr("no '-- id:' line in the header"));
        if (!m_seen.contains(u"parent"_s))
            failFile(Tr::tr("no '-- parent:' line in the header (leave it empty for the first "
                            "migration)"));
        if (m_section == Section::Header)
            failFile(Tr::tr("no '-- migrate:up' section"));
        if (m_section == Section::Up)
            failFile(Tr::tr("no '-- migrate:down' section (it may be empty)"));
        if (m_file.parent == m_file.id)
            failFile(Tr::tr("the migration is its own parent"));
        m_file.upSql = m_up.join(u'\n').trimmed();
        m_file.downSql = m_down.join(u'\n').trimmed();
        checkNoTransactionControl(m_fileName, u"up"_s, m_file.upStatements());
        checkNoTransactionControl(m_fileName, u"down"_s, m_file.downStatements());
        return m_file;
    }

    QString m_fileName;
    int m_line = 0;
    Section m_section = Section::Header;
    QStringList m_seen;
    QStringList m_up;
    QStringList m_down;
    MigrationFile m_file;
};

QString slugOf(const QString &message)
{
    QString slug;
    bool gap = false;
    for (const QChar c : message.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (gap && !slug.isEmpty())
                slug += u'_';
            slug += c;
            gap = false;
        } else {
            gap = true;
        }
        if (slug.size() >= 40)
            break;
    }
    return slug.isEmpty() ? u"migration"_s : slug;
}

} // namespace

QStringList MigrationFile::upStatements() const
{
    return splitStatements(upSql);
}

QStringList MigrationFile::downStatements() const
{
    return splitStatements(downSql);
}

MigrationFile MigrationFile::parse(const QString &text, const QString &fileName)
{
    return Parser(fileName).parse(text);
}

MigrationFile MigrationFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw MigrationError(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    MigrationFile migration = parse(QString::fromUtf8(file.readAll()), path);
    migration.path = path;
    return migration;
}

QString MigrationFile::render() const
{
    QString text;
    text += u"-- id: "_s + id + u'\n';
    text += parent.isEmpty() ? u"-- parent:\n"_s : u"-- parent: "_s + parent + u'\n';
    QString oneLine = message;
    oneLine.replace(u'\r', u' ').replace(u'\n', u' ');
    text += u"-- message: "_s + oneLine.trimmed() + u'\n';
    if (created.isValid())
        text += u"-- created: "_s + created.toUTC().toString(Qt::ISODate) + u'\n';
    if (!dialect.isEmpty())
        text += u"-- dialect: "_s + dialect + u'\n';
    text += u"\n-- migrate:up\n"_s;
    if (!upSql.trimmed().isEmpty())
        text += upSql.trimmed() + u'\n';
    text += u"\n-- migrate:down\n"_s;
    if (!downSql.trimmed().isEmpty())
        text += downSql.trimmed() + u'\n';
    return text;
}

void MigrationFile::write() const
{
    QSaveFile file(path);
    const QByteArray data = render().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw MigrationError(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
}

QString MigrationFile::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QString MigrationFile::defaultFileName() const
{
    return id + u'_' + slugOf(message) + u".sql"_s;
}

} // namespace Quarry
