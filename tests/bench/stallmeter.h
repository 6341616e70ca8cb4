// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

#include <vector>

/// The GUI-stall measure of DESIGN §4: while started, a 1 ms precise timer on the calling
/// thread records every gap between two ticks; a stall is a gap's excess over the interval.
/// (Test::StallProbe keeps only the largest gap; the target also needs the 99th percentile.)
class StallMeter {
public:
    static constexpr int IntervalMs = 1;

    void start();
    /// Goes on recording without forgetting earlier runs (the gap while stopped not counted).
    void resume();
    void stop();
    /// The largest and the 99th-percentile excess, in milliseconds.
    double maxMs() const;
    double p99Ms() const;
    int ticks() const { return int(m_excessNs.size()); }
    /// `stall max=3ms p99=1ms`
    QString summary() const;

private:
    void record(qint64 now);

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<qint64> m_excessNs;
};
