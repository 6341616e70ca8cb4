// SPDX-License-Identifier: MIT
// The grid's filter row: what a typed filter means (ColumnFilter), and the boxes under the
// header filtering rows in the database on both engines.
#include "testsupport.h"

#include "grid/columnfilter.h"
#include "grid/datagrid.h"
#include "grid/filterheader.h"
#include "grid/tablewindowmodel.h"
#include "schema/reflector.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::ColumnFilter;
using Quarry::Ui::DataGrid;

namespace {

Column column(const QString &name, TypeKind kind)
{
    Column c;
    c.name = name;
    c.type.kind = kind;
    return c;
}

Table cityTable(Database &db)
{
    Session session = db.session();
    await(session.execute(u"CREATE TABLE city (id integer PRIMARY KEY, name varchar(40) NOT NULL, "
                          "population integer, area real)"_s));
    await(session.execute(u"INSERT INTO city (id, name, population, area) VALUES "
                          "(1, 'Berlin', 3850000, 891.1), (2, 'Bern', 134000, 51.6), "
                          "(3, 'Bremen', 563000, NULL), (4, 'Paris', 2100000, 105.4), "
                          "(5, 'Lyon', NULL, 47.9)"_s));
    return *await(reflectTable(db.session(), u"city"_s));
}

// The rows the grid shows once it has read them: the first column of each.
QList<qint64> shownIds(DataGrid &grid)
{
    Ui::TableWindowModel *model = grid.model();
    if (!QTest::qWaitFor([model] { return model->isCountExact() && !model->isBusy(); }, 10'000))
        return {-1};
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!QTest::qWaitFor([model, row] { return model->isLoaded(row); }, 10'000))
            return {-2};
        ids.append(model->value(row, 0).toLongLong());
    }
    return ids;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUARRY_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestGridFilters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesWhatPeopleType_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariantMap>("expected");
        QTest::addColumn<bool>("fails");
        const auto row = [](const char *name, TypeKind kind, const QString &text,
                            const QVariantMap &expected, bool fails = false) {
            QTest::newRow(name) << int(kind) << text << expected << fails;
        };
        row("blank", TypeKind::Text, u"  "_s, {});
        row("text contains", TypeKind::Varchar, u"ber"_s, {{u"c__icontains"_s, u"ber"_s}});
        row("number equals", TypeKind::Integer, u" 42 "_s, {{u"c__eq"_s, 42LL}});
        row("not a number", TypeKind::Integer, u"4x"_s, {}, true);
        row("ge", TypeKind::BigInt, u">= 7"_s, {{u"c__gte"_s, 7LL}});
        row("gt", TypeKind::Double, u">1.5"_s, {{u"c__gt"_s, 1.5}});
        row("ne", TypeKind::Text, u"!=x"_s, {{u"c__ne"_s, u"x"_s}});
        row("ne sql", TypeKind::Integer, u"<>3"_s, {{u"c__ne"_s, 3LL}});
        row("le", TypeKind::Integer, u"<=3"_s, {{u"c__lte"_s, 3LL}});
        row("exact text", TypeKind::Text, u"=Bern"_s, {{u"c__eq"_s, u"Bern"_s}});
        row("empty text", TypeKind::Text, u"="_s, {{u"c__eq"_s, QString()}});
        row("between", TypeKind::Integer, u"10..20"_s,
            {{u"c__between"_s, QVariantList{10LL, 20LL}}});
        row("between bad", TypeKind::Integer, u"10..x"_s, {}, true);
        row("dots in text", TypeKind::Text, u"a..b"_s, {{u"c__icontains"_s, u"a..b"_s}});
        row("null", TypeKind::Integer, u"null"_s, {{u"c__isnull"_s, true}});
        row("not null", TypeKind::Text, u"!NULL"_s, {{u"c__isnull"_s, false}});
        row("not null words", TypeKind::Date, u"not null"_s, {{u"c__isnull"_s, false}});
        row("boolean", TypeKind::Boolean, u"yes"_s, {{u"c__eq"_s, true}});
        row("numeric exact", TypeKind::Numeric, u">0.10"_s, {{u"c__gt"_s, u"0.10"_s}});
        row("date", TypeKind::Date, u">=2024-01-01"_s, {{u"c__gte"_s, u"2024-01-01"_s}});
    }
    void parsesWhatPeopleType()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QVariantMap, expected);
        QFETCH(bool, fails);
        QVariantMap filters;
        const QString error = ColumnFilter::add(column(u"c"_s, TypeKind(kind)), text, filters);
        QCOMPARE(!error.isEmpty(), fails);
        if (fails)
            QVERIFY2(error.contains(u"column c"_s), qPrintable(error));
        QCOMPARE(filters, expected);
    }

    void filterRowFiltersInTheDatabase_data() { addEngineRows(Sqlite | Postgres); }
    void filterRowFiltersInTheDatabase()
    {
        QUARRY_FETCH_ENGINE(e);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        DataGrid grid(db, cityTable(db), false);
        grid.resize(900, 400);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(shownIds(grid), (QList<qint64>{1, 2, 3, 4, 5}));
        Ui::FilterHeader *header = grid.filterHeader();

        // The boxes sit under their columns, also after a resize.
        header->resizeSection(1, 200);
        QTRY_COMPARE(header->editor(2)->geometry().left(), header->sectionViewportPosition(2));
        QCOMPARE(header->editor(2)->width(), header->sectionSize(2));

        // Typing, then Enter: contains, ignoring case.
        QTest::keyClicks(header->editor(1), u"BER"_s);
        QTest::keyClick(header->editor(1), Qt::Key_Return);
        QCOMPARE(shownIds(grid), (QList<qint64>{1, 2}));
        // A second box ANDs; a comparison on a number column.
        header->setFilterText(2, u">200000"_s);
        QVERIFY(grid.applyFilters());
        QCOMPARE(shownIds(grid), (QList<qint64>{1}));
        // NULL, and ranges.
        header->setFilterText(1, QString());
        header->setFilterText(2, u"NULL"_s);
        QVERIFY(grid.applyFilters());
        QCOMPARE(shownIds(grid), (QList<qint64>{5}));
        header->setFilterText(2, QString());
        header->setFilterText(3, u"50..110"_s);
        QVERIFY(grid.applyFilters());
        QCOMPARE(shownIds(grid), (QList<qint64>{2, 4}));
        // Sorting keeps the filter.
        grid.view()->sortByColumn(3, Qt::DescendingOrder);
        QCOMPARE(shownIds(grid), (QList<qint64>{4, 2}));

        // Not understood: the box is marked, the status says why, the rows stay as they were.
        header->setFilterText(2, u"lots"_s);
        QVERIFY(!grid.applyFilters());
        QVERIFY(header->editor(2)->toolTip().contains(u"population"_s));
        const QList<QLabel *> labels = grid.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [](QLabel *label) { return label->text().contains(u"lots"_s); }));
        QCOMPARE(shownIds(grid), (QList<qint64>{4, 2}));
        screenshot(&grid, u"grid-filter-"_s + (e == Sqlite ? u"sqlite"_s : u"postgres"_s));

        // Clear Filters shows everything again.
        header->clearFilters();
        QCOMPARE(shownIds(grid).size(), 5);
        QCOMPARE(header->editor(2)->toolTip().contains(u"population"_s), false);
        await(db.close());
    }
};

QTEST_MAIN(TestGridFilters)
#include "tst_gridfilters.moc"
