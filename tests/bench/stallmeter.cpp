// SPDX-License-Identifier: MIT
#include "stallmeter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

void StallMeter::start()
{
    m_excessNs.clear();
    m_excessNs.reserve(1 << 16);
    resume();
}

void StallMeter::resume()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    QObject::disconnect(&m_timer, nullptr, nullptr, nullptr);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                     [this] { record(m_clock.nsecsElapsed()); });
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
    QObject::disconnect(&m_timer, nullptr, nullptr, nullptr);
    // The stretch since the last tick counts too: a stall may end the measurement.
    record(m_clock.nsecsElapsed());
}

void StallMeter::record(qint64 now)
{
    m_excessNs.push_back(std::max<qint64>(0, now - m_last - IntervalMs * 1'000'000));
    m_last = now;
}

double StallMeter::maxMs() const
{
    if (m_excessNs.empty())
        return 0;
    return *std::max_element(m_excessNs.begin(), m_excessNs.end()) / 1e6;
}

double StallMeter::p99Ms() const
{
    if (m_excessNs.empty())
        return 0;
    std::vector<qint64> sorted = m_excessNs;
    const auto at = sorted.begin() + qsizetype(sorted.size() * 99 / 100);
    std::nth_element(sorted.begin(), at, sorted.end());
    return *at / 1e6;
}

QString StallMeter::summary() const
{
    return u"stall max=%1ms p99=%2ms"_s.arg(maxMs(), 0, 'f', 1).arg(p99Ms(), 0, 'f', 1);
}
