// SPDX-License-Identifier: MIT
#include "connection/numeric.h"

#include <mutex>

namespace Quarry {

void registerValueTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QMetaType::registerConverter<Numeric, QString>([](const Numeric &n) { return n.text; });
        QMetaType::registerConverter<Numeric, double>(
            [](const Numeric &n) { return n.text.toDouble(); });
    });
}

} // namespace Quarry
