// SPDX-License-Identifier: MIT
// A result far larger than the memory we allow streams through in bounded memory.
#include "testsupport.h"

#include "database/database.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace

class TestStreamMemory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void streamsLargeResultInBoundedMemory_data() { addEngineRows(Sqlite | Postgres); }
    void streamsLargeResultInBoundedMemory()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        // 1M rows of ~150 bytes of text: held whole as QVariants that would be several
        // hundred MiB.
        static constexpr qint64 rows = 1'000'000;
        qint64 seen = 0, before = 0, peak = 0;
        await([](Database &db, qint64 &seen, qint64 &before, qint64 &peak) -> QCoro::Task<void> {
            auto s = db.session();
            co_await s.execute(u"SELECT 1"_s);
            before = residentBytes();
            auto stream = s.stream(
                u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < $1) "
                "SELECT x, 'row number ' || x || ' ' || "
                "'with some padding text to make each row a little larger than tiny: "
                "abcdefghijklmnopqrstuvwxyz0123456789' AS label FROM c"_s,
                {rows}, 2000);
            QCORO_FOREACH(const Result &batch, stream)
            {
                seen += batch.rowCount();
                peak = std::max(peak, residentBytes());
            }
        }(db, seen, before, peak));
        QCOMPARE(seen, rows);
        const qint64 growth = (peak - before) / (1024 * 1024);
        qInfo("RSS before %lld MiB, peak %lld MiB, growth %lld MiB", before >> 20, peak >> 20,
              growth);
        QVERIFY2(growth < 64, qPrintable(u"RSS grew by %1 MiB"_s.arg(growth)));
        await(db.close());
    }
};

QTEST_GUILESS_MAIN(TestStreamMemory)
#include "tst_streammemory.moc"
