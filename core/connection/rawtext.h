// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>

namespace Quarry {

/// Text the engine holds that is not valid UTF-8 (SQLite TEXT can hold any bytes), kept as its
/// bytes so it prints, exports and binds back unchanged. QVariant converts it to QString as
/// ValueText::escapedText() shows it: the valid parts as text, each invalid byte as `\xNN`.
struct RawText {
    QByteArray bytes;
    friend bool operator==(const RawText &, const RawText &) = default;
};

} // namespace Quarry

Q_DECLARE_METATYPE(Quarry::RawText)
