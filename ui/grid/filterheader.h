// SPDX-License-Identifier: MIT
#pragma once

#include <QHeaderView>
#include <QList>

class QLineEdit;
class QTimer;

namespace Quarry::Ui {

/// A table view's horizontal header with a filter box under each column, kept aligned with
/// the sections as they are resized, moved or scrolled. filtersChanged() follows typing after
/// a short pause, or Enter at once.
class FilterHeader : public QHeaderView {
    Q_OBJECT

public:
    explicit FilterHeader(QWidget *parent = nullptr);

    /// One box per column; texts already typed are kept.
    void setColumnCount(int columns);
    QString filterText(int column) const;
    void setFilterText(int column, const QString &text);
    /// Marks a box whose text was not understood (\a message as its tooltip); empty clears.
    void setFilterError(int column, const QString &message);
    void clearFilters();
    QLineEdit *editor(int column) const { return m_editors.value(column); }

    QSize sizeHint() const override;
    /// Puts the boxes under their sections (also after the view scrolled sideways).
    void placeEditors();

Q_SIGNALS:
    void filtersChanged();

protected:
    void updateGeometries() override;

private:
    static QString syntaxHelp();

    QList<QLineEdit *> m_editors;
    QTimer *m_pause;
};

} // namespace Quarry::Ui
