<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Quarry::Cli</name>
    <message>
        <source>Write rows as CSV.</source>
        <translation>Zeilen als CSV ausgeben.</translation>
    </message>
    <message>
        <source>Write rows as a JSON array of objects.</source>
        <translation>Zeilen als JSON-Array von Objekten ausgeben.</translation>
    </message>
    <message>
        <source>Log each statement with its timing to stderr.</source>
        <translation>Jede Anweisung mit ihrer Laufzeit auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>missing arguments; see quarry %1 --help</source>
        <translation>fehlende Argumente; siehe quarry %1 --help</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other</source>
        <translation>--csv und --json schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>Run SQL and stream its rows to stdout.</source>
        <translation>SQL ausführen und die Zeilen fortlaufend auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Database URL, e.g. sqlite:///file.db</source>
        <translation>Datenbank-URL, z. B. sqlite:///file.db</translation>
    </message>
    <message>
        <source>The statement (or use --file).</source>
        <translation>Die Anweisung (alternativ --file verwenden).</translation>
    </message>
    <message>
        <source>Run the SQL script in &lt;file&gt;.</source>
        <translation>Das SQL-Skript in &lt;file&gt; ausführen.</translation>
    </message>
    <message>
        <source>Bind &lt;value&gt; to the next $n placeholder.</source>
        <translation>&lt;value&gt; an den nächsten Platzhalter $n binden.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no SQL given; pass it as an argument or with --file</source>
        <translation>kein SQL angegeben; als Argument oder mit --file übergeben</translation>
    </message>
    <message>
        <source>List the tables of a database with their row counts.</source>
        <translation>Die Tabellen einer Datenbank mit ihrer Zeilenanzahl auflisten.</translation>
    </message>
    <message>
        <source>&apos;tables&apos; supports sqlite:// and postgresql:// URLs</source>
        <translation>&apos;tables&apos; unterstützt URLs mit sqlite:// und postgresql://</translation>
    </message>
    <message>
        <source>Usage: quarry &lt;command&gt; [options]

Commands:
  query URL SQL [--csv|--json] [--file FILE] [-p VALUE]...
                  run SQL and stream its rows to stdout
  tables URL [--csv|--json]
                  list tables and their row counts

URLs: sqlite:///relative.db  sqlite:////absolute.db  sqlite://  (memory)
      postgresql://user@host:port/dbname?sslmode=require
      qt+QSQLITE:///file.db  (any Qt SQL driver)
Run &apos;quarry &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: quarry &lt;Befehl&gt; [Optionen]

Befehle:
  query URL SQL [--csv|--json] [--file FILE] [-p VALUE]...
                  SQL ausführen und die Zeilen fortlaufend auf stdout ausgeben
  tables URL [--csv|--json]
                  Tabellen mit ihrer Zeilenanzahl auflisten

URLs: sqlite:///relative.db  sqlite:////absolute.db  sqlite://  (Arbeitsspeicher)
      postgresql://user@host:port/dbname?sslmode=require
      qt+QSQLITE:///file.db  (beliebiger Qt-SQL-Treiber)
Mit &apos;quarry &lt;Befehl&gt; --help&apos; werden die Optionen eines Befehls angezeigt.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Quarry::DatabaseUrl</name>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>invalid percent-encoding in the password of URL %1</source>
        <translation>ungültige Prozentkodierung im Passwort der URL %1</translation>
    </message>
    <message>
        <source>invalid percent-encoding &quot;%1&quot; in the %2 of URL %3</source>
        <translation>ungültige Prozentkodierung &quot;%1&quot; in der URL %3 (Bestandteil: %2)</translation>
    </message>
    <message>
        <source>forbidden &quot;%1&quot; in the %2 of URL %3</source>
        <translation>unzulässiges &quot;%1&quot; in der URL %3 (Bestandteil: %2)</translation>
    </message>
    <message>
        <source>invalid UTF-8 in the percent-encoded %1 of URL %2</source>
        <translation>ungültiges UTF-8 nach der Prozentdekodierung in der URL %2 (Bestandteil: %1)</translation>
    </message>
    <message>
        <source>IPv6 address &quot;%1&quot; must be enclosed in brackets in URL %2, e.g. [::1]:5432</source>
        <translation>IPv6-Adresse &quot;%1&quot; muss in der URL %2 in eckige Klammern gesetzt werden, z. B. [::1]:5432</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in URL %2 (expected 1 to 65535)</source>
        <translation>ungültiger Port &quot;%1&quot; in der URL %2 (erwartet wird 1 bis 65535)</translation>
    </message>
    <message>
        <source>unterminated IPv6 address &quot;%1&quot; in URL %2</source>
        <translation>nicht abgeschlossene IPv6-Adresse &quot;%1&quot; in der URL %2</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after IPv6 address &quot;%2&quot; in URL %3</source>
        <translation>unerwartetes &quot;%1&quot; nach der IPv6-Adresse &quot;%2&quot; in der URL %3</translation>
    </message>
    <message>
        <source>invalid host &quot;%1&quot; in URL %2</source>
        <translation>ungültiger Host &quot;%1&quot; in der URL %2</translation>
    </message>
    <message>
        <source>empty database URL</source>
        <translation>leere Datenbank-URL</translation>
    </message>
    <message>
        <source>missing &quot;://&quot; after &quot;%1&quot; in the database URL (expected e.g. sqlite:///file.db or postgresql://host/db)</source>
        <translation>fehlendes &quot;://&quot; nach &quot;%1&quot; in der Datenbank-URL (erwartet wird z. B. sqlite:///file.db oder postgresql://host/db)</translation>
    </message>
    <message>
        <source>invalid database URL &quot;%1&quot;: missing &quot;://&quot; (expected e.g. sqlite:///file.db or postgresql://host/db)</source>
        <translation>ungültige Datenbank-URL &quot;%1&quot;: &quot;://&quot; fehlt (erwartet wird z. B. sqlite:///file.db oder postgresql://host/db)</translation>
    </message>
    <message>
        <source>invalid database URL: missing &quot;://&quot; (expected e.g. sqlite:///file.db or postgresql://host/db)</source>
        <translation>ungültige Datenbank-URL: &quot;://&quot; fehlt (erwartet wird z. B. sqlite:///file.db oder postgresql://host/db)</translation>
    </message>
    <message>
        <source>invalid database URL: the text before &quot;://&quot; is not a scheme (expected e.g. sqlite or postgresql)</source>
        <translation>ungültige Datenbank-URL: der Text vor &quot;://&quot; ist kein Schema (erwartet wird z. B. sqlite oder postgresql)</translation>
    </message>
    <message>
        <source>invalid Qt SQL driver name &quot;%1&quot; in URL %2 (expected qt+&lt;DRIVER&gt; with letters, digits and underscores, e.g. qt+QPSQL)</source>
        <translation>ungültiger Qt-SQL-Treibername &quot;%1&quot; in der URL %2 (erwartet wird qt+&lt;DRIVER&gt; aus Buchstaben, Ziffern und Unterstrichen, z. B. qt+QPSQL)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot; in %2; supported: sqlite, sqlite+aiosqlite, sqlite+pysqlite, postgresql, postgres, postgresql+asyncpg, postgresql+psycopg, postgresql+psycopg2 and qt+&lt;DRIVER&gt; (e.g. qt+QSQLITE, qt+QPSQL, qt+QMYSQL, qt+QODBC)</source>
        <translation>nicht unterstütztes URL-Schema &quot;%1&quot; in %2; unterstützt werden: sqlite, sqlite+aiosqlite, sqlite+pysqlite, postgresql, postgres, postgresql+asyncpg, postgresql+psycopg, postgresql+psycopg2 und qt+&lt;DRIVER&gt; (z. B. qt+QSQLITE, qt+QPSQL, qt+QMYSQL, qt+QODBC)</translation>
    </message>
    <message>
        <source>unexpected host &quot;%1&quot; in URL %2: SQLite URLs take a path only (sqlite:///relative.db, sqlite:////absolute/path.db, sqlite:// for memory)</source>
        <translation>unerwarteter Host &quot;%1&quot; in der URL %2: SQLite-URLs enthalten nur einen Pfad (sqlite:///relative.db, sqlite:////absolute/path.db, sqlite:// für eine Datenbank im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>invalid host &quot;%1&quot; in URL %2: a host name cannot contain &quot;,&quot;</source>
        <translation>ungültiger Host &quot;%1&quot; in der URL %2: ein Hostname darf kein &quot;,&quot; enthalten</translation>
    </message>
    <message>
        <source>query parameter &quot;%1&quot; has no value in URL %2 (expected key=value)</source>
        <translation>Abfrageparameter &quot;%1&quot; in der URL %2 hat keinen Wert (erwartet wird Schlüssel=Wert)</translation>
    </message>
    <message>
        <source>empty query parameter name in &quot;%1&quot; in URL %2</source>
        <translation>leerer Name eines Abfrageparameters in &quot;%1&quot; in der URL %2</translation>
    </message>
    <message>
        <source>cannot parse URL %1: percent-encode &quot;/&quot;, &quot;?&quot;, &quot;@&quot; and &quot;:&quot; in the user name and password, and &quot;@&quot; in the database name</source>
        <translation>URL %1 kann nicht analysiert werden: &quot;/&quot;, &quot;?&quot;, &quot;@&quot; und &quot;:&quot; müssen im Benutzernamen und Passwort prozentkodiert werden, &quot;@&quot; auch im Datenbanknamen</translation>
    </message>
</context>
<context>
    <name>Quarry::Options</name>
    <message>
        <source>invalid value %1 for option &quot;%2&quot;: expected %3</source>
        <translation>ungültiger Wert %1 für Option &quot;%2&quot;: erwartet wird %3</translation>
    </message>
    <message>
        <source>READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ or SERIALIZABLE</source>
        <translation>READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ oder SERIALIZABLE</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannte Option &quot;%1&quot;; war &quot;%2&quot; gemeint?</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is given twice, as &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>Option &quot;%1&quot; ist doppelt angegeben, als &quot;%2&quot; und als &quot;%3&quot;</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>true or false (or 1/0, yes/no, on/off)</source>
        <translation>true oder false (oder 1/0, yes/no, on/off)</translation>
    </message>
    <message>
        <source>a duration: seconds as a number (30, 0.5) or text with a unit (&quot;250ms&quot;, &quot;30s&quot;, &quot;2min&quot;, &quot;1h&quot;)</source>
        <translation>eine Dauer, entweder Sekunden als Zahl (30, 0.5) oder Text mit Einheit (&quot;250ms&quot;, &quot;30s&quot;, &quot;2min&quot;, &quot;1h&quot;)</translation>
    </message>
    <message>
        <source>option &quot;poolSize&quot; must be at least 1, got %1</source>
        <translation>Option &quot;poolSize&quot; muss mindestens 1 sein, angegeben wurde %1</translation>
    </message>
    <message>
        <source>option &quot;maxOverflow&quot; must not be negative, got %1</source>
        <translation>Option &quot;maxOverflow&quot; darf nicht negativ sein, angegeben wurde %1</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; must not be negative, got %2</source>
        <translation>Option &quot;%1&quot; darf nicht negativ sein, angegeben wurde %2</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for option &quot;isolationLevel&quot;: expected %2</source>
        <translation>ungültiger Wert &quot;%1&quot; für Option &quot;isolationLevel&quot;: erwartet wird %2</translation>
    </message>
</context>
<context>
    <name>Quarry::PgDriver</name>
    <message>
        <source>A statement takes at most %1 parameters.</source>
        <translation>Eine Anweisung akzeptiert höchstens %1 Parameter.</translation>
    </message>
    <message>
        <source>Row %1 has %2 values for %3 columns.</source>
        <translation>Zeile %1 hat %2 Werte für %3 Spalten.</translation>
    </message>
    <message>
        <source>COPY with STDIN or STDOUT cannot run as a statement; use copyIn().</source>
        <translation>COPY mit STDIN oder STDOUT kann nicht als Anweisung ausgeführt werden; stattdessen copyIn() verwenden.</translation>
    </message>
    <message>
        <source>Unknown isolation level &quot;%1&quot;</source>
        <translation>Unbekannte Isolationsstufe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer a ping: %2</source>
        <translation>%1 hat nicht auf einen Ping geantwortet: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation>Die Verbindung zu %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>A streamed result is still open; close it first.</source>
        <translation>Ein gestreamtes Ergebnis ist noch geöffnet; es muss zuerst geschlossen werden.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>The statement was cancelled.</source>
        <translation>Die Anweisung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>DETAIL: %1</source>
        <translation>DETAIL: %1</translation>
    </message>
    <message>
        <source>HINT: %1</source>
        <translation>TIPP: %1</translation>
    </message>
    <message>
        <source>Could not read the type catalog of %1: %2</source>
        <translation>Der Typkatalog von %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Quarry::Placeholders</name>
    <message>
        <source>invalid placeholder &quot;%1&quot; at position %2: positional placeholders start at $1</source>
        <translation>ungültiger Platzhalter &quot;%1&quot; an Position %2: Positionsplatzhalter beginnen bei $1</translation>
    </message>
    <message>
        <source>placeholder &quot;%1&quot; at position %2 is out of range (at most %3)</source>
        <translation>Platzhalter &quot;%1&quot; an Position %2 liegt außerhalb des gültigen Bereichs (höchstens %3)</translation>
    </message>
    <message>
        <source>statement mixes positional (%1) and named (%2) placeholders; use one style</source>
        <translation>die Anweisung mischt Positionsplatzhalter (%1) und benannte Platzhalter (%2); nur eine Art verwenden</translation>
    </message>
    <message>
        <source>statement uses positional placeholders ($1 …) but named values were given</source>
        <translation>die Anweisung verwendet Positionsplatzhalter ($1 …), es wurden aber benannte Werte übergeben</translation>
    </message>
    <message>
        <source>statement uses $%1 but no values were given</source>
        <translation>die Anweisung verwendet $%1, es wurden aber keine Werte übergeben</translation>
    </message>
    <message>
        <source>statement uses $%1 but only 1 value was given</source>
        <translation>die Anweisung verwendet $%1, es wurde aber nur 1 Wert übergeben</translation>
    </message>
    <message>
        <source>statement uses $%1 but only %2 values were given</source>
        <translation>die Anweisung verwendet $%1, es wurden aber nur %2 Werte übergeben</translation>
    </message>
    <message>
        <source>statement uses named placeholders (:%1 …) but positional values were given</source>
        <translation>die Anweisung verwendet benannte Platzhalter (:%1 …), es wurden aber Positionswerte übergeben</translation>
    </message>
    <message>
        <source>no value given for placeholder :%1</source>
        <translation>kein Wert für Platzhalter :%1 übergeben</translation>
    </message>
</context>
<context>
    <name>Quarry::Pool</name>
    <message>
        <source>the database is closed</source>
        <translation>die Datenbank ist geschlossen</translation>
    </message>
    <message>
        <source>no connection became free within %1 ms (pool size %2, overflow %3)</source>
        <translation>innerhalb von %1 ms wurde keine Verbindung frei (Poolgröße %2, Überlauf %3)</translation>
    </message>
</context>
<context>
    <name>Quarry::QtSqlDriver</name>
    <message>
        <source>the connection to %1 is closed</source>
        <translation>die Verbindung zu %1 ist geschlossen</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not available (available: %2)</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht verfügbar (verfügbar: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>the statement was cancelled</source>
        <translation>die Anweisung wurde abgebrochen</translation>
    </message>
    <message>
        <source>statement timeout of %1 ms exceeded</source>
        <translation>Zeitlimit von %1 ms für die Anweisung überschritten</translation>
    </message>
    <message>
        <source>parameters can only be bound to a single statement</source>
        <translation>Parameter können nur an eine einzelne Anweisung gebunden werden</translation>
    </message>
    <message>
        <source>a cursor runs a single statement</source>
        <translation>ein Cursor führt nur eine einzelne Anweisung aus</translation>
    </message>
    <message>
        <source>row %1 has %2 values for %3 columns</source>
        <translation>Zeile %1 hat %2 Werte für %3 Spalten</translation>
    </message>
    <message>
        <source>cannot bind a value of type %1</source>
        <translation>ein Wert vom Typ %1 kann nicht gebunden werden</translation>
    </message>
</context>
<context>
    <name>Quarry::Session</name>
    <message>
        <source>the session is busy streaming a result; finish or drop the stream first</source>
        <translation>die Sitzung streamt gerade ein Ergebnis; der Stream muss zuerst abgeschlossen oder verworfen werden</translation>
    </message>
    <message>
        <source>expected at most one row, the statement returned more</source>
        <translation>höchstens eine Zeile erwartet, die Anweisung hat mehr zurückgegeben</translation>
    </message>
    <message>
        <source>expected one row, the statement returned none</source>
        <translation>eine Zeile erwartet, die Anweisung hat keine zurückgegeben</translation>
    </message>
    <message>
        <source>the transaction was rolled back because a statement in it failed</source>
        <translation>die Transaktion wurde zurückgerollt, weil eine ihrer Anweisungen fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>a transaction is already open on this session</source>
        <translation>in dieser Sitzung ist bereits eine Transaktion geöffnet</translation>
    </message>
    <message>
        <source>a savepoint needs an open transaction</source>
        <translation>ein Sicherungspunkt erfordert eine offene Transaktion</translation>
    </message>
</context>
<context>
    <name>Quarry::SqliteDriver</name>
    <message>
        <source>in-memory database</source>
        <translation>Datenbank im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>cannot open SQLite database %1: %2</source>
        <translation>SQLite-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the SQLite connection is closed</source>
        <translation>die SQLite-Verbindung ist geschlossen</translation>
    </message>
    <message>
        <source>the statement was cancelled</source>
        <translation>die Anweisung wurde abgebrochen</translation>
    </message>
    <message>
        <source>statement timeout of %1 ms exceeded</source>
        <translation>Zeitlimit von %1 ms für die Anweisung überschritten</translation>
    </message>
    <message>
        <source>parameters can only be bound to a single statement</source>
        <translation>Parameter können nur an eine einzelne Anweisung gebunden werden</translation>
    </message>
    <message>
        <source>the statement has %1 parameters but %2 values were bound</source>
        <translation>die Anweisung hat %1 Parameter, es wurden aber %2 Werte gebunden</translation>
    </message>
    <message>
        <source>row %1 has %2 values for %3 columns</source>
        <translation>Zeile %1 hat %2 Werte für %3 Spalten</translation>
    </message>
    <message>
        <source>cannot bind a value of type %1</source>
        <translation>ein Wert vom Typ %1 kann nicht gebunden werden</translation>
    </message>
</context>
</TS>
