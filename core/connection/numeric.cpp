// SPDX-License-Identifier: MIT
#include "connection/numeric.h"

#include "connection/rawtext.h"
#include "driver/valuetext.h"

#include <mutex>

namespace Quarry {

void registerValueTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QMetaType::registerConverter<Numeric, QString>([](const Numeric &n) { return n.text; });
        QMetaType::registerConverter<Numeric, double>(
            [](const Numeric &n) { return n.text.toDouble(); });
        QMetaType::registerConverter<RawText, QString>(
            [](const RawText &t) { return ValueText::escapedText(t.bytes); });
    });
}

} // namespace Quarry
