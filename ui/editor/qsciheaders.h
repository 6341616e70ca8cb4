// SPDX-License-Identifier: MIT
#pragma once

// QScintilla's headers say `signals` and `slots`, which QT_NO_KEYWORDS switches off: spell them
// as Q_SIGNALS / Q_SLOTS while those headers are read, and only then.
#include <QObject>

#if !defined(signals) && !defined(slots)
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define QUARRY_QSCI_KEYWORDS
#endif

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#ifdef QUARRY_QSCI_KEYWORDS
#undef signals
#undef slots
#undef QUARRY_QSCI_KEYWORDS
#endif
