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
    <message>
        <source>Show the steps that turn FROM into TO; each is a database URL or a JSON model file. &apos;!&apos; marks steps that can lose data.</source>
        <translation>Die Schritte anzeigen, die FROM in TO überführen; beide sind jeweils eine Datenbank-URL oder eine JSON-Modelldatei. &apos;!&apos; markiert Schritte, bei denen Daten verloren gehen können.</translation>
    </message>
    <message>
        <source>Database URL or model file.</source>
        <translation>Datenbank-URL oder Modelldatei.</translation>
    </message>
    <message>
        <source>Table OLD of FROM is NEW of TO (repeatable).</source>
        <translation>Die Tabelle OLD in FROM heißt in TO NEW (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Column OLD of TABLE (TO&apos;s name) is NEW in TO (repeatable).</source>
        <translation>Die Spalte OLD der Tabelle TABLE (Name in TO) heißt in TO NEW (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Only compare schema &lt;name&gt; (repeatable).</source>
        <translation>Nur das Schema &lt;name&gt; vergleichen (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Write the SQL for sqlite or postgresql (default: TO&apos;s database, else FROM&apos;s).</source>
        <translation>Das SQL für sqlite oder postgresql ausgeben (Standard: die Datenbank von TO, sonst die von FROM).</translation>
    </message>
    <message>
        <source>Write the steps as JSON.</source>
        <translation>Die Schritte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Exit with 3 when there are differences (0 when equal).</source>
        <translation>Mit Exit-Code 3 beenden, wenn es Unterschiede gibt (0 bei Gleichheit).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rename-table expects OLD=NEW, got &apos;%1&apos;</source>
        <translation>--rename-table erwartet OLD=NEW, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rename-column expects TABLE.OLD=NEW, got &apos;%1&apos;</source>
        <translation>--rename-column erwartet TABLE.OLD=NEW, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown dialect &apos;%1&apos; (sqlite or postgresql)</source>
        <translation>unbekannter Dialekt &apos;%1&apos; (sqlite oder postgresql)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither a database URL nor an existing model file</source>
        <translation>%1: &apos;%2&apos; ist weder eine Datenbank-URL noch eine vorhandene Modelldatei</translation>
    </message>
    <message>
        <source>no differences
</source>
        <translation>keine Unterschiede
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n destructive (marked !)</source>
        <translation>
            <numerusform>, davon %n destruktiv (mit ! markiert)</numerusform>
            <numerusform>, davon %n destruktiv (mit ! markiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>both sides are model files: pass --dialect sqlite or postgresql</source>
        <translation>beide Seiten sind Modelldateien: --dialect sqlite oder postgresql angeben</translation>
    </message>
    <message>
        <source>Show whether the database is up to date with the migration folder.</source>
        <translation>Anzeigen, ob die Datenbank auf dem Stand des Migrationsordners ist.</translation>
    </message>
    <message>
        <source>List the migrations, first to head, with what is applied.</source>
        <translation>Die Migrationen von der ersten bis head auflisten, mit Angabe, welche angewendet sind.</translation>
    </message>
    <message>
        <source>Apply migrations up to TARGET (default head; an id or +N).</source>
        <translation>Migrationen bis TARGET anwenden (Standard: head; eine ID oder +N).</translation>
    </message>
    <message>
        <source>Revert migrations down to TARGET (base, an id or -N).</source>
        <translation>Migrationen bis TARGET zurücknehmen (base, eine ID oder -N).</translation>
    </message>
    <message>
        <source>Record REVISION as applied without running any migration.</source>
        <translation>REVISION als angewendet eintragen, ohne eine Migration auszuführen.</translation>
    </message>
    <message>
        <source>Empty database: create the model&apos;s tables and stamp head; otherwise upgrade to head.</source>
        <translation>Leere Datenbank: die Tabellen des Modells anlegen und head eintragen; sonst ein Upgrade auf head ausführen.</translation>
    </message>
    <message>
        <source>Write a new migration file after the head.</source>
        <translation>Eine neue Migrationsdatei nach head anlegen.</translation>
    </message>
    <message>
        <source>The migration folder.</source>
        <translation>Der Migrationsordner.</translation>
    </message>
    <message>
        <source>Write the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>What the migration does.</source>
        <translation>Was die Migration bewirkt.</translation>
    </message>
    <message>
        <source>Fill the migration with the diff from the database (at head) to the model of --model.</source>
        <translation>Die Migration mit dem Diff von der Datenbank (auf Stand head) zum Modell aus --model füllen.</translation>
    </message>
    <message>
        <source>The revision to reach.</source>
        <translation>Die Zielrevision.</translation>
    </message>
    <message>
        <source>The revision to record.</source>
        <translation>Die einzutragende Revision.</translation>
    </message>
    <message>
        <source>unknown migrate command &apos;%1&apos; (use %2)</source>
        <translation>unbekannter migrate-Befehl &apos;%1&apos; (möglich: %2)</translation>
    </message>
    <message>
        <source>--dir DIR is required: the migration folder</source>
        <translation>--dir DIR ist erforderlich: der Migrationsordner</translation>
    </message>
    <message>
        <source>sync needs --model FILE: the schema at head</source>
        <translation>sync erfordert --model FILE: das Schema auf Stand head</translation>
    </message>
    <message>
        <source>new needs -m MESSAGE</source>
        <translation>new erfordert -m MESSAGE</translation>
    </message>
    <message>
        <source>--autogenerate needs the database URL and --model FILE</source>
        <translation>--autogenerate erfordert die Datenbank-URL und --model FILE</translation>
    </message>
    <message>
        <source>--model goes with --autogenerate</source>
        <translation>--model ist nur zusammen mit --autogenerate zulässig</translation>
    </message>
    <message numerus="yes">
        <source>no version information (%1 is missing or empty); %n migration(s) in the folder
</source>
        <translation>
            <numerusform>keine Versionsinformation (%1 fehlt oder ist leer); %n Migration im Ordner
</numerusform>
            <numerusform>keine Versionsinformation (%1 fehlt oder ist leer); %n Migrationen im Ordner
</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date
</source>
        <translation>auf dem neuesten Stand
</translation>
    </message>
    <message numerus="yes">
        <source>upgrade available: %n migration(s) pending
</source>
        <translation>
            <numerusform>Upgrade verfügbar: %n Migration ausstehend
</numerusform>
            <numerusform>Upgrade verfügbar: %n Migrationen ausstehend
</numerusform>
        </translation>
    </message>
    <message>
        <source>current: %1  %2</source>
        <translation>aktuell: %1  %2</translation>
    </message>
    <message>
        <source>head:    %1  %2</source>
        <translation>head:    %1  %2</translation>
    </message>
    <message>
        <source>no migrations in the folder
</source>
        <translation>keine Migrationen im Ordner
</translation>
    </message>
    <message>
        <source>  (applied %1)</source>
        <translation>  (angewendet am %1)</translation>
    </message>
    <message>
        <source>  &lt;- current</source>
        <translation>  &lt;- aktuell</translation>
    </message>
    <message>
        <source>  &lt;- head</source>
        <translation>  &lt;- head</translation>
    </message>
    <message>
        <source>already at %1; nothing to do
</source>
        <translation>bereits auf Stand %1; nichts zu tun
</translation>
    </message>
    <message>
        <source>created the model&apos;s tables
</source>
        <translation>Tabellen des Modells angelegt
</translation>
    </message>
    <message>
        <source>downgraded %1  %2
</source>
        <translation>zurückgenommen: %1  %2
</translation>
    </message>
    <message>
        <source>upgraded %1  %2
</source>
        <translation>angewendet: %1  %2
</translation>
    </message>
    <message>
        <source>stamped %1
</source>
        <translation>eingetragen: %1
</translation>
    </message>
    <message>
        <source>now at %1
</source>
        <translation>jetzt auf Stand %1
</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>no changes: the database matches %1; nothing written
</source>
        <translation>keine Änderungen: die Datenbank entspricht %1; nichts geschrieben
</translation>
    </message>
    <message>
        <source>Run the SQL script in &lt;file&gt;, statement by statement.</source>
        <translation>Das SQL-Skript in &lt;file&gt; Anweisung für Anweisung ausführen.</translation>
    </message>
    <message>
        <source>With --file: go on after a failed statement (the exit code is still non-zero).</source>
        <translation>Mit --file: nach einer fehlgeschlagenen Anweisung fortfahren (der Exit-Code ist trotzdem ungleich null).</translation>
    </message>
    <message>
        <source>Usage: quarry &lt;command&gt; [options]

Commands:
  query URL SQL [--csv|--json] [-p VALUE]...
  query URL -f FILE [--continue-on-error] [--csv|--json]
                  run SQL (or a script, statement by statement) and stream its
                  rows to stdout
  tables URL [--csv|--json]
                  list tables and their row counts
  reflect URL [--json|--ddl|--model FILE] [--schema NAME]...
                  describe the live schema, or write it as DDL or a model file
  create-all URL MODEL [--dry-run]
                  create the tables of a JSON model file (skipping existing ones)
  drop-all URL MODEL [--dry-run]
                  drop the tables of a JSON model file
  diff FROM TO [--json] [--dialect NAME] [--rename-table OLD=NEW]...
       [--rename-column TABLE.OLD=NEW]... [--exit-code]
                  the steps that turn FROM into TO (database URLs or model files)
  migrate status|history URL --dir DIR [--json]
  migrate upgrade URL --dir DIR [TARGET] [--sql]
  migrate downgrade URL --dir DIR TARGET [--sql]
  migrate stamp URL --dir DIR REVISION [--sql]
  migrate sync URL --dir DIR --model FILE [--sql]
  migrate new [URL] --dir DIR -m MESSAGE [--autogenerate --model FILE]
                  versioned migrations (see docs/migrations.md)

URLs: sqlite:///relative.db  sqlite:////absolute.db  sqlite://  (memory)
      postgresql://user@host:port/dbname?sslmode=require
      qt+QSQLITE:///file.db  (any Qt SQL driver)
Run &apos;quarry &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: quarry &lt;command&gt; [options]

Befehle:
  query URL SQL [--csv|--json] [-p VALUE]...
  query URL -f FILE [--continue-on-error] [--csv|--json]
                  SQL (oder ein Skript, Anweisung für Anweisung) ausführen und
                  die Zeilen fortlaufend auf stdout ausgeben
  tables URL [--csv|--json]
                  Tabellen und ihre Zeilenanzahl auflisten
  reflect URL [--json|--ddl|--model FILE] [--schema NAME]...
                  das bestehende Schema beschreiben oder als DDL bzw. Modelldatei ausgeben
  create-all URL MODEL [--dry-run]
                  die Tabellen einer JSON-Modelldatei anlegen (vorhandene werden übersprungen)
  drop-all URL MODEL [--dry-run]
                  die Tabellen einer JSON-Modelldatei löschen
  diff FROM TO [--json] [--dialect NAME] [--rename-table OLD=NEW]...
       [--rename-column TABLE.OLD=NEW]... [--exit-code]
                  die Schritte, die FROM in TO überführen (Datenbank-URLs oder Modelldateien)
  migrate status|history URL --dir DIR [--json]
  migrate upgrade URL --dir DIR [TARGET] [--sql]
  migrate downgrade URL --dir DIR TARGET [--sql]
  migrate stamp URL --dir DIR REVISION [--sql]
  migrate sync URL --dir DIR --model FILE [--sql]
  migrate new [URL] --dir DIR -m MESSAGE [--autogenerate --model FILE]
                  versionierte Migrationen (siehe docs/migrations.md)

URLs: sqlite:///relative.db  sqlite:////absolute.db  sqlite://  (Arbeitsspeicher)
      postgresql://user@host:port/dbname?sslmode=require
      qt+QSQLITE:///file.db  (beliebiger Qt-SQL-Treiber)
&apos;quarry &lt;command&gt; --help&apos; zeigt die Optionen eines Befehls an.
</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n Zeile betroffen</numerusform>
            <numerusform>%n Zeilen betroffen</numerusform>
        </translation>
    </message>
    <message>
        <source>--param needs a script of exactly one statement; %1 has %2</source>
        <translation>--param braucht ein Skript mit genau einer Anweisung; %1 hat %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>COPY … FROM stdin with inline data is not supported by &apos;quarry query&apos;; load the data with psql or a COPY from a file</source>
        <translation>COPY … FROM stdin mit eingebetteten Daten wird von &apos;quarry query&apos; nicht unterstützt; die Daten mit psql oder per COPY aus einer Datei laden</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>FEHLER: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2; a database to open is an existing file or a URL)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (Befehle: %2; eine zu öffnende Datenbank ist eine vorhandene Datei oder eine URL)</translation>
    </message>
    <message>
        <source>%1 holds no SQL statement</source>
        <translation>%1 enthält keine SQL-Anweisung</translation>
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
    <message>
        <source>invalid host or port in URL %1: a port is a number from 1 to 65535, and a user name and password end with &quot;@&quot; before the host</source>
        <translation>ungültiger Host oder Port in URL %1: ein Port ist eine Zahl von 1 bis 65535, und Benutzername und Passwort enden vor dem Host mit &quot;@&quot;</translation>
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
    <name>Quarry::Migration</name>
    <message>
        <source>%1 is at %2 but the head of %3 is %4: upgrade it first (autogenerate compares the database at head with the model)</source>
        <translation>%1 ist auf Stand %2, aber head von %3 ist %4: zuerst ein Upgrade ausführen (autogenerate vergleicht die Datenbank auf Stand head mit dem Modell)</translation>
    </message>
    <message>
        <source>drop trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>drop view %1</source>
        <translation>Sicht %1 löschen</translation>
    </message>
    <message>
        <source>drop foreign key %1 of %2</source>
        <translation>Fremdschlüssel %1 von %2 löschen</translation>
    </message>
    <message>
        <source>create view %1</source>
        <translation>Sicht %1 erstellen</translation>
    </message>
    <message>
        <source>create trigger %1 on %2</source>
        <translation>Trigger %1 auf %2 erstellen</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>Tabelle %1 löschen</translation>
    </message>
    <message>
        <source>rename table %1 to %2</source>
        <translation>Tabelle %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>create table %1</source>
        <translation>Tabelle %1 erstellen</translation>
    </message>
    <message>
        <source>rename column %1.%2 to %3</source>
        <translation>Spalte %1.%2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>add foreign key %1 (%2) → %3</source>
        <translation>Fremdschlüssel %1 (%2) → %3 hinzufügen</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>Typ %1 → %2</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>kein Standardwert</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>not generated</source>
        <translation>nicht generiert</translation>
    </message>
    <message>
        <source>generated as %1</source>
        <translation>generiert als %1</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>autoincrement</source>
        <translation>Autoinkrement</translation>
    </message>
    <message>
        <source>no autoincrement</source>
        <translation>kein Autoinkrement</translation>
    </message>
    <message>
        <source>collation %1</source>
        <translation>Sortierfolge %1</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>drop index %1 on %2</source>
        <translation>Index %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>drop unique %1 on %2</source>
        <translation>Unique-Constraint %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>drop check (%1) on %2</source>
        <translation>Check-Constraint (%1) auf %2 löschen</translation>
    </message>
    <message>
        <source>drop primary key %1 of %2</source>
        <translation>Primärschlüssel %1 von %2 löschen</translation>
    </message>
    <message>
        <source>drop column %1.%2</source>
        <translation>Spalte %1.%2 löschen</translation>
    </message>
    <message>
        <source>add column %1.%2 (%3)</source>
        <translation>Spalte %1.%2 (%3) hinzufügen</translation>
    </message>
    <message>
        <source>: NOT NULL without a default fails if the table has rows</source>
        <translation>: NOT NULL ohne Standardwert schlägt fehl, wenn die Tabelle Zeilen enthält</translation>
    </message>
    <message>
        <source>alter column %1.%2: %3</source>
        <translation>Spalte %1.%2 ändern: %3</translation>
    </message>
    <message>
        <source>add primary key %1 to %2</source>
        <translation>Primärschlüssel %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>add unique %1 on %2</source>
        <translation>Unique-Constraint %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <source>add check (%1) on %2</source>
        <translation>Check-Constraint (%1) auf %2 hinzufügen</translation>
    </message>
    <message>
        <source>add index %1 on %2</source>
        <translation>Index %1 auf %2 erstellen</translation>
    </message>
    <message>
        <source>comment on table %1</source>
        <translation>Kommentar zur Tabelle %1</translation>
    </message>
    <message>
        <source>add column %1</source>
        <translation>Spalte %1 hinzufügen</translation>
    </message>
    <message>
        <source>drop column %1</source>
        <translation>Spalte %1 löschen</translation>
    </message>
    <message>
        <source>alter column %1: %2</source>
        <translation>Spalte %1 ändern: %2</translation>
    </message>
    <message>
        <source>primary key %1</source>
        <translation>Primärschlüssel %1</translation>
    </message>
    <message>
        <source>drop unique %1</source>
        <translation>Unique-Constraint %1 löschen</translation>
    </message>
    <message>
        <source>add unique %1</source>
        <translation>Unique-Constraint %1 hinzufügen</translation>
    </message>
    <message>
        <source>drop check (%1)</source>
        <translation>Check-Constraint (%1) löschen</translation>
    </message>
    <message>
        <source>add check (%1)</source>
        <translation>Check-Constraint (%1) hinzufügen</translation>
    </message>
    <message>
        <source>drop foreign key %1 → %2</source>
        <translation>Fremdschlüssel %1 → %2 löschen</translation>
    </message>
    <message>
        <source>add foreign key %1 → %2</source>
        <translation>Fremdschlüssel %1 → %2 hinzufügen</translation>
    </message>
    <message>
        <source>table options</source>
        <translation>Tabellenoptionen</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>rebuild table %1: %2</source>
        <translation>Tabelle %1 neu aufbauen: %2</translation>
    </message>
    <message>
        <source> (the new NOT NULL column %1 has no default: copying the rows fails unless the table is empty)</source>
        <translation> (die neue NOT-NULL-Spalte %1 hat keinen Standardwert: das Kopieren der Zeilen schlägt fehl, sofern die Tabelle nicht leer ist)</translation>
    </message>
    <message>
        <source>%1: the %2 section contains %3: each migration runs in one transaction that Quarry opens and commits; remove transaction statements</source>
        <translation>%1: der Abschnitt %2 enthält %3: jede Migration läuft in einer Transaktion, die Quarry öffnet und committet; Transaktionsanweisungen entfernen</translation>
    </message>
    <message>
        <source>a second &apos;-- migrate:up&apos; line</source>
        <translation>eine zweite Zeile &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>&apos;-- migrate:down&apos; before &apos;-- migrate:up&apos;</source>
        <translation>&apos;-- migrate:down&apos; vor &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>a second &apos;-- migrate:down&apos; line</source>
        <translation>eine zweite Zeile &apos;-- migrate:down&apos;</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos; (expected &apos;-- migrate:up&apos; or &apos;-- migrate:down&apos;)</source>
        <translation>unbekannter Abschnitt &apos;%1&apos; (erwartet wird &apos;-- migrate:up&apos; oder &apos;-- migrate:down&apos;)</translation>
    </message>
    <message>
        <source>SQL before &apos;-- migrate:up&apos;; the header holds only &apos;-- key: value&apos; comment lines</source>
        <translation>SQL vor &apos;-- migrate:up&apos;; der Kopfbereich enthält nur Kommentarzeilen der Form &apos;-- key: value&apos;</translation>
    </message>
    <message>
        <source>unknown header key &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; im Kopfbereich (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; appears twice</source>
        <translation>&apos;%1:&apos; kommt doppelt vor</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos; (use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 64; not &apos;base&apos; or &apos;head&apos;)</source>
        <translation>ungültige ID &apos;%1&apos; (erlaubt sind Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; höchstens 64 Zeichen; nicht &apos;base&apos; oder &apos;head&apos;)</translation>
    </message>
    <message>
        <source>invalid parent id &apos;%1&apos;</source>
        <translation>ungültige Vorgänger-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;created:&apos; is not an ISO 8601 time: &apos;%1&apos;</source>
        <translation>&apos;created:&apos; ist keine Zeitangabe nach ISO 8601: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown dialect &apos;%1&apos; (sqlite or postgresql)</source>
        <translation>unbekannter Dialekt &apos;%1&apos; (sqlite oder postgresql)</translation>
    </message>
    <message>
        <source>no &apos;-- id:&apos; line in the header</source>
        <translation>keine Zeile &apos;-- id:&apos; im Kopfbereich</translation>
    </message>
    <message>
        <source>no &apos;-- parent:&apos; line in the header (leave it empty for the first migration)</source>
        <translation>keine Zeile &apos;-- parent:&apos; im Kopfbereich (bei der ersten Migration bleibt sie leer)</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:up&apos; section</source>
        <translation>kein Abschnitt &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:down&apos; section (it may be empty)</source>
        <translation>kein Abschnitt &apos;-- migrate:down&apos; (er darf leer sein)</translation>
    </message>
    <message>
        <source>the migration is its own parent</source>
        <translation>die Migration ist ihr eigener Vorgänger</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>dem Ordner</translation>
    </message>
    <message>
        <source>migration folder %1 does not exist</source>
        <translation>der Migrationsordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 and %2 both have id %3</source>
        <translation>%1 und %2 haben beide die ID %3</translation>
    </message>
    <message>
        <source>%1: parent %2 is not a migration in %3</source>
        <translation>%1: der Vorgänger %2 ist keine Migration in %3</translation>
    </message>
    <message>
        <source>%1 and %2 both have an empty parent: %3 must hold one linear chain with a single first migration</source>
        <translation>%1 und %2 haben beide keinen Vorgänger: in %3 muss eine lineare Kette mit genau einer ersten Migration liegen</translation>
    </message>
    <message>
        <source>%1 and %2 both follow %3: branches are not supported; make one of them follow the other so the migrations form one linear chain</source>
        <translation>%1 und %2 folgen beide auf %3: Verzweigungen werden nicht unterstützt; eine der beiden auf die andere folgen lassen, damit die Migrationen eine lineare Kette bilden</translation>
    </message>
    <message>
        <source>%1 form a cycle through their parents</source>
        <translation>%1 bilden über ihre Vorgänger einen Zyklus</translation>
    </message>
    <message>
        <source>invalid relative revision &apos;%1&apos; (use +N or -N with N &gt; 0)</source>
        <translation>ungültige relative Revision &apos;%1&apos; (+N oder -N mit N &gt; 0 verwenden)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; goes past the head: %n migration(s) after the current one</source>
        <translation>
            <numerusform>&apos;%1&apos; geht über head hinaus: nach der aktuellen folgt %n Migration</numerusform>
            <numerusform>&apos;%1&apos; geht über head hinaus: nach der aktuellen folgen %n Migrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; goes past base: %n migration(s) applied</source>
        <translation>
            <numerusform>&apos;%1&apos; geht über base hinaus: %n Migration angewendet</numerusform>
            <numerusform>&apos;%1&apos; geht über base hinaus: %n Migrationen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>revision &apos;%1&apos; is ambiguous: %2 and %3 start with it</source>
        <translation>Revision &apos;%1&apos; ist mehrdeutig: %2 und %3 beginnen damit</translation>
    </message>
    <message>
        <source>unknown revision &apos;%1&apos;: not a migration in %2 (nor base, head, +N or -N)</source>
        <translation>unbekannte Revision &apos;%1&apos;: weder eine Migration in %2 noch base, head, +N oder -N</translation>
    </message>
    <message>
        <source>The migration breaks foreign keys and was rolled back: %1</source>
        <translation>Die Migration verletzt Fremdschlüssel und wurde zurückgerollt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of &quot;%1&quot; refer to missing rows of &quot;%2&quot;</source>
        <translation>
            <numerusform>%n Zeile von &quot;%1&quot; verweist auf fehlende Zeilen von &quot;%2&quot;</numerusform>
            <numerusform>%n Zeilen von &quot;%1&quot; verweisen auf fehlende Zeilen von &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>This migration drops or rebuilds tables, which needs SQLite&apos;s foreign-key enforcement off, and that cannot change inside a transaction: apply it outside a transaction</source>
        <translation>Diese Migration löscht Tabellen oder baut sie neu auf; dafür muss die Fremdschlüsselprüfung von SQLite ausgeschaltet sein, was sich innerhalb einer Transaktion nicht ändern lässt: die Migration außerhalb einer Transaktion anwenden</translation>
    </message>
    <message>
        <source>the migration folder</source>
        <translation>dem Migrationsordner</translation>
    </message>
    <message>
        <source>%1 is at revision %2, which is not in %3 (a missing migration file, or another project&apos;s folder?); &apos;quarry migrate stamp REVISION&apos; resets it</source>
        <translation>%1 ist auf Revision %2, die nicht in %3 enthalten ist (fehlt eine Migrationsdatei, oder ist es der Ordner eines anderen Projekts?); &apos;quarry migrate stamp REVISION&apos; setzt den Stand zurück</translation>
    </message>
    <message>
        <source>the version table of %1 does not match %2: %3 comes before the current revision %4 but was never applied (added to the folder later?); put it after the head, or record the state with &apos;quarry migrate stamp REVISION&apos;</source>
        <translation>die Versionstabelle von %1 passt nicht zu %2: %3 liegt vor der aktuellen Revision %4, wurde aber nie angewendet (nachträglich in den Ordner gelegt?); die Migration hinter head einordnen oder den Stand mit &apos;quarry migrate stamp REVISION&apos; eintragen</translation>
    </message>
    <message>
        <source>a migration</source>
        <translation>eine Migration</translation>
    </message>
    <message>
        <source>%1 is written for %2, but %3 is a %4 database</source>
        <translation>%1 ist für %2 geschrieben, aber %3 ist eine %4-Datenbank</translation>
    </message>
    <message>
        <source>cannot upgrade to %1: it is before the current revision %2; use downgrade</source>
        <translation>Upgrade auf %1 nicht möglich: die Revision liegt vor der aktuellen Revision %2; downgrade verwenden</translation>
    </message>
    <message>
        <source>version table</source>
        <translation>Versionstabelle</translation>
    </message>
    <message>
        <source>upgrade %1: %2</source>
        <translation>Upgrade %1: %2</translation>
    </message>
    <message>
        <source>cannot downgrade to %1: it is after the current revision %2; use upgrade</source>
        <translation>Downgrade auf %1 nicht möglich: die Revision liegt nach der aktuellen Revision %2; upgrade verwenden</translation>
    </message>
    <message>
        <source>downgrade %1: %2</source>
        <translation>Downgrade %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is relative, but the current revision is not one of %2; stamp an id, base or head</source>
        <translation>&apos;%1&apos; ist relativ, aber die aktuelle Revision gehört nicht zu %2; eine ID, base oder head eintragen</translation>
    </message>
    <message>
        <source>stamp %1</source>
        <translation>%1 eintragen</translation>
    </message>
    <message>
        <source>the model&apos;s tables</source>
        <translation>die Tabellen des Modells</translation>
    </message>
    <message>
        <source>stamp head</source>
        <translation>head eintragen</translation>
    </message>
    <message>
        <source>the version table %1 is inconsistent: %2 and %3 both look current; repair it with &apos;quarry migrate stamp REVISION&apos;</source>
        <translation>die Versionstabelle %1 ist inkonsistent: %2 und %3 scheinen beide aktuell zu sein; mit &apos;quarry migrate stamp REVISION&apos; reparieren</translation>
    </message>
    <message>
        <source>the version table %1 is inconsistent: its rows form a cycle; repair it with &apos;quarry migrate stamp REVISION&apos;</source>
        <translation>die Versionstabelle %1 ist inkonsistent: ihre Zeilen bilden einen Zyklus; mit &apos;quarry migrate stamp REVISION&apos; reparieren</translation>
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
    <message>
        <source>contains a quote</source>
        <translation>enthält ein Anführungszeichen</translation>
    </message>
    <message>
        <source>contains &quot;;&quot;</source>
        <translation>enthält &quot;;&quot;</translation>
    </message>
    <message>
        <source>contains a comment</source>
        <translation>enthält einen Kommentar</translation>
    </message>
    <message>
        <source>has unbalanced brackets</source>
        <translation>hat unausgeglichene Klammern</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;</source>
        <translation>enthält &quot;%1&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, column &quot;%2&quot;: native type &quot;%3&quot; %4</source>
        <translation>Tabelle &quot;%1&quot;, Spalte &quot;%2&quot;: nativer Typ &quot;%3&quot; %4</translation>
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
        <source>more than one row matches %1</source>
        <translation>mehr als eine Zeile entspricht %1</translation>
    </message>
    <message>
        <source>no row matches %1</source>
        <translation>keine Zeile entspricht %1</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>Tabelle &quot;%1&quot; hat keine Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no primary key to save by</source>
        <translation>Tabelle &quot;%1&quot; hat keinen Primärschlüssel, über den gespeichert werden kann</translation>
    </message>
    <message>
        <source>row %1 has the columns %2, not %3 like the first row</source>
        <translation>Zeile %1 hat die Spalten %2, nicht %3 wie die erste Zeile</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot;: the row keeps changing under concurrent sessions; giving up after %3 attempts</source>
        <translation>%1 auf &quot;%2&quot;: die Zeile wird fortlaufend von parallelen Sitzungen geändert; Abbruch nach %3 Versuchen</translation>
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
    <message>
        <source>the transaction was rolled back because an earlier statement in it failed; nothing was committed</source>
        <translation>die Transaktion wurde zurückgerollt, weil eine frühere Anweisung darin fehlschlug; nichts wurde festgeschrieben</translation>
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
    <message>
        <source>the statement was cancelled while it waited for a connection</source>
        <translation>die Anweisung wurde abgebrochen, während sie auf eine Verbindung wartete</translation>
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
    <name>Quarry::ResultSpool</name>
    <message>
        <source>cannot create a temporary file for the result in %1: %2</source>
        <translation>in %1 kann keine temporäre Datei für das Ergebnis erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the temporary file %1: %2</source>
        <translation>die temporäre Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the result to %1: %2</source>
        <translation>das Ergebnis kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Quarry::ScriptSplitter</name>
    <message>
        <source>psql meta-command \%1 is not run: the file it includes is not read</source>
        <translation>psql-Metabefehl \%1 wird nicht ausgeführt: die eingebundene Datei wird nicht gelesen</translation>
    </message>
    <message>
        <source>psql meta-command \%1 is not evaluated: the statements of every branch run</source>
        <translation>psql-Metabefehl \%1 wird nicht ausgewertet: die Anweisungen aller Zweige werden ausgeführt</translation>
    </message>
    <message>
        <source>psql meta-command \%1 is not run: the statements after it run on the same connection</source>
        <translation>psql-Metabefehl \%1 wird nicht ausgeführt: die nachfolgenden Anweisungen laufen auf derselben Verbindung</translation>
    </message>
    <message>
        <source>psql meta-command \%1 is not run: it has no statement to send</source>
        <translation>psql-Metabefehl \%1 wird nicht ausgeführt: er enthält keine Anweisung zum Senden</translation>
    </message>
    <message>
        <source>psql meta-command \%1 is not run</source>
        <translation>psql-Metabefehl \%1 wird nicht ausgeführt</translation>
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
    <message>
        <source>the statement was cancelled</source>
        <translation>die Anweisung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Quarry::SpoolCodec</name>
    <message>
        <source>the result&apos;s temporary file is damaged</source>
        <translation>die temporäre Datei des Ergebnisses ist beschädigt</translation>
    </message>
    <message>
        <source>a value of type %1 cannot be kept</source>
        <translation>ein Wert vom Typ %1 kann nicht aufbewahrt werden</translation>
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
    <message>
        <source>cannot open SQLite database %1: it is not a regular file</source>
        <translation>SQLite-Datenbank %1 kann nicht geöffnet werden: sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the database %1 is locked by another connection or process (a lock is waited for up to %2 ms; raise busy_timeout to wait longer)</source>
        <translation>die Datenbank %1 ist von einer anderen Verbindung oder einem anderen Prozess gesperrt (auf eine Sperre wird bis zu %2 ms gewartet; busy_timeout erhöhen, um länger zu warten)</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::CellFormat</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>BLOB %1</source>
        <translation>BLOB %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Not valid UTF-8: its invalid bytes show as \xNN.</source>
        <translation>Kein gültiges UTF-8: ungültige Bytes erscheinen als \xNN.</translation>
    </message>
    <message>
        <source>%1 in all; open the value viewer to see it.</source>
        <translation>%1 insgesamt; im Wertebetrachter vollständig ansehen.</translation>
    </message>
    <message>
        <source>%1 in all, shown cut; open the value viewer to read it whole.</source>
        <translation>%1 insgesamt, gekürzt angezeigt; im Wertebetrachter vollständig lesen.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ColumnFilter</name>
    <message>
        <source>“%1” is not a value of column %2 (%3).</source>
        <translation>„%1“ ist kein Wert der Spalte %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionDialog</name>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection “%1”</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>e.g. Shop (production)</source>
        <translation>z. B. Shop (Produktion)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Path of the database file</source>
        <translation>Pfad der Datenbankdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Datenbankdatei auswählen</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>the user&apos;s name when empty</source>
        <translation>wenn leer: der Benutzername</translation>
    </message>
    <message>
        <source>Save password in the keychain</source>
        <translation>Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Read-only: open without write access</source>
        <translation>Schreibgeschützt: ohne Schreibzugriff öffnen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <source>Choose Database File</source>
        <translation>Datenbankdatei auswählen</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>%1. The password will be asked for each time you connect.</source>
        <translation>%1. Das Passwort wird bei jedem Verbindungsaufbau abgefragt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The password was not saved: %1. Save again to keep the connection without it; the password will then be asked for when connecting.</source>
        <translation>Das Passwort wurde nicht gespeichert: %1. Speichern Sie erneut, um die Verbindung ohne Passwort zu behalten; das Passwort wird dann beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1.</source>
        <translation>Das gespeicherte Passwort konnte nicht entfernt werden: %1.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionManager</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>No saved connections yet: Add one to get started.</source>
        <translation>Noch keine gespeicherten Verbindungen: Fügen Sie eine hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1”?</source>
        <translation>Die gespeicherte Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its saved password is removed from the keychain too. The database itself is not touched.</source>
        <translation>Das gespeicherte Passwort wird ebenfalls aus dem Schlüsselbund entfernt. Die Datenbank selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>The database file itself is not touched.</source>
        <translation>Die Datenbankdatei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reading the password for “%1” from the keychain…</source>
        <translation>Passwort für „%1“ wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>%1. The password is not saved, so it is asked for each time.</source>
        <translation>%1. Das Passwort ist nicht gespeichert und wird daher jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>The saved password could not be read: %1.</source>
        <translation>Das gespeicherte Passwort konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Connect to “%1”</source>
        <translation>Mit „%1“ verbinden</translation>
    </message>
    <message>
        <source>Test “%1”</source>
        <translation>„%1“ testen</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1.</source>
        <translation>Das gespeicherte Passwort konnte nicht entfernt werden: %1.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Wählen Sie die Datenbankdatei aus.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter one host name; &quot;,&quot; cannot be part of it.</source>
        <translation>Geben Sie einen einzelnen Hostnamen ein; &quot;,&quot; darf darin nicht vorkommen.</translation>
    </message>
    <message>
        <source>Enter the port in the Port field, not after the host name.</source>
        <translation>Geben Sie den Port im Feld „Port“ ein, nicht nach dem Hostnamen.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Never use SSL</source>
        <translation>SSL nie verwenden</translation>
    </message>
    <message>
        <source>Use SSL only if the server insists</source>
        <translation>SSL nur verwenden, wenn der Server es verlangt</translation>
    </message>
    <message>
        <source>Always use SSL; do not check the certificate</source>
        <translation>Immer SSL verwenden; Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <source>Always use SSL; check the certificate is signed by a trusted CA</source>
        <translation>Immer SSL verwenden; prüfen, ob das Zertifikat von einer vertrauenswürdigen CA signiert ist</translation>
    </message>
    <message>
        <source>Always use SSL; check the certificate and the host name</source>
        <translation>Immer SSL verwenden; Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>Use SSL when the server offers it (the default)</source>
        <translation>SSL verwenden, wenn der Server es anbietet (Standard)</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionTest</name>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>Verbunden mit PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Connected to SQLite %1.</source>
        <translation>Verbunden mit SQLite %1.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::CreateTableDialog</name>
    <message>
        <source>Create Table</source>
        <translation>Tabelle erstellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>Index columns (comma-separated)</source>
        <translation>Indexspalten (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>new_table</source>
        <translation>new_table</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>Add Index</source>
        <translation>Index hinzufügen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Tabellenname:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Indexes:</source>
        <translation>Indizes:</translation>
    </message>
    <message>
        <source>SQL (%1):</source>
        <translation>SQL (%1):</translation>
    </message>
    <message>
        <source>Give the table a name.</source>
        <translation>Geben Sie der Tabelle einen Namen.</translation>
    </message>
    <message>
        <source>There is already a table called %1.</source>
        <translation>Es gibt bereits eine Tabelle namens %1.</translation>
    </message>
    <message>
        <source>Column %1 has no name.</source>
        <translation>Spalte %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>There are two columns called %1.</source>
        <translation>Es gibt zwei Spalten namens %1.</translation>
    </message>
    <message>
        <source>Add at least one column.</source>
        <translation>Fügen Sie mindestens eine Spalte hinzu.</translation>
    </message>
    <message>
        <source>Index %1 names %2, which is not a column.</source>
        <translation>Index %1 nennt %2, das keine Spalte ist.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Could not create the table: %1</source>
        <translation>Die Tabelle konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::DataGrid</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>View Value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Shift+Return</source>
        <translation>Shift+Return</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Ins</source>
        <translation>Ctrl+Ins</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <source>Set NULL</source>
        <translation>Auf NULL setzen</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>On: Save commits at once. Off: Save writes into this tab&apos;s transaction, which stays open until Commit or Rollback.</source>
        <translation>Ein: Speichern führt sofort einen Commit aus. Aus: Speichern schreibt in die Transaktion dieses Tabs, die bis zu Commit oder Rollback offen bleibt.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Filter Column</source>
        <translation>Spalte filtern</translation>
    </message>
    <message>
        <source>Filter not applied: %1</source>
        <translation>Filter nicht angewendet: %1</translation>
    </message>
    <message>
        <source>First Row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Last Row</source>
        <translation>Letzte Zeile</translation>
    </message>
    <message numerus="yes">
        <source> · %n unsaved change(s)</source>
        <translation>
            <numerusform> · %n ungespeicherte Änderung</numerusform>
            <numerusform> · %n ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy with Column Names</source>
        <translation>Mit Spaltennamen kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n row(s)…</source>
        <translation>
            <numerusform>Kopiere %n Zeile…</numerusform>
            <numerusform>Kopiere %n Zeilen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied: the rows changed while they were read.</source>
        <translation>Nicht kopiert: Die Zeilen haben sich beim Lesen geändert.</translation>
    </message>
    <message>
        <source> · no key: the database may return these rows in another order from page to page; sort by a column of unique values to be sure</source>
        <translation> · kein Schlüssel: die Datenbank kann diese Zeilen von Seite zu Seite anders ordnen; sortieren Sie nach einer Spalte mit eindeutigen Werten, um sicherzugehen</translation>
    </message>
    <message>
        <source>The transaction is no longer open: what was saved in it was not committed.</source>
        <translation>Die Transaktion ist nicht mehr offen: was darin gespeichert wurde, wurde nicht festgeschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 matching row(s)</source>
        <translation>
            <numerusform>%1 passende Zeile</numerusform>
            <numerusform>%1 passende Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 Zeile</numerusform>
            <numerusform>%1 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %1 row(s) (counting… &lt;a href=&quot;stop&quot;&gt;stop&lt;/a&gt;)</source>
        <translation>
            <numerusform>etwa %1 Zeile (wird gezählt… &lt;a href=&quot;stop&quot;&gt;Stopp&lt;/a&gt;)</numerusform>
            <numerusform>etwa %1 Zeilen (wird gezählt… &lt;a href=&quot;stop&quot;&gt;Stopp&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %1 row(s) (not counted)</source>
        <translation>
            <numerusform>mindestens %1 Zeile (nicht gezählt)</numerusform>
            <numerusform>mindestens %1 Zeilen (nicht gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the whole value…</source>
        <translation>Der ganze Wert wird gelesen…</translation>
    </message>
    <message>
        <source>The value was not read: its row changed or was deleted meanwhile.</source>
        <translation>Der Wert wurde nicht gelesen: seine Zeile wurde inzwischen geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>The value was not read: %1</source>
        <translation>Der Wert wurde nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::EditorTabStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The list of editor tabs in %1 is locked</source>
        <translation>Die Liste der Editor-Tabs in %1 ist gesperrt</translation>
    </message>
    <message>
        <source>The editor tab is open in another Quarry window.</source>
        <translation>Der Editor-Tab ist in einem anderen Quarry-Fenster geöffnet.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ExplainPlan</name>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <translation>auf %1 %2</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1</source>
        <translation>Der Plan ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation>Es gibt keine Anweisung für EXPLAIN.</translation>
    </message>
    <message>
        <source>EXPLAIN takes one statement; the text holds %1.</source>
        <translation>EXPLAIN nimmt genau eine Anweisung; der Text enthält %1.</translation>
    </message>
    <message>
        <source>The statement is an EXPLAIN already: run it instead.</source>
        <translation>Die Anweisung ist bereits ein EXPLAIN: Führen Sie sie stattdessen aus.</translation>
    </message>
    <message>
        <source>Query plans are shown for SQLite and PostgreSQL only.</source>
        <translation>Abfragepläne werden nur für SQLite und PostgreSQL angezeigt.</translation>
    </message>
    <message>
        <source>The result is not an SQLite query plan (id, parent, detail).</source>
        <translation>Das Ergebnis ist kein SQLite-Abfrageplan (id, parent, detail).</translation>
    </message>
    <message>
        <source>The SQLite query plan has an invalid step id %1.</source>
        <translation>Der SQLite-Abfrageplan hat eine ungültige Schritt-ID %1.</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Abfrageplan</translation>
    </message>
    <message>
        <source>EXPLAIN returned no plan.</source>
        <translation>EXPLAIN hat keinen Plan geliefert.</translation>
    </message>
    <message>
        <source>The EXPLAIN output has no &quot;Plan&quot;.</source>
        <translation>Die EXPLAIN-Ausgabe enthält keinen &quot;Plan&quot;.</translation>
    </message>
    <message>
        <source>planning %1 ms</source>
        <translation>Planung %1 ms</translation>
    </message>
    <message>
        <source>execution %1 ms</source>
        <translation>Ausführung %1 ms</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ExplainView</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Actual Time</source>
        <translation>Tatsächliche Zeit</translation>
    </message>
    <message>
        <source>Actual Rows</source>
        <translation>Tatsächliche Zeilen</translation>
    </message>
    <message>
        <source>Explain a statement to see its plan.</source>
        <translation>Führen Sie Explain für eine Anweisung aus, um ihren Plan zu sehen.</translation>
    </message>
    <message>
        <source>Running the statement to measure its plan (its changes are rolled back)…</source>
        <translation>Die Anweisung wird ausgeführt, um ihren Plan zu messen (ihre Änderungen werden per Rollback verworfen)…</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Plan wird ermittelt…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>%1% of the %2</source>
        <translation>%1% der %2</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>geschätzten Kosten</translation>
    </message>
    <message>
        <source>The most expensive step: %1</source>
        <translation>Der teuerste Schritt: %1</translation>
    </message>
    <message>
        <source>Most expensive step: %1 (%2).</source>
        <translation>Teuerster Schritt: %1 (%2).</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 × %2 loops</source>
        <translation>%1 × %2 Durchläufe</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>text: contains (text columns) or equals · =, !=, &lt;, &lt;=, &gt;, &gt;= value · a..b: between · NULL · !NULL</source>
        <translation>Text: enthält (Textspalten) oder ist gleich · =, !=, &lt;, &lt;=, &gt;, &gt;= Wert · a..b: zwischen · NULL · !NULL</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Escape)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::HistoryPanel</name>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>SQL kopieren</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Search SQL and connections</source>
        <translation>SQL und Verbindungen durchsuchen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Remove from History</source>
        <translation>Aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Verlauf leeren…</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Remove every statement from the history?</source>
        <translation>Alle Anweisungen aus dem Verlauf entfernen?</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::HistoryStore</name>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The statement was not added to the history: %1</source>
        <translation>Die Anweisung wurde nicht in den Verlauf aufgenommen: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The entry could not be removed from the history: %1</source>
        <translation>Der Eintrag konnte nicht aus dem Verlauf entfernt werden: %1</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>Der Verlauf konnte nicht geleert werden: %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::MainWindow</name>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Quarry</source>
        <translation>Quarry</translation>
    </message>
    <message>
        <source>Open a database: File → Open Database File… or drop a file here</source>
        <translation>Öffnen Sie eine Datenbank: Datei → Datenbankdatei öffnen… oder ziehen Sie eine Datei hierher</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>&amp;Datenbankdatei öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Connection</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Save Schema as Model…</source>
        <translation>Schema als Modell &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Daten&amp;bank</translation>
    </message>
    <message>
        <source>&amp;Create Table…</source>
        <translation>&amp;Tabelle erstellen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Refresh Schema</source>
        <translation>Schema &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes or an open transaction. Discard them and roll back?</source>
        <translation>%1 hat ungespeicherte Änderungen oder eine offene Transaktion. Verwerfen und Rollback ausführen?</translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation>Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>Database URL (sqlite:///file.db, postgresql://user@host/db):</source>
        <translation>Datenbank-URL (sqlite:///file.db, postgresql://user@host/db):</translation>
    </message>
    <message>
        <source>Open a database first: the model&apos;s tables are created in it.</source>
        <translation>Öffnen Sie zuerst eine Datenbank: Die Tabellen des Modells werden darin erstellt.</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Quarry models (*.json)</source>
        <translation>Quarry-Modelle (*.json)</translation>
    </message>
    <message>
        <source>Open a database first: its schema is what gets saved.</source>
        <translation>Öffnen Sie zuerst eine Datenbank: Gespeichert wird deren Schema.</translation>
    </message>
    <message>
        <source>Save Schema as Model</source>
        <translation>Schema als Modell speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the schema to %1</source>
        <translation>Schema in %1 gespeichert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when Quarry starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Quarry.</translation>
    </message>
    <message>
        <source>“%1” was not reopened: its password is needed (File → Connections…).</source>
        <translation>„%1“ wurde nicht wieder geöffnet: Das Passwort wird benötigt (Datei → Verbindungen…).</translation>
    </message>
    <message>
        <source>New &amp;SQL Editor</source>
        <translation>Neuer &amp;SQL-Editor</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Open a database first: the editor runs SQL on it.</source>
        <translation>Öffnen Sie zuerst eine Datenbank: Der Editor führt SQL darauf aus.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>An editor tab could not be saved: %1</source>
        <translation>Ein Editor-Tab konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>SQL %1</source>
        <translation>SQL %1</translation>
    </message>
    <message numerus="yes">
        <source>● Open transaction in %n tab(s)</source>
        <translation>
            <numerusform>● Offene Transaktion in %n Tab</numerusform>
            <numerusform>● Offene Transaktion in %n Tabs</numerusform>
        </translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>The statement ran on “%1”, which is not open. It is not run on another database without asking.</source>
        <translation>Die Anweisung lief auf „%1“, das nicht geöffnet ist. Sie wird nicht ungefragt auf einer anderen Datenbank ausgeführt.</translation>
    </message>
    <message>
        <source>Connect and Run</source>
        <translation>Verbinden und ausführen</translation>
    </message>
    <message>
        <source>Open in Editor on “%1”</source>
        <translation>Im Editor auf „%1“ öffnen</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ModelDialog</name>
    <message>
        <source>Create All</source>
        <translation>Alle erstellen</translation>
    </message>
    <message>
        <source>Drop All…</source>
        <translation>Alle löschen…</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Working out what Create All would run…</source>
        <translation>Es wird ermittelt, was „Alle erstellen“ ausführen würde…</translation>
    </message>
    <message>
        <source>Tables in the model: %1. The SQL Create All runs on %2 (what exists is skipped):</source>
        <translation>Tabellen im Modell: %1. Das SQL, das „Alle erstellen“ auf %2 ausführt (Vorhandenes wird übersprungen):</translation>
    </message>
    <message>
        <source>-- every table of the model already exists</source>
        <translation>-- alle Tabellen des Modells existieren bereits</translation>
    </message>
    <message>
        <source>Creating the model&apos;s tables…</source>
        <translation>Die Tabellen des Modells werden erstellt…</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Erstellt.</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Es wurde nichts erstellt: %1</translation>
    </message>
    <message>
        <source>Drop All</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Drop these %1 tables and all their rows? This cannot be undone.</source>
        <translation>Diese %1 Tabellen mit allen ihren Zeilen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Dropping the model&apos;s tables…</source>
        <translation>Die Tabellen des Modells werden gelöscht…</translation>
    </message>
    <message>
        <source>Dropped.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was dropped: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::PendingEdits</name>
    <message>
        <source>delete the row with key (%1)</source>
        <translation>Löschen der Zeile mit dem Schlüssel (%1)</translation>
    </message>
    <message>
        <source>update the row with key (%1)</source>
        <translation>Aktualisieren der Zeile mit dem Schlüssel (%1)</translation>
    </message>
    <message>
        <source>insert new row %1</source>
        <translation>Einfügen der neuen Zeile %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::QueryRunner</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) so far, more as you scroll</source>
        <translation>
            <numerusform>bisher %n Zeile, weitere beim Scrollen</numerusform>
            <numerusform>bisher %n Zeilen, weitere beim Scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n Zeile betroffen</numerusform>
            <numerusform>%n Zeilen betroffen</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::QueryTab</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Run All</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Explain Analyze</source>
        <translation>Explain Analyze</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Continue on Error</source>
        <translation>Bei Fehler fortfahren</translation>
    </message>
    <message>
        <source>Run the rest of a script after a statement fails</source>
        <translation>Den Rest eines Skripts ausführen, nachdem eine Anweisung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>On: each statement commits at once. Off: statements run in this tab&apos;s transaction, which stays open until Commit or Rollback.</source>
        <translation>Ein: Jede Anweisung führt sofort einen Commit aus. Aus: Anweisungen laufen in der Transaktion dieses Tabs, die bis zu Commit oder Rollback offen bleibt.</translation>
    </message>
    <message>
        <source>No statement at the cursor.</source>
        <translation>Keine Anweisung an der Cursorposition.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation>Fertig in %1 ms.</translation>
    </message>
    <message>
        <source>Stopped after %1 ms.</source>
        <translation>Nach %1 ms abgebrochen.</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2+)</source>
        <translation>%1 (%2+)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Plan (analyzed)</source>
        <translation>Plan (analysiert)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>Statements run on %1</source>
        <translation>Anweisungen laufen auf %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::SchemaBrowser</name>
    <message>
        <source>Filter tables and views</source>
        <translation>Tabellen und Sichten filtern</translation>
    </message>
    <message>
        <source>Refresh the schema (F5)</source>
        <translation>Schema aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation>Tabellen: %1</translation>
    </message>
    <message>
        <source>Open Data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Name kopieren</translation>
    </message>
    <message>
        <source>Copy DDL</source>
        <translation>DDL kopieren</translation>
    </message>
    <message>
        <source>Drop Table…</source>
        <translation>Tabelle löschen…</translation>
    </message>
    <message>
        <source>Create Table…</source>
        <translation>Tabelle erstellen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Drop Table</source>
        <translation>Tabelle löschen</translation>
    </message>
    <message>
        <source>Drop the table %1 and all its rows? This cannot be undone.</source>
        <translation>Die Tabelle %1 mit allen ihren Zeilen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Also drop what depends on it (CASCADE)</source>
        <translation>Auch abhängige Objekte löschen (CASCADE)</translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Could not drop %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Stopped reading the schema.</source>
        <translation>Lesen des Schemas angehalten.</translation>
    </message>
    <message>
        <source>Reading the schema… &lt;a href=&quot;stop&quot;&gt;Stop&lt;/a&gt;</source>
        <translation>Schema wird gelesen… &lt;a href=&quot;stop&quot;&gt;Anhalten&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::SchemaTreeModel</name>
    <message>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tabellen (%1)</translation>
    </message>
    <message>
        <source>Views (%1)</source>
        <translation>Sichten (%1)</translation>
    </message>
    <message>
        <source>Indexes (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <source> unique</source>
        <translation> eindeutig</translation>
    </message>
    <message>
        <source>Foreign keys (%1)</source>
        <translation>Fremdschlüssel (%1)</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::SqlEditor</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Toggle Comment</source>
        <translation>Kommentar umschalten</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vervollständigen</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::TableWindowModel</name>
    <message>
        <source>Could not %1: the row was changed or deleted meanwhile.</source>
        <translation>%1 fehlgeschlagen: Die Zeile wurde inzwischen geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source> NOT NULL</source>
        <translation> NOT NULL</translation>
    </message>
    <message>
        <source>The table %1 was changed in the database since it was read.</source>
        <translation>Die Tabelle %1 wurde in der Datenbank geändert, seit sie gelesen wurde.</translation>
    </message>
    <message>
        <source>The table %1 no longer exists in the database.</source>
        <translation>Die Tabelle %1 existiert in der Datenbank nicht mehr.</translation>
    </message>
    <message>
        <source>%1 Rolling back failed too: %2</source>
        <translation>%1 Auch das Zurückrollen schlug fehl: %2</translation>
    </message>
    <message>
        <source>The table %1 was changed in the database; the grid shows it as it is now.</source>
        <translation>Die Tabelle %1 wurde in der Datenbank geändert; das Raster zeigt sie, wie sie jetzt ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s) no longer apply and were dropped.</source>
        <translation>
            <numerusform>%n ausstehende Änderung passt nicht mehr und wurde verworfen.</numerusform>
            <numerusform>%n ausstehende Änderungen passen nicht mehr und wurden verworfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::TransactionController</name>
    <message>
        <source>Auto-commit</source>
        <translation>Auto-Commit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Could not begin a transaction: %1</source>
        <translation>Die Transaktion konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Commit ausgeführt.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Rollback ausgeführt.</translation>
    </message>
    <message>
        <source>The commit failed; the transaction is still open: fix the problem and commit again, or roll back. %1</source>
        <translation>Das Festschreiben schlug fehl; die Transaktion ist noch offen: beheben Sie das Problem und schreiben Sie erneut fest, oder rollen Sie zurück. %1</translation>
    </message>
    <message>
        <source>The rollback failed; the transaction is still open: %1</source>
        <translation>Das Zurückrollen schlug fehl; die Transaktion ist noch offen: %1</translation>
    </message>
    <message>
        <source>The connection was lost during the commit: whether the transaction was committed is not known. %1</source>
        <translation>Die Verbindung brach während des Commits ab: Ob die Transaktion festgeschrieben wurde, ist nicht bekannt. %1</translation>
    </message>
    <message>
        <source>The commit failed and the transaction was rolled back: %1</source>
        <translation>Der Commit ist fehlgeschlagen, und die Transaktion wurde zurückgerollt: %1</translation>
    </message>
    <message>
        <source>The transaction ended with an error: %1</source>
        <translation>Die Transaktion endete mit einem Fehler: %1</translation>
    </message>
    <message>
        <source>● Transaction open</source>
        <translation>● Transaktion offen</translation>
    </message>
    <message>
        <source>This tab&apos;s changes are not visible to others until Commit; Rollback undoes them.</source>
        <translation>Die Änderungen dieses Tabs sind für andere erst nach Commit sichtbar; Rollback macht sie rückgängig.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ValueViewer</name>
    <message>
        <source>… %1 more bytes not shown
</source>
        <translation>… %1 weitere Bytes nicht angezeigt
</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Binary, %1</source>
        <translation>Binär, %1</translation>
    </message>
    <message>
        <source>Image (%1 × %2)</source>
        <translation>Bild (%1 × %2)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Showing the first %1 only; save it to a file to see it all.</source>
        <translation>Nur die ersten %1 werden angezeigt; in einer Datei speichern, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Binary, %1. %2</source>
        <translation>Binär, %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>In Datei speichern…</translation>
    </message>
    <message>
        <source>Load from File…</source>
        <translation>Aus Datei laden…</translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>Wert in Datei speichern</translation>
    </message>
    <message>
        <source>Load Value from File</source>
        <translation>Wert aus Datei laden</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Speichern nach %1…</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Nicht nach %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Not loaded from %1: %2</source>
        <translation>Nicht aus %1 geladen: %2</translation>
    </message>
    <message>
        <source>Loaded %1 from %2; OK writes it to the cell.</source>
        <translation>%1 aus %2 geladen; OK schreibt den Wert in die Zelle.</translation>
    </message>
</context>
</TS>
