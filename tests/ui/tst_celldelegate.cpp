// SPDX-License-Identifier: MIT
// The grid's cell painter: text stays inside its cell (elided when too long), numbers end at
// the right edge, short text starts at the left, selection uses the highlight colours.
#include "grid/celldelegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using Quarry::Ui::CellDelegate;

namespace {

constexpr int CellWidth = 120;
constexpr int CellHeight = 24;

/// The leftmost and rightmost columns of the image that hold ink (not the background).
std::pair<int, int> inkColumns(const QImage &image, QRgb background)
{
    int left = image.width(), right = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return {left, right};
}

/// Paints \a item into a cell at the left of an image twice as wide.
QImage paintCell(QStandardItem *item, QStyle::State state = QStyle::State_Enabled)
{
    QStandardItemModel model;
    model.appendRow(item);
    CellDelegate delegate;
    QImage image(2 * CellWidth, CellHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, CellWidth, CellHeight);
    option.state = state | QStyle::State_Active;
    option.showDecorationSelected = true; // as QTableView has it
    option.palette.setColor(QPalette::Text, Qt::black);
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Highlight, Qt::blue);
    option.palette.setColor(QPalette::HighlightedText, Qt::yellow);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    return image;
}

} // namespace

class TestCellDelegate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void longTextIsElidedInsideItsCell()
    {
        const QImage image = paintCell(new QStandardItem(QString(200, u'W')));
        const auto [left, right] = inkColumns(image, qRgb(255, 255, 255));
        QVERIFY(left < 10);
        QVERIFY2(right < CellWidth, qPrintable(QString::number(right)));
        QVERIFY(right > CellWidth / 2);
    }

    void numbersEndAtTheRightEdge()
    {
        auto *item = new QStandardItem(u"42"_s);
        item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        const auto [left, right] = inkColumns(paintCell(item), qRgb(255, 255, 255));
        QVERIFY2(left > CellWidth / 2, qPrintable(QString::number(left)));
        QVERIFY(right < CellWidth && right > CellWidth - 12);
    }

    void shortTextStartsAtTheLeft()
    {
        const auto [left, right] =
            inkColumns(paintCell(new QStandardItem(u"ab"_s)), qRgb(255, 255, 255));
        QVERIFY(left < 10);
        QVERIFY(right < CellWidth / 2);
    }

    void selectedCellsUseTheHighlight()
    {
        const QImage image =
            paintCell(new QStandardItem(u"ab"_s), QStyle::State_Enabled | QStyle::State_Selected);
        bool highlightedText = false;
        for (int x = 0; x < CellWidth && !highlightedText; ++x) {
            for (int y = 0; y < CellHeight && !highlightedText; ++y)
                highlightedText = qRed(image.pixel(x, y)) > 200 && qBlue(image.pixel(x, y)) < 100;
        }
        QVERIFY(highlightedText); // yellow text on the blue highlight
        QCOMPARE(image.pixel(CellWidth - 2, CellHeight / 2), qRgb(0, 0, 255));
    }
};

QTEST_MAIN(TestCellDelegate)
#include "tst_celldelegate.moc"
