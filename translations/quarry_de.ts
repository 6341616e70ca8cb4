<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Quarry</name>
    <message>
        <source>filter %1 needs a list of values</source>
        <translation>Filter %1 braucht eine Liste von Werten</translation>
    </message>
</context>
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
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: quarry &lt;command&gt; [options]

Commands:
  query URL SQL [--csv|--json] [--file FILE] [-p VALUE]...
                  run SQL and stream its rows to stdout
  tables URL [--csv|--json]
                  list tables and their row counts
  reflect URL [--json|--ddl|--model FILE] [--schema NAME]...
                  describe the live schema, or write it as DDL or a model file
  create-all URL MODEL [--dry-run]
                  create the tables of a JSON model file (skipping existing ones)
  drop-all URL MODEL [--dry-run]
                  drop the tables of a JSON model file

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
  reflect URL [--json|--ddl|--model FILE] [--schema NAME]...
                  Schema beschreiben oder als DDL bzw. Modelldatei ausgeben
  create-all URL MODEL [--dry-run]
                  Tabellen einer JSON-Modelldatei anlegen (vorhandene überspringen)
  drop-all URL MODEL [--dry-run]
                  Tabellen einer JSON-Modelldatei löschen

URLs: sqlite:///relative.db  sqlite:////absolute.db  sqlite://  (Arbeitsspeicher)
      postgresql://user@host:port/dbname?sslmode=require
      qt+QSQLITE:///file.db  (beliebiger Qt-SQL-Treiber)
Mit &apos;quarry &lt;Befehl&gt; --help&apos; werden die Optionen eines Befehls angezeigt.
</translation>
    </message>
    <message>
        <source>Describe the schema of a live database.</source>
        <translation>Das Schema einer bestehenden Datenbank beschreiben.</translation>
    </message>
    <message>
        <source>Write the schema as a JSON model to stdout.</source>
        <translation>Das Schema als JSON-Modell auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Write the CREATE statements that rebuild the schema.</source>
        <translation>Die CREATE-Anweisungen ausgeben, die das Schema neu aufbauen.</translation>
    </message>
    <message>
        <source>Save the schema as a model file &lt;file&gt;.</source>
        <translation>Das Schema als Modelldatei &lt;file&gt; speichern.</translation>
    </message>
    <message>
        <source>Only read schema &lt;name&gt; (repeatable).</source>
        <translation>Nur das Schema &lt;name&gt; auslesen (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>--json, --ddl and --model exclude each other</source>
        <translation>--json, --ddl und --model schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>Create the tables of a JSON model file.</source>
        <translation>Die Tabellen einer JSON-Modelldatei anlegen.</translation>
    </message>
    <message>
        <source>Drop the tables of a JSON model file.</source>
        <translation>Die Tabellen einer JSON-Modelldatei löschen.</translation>
    </message>
    <message>
        <source>The JSON model file.</source>
        <translation>Die JSON-Modelldatei.</translation>
    </message>
    <message>
        <source>Print the statements instead of running them.</source>
        <translation>Die Anweisungen ausgeben, statt sie auszuführen.</translation>
    </message>
    <message>
        <source>table %1.%2
</source>
        <translation>Tabelle %1.%2
</translation>
    </message>
    <message>
        <source>view %1.%2
</source>
        <translation>Sicht %1.%2
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) run; the model&apos;s tables exist now.
</source>
        <translation>
            <numerusform>%n Anweisung ausgeführt; die Tabellen des Modells sind jetzt vorhanden.
</numerusform>
            <numerusform>%n Anweisungen ausgeführt; die Tabellen des Modells sind jetzt vorhanden.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) run; the model&apos;s tables are gone.
</source>
        <translation>
            <numerusform>%n Anweisung ausgeführt; die Tabellen des Modells sind jetzt entfernt.
</numerusform>
            <numerusform>%n Anweisungen ausgeführt; die Tabellen des Modells sind jetzt entfernt.
</numerusform>
        </translation>
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
    <name>Quarry::Dialect</name>
    <message>
        <source>%1 is written for %2 and has no %3 form</source>
        <translation>%1 ist für %2 geschrieben und hat keine Form für %3</translation>
    </message>
    <message>
        <source>the default %1 of %2</source>
        <translation>der Standardwert %1 von %2</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot;</source>
        <translation>Trigger &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Quarry::FilterCompiler</name>
    <message>
        <source>table &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>Tabelle &quot;%1&quot; hat keine Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>filter %1 needs two values, got %2</source>
        <translation>Filter %1 braucht zwei Werte, erhalten: %2</translation>
    </message>
    <message>
        <source>unknown lookup &quot;%1&quot; in filter %2</source>
        <translation>unbekannter Vergleich &quot;%1&quot; im Filter %2</translation>
    </message>
</context>
<context>
    <name>Quarry::ModelFile</name>
    <message>
        <source>give either &quot;function&quot; or &quot;value&quot;</source>
        <translation>entweder &quot;function&quot; oder &quot;value&quot; angeben</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot; (expected now or uuid)</source>
        <translation>unbekannte Funktion &quot;%1&quot; (erwartet wird now oder uuid)</translation>
    </message>
    <message>
        <source>expected a string, a number, true, false or an object</source>
        <translation>erwartet wird eine Zeichenkette, eine Zahl, true, false oder ein Objekt</translation>
    </message>
    <message>
        <source>expected a string or an object</source>
        <translation>erwartet wird eine Zeichenkette oder ein Objekt</translation>
    </message>
    <message>
        <source>expected &quot;table&quot;, &quot;table.column&quot; or &quot;schema.table.column&quot;</source>
        <translation>erwartet wird &quot;table&quot;, &quot;table.column&quot; oder &quot;schema.table.column&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (expected cascade, restrict, set null, set default or no action)</source>
        <translation>unbekannte Aktion &quot;%1&quot; (erwartet wird cascade, restrict, set null, set default oder no action)</translation>
    </message>
    <message>
        <source>needs &quot;deferrable&quot;: true</source>
        <translation>erfordert &quot;deferrable&quot;: true</translation>
    </message>
    <message>
        <source>&quot;other&quot; needs a &quot;nativeType&quot;</source>
        <translation>&quot;other&quot; erfordert einen &quot;nativeType&quot;</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unbekannter Typ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a generated column cannot have a &quot;default&quot;</source>
        <translation>eine generierte Spalte kann keinen &quot;default&quot; haben</translation>
    </message>
    <message>
        <source>unknown identity &quot;%1&quot; (expected always or byDefault)</source>
        <translation>unbekannte Identitätsart &quot;%1&quot; (erwartet wird always oder byDefault)</translation>
    </message>
    <message>
        <source>needs an integer type</source>
        <translation>erfordert einen Ganzzahltyp</translation>
    </message>
    <message>
        <source>a column cannot be both &quot;identity&quot; and &quot;autoincrement&quot;</source>
        <translation>eine Spalte kann nicht zugleich &quot;identity&quot; und &quot;autoincrement&quot; sein</translation>
    </message>
    <message>
        <source>duplicate table &quot;%1&quot;</source>
        <translation>Tabelle &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>duplicate view &quot;%1&quot;</source>
        <translation>Sicht &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>duplicate index &quot;%1&quot;</source>
        <translation>Index &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>duplicate sequence &quot;%1&quot;</source>
        <translation>Sequenz &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by a table</source>
        <translation>der Name &quot;%1&quot; wird bereits von einer Tabelle verwendet</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by a view</source>
        <translation>der Name &quot;%1&quot; wird bereits von einer Sicht verwendet</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by an index</source>
        <translation>der Name &quot;%1&quot; wird bereits von einem Index verwendet</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by a sequence</source>
        <translation>der Name &quot;%1&quot; wird bereits von einer Sequenz verwendet</translation>
    </message>
    <message>
        <source>expected true, false or an object</source>
        <translation>erwartet wird true, false oder ein Objekt</translation>
    </message>
    <message>
        <source>unmatched &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ohne Gegenstück</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>unbekannter Platzhalter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation>darf nicht 0 sein</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist</source>
        <translation>Tabelle &quot;%1&quot; existiert nicht</translation>
    </message>
    <message>
        <source>duplicate trigger &quot;%1&quot; on table &quot;%2&quot;</source>
        <translation>Trigger &quot;%1&quot; ist für die Tabelle &quot;%2&quot; doppelt definiert</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>%1: cannot read the model file: %2</source>
        <translation>%1: die Modelldatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this Quarry reads version %2)</source>
        <translation>nicht unterstützte Formatversion %1 (diese Quarry-Version liest Version %2)</translation>
    </message>
    <message>
        <source>unknown dialect &quot;%1&quot; (expected sqlite, postgresql or generic)</source>
        <translation>unbekannter Dialekt &quot;%1&quot; (erwartet wird sqlite, postgresql oder generic)</translation>
    </message>
    <message>
        <source>the default schema is given twice</source>
        <translation>das Standardschema ist doppelt angegeben</translation>
    </message>
    <message>
        <source>duplicate schema &quot;%1&quot;</source>
        <translation>Schema &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>erwartet wird eine Ganzzahl</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet wird ein Array</translation>
    </message>
    <message>
        <source>expected at least one column</source>
        <translation>erwartet wird mindestens eine Spalte</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (war &quot;%2&quot; gemeint?)</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>a reference to an &quot;external&quot; table must name its columns</source>
        <translation>ein Verweis auf eine als &quot;external&quot; markierte Tabelle muss die referenzierten Spalten angeben</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no primary key: name the referred columns</source>
        <translation>Tabelle &quot;%1&quot; hat keinen Primärschlüssel: die referenzierten Spalten angeben</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; does not exist in table &quot;%2&quot;</source>
        <translation>Spalte &quot;%1&quot; existiert in Tabelle &quot;%2&quot; nicht</translation>
    </message>
    <message>
        <source>column counts differ: %1 here, %2 in table &quot;%3&quot;</source>
        <translation>Spaltenanzahl weicht ab: %1 hier, %2 in Tabelle &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the referred columns (%1) are neither the primary key nor unique in table &quot;%2&quot;</source>
        <translation>die referenzierten Spalten (%1) bilden in Tabelle &quot;%2&quot; weder den Primärschlüssel noch einen eindeutigen Schlüssel</translation>
    </message>
    <message>
        <source>unknown primary key kind &quot;%1&quot; (expected integer, bigint or uuid, or the key&apos;s columns in an array)</source>
        <translation>unbekannte Primärschlüsselart &quot;%1&quot; (erwartet wird integer, bigint oder uuid oder die Spalten des Schlüssels als Array)</translation>
    </message>
    <message>
        <source>expected a string, an array or an object</source>
        <translation>erwartet wird eine Zeichenkette, ein Array oder ein Objekt</translation>
    </message>
    <message>
        <source>give either &quot;columns&quot; or &quot;kind&quot;</source>
        <translation>entweder &quot;columns&quot; oder &quot;kind&quot; angeben</translation>
    </message>
    <message>
        <source>&quot;column&quot; goes with &quot;kind&quot;</source>
        <translation>&quot;column&quot; ist nur zusammen mit &quot;kind&quot; zulässig</translation>
    </message>
    <message>
        <source>give either &quot;column&quot; or &quot;expression&quot;</source>
        <translation>entweder &quot;column&quot; oder &quot;expression&quot; angeben</translation>
    </message>
    <message>
        <source>an index needs a &quot;name&quot; when &quot;naming&quot; is false</source>
        <translation>ein Index erfordert einen &quot;name&quot;, wenn &quot;naming&quot; false ist</translation>
    </message>
    <message>
        <source>an index needs a &quot;name&quot;: the naming convention&apos;s &quot;index&quot; pattern is empty</source>
        <translation>ein Index erfordert einen &quot;name&quot;: das &quot;index&quot;-Muster der Namenskonvention ist leer</translation>
    </message>
    <message>
        <source>duplicate constraint name &quot;%1&quot;</source>
        <translation>Constraint-Name &quot;%1&quot; ist doppelt vergeben</translation>
    </message>
    <message>
        <source>adds a column &quot;%1&quot;, but the table declares one already</source>
        <translation>fügt eine Spalte &quot;%1&quot; hinzu, die Tabelle deklariert aber bereits eine gleichnamige</translation>
    </message>
    <message>
        <source>duplicate column &quot;%1&quot;</source>
        <translation>Spalte &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>the table&apos;s &quot;primaryKey&quot; names the primary key already</source>
        <translation>der Primärschlüssel ist bereits über &quot;primaryKey&quot; der Tabelle festgelegt</translation>
    </message>
    <message>
        <source>needs a primary key</source>
        <translation>erfordert einen Primärschlüssel</translation>
    </message>
</context>
<context>
    <name>Quarry::Ops</name>
    <message>
        <source>there is no table &quot;%1&quot;</source>
        <translation>es gibt keine Tabelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has a primary key of %2 column(s), not %3</source>
        <translation>Tabelle &quot;%1&quot; hat einen Primärschlüssel aus %2 Spalte(n), nicht %3</translation>
    </message>
    <message>
        <source>getOrCreate on &quot;%1&quot;: the row keeps conflicting with another one that cannot be read with the same filters</source>
        <translation>getOrCreate auf &quot;%1&quot;: die Zeile kollidiert immer wieder mit einer anderen, die mit denselben Filtern nicht gelesen werden kann</translation>
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
    <name>Quarry::Reflector</name>
    <message>
        <source>Reading the schema is not supported for the Qt SQL driver %1</source>
        <translation>Das Auslesen des Schemas wird für den Qt-SQL-Treiber %1 nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Quarry::Serialization</name>
    <message>
        <source>column &quot;%1&quot; (%2) cannot take the JSON value %3</source>
        <translation>Spalte &quot;%1&quot; (%2) kann den JSON-Wert %3 nicht aufnehmen</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>Tabelle &quot;%1&quot; hat keine Spalte &quot;%2&quot;</translation>
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
