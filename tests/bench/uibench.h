// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

/// The desktop scenarios of DESIGN §4, on real widgets (offscreen platform; needs a
/// QApplication): a Quarry::Ui::DataGrid at 1200×800 over generated tables, measuring the
/// first rows, a jump to 90% of the table, peak RSS while scrolling end to end, the GUI stall
/// during each, and the `quarry` executable's cold start to its first painted window.
struct UiBenchOptions {
    /// The big table's rows (the jump goes to 90% of them: row 9,000,000 of 10M).
    qint64 rows = 10'000'000;
    /// The second table scrolled end to end, to show memory is flat in table size.
    qint64 smallRows = 1'000'000;
    /// Moves of the scrollbar from top to bottom; 0: one page (256 rows) per move. Every move
    /// of other than one page is a jump (an OFFSET over the key), and every move costs two
    /// full repaints, so page by page takes many minutes at 10M rows.
    int scrollSteps = 50;
    /// Grids opened per engine for the first-rows and jump medians.
    int repeat = 5;
    bool sqlite = true;
    bool pg = true;
    /// PostgreSQL server URL; empty: the PostgreSQL scenarios are skipped (and say so).
    QString pgUrl{};
    /// Scroll the PostgreSQL tables end to end too (one read per 256 rows: slow).
    bool pgScroll = true;
    bool coldStart = true;
};

/// Prints one line per scenario; throws (std::exception, DatabaseError) when the data cannot
/// be prepared.
void benchUi(const UiBenchOptions &options);

/// Runs the event loop (waking at least every 20 ms) until \a done; false after \a limitMs.
bool waitUntil(const std::function<bool()> &done, int limitMs = 120'000);
/// Lets queued work (repaints, finished reads) settle for \a ms before the next measurement.
void settle(int ms = 100);
