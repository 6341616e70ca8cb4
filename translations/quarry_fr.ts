<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Quarry</name>
    <message>
        <source>filter %1 needs a list of values</source>
        <translation>le filtre %1 attend une liste de valeurs</translation>
    </message>
</context>
<context>
    <name>Quarry::Cli</name>
    <message>
        <source>Write rows as CSV.</source>
        <translation>Écrire les lignes au format CSV.</translation>
    </message>
    <message>
        <source>Write rows as a JSON array of objects.</source>
        <translation>Écrire les lignes sous forme de tableau JSON d&apos;objets.</translation>
    </message>
    <message>
        <source>Log each statement with its timing to stderr.</source>
        <translation>Journaliser chaque instruction avec sa durée d&apos;exécution sur stderr.</translation>
    </message>
    <message>
        <source>missing arguments; see quarry %1 --help</source>
        <translation>arguments manquants ; voir quarry %1 --help</translation>
    </message>
    <message>
        <source>--csv and --json exclude each other</source>
        <translation>--csv et --json s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Run SQL and stream its rows to stdout.</source>
        <translation>Exécuter du SQL et envoyer ses lignes en continu sur stdout.</translation>
    </message>
    <message>
        <source>Database URL, e.g. sqlite:///file.db</source>
        <translation>URL de la base de données, p. ex. sqlite:///file.db</translation>
    </message>
    <message>
        <source>The statement (or use --file).</source>
        <translation>L&apos;instruction (ou utilisez --file).</translation>
    </message>
    <message>
        <source>Run the SQL script in &lt;file&gt;.</source>
        <translation>Exécuter le script SQL contenu dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Bind &lt;value&gt; to the next $n placeholder.</source>
        <translation>Lier &lt;value&gt; à l&apos;espace réservé $n suivant.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>no SQL given; pass it as an argument or with --file</source>
        <translation>aucun SQL fourni ; passez-le en argument ou avec --file</translation>
    </message>
    <message>
        <source>List the tables of a database with their row counts.</source>
        <translation>Lister les tables d&apos;une base de données avec leur nombre de lignes.</translation>
    </message>
    <message>
        <source>&apos;tables&apos; supports sqlite:// and postgresql:// URLs</source>
        <translation>&apos;tables&apos; prend en charge les URL sqlite:// et postgresql://</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
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
        <translation>Utilisation : quarry &lt;commande&gt; [options]

Commandes :
  query URL SQL [--csv|--json] [--file FILE] [-p VALUE]...
                  exécuter du SQL et envoyer ses lignes en continu sur stdout
  tables URL [--csv|--json]
                  lister les tables et leur nombre de lignes
  reflect URL [--json|--ddl|--model FILE] [--schema NAME]...
                  décrire le schéma, ou l&apos;écrire en DDL ou en fichier de modèle
  create-all URL MODEL [--dry-run]
                  créer les tables d&apos;un fichier de modèle JSON (sauf les existantes)
  drop-all URL MODEL [--dry-run]
                  supprimer les tables d&apos;un fichier de modèle JSON

URL : sqlite:///relative.db  sqlite:////absolute.db  sqlite://  (en mémoire)
      postgresql://user@host:port/dbname?sslmode=require
      qt+QSQLITE:///file.db  (n&apos;importe quel pilote Qt SQL)
Lancez &apos;quarry &lt;commande&gt; --help&apos; pour afficher les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>Describe the schema of a live database.</source>
        <translation>Décrire le schéma d&apos;une base de données existante.</translation>
    </message>
    <message>
        <source>Write the schema as a JSON model to stdout.</source>
        <translation>Écrire le schéma sous forme de modèle JSON sur stdout.</translation>
    </message>
    <message>
        <source>Write the CREATE statements that rebuild the schema.</source>
        <translation>Écrire les instructions CREATE qui reconstruisent le schéma.</translation>
    </message>
    <message>
        <source>Save the schema as a model file &lt;file&gt;.</source>
        <translation>Enregistrer le schéma dans le fichier de modèle &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Only read schema &lt;name&gt; (repeatable).</source>
        <translation>Lire uniquement le schéma &lt;name&gt; (option répétable).</translation>
    </message>
    <message>
        <source>--json, --ddl and --model exclude each other</source>
        <translation>--json, --ddl et --model s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Create the tables of a JSON model file.</source>
        <translation>Créer les tables d&apos;un fichier de modèle JSON.</translation>
    </message>
    <message>
        <source>Drop the tables of a JSON model file.</source>
        <translation>Supprimer les tables d&apos;un fichier de modèle JSON.</translation>
    </message>
    <message>
        <source>The JSON model file.</source>
        <translation>Le fichier de modèle JSON.</translation>
    </message>
    <message>
        <source>Print the statements instead of running them.</source>
        <translation>Afficher les instructions au lieu de les exécuter.</translation>
    </message>
    <message>
        <source>table %1.%2
</source>
        <translation>table %1.%2
</translation>
    </message>
    <message>
        <source>view %1.%2
</source>
        <translation>vue %1.%2
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) run; the model&apos;s tables exist now.
</source>
        <translation>
            <numerusform>%n instruction exécutée ; les tables du modèle existent désormais.
</numerusform>
            <numerusform>%n instructions exécutées ; les tables du modèle existent désormais.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) run; the model&apos;s tables are gone.
</source>
        <translation>
            <numerusform>%n instruction exécutée ; les tables du modèle ont été supprimées.
</numerusform>
            <numerusform>%n instructions exécutées ; les tables du modèle ont été supprimées.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::DatabaseUrl</name>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>invalid percent-encoding in the password of URL %1</source>
        <translation>encodage-pourcent invalide dans le mot de passe de l&apos;URL %1</translation>
    </message>
    <message>
        <source>invalid percent-encoding &quot;%1&quot; in the %2 of URL %3</source>
        <translation>encodage-pourcent &quot;%1&quot; invalide dans l&apos;URL %3 (composant : %2)</translation>
    </message>
    <message>
        <source>forbidden &quot;%1&quot; in the %2 of URL %3</source>
        <translation>&quot;%1&quot; interdit dans l&apos;URL %3 (composant : %2)</translation>
    </message>
    <message>
        <source>invalid UTF-8 in the percent-encoded %1 of URL %2</source>
        <translation>UTF-8 invalide après décodage de l&apos;encodage-pourcent dans l&apos;URL %2 (composant : %1)</translation>
    </message>
    <message>
        <source>IPv6 address &quot;%1&quot; must be enclosed in brackets in URL %2, e.g. [::1]:5432</source>
        <translation>l&apos;adresse IPv6 &quot;%1&quot; doit être placée entre crochets dans l&apos;URL %2, p. ex. [::1]:5432</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; in URL %2 (expected 1 to 65535)</source>
        <translation>port &quot;%1&quot; invalide dans l&apos;URL %2 (valeur attendue de 1 à 65535)</translation>
    </message>
    <message>
        <source>unterminated IPv6 address &quot;%1&quot; in URL %2</source>
        <translation>adresse IPv6 &quot;%1&quot; non fermée dans l&apos;URL %2</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after IPv6 address &quot;%2&quot; in URL %3</source>
        <translation>&quot;%1&quot; inattendu après l&apos;adresse IPv6 &quot;%2&quot; dans l&apos;URL %3</translation>
    </message>
    <message>
        <source>invalid host &quot;%1&quot; in URL %2</source>
        <translation>hôte &quot;%1&quot; invalide dans l&apos;URL %2</translation>
    </message>
    <message>
        <source>empty database URL</source>
        <translation>URL de base de données vide</translation>
    </message>
    <message>
        <source>missing &quot;://&quot; after &quot;%1&quot; in the database URL (expected e.g. sqlite:///file.db or postgresql://host/db)</source>
        <translation>&quot;://&quot; manquant après &quot;%1&quot; dans l&apos;URL de base de données (URL attendue, p. ex. sqlite:///file.db ou postgresql://host/db)</translation>
    </message>
    <message>
        <source>invalid database URL &quot;%1&quot;: missing &quot;://&quot; (expected e.g. sqlite:///file.db or postgresql://host/db)</source>
        <translation>URL de base de données &quot;%1&quot; invalide : &quot;://&quot; manquant (URL attendue, p. ex. sqlite:///file.db ou postgresql://host/db)</translation>
    </message>
    <message>
        <source>invalid database URL: missing &quot;://&quot; (expected e.g. sqlite:///file.db or postgresql://host/db)</source>
        <translation>URL de base de données invalide : &quot;://&quot; manquant (URL attendue, p. ex. sqlite:///file.db ou postgresql://host/db)</translation>
    </message>
    <message>
        <source>invalid database URL: the text before &quot;://&quot; is not a scheme (expected e.g. sqlite or postgresql)</source>
        <translation>URL de base de données invalide : le texte précédant &quot;://&quot; n&apos;est pas un schéma (schéma attendu, p. ex. sqlite ou postgresql)</translation>
    </message>
    <message>
        <source>invalid Qt SQL driver name &quot;%1&quot; in URL %2 (expected qt+&lt;DRIVER&gt; with letters, digits and underscores, e.g. qt+QPSQL)</source>
        <translation>nom de pilote Qt SQL &quot;%1&quot; invalide dans l&apos;URL %2 (forme attendue : qt+&lt;DRIVER&gt; composé de lettres, de chiffres et de traits de soulignement, p. ex. qt+QPSQL)</translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot; in %2; supported: sqlite, sqlite+aiosqlite, sqlite+pysqlite, postgresql, postgres, postgresql+asyncpg, postgresql+psycopg, postgresql+psycopg2 and qt+&lt;DRIVER&gt; (e.g. qt+QSQLITE, qt+QPSQL, qt+QMYSQL, qt+QODBC)</source>
        <translation>schéma d&apos;URL &quot;%1&quot; non pris en charge dans %2 ; schémas pris en charge : sqlite, sqlite+aiosqlite, sqlite+pysqlite, postgresql, postgres, postgresql+asyncpg, postgresql+psycopg, postgresql+psycopg2 et qt+&lt;DRIVER&gt; (p. ex. qt+QSQLITE, qt+QPSQL, qt+QMYSQL, qt+QODBC)</translation>
    </message>
    <message>
        <source>unexpected host &quot;%1&quot; in URL %2: SQLite URLs take a path only (sqlite:///relative.db, sqlite:////absolute/path.db, sqlite:// for memory)</source>
        <translation>hôte &quot;%1&quot; inattendu dans l&apos;URL %2 : les URL SQLite ne contiennent qu&apos;un chemin (sqlite:///relative.db, sqlite:////absolute/path.db, sqlite:// pour une base en mémoire)</translation>
    </message>
    <message>
        <source>invalid host &quot;%1&quot; in URL %2: a host name cannot contain &quot;,&quot;</source>
        <translation>hôte &quot;%1&quot; invalide dans l&apos;URL %2 : un nom d&apos;hôte ne peut pas contenir &quot;,&quot;</translation>
    </message>
    <message>
        <source>query parameter &quot;%1&quot; has no value in URL %2 (expected key=value)</source>
        <translation>le paramètre de requête &quot;%1&quot; n&apos;a pas de valeur dans l&apos;URL %2 (forme attendue : clé=valeur)</translation>
    </message>
    <message>
        <source>empty query parameter name in &quot;%1&quot; in URL %2</source>
        <translation>nom de paramètre de requête vide dans &quot;%1&quot; de l&apos;URL %2</translation>
    </message>
    <message>
        <source>cannot parse URL %1: percent-encode &quot;/&quot;, &quot;?&quot;, &quot;@&quot; and &quot;:&quot; in the user name and password, and &quot;@&quot; in the database name</source>
        <translation>impossible d&apos;analyser l&apos;URL %1 : &quot;/&quot;, &quot;?&quot;, &quot;@&quot; et &quot;:&quot; doivent être encodés en pourcent dans le nom d&apos;utilisateur et le mot de passe, de même que &quot;@&quot; dans le nom de la base de données</translation>
    </message>
</context>
<context>
    <name>Quarry::Dialect</name>
    <message>
        <source>%1 is written for %2 and has no %3 form</source>
        <translation>%1 est écrit pour %2 et n&apos;a pas de forme pour %3</translation>
    </message>
    <message>
        <source>the default %1 of %2</source>
        <translation>la valeur par défaut %1 de %2</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot;</source>
        <translation>le déclencheur &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Quarry::FilterCompiler</name>
    <message>
        <source>table &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>la table &quot;%1&quot; n&apos;a pas de colonne &quot;%2&quot;</translation>
    </message>
    <message>
        <source>filter %1 needs two values, got %2</source>
        <translation>le filtre %1 attend deux valeurs, reçu : %2</translation>
    </message>
    <message>
        <source>unknown lookup &quot;%1&quot; in filter %2</source>
        <translation>comparaison &quot;%1&quot; inconnue dans le filtre %2</translation>
    </message>
</context>
<context>
    <name>Quarry::ModelFile</name>
    <message>
        <source>give either &quot;function&quot; or &quot;value&quot;</source>
        <translation>indiquez soit &quot;function&quot;, soit &quot;value&quot;</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot; (expected now or uuid)</source>
        <translation>fonction &quot;%1&quot; inconnue (valeur attendue : now ou uuid)</translation>
    </message>
    <message>
        <source>expected a string, a number, true, false or an object</source>
        <translation>valeur attendue : une chaîne, un nombre, true, false ou un objet</translation>
    </message>
    <message>
        <source>expected a string or an object</source>
        <translation>valeur attendue : une chaîne ou un objet</translation>
    </message>
    <message>
        <source>expected &quot;table&quot;, &quot;table.column&quot; or &quot;schema.table.column&quot;</source>
        <translation>forme attendue : &quot;table&quot;, &quot;table.column&quot; ou &quot;schema.table.column&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (expected cascade, restrict, set null, set default or no action)</source>
        <translation>action &quot;%1&quot; inconnue (valeur attendue : cascade, restrict, set null, set default ou no action)</translation>
    </message>
    <message>
        <source>needs &quot;deferrable&quot;: true</source>
        <translation>nécessite &quot;deferrable&quot;: true</translation>
    </message>
    <message>
        <source>&quot;other&quot; needs a &quot;nativeType&quot;</source>
        <translation>&quot;other&quot; nécessite un &quot;nativeType&quot;</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>a generated column cannot have a &quot;default&quot;</source>
        <translation>une colonne générée ne peut pas avoir de &quot;default&quot;</translation>
    </message>
    <message>
        <source>unknown identity &quot;%1&quot; (expected always or byDefault)</source>
        <translation>type d&apos;identité &quot;%1&quot; inconnu (valeur attendue : always ou byDefault)</translation>
    </message>
    <message>
        <source>needs an integer type</source>
        <translation>nécessite un type entier</translation>
    </message>
    <message>
        <source>a column cannot be both &quot;identity&quot; and &quot;autoincrement&quot;</source>
        <translation>une colonne ne peut pas être à la fois &quot;identity&quot; et &quot;autoincrement&quot;</translation>
    </message>
    <message>
        <source>duplicate table &quot;%1&quot;</source>
        <translation>table &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>duplicate view &quot;%1&quot;</source>
        <translation>vue &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>duplicate index &quot;%1&quot;</source>
        <translation>index &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>duplicate sequence &quot;%1&quot;</source>
        <translation>séquence &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by a table</source>
        <translation>le nom &quot;%1&quot; est déjà utilisé par une table</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by a view</source>
        <translation>le nom &quot;%1&quot; est déjà utilisé par une vue</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by an index</source>
        <translation>le nom &quot;%1&quot; est déjà utilisé par un index</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by a sequence</source>
        <translation>le nom &quot;%1&quot; est déjà utilisé par une séquence</translation>
    </message>
    <message>
        <source>expected true, false or an object</source>
        <translation>valeur attendue : true, false ou un objet</translation>
    </message>
    <message>
        <source>unmatched &quot;%1&quot;</source>
        <translation>&quot;%1&quot; sans correspondance</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>espace réservé &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>must not be 0</source>
        <translation>ne doit pas valoir 0</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist</source>
        <translation>la table &quot;%1&quot; n&apos;existe pas</translation>
    </message>
    <message>
        <source>duplicate trigger &quot;%1&quot; on table &quot;%2&quot;</source>
        <translation>déclencheur &quot;%1&quot; en double sur la table &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
    </message>
    <message>
        <source>%1: cannot read the model file: %2</source>
        <translation>%1 : impossible de lire le fichier de modèle : %2</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this Quarry reads version %2)</source>
        <translation>version de format %1 non prise en charge (cette version de Quarry lit la version %2)</translation>
    </message>
    <message>
        <source>unknown dialect &quot;%1&quot; (expected sqlite, postgresql or generic)</source>
        <translation>dialecte &quot;%1&quot; inconnu (valeur attendue : sqlite, postgresql ou generic)</translation>
    </message>
    <message>
        <source>the default schema is given twice</source>
        <translation>le schéma par défaut est indiqué deux fois</translation>
    </message>
    <message>
        <source>duplicate schema &quot;%1&quot;</source>
        <translation>schéma &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>valeur attendue : une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>valeur attendue : true ou false</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>valeur attendue : un entier</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>valeur attendue : un tableau</translation>
    </message>
    <message>
        <source>expected at least one column</source>
        <translation>au moins une colonne attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>valeur attendue : un objet</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>clé &quot;%1&quot; inconnue (vouliez-vous dire &quot;%2&quot; ?)</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; manquant</translation>
    </message>
    <message>
        <source>a reference to an &quot;external&quot; table must name its columns</source>
        <translation>une référence à une table marquée &quot;external&quot; doit indiquer les colonnes référencées</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no primary key: name the referred columns</source>
        <translation>la table &quot;%1&quot; n&apos;a pas de clé primaire : indiquez les colonnes référencées</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; does not exist in table &quot;%2&quot;</source>
        <translation>la colonne &quot;%1&quot; n&apos;existe pas dans la table &quot;%2&quot;</translation>
    </message>
    <message>
        <source>column counts differ: %1 here, %2 in table &quot;%3&quot;</source>
        <translation>nombres de colonnes différents : %1 ici, %2 dans la table &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the referred columns (%1) are neither the primary key nor unique in table &quot;%2&quot;</source>
        <translation>les colonnes référencées (%1) ne constituent ni la clé primaire ni une clé unique de la table &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown primary key kind &quot;%1&quot; (expected integer, bigint or uuid, or the key&apos;s columns in an array)</source>
        <translation>type de clé primaire &quot;%1&quot; inconnu (valeur attendue : integer, bigint ou uuid, ou les colonnes de la clé dans un tableau)</translation>
    </message>
    <message>
        <source>expected a string, an array or an object</source>
        <translation>valeur attendue : une chaîne, un tableau ou un objet</translation>
    </message>
    <message>
        <source>give either &quot;columns&quot; or &quot;kind&quot;</source>
        <translation>indiquez soit &quot;columns&quot;, soit &quot;kind&quot;</translation>
    </message>
    <message>
        <source>&quot;column&quot; goes with &quot;kind&quot;</source>
        <translation>&quot;column&quot; ne s&apos;utilise qu&apos;avec &quot;kind&quot;</translation>
    </message>
    <message>
        <source>give either &quot;column&quot; or &quot;expression&quot;</source>
        <translation>indiquez soit &quot;column&quot;, soit &quot;expression&quot;</translation>
    </message>
    <message>
        <source>an index needs a &quot;name&quot; when &quot;naming&quot; is false</source>
        <translation>un index doit avoir un &quot;name&quot; lorsque &quot;naming&quot; vaut false</translation>
    </message>
    <message>
        <source>an index needs a &quot;name&quot;: the naming convention&apos;s &quot;index&quot; pattern is empty</source>
        <translation>un index doit avoir un &quot;name&quot; : le motif &quot;index&quot; de la convention de nommage est vide</translation>
    </message>
    <message>
        <source>duplicate constraint name &quot;%1&quot;</source>
        <translation>nom de contrainte &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>adds a column &quot;%1&quot;, but the table declares one already</source>
        <translation>ajoute une colonne &quot;%1&quot;, mais la table déclare déjà une colonne de ce nom</translation>
    </message>
    <message>
        <source>duplicate column &quot;%1&quot;</source>
        <translation>colonne &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>the table&apos;s &quot;primaryKey&quot; names the primary key already</source>
        <translation>la clé primaire est déjà définie par le &quot;primaryKey&quot; de la table</translation>
    </message>
    <message>
        <source>needs a primary key</source>
        <translation>nécessite une clé primaire</translation>
    </message>
</context>
<context>
    <name>Quarry::Ops</name>
    <message>
        <source>there is no table &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de table &quot;%1&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has a primary key of %2 column(s), not %3</source>
        <translation>la table &quot;%1&quot; a une clé primaire de %2 colonne(s), pas %3</translation>
    </message>
    <message>
        <source>getOrCreate on &quot;%1&quot;: the row keeps conflicting with another one that cannot be read with the same filters</source>
        <translation>getOrCreate sur &quot;%1&quot; : la ligne entre sans cesse en conflit avec une autre qui ne peut pas être lue avec les mêmes filtres</translation>
    </message>
</context>
<context>
    <name>Quarry::Options</name>
    <message>
        <source>invalid value %1 for option &quot;%2&quot;: expected %3</source>
        <translation>valeur %1 invalide pour l&apos;option &quot;%2&quot; : on attend %3</translation>
    </message>
    <message>
        <source>READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ or SERIALIZABLE</source>
        <translation>READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ ou SERIALIZABLE</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>option &quot;%1&quot; inconnue ; vouliez-vous dire &quot;%2&quot; ?</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is given twice, as &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>l&apos;option &quot;%1&quot; est indiquée deux fois, sous la forme &quot;%2&quot; et &quot;%3&quot;</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>true or false (or 1/0, yes/no, on/off)</source>
        <translation>true ou false (ou 1/0, yes/no, on/off)</translation>
    </message>
    <message>
        <source>a duration: seconds as a number (30, 0.5) or text with a unit (&quot;250ms&quot;, &quot;30s&quot;, &quot;2min&quot;, &quot;1h&quot;)</source>
        <translation>une durée, soit en secondes sous forme de nombre (30, 0.5), soit sous forme de texte avec une unité (&quot;250ms&quot;, &quot;30s&quot;, &quot;2min&quot;, &quot;1h&quot;)</translation>
    </message>
    <message>
        <source>option &quot;poolSize&quot; must be at least 1, got %1</source>
        <translation>l&apos;option &quot;poolSize&quot; doit valoir au moins 1, valeur reçue : %1</translation>
    </message>
    <message>
        <source>option &quot;maxOverflow&quot; must not be negative, got %1</source>
        <translation>l&apos;option &quot;maxOverflow&quot; ne doit pas être négative, valeur reçue : %1</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; must not be negative, got %2</source>
        <translation>l&apos;option &quot;%1&quot; ne doit pas être négative, valeur reçue : %2</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for option &quot;isolationLevel&quot;: expected %2</source>
        <translation>valeur &quot;%1&quot; invalide pour l&apos;option &quot;isolationLevel&quot; : on attend %2</translation>
    </message>
</context>
<context>
    <name>Quarry::PgDriver</name>
    <message>
        <source>A statement takes at most %1 parameters.</source>
        <translation>Une instruction accepte au plus %1 paramètres.</translation>
    </message>
    <message>
        <source>Row %1 has %2 values for %3 columns.</source>
        <translation>La ligne %1 a %2 valeurs pour %3 colonnes.</translation>
    </message>
    <message>
        <source>COPY with STDIN or STDOUT cannot run as a statement; use copyIn().</source>
        <translation>COPY avec STDIN ou STDOUT ne peut pas être exécuté comme instruction ; utilisez copyIn().</translation>
    </message>
    <message>
        <source>Unknown isolation level &quot;%1&quot;</source>
        <translation>Niveau d&apos;isolation &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not answer a ping: %2</source>
        <translation>%1 n&apos;a pas répondu à un ping : %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not open.</source>
        <translation>La connexion à %1 n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>A streamed result is still open; close it first.</source>
        <translation>Un résultat en flux est encore ouvert ; fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>Connexion à %1 perdue : %2</translation>
    </message>
    <message>
        <source>The statement was cancelled.</source>
        <translation>L&apos;instruction a été annulée.</translation>
    </message>
    <message>
        <source>DETAIL: %1</source>
        <translation>DÉTAIL : %1</translation>
    </message>
    <message>
        <source>HINT: %1</source>
        <translation>ASTUCE : %1</translation>
    </message>
    <message>
        <source>Could not read the type catalog of %1: %2</source>
        <translation>Impossible de lire le catalogue des types de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Quarry::Placeholders</name>
    <message>
        <source>invalid placeholder &quot;%1&quot; at position %2: positional placeholders start at $1</source>
        <translation>espace réservé &quot;%1&quot; invalide à la position %2 : les espaces réservés positionnels commencent à $1</translation>
    </message>
    <message>
        <source>placeholder &quot;%1&quot; at position %2 is out of range (at most %3)</source>
        <translation>l&apos;espace réservé &quot;%1&quot; à la position %2 est hors limites (au plus %3)</translation>
    </message>
    <message>
        <source>statement mixes positional (%1) and named (%2) placeholders; use one style</source>
        <translation>l&apos;instruction mélange des espaces réservés positionnels (%1) et nommés (%2) ; utilisez un seul style</translation>
    </message>
    <message>
        <source>statement uses positional placeholders ($1 …) but named values were given</source>
        <translation>l&apos;instruction utilise des espaces réservés positionnels ($1 …), mais des valeurs nommées ont été fournies</translation>
    </message>
    <message>
        <source>statement uses $%1 but no values were given</source>
        <translation>l&apos;instruction utilise $%1, mais aucune valeur n&apos;a été fournie</translation>
    </message>
    <message>
        <source>statement uses $%1 but only 1 value was given</source>
        <translation>l&apos;instruction utilise $%1, mais une seule valeur a été fournie</translation>
    </message>
    <message>
        <source>statement uses $%1 but only %2 values were given</source>
        <translation>l&apos;instruction utilise $%1, mais seulement %2 valeurs ont été fournies</translation>
    </message>
    <message>
        <source>statement uses named placeholders (:%1 …) but positional values were given</source>
        <translation>l&apos;instruction utilise des espaces réservés nommés (:%1 …), mais des valeurs positionnelles ont été fournies</translation>
    </message>
    <message>
        <source>no value given for placeholder :%1</source>
        <translation>aucune valeur fournie pour l&apos;espace réservé :%1</translation>
    </message>
</context>
<context>
    <name>Quarry::Pool</name>
    <message>
        <source>the database is closed</source>
        <translation>la base de données est fermée</translation>
    </message>
    <message>
        <source>no connection became free within %1 ms (pool size %2, overflow %3)</source>
        <translation>aucune connexion ne s&apos;est libérée en %1 ms (taille du pool %2, dépassement %3)</translation>
    </message>
</context>
<context>
    <name>Quarry::QtSqlDriver</name>
    <message>
        <source>the connection to %1 is closed</source>
        <translation>la connexion à %1 est fermée</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not available (available: %2)</source>
        <translation>le pilote Qt SQL %1 n&apos;est pas disponible (pilotes disponibles : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas : %2</translation>
    </message>
    <message>
        <source>the statement was cancelled</source>
        <translation>l&apos;instruction a été annulée</translation>
    </message>
    <message>
        <source>statement timeout of %1 ms exceeded</source>
        <translation>délai d&apos;exécution de %1 ms dépassé pour l&apos;instruction</translation>
    </message>
    <message>
        <source>parameters can only be bound to a single statement</source>
        <translation>les paramètres ne peuvent être liés qu&apos;à une seule instruction</translation>
    </message>
    <message>
        <source>a cursor runs a single statement</source>
        <translation>un curseur n&apos;exécute qu&apos;une seule instruction</translation>
    </message>
    <message>
        <source>row %1 has %2 values for %3 columns</source>
        <translation>la ligne %1 a %2 valeurs pour %3 colonnes</translation>
    </message>
    <message>
        <source>cannot bind a value of type %1</source>
        <translation>impossible de lier une valeur de type %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Reflector</name>
    <message>
        <source>Reading the schema is not supported for the Qt SQL driver %1</source>
        <translation>La lecture du schéma n&apos;est pas prise en charge pour le pilote Qt SQL %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Serialization</name>
    <message>
        <source>column &quot;%1&quot; (%2) cannot take the JSON value %3</source>
        <translation>la colonne &quot;%1&quot; (%2) ne peut pas recevoir la valeur JSON %3</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>la table &quot;%1&quot; n&apos;a pas de colonne &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Quarry::Session</name>
    <message>
        <source>the session is busy streaming a result; finish or drop the stream first</source>
        <translation>la session est occupée à transmettre un résultat en flux ; terminez ou abandonnez d&apos;abord le flux</translation>
    </message>
    <message>
        <source>expected at most one row, the statement returned more</source>
        <translation>au plus une ligne attendue, l&apos;instruction en a renvoyé davantage</translation>
    </message>
    <message>
        <source>expected one row, the statement returned none</source>
        <translation>une ligne attendue, l&apos;instruction n&apos;en a renvoyé aucune</translation>
    </message>
    <message>
        <source>the transaction was rolled back because a statement in it failed</source>
        <translation>la transaction a été annulée (rollback) car l&apos;une de ses instructions a échoué</translation>
    </message>
    <message>
        <source>a transaction is already open on this session</source>
        <translation>une transaction est déjà ouverte dans cette session</translation>
    </message>
    <message>
        <source>a savepoint needs an open transaction</source>
        <translation>un point de sauvegarde nécessite une transaction ouverte</translation>
    </message>
</context>
<context>
    <name>Quarry::SqliteDriver</name>
    <message>
        <source>in-memory database</source>
        <translation>base de données en mémoire</translation>
    </message>
    <message>
        <source>cannot open SQLite database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données SQLite %1 : %2</translation>
    </message>
    <message>
        <source>the SQLite connection is closed</source>
        <translation>la connexion SQLite est fermée</translation>
    </message>
    <message>
        <source>the statement was cancelled</source>
        <translation>l&apos;instruction a été annulée</translation>
    </message>
    <message>
        <source>statement timeout of %1 ms exceeded</source>
        <translation>délai d&apos;exécution de %1 ms dépassé pour l&apos;instruction</translation>
    </message>
    <message>
        <source>parameters can only be bound to a single statement</source>
        <translation>les paramètres ne peuvent être liés qu&apos;à une seule instruction</translation>
    </message>
    <message>
        <source>the statement has %1 parameters but %2 values were bound</source>
        <translation>l&apos;instruction a %1 paramètres, mais %2 valeurs ont été liées</translation>
    </message>
    <message>
        <source>row %1 has %2 values for %3 columns</source>
        <translation>la ligne %1 a %2 valeurs pour %3 colonnes</translation>
    </message>
    <message>
        <source>cannot bind a value of type %1</source>
        <translation>impossible de lier une valeur de type %1</translation>
    </message>
</context>
</TS>
