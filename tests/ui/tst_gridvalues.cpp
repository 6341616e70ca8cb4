// SPDX-License-Identifier: MIT
// The data grid shows values a Qt type cannot hold as the engine holds them, and an edit of
// another column of their row leaves them as they were, also when they are the row's key.
#include "exactvaluecases.h"
#include "testsupport.h"

#include "database/database.h"
#include "grid/datagrid.h"
#include "grid/tablewindowmodel.h"
#include "grid/valueviewer.h"
#include "schema/reflector.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;
using Quarry::Ui::DataGrid;
using Quarry::Ui::TableWindowModel;

class TestGridValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editsKeepOtherValuesExact_data() { addExactValueRows(); }
    void editsKeepOtherValuesExact()
    {
        QUARRY_FETCH_ENGINE(e);
        QFETCH(int, index);
        const ExactValueCase c = exactValueCases(e).at(index);
        ScratchDatabase scratch(e);
        Database db(scratch.url());
        // the value is the key and another column: the UPDATE's WHERE must match it exactly
        await(db.session().execute(u"CREATE TABLE v (k "_s + c.type + u" PRIMARY KEY, other "_s +
                                   c.type + u", note text)"_s));
        await(db.session().execute(u"INSERT INTO v VALUES ("_s + c.literal + u", "_s + c.literal +
                                   u", 'a')"_s));
        DataGrid grid(db, *await(reflectTable(db.session(), u"v"_s)), false);
        TableWindowModel *model = grid.model();
        QVERIFY(QTest::qWaitFor([model] { return model->isCountExact() && model->isLoaded(0); },
                                10'000));
        QVERIFY(model->isEditable());
        QCOMPARE(model->data(model->index(0, 0)).toString(), c.display);
        QCOMPARE(model->data(model->index(0, 1)).toString(), c.display);

        // the value viewer shows the same text, and OK without a change is no edit
        Ui::ValueViewer *viewer = await(grid.showValue(model->index(0, 1)));
        QVERIFY(viewer);
        QCOMPARE(viewer->findChild<QPlainTextEdit *>()->toPlainText(), c.display);
        viewer->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(model->pendingCount(), 0);

        QVERIFY(model->setData(model->index(0, 2), u"edited"_s));
        QVERIFY(await(grid.save()));
        QCOMPARE(model->pendingCount(), 0);
        QCOMPARE(await(db.session().scalar(u"SELECT count(*) FROM v WHERE note = 'edited' AND "_s +
                                           holdsExactly(e, u"k"_s, c.literal) + u" AND "_s +
                                           holdsExactly(e, u"other"_s, c.literal)))
                     .toInt(),
                 1);
        await(db.close());
    }
};

QTEST_MAIN(TestGridValues)
#include "tst_gridvalues.moc"
