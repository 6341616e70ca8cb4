// SPDX-License-Identifier: MIT
#pragma once

#include "database/database.h"
#include "io/rowwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace Quarry::Cli {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::Cli)
};

void printError(const QString &message);

/// stdout as a QIODevice, unbuffered by Qt (the writers batch their output).
class StdOut {
public:
    StdOut() { m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered); }
    QIODevice *device() { return &m_file; }
    void write(const QString &text) { m_file.write(text.toUtf8()); }

private:
    QFile m_file;
};

/// What every command takes: the URL, the output format, --echo.
struct Common {
    QString url;
    RowWriter::Format format = RowWriter::Format::Text;
    bool echo = false;
};

/// The database of \a common: one connection (a command runs one thing at a time), echo as asked.
Database openDatabase(const Common &common);

/// Parses the options every command shares (plus those already added to \a parser); returns
/// false (message or help printed, \a exitCode set) when the command should not run. With
/// \a formats false, --csv/--json are not offered.
bool parse(QCommandLineParser &parser, const QStringList &arguments, Common &common,
           int positionalRequired, int &exitCode, bool formats = true);

} // namespace Quarry::Cli
