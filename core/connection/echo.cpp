// SPDX-License-Identifier: MIT
#include "connection/echo.h"

#include "driver/valuetext.h"

using namespace Qt::StringLiterals;

namespace Quarry {

Q_LOGGING_CATEGORY(lcSql, "quarry.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "quarry.connection", QtInfoMsg)

namespace {

constexpr int maxEchoedValues = 20;

QString describe(const Params &params)
{
    QStringList parts;
    if (params.isNamed()) {
        for (auto it = params.named().begin(); it != params.named().end(); ++it) {
            if (parts.size() == maxEchoedValues) {
                parts << u"…"_s;
                break;
            }
            parts << it.key() + u'=' + ValueText::echoForm(it.value());
        }
    } else {
        for (const QVariant &value : params.positional()) {
            if (parts.size() == maxEchoedValues) {
                parts << u"…"_s;
                break;
            }
            parts << ValueText::echoForm(value);
        }
    }
    return u'[' + parts.join(u", "_s) + u']';
}

} // namespace

Echo::Echo(bool enabled, int connectionId, const QString &sql, const Params &params)
    : m_enabled(enabled && lcSql().isInfoEnabled())
    , m_connectionId(connectionId)
{
    if (!m_enabled)
        return;
    m_sql = sql;
    m_params = params;
    m_timer.start();
}

void Echo::finished(qint64 rows) const
{
    if (!m_enabled)
        return;
    const double ms = m_timer.nsecsElapsed() / 1e6;
    // One arg() call: the SQL may hold %1 itself, which a later arg() would replace.
    qCInfo(lcSql).noquote() << u"[conn %1] %2 %3 -- %4 ms%5"_s.arg(
        QString::number(m_connectionId), m_sql.simplified(), describe(m_params),
        QString::number(ms, 'f', 3), rows >= 0 ? u", %1 rows"_s.arg(rows) : QString());
}

void Echo::failed(const QString &error) const
{
    if (!m_enabled)
        return;
    const double ms = m_timer.nsecsElapsed() / 1e6;
    qCInfo(lcSql).noquote() << u"[conn %1] %2 %3 -- failed after %4 ms: %5"_s.arg(
        QString::number(m_connectionId), m_sql.simplified(), describe(m_params),
        QString::number(ms, 'f', 3), error);
}

} // namespace Quarry
