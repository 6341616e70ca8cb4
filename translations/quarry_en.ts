<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Quarry::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/diffcommand.cpp" line="241"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/diffcommand.cpp" line="243"/>
        <source>, %n destructive (marked !)</source>
        <translation>
            <numerusform>, %n destructive (marked !)</numerusform>
            <numerusform>, %n destructive (marked !)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="196"/>
        <source>no version information (%1 is missing or empty); %n migration(s) in the folder
</source>
        <translation>
            <numerusform>no version information (%1 is missing or empty); %n migration in the folder
</numerusform>
            <numerusform>no version information (%1 is missing or empty); %n migrations in the folder
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/migratecommands.cpp" line="205"/>
        <source>upgrade available: %n migration(s) pending
</source>
        <translation>
            <numerusform>upgrade available: %n migration pending
</numerusform>
            <numerusform>upgrade available: %n migrations pending
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/schemacommands.cpp" line="186"/>
        <source>%n statement(s) run; the model&apos;s tables exist now.
</source>
        <translation>
            <numerusform>%n statement run; the model&apos;s tables exist now.
</numerusform>
            <numerusform>%n statements run; the model&apos;s tables exist now.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/schemacommands.cpp" line="188"/>
        <source>%n statement(s) run; the model&apos;s tables are gone.
</source>
        <translation>
            <numerusform>%n statement run; the model&apos;s tables are gone.
</numerusform>
            <numerusform>%n statements run; the model&apos;s tables are gone.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/scriptcommand.cpp" line="41"/>
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n row affected</numerusform>
            <numerusform>%n rows affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Migration</name>
    <message numerus="yes">
        <location filename="../core/migrate/migrationhistory.cpp" line="141"/>
        <source>&apos;%1&apos; goes past the head: %n migration(s) after the current one</source>
        <translation>
            <numerusform>&apos;%1&apos; goes past the head: %n migration after the current one</numerusform>
            <numerusform>&apos;%1&apos; goes past the head: %n migrations after the current one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migrate/migrationhistory.cpp" line="148"/>
        <source>&apos;%1&apos; goes past base: %n migration(s) applied</source>
        <translation>
            <numerusform>&apos;%1&apos; goes past base: %n migration applied</numerusform>
            <numerusform>&apos;%1&apos; goes past base: %n migrations applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/migrate/migrationrun.cpp" line="48"/>
        <source>%n row(s) of &quot;%1&quot; refer to missing rows of &quot;%2&quot;</source>
        <translation>
            <numerusform>%n row of &quot;%1&quot; refers to missing rows of &quot;%2&quot;</numerusform>
            <numerusform>%n rows of &quot;%1&quot; refer to missing rows of &quot;%2&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::DataGrid</name>
    <message numerus="yes">
        <location filename="../ui/grid/datagrid.cpp" line="240"/>
        <source> · %n unsaved change(s)</source>
        <translation>
            <numerusform> · %n unsaved change</numerusform>
            <numerusform> · %n unsaved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/grid/datagrid.cpp" line="283"/>
        <source>%1 matching row(s)</source>
        <translation>
            <numerusform>%1 matching row</numerusform>
            <numerusform>%1 matching rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/grid/datagrid.cpp" line="285"/>
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 row</numerusform>
            <numerusform>%1 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/grid/datagrid.cpp" line="288"/>
        <source>about %1 row(s) (counting… &lt;a href=&quot;stop&quot;&gt;stop&lt;/a&gt;)</source>
        <translation>
            <numerusform>about %1 row (counting… &lt;a href=&quot;stop&quot;&gt;stop&lt;/a&gt;)</numerusform>
            <numerusform>about %1 rows (counting… &lt;a href=&quot;stop&quot;&gt;stop&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/grid/datagrid.cpp" line="290"/>
        <source>at least %1 row(s) (not counted)</source>
        <translation>
            <numerusform>at least %1 row (not counted)</numerusform>
            <numerusform>at least %1 rows (not counted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/grid/datagridvalues.cpp" line="88"/>
        <source>Copying %n row(s)…</source>
        <translation>
            <numerusform>Copying %n row…</numerusform>
            <numerusform>Copying %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/grid/datagridvalues.cpp" line="112"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::FindBar</name>
    <message numerus="yes">
        <location filename="../ui/editor/findbar.cpp" line="185"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="456"/>
        <source>● Open transaction in %n tab(s)</source>
        <translation>
            <numerusform>● Open transaction in %n tab</numerusform>
            <numerusform>● Open transaction in %n tabs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::QueryRunner</name>
    <message numerus="yes">
        <location filename="../ui/editor/queryrunner.cpp" line="119"/>
        <location filename="../ui/editor/queryrunner.cpp" line="129"/>
        <location filename="../ui/editor/queryrunner.cpp" line="139"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/queryrunner.cpp" line="130"/>
        <source>%n row(s) so far, more as you scroll</source>
        <translation>
            <numerusform>%n row so far, more as you scroll</numerusform>
            <numerusform>%n rows so far, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/queryrunner.cpp" line="141"/>
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n row affected</numerusform>
            <numerusform>%n rows affected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::TableWindowModel</name>
    <message numerus="yes">
        <location filename="../ui/grid/tablewindowmodel.cpp" line="439"/>
        <source>%n pending edit(s) no longer apply and were dropped.</source>
        <translation>
            <numerusform>%n pending edit no longer applies and was dropped.</numerusform>
            <numerusform>%n pending edits no longer apply and were dropped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ValueViewer</name>
    <message numerus="yes">
        <location filename="../ui/grid/valueviewer.cpp" line="114"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
