// SPDX-License-Identifier: MIT
#pragma once

/// `split.30MB`: ScriptSplitter over a generated 30 MB PostgreSQL script (strings, E'' strings,
/// dollar-quoted bodies, comments, COPY data); `split.30MB-sqlite`: the SQLite rules over a
/// 30 MB SQLite script beside the sqlite3 shell's own way of finding statement ends (a line
/// loop over sqlite3_complete()).
void benchSplit(int repeat);
