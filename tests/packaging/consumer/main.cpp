// SPDX-License-Identifier: MIT
// Opens the SQLite file named on the command line through Quarry::Core, writes two rows and
// reads them back; prints "pets=2" and exits 0 when that worked.
#include "connection/session.h"
#include "database/database.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QTimer>

#include <cstdio>
#include <exception>

using namespace Qt::StringLiterals;

namespace {

QCoro::Task<qlonglong> countPets(Quarry::Database db)
{
    Quarry::Session session = db.session();
    co_await session.execute(u"CREATE TABLE pet (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s);
    co_await session.execute(u"INSERT INTO pet (name) VALUES ($1), ($2)"_s,
                             {u"phroge"_s, u"chonky"_s});
    const QVariant count = co_await session.scalar(u"SELECT count(*) FROM pet"_s);
    co_return count.toLongLong();
}

// Errors are caught here: a task that throws never finishes for QCoro::connect.
QCoro::Task<int> run(QString path)
{
    try {
        Quarry::Database db(u"sqlite:///"_s + path);
        const qlonglong pets = co_await countPets(db);
        co_await db.close();
        std::printf("pets=%lld\n", pets);
        co_return pets == 2 ? 0 : 1;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "quarry-consumer: %s\n", error.what());
        co_return 1;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: quarry-consumer FILE.db\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QTimer::singleShot(0, &app, [path] {
        QCoro::connect(run(path), QCoreApplication::instance(),
                       [](int code) { QCoreApplication::exit(code); });
    });
    return app.exec();
}
