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
    <message>
        <source>Show the steps that turn FROM into TO; each is a database URL or a JSON model file. &apos;!&apos; marks steps that can lose data.</source>
        <translation>Afficher les étapes qui transforment FROM en TO ; chacun est une URL de base de données ou un fichier de modèle JSON. &apos;!&apos; signale les étapes susceptibles de perdre des données.</translation>
    </message>
    <message>
        <source>Database URL or model file.</source>
        <translation>URL de base de données ou fichier de modèle.</translation>
    </message>
    <message>
        <source>Table OLD of FROM is NEW of TO (repeatable).</source>
        <translation>La table OLD de FROM est NEW dans TO (option répétable).</translation>
    </message>
    <message>
        <source>Column OLD of TABLE (TO&apos;s name) is NEW in TO (repeatable).</source>
        <translation>La colonne OLD de TABLE (nom dans TO) est NEW dans TO (option répétable).</translation>
    </message>
    <message>
        <source>Only compare schema &lt;name&gt; (repeatable).</source>
        <translation>Comparer uniquement le schéma &lt;name&gt; (option répétable).</translation>
    </message>
    <message>
        <source>Write the SQL for sqlite or postgresql (default: TO&apos;s database, else FROM&apos;s).</source>
        <translation>Écrire le SQL pour sqlite ou postgresql (par défaut : la base de données de TO, sinon celle de FROM).</translation>
    </message>
    <message>
        <source>Write the steps as JSON.</source>
        <translation>Écrire les étapes au format JSON.</translation>
    </message>
    <message>
        <source>Exit with 3 when there are differences (0 when equal).</source>
        <translation>Quitter avec le code 3 en cas de différences (0 si identiques).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rename-table expects OLD=NEW, got &apos;%1&apos;</source>
        <translation>--rename-table attend OLD=NEW, reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--rename-column expects TABLE.OLD=NEW, got &apos;%1&apos;</source>
        <translation>--rename-column attend TABLE.OLD=NEW, reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown dialect &apos;%1&apos; (sqlite or postgresql)</source>
        <translation>dialecte &apos;%1&apos; inconnu (sqlite ou postgresql)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither a database URL nor an existing model file</source>
        <translation>%1 : &apos;%2&apos; n&apos;est ni une URL de base de données ni un fichier de modèle existant</translation>
    </message>
    <message>
        <source>no differences
</source>
        <translation>aucune différence
</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n destructive (marked !)</source>
        <translation>
            <numerusform>, dont %n destructrice (marquée d&apos;un !)</numerusform>
            <numerusform>, dont %n destructrices (marquées d&apos;un !)</numerusform>
        </translation>
    </message>
    <message>
        <source>both sides are model files: pass --dialect sqlite or postgresql</source>
        <translation>les deux côtés sont des fichiers de modèle : indiquez --dialect sqlite ou postgresql</translation>
    </message>
    <message>
        <source>Show whether the database is up to date with the migration folder.</source>
        <translation>Indiquer si la base de données est à jour par rapport au dossier de migrations.</translation>
    </message>
    <message>
        <source>List the migrations, first to head, with what is applied.</source>
        <translation>Lister les migrations, de la première à head, en indiquant celles qui sont appliquées.</translation>
    </message>
    <message>
        <source>Apply migrations up to TARGET (default head; an id or +N).</source>
        <translation>Appliquer les migrations jusqu&apos;à TARGET (head par défaut ; un identifiant ou +N).</translation>
    </message>
    <message>
        <source>Revert migrations down to TARGET (base, an id or -N).</source>
        <translation>Défaire les migrations jusqu&apos;à TARGET (base, un identifiant ou -N).</translation>
    </message>
    <message>
        <source>Record REVISION as applied without running any migration.</source>
        <translation>Enregistrer REVISION comme appliquée sans exécuter aucune migration.</translation>
    </message>
    <message>
        <source>Empty database: create the model&apos;s tables and stamp head; otherwise upgrade to head.</source>
        <translation>Base de données vide : créer les tables du modèle et marquer la révision head ; sinon, mettre à niveau jusqu&apos;à head.</translation>
    </message>
    <message>
        <source>Write a new migration file after the head.</source>
        <translation>Écrire un nouveau fichier de migration après head.</translation>
    </message>
    <message>
        <source>The migration folder.</source>
        <translation>Le dossier de migrations.</translation>
    </message>
    <message>
        <source>Write the result as JSON.</source>
        <translation>Écrire le résultat au format JSON.</translation>
    </message>
    <message>
        <source>What the migration does.</source>
        <translation>Ce que fait la migration.</translation>
    </message>
    <message>
        <source>Fill the migration with the diff from the database (at head) to the model of --model.</source>
        <translation>Remplir la migration avec les différences entre la base de données (à head) et le modèle de --model.</translation>
    </message>
    <message>
        <source>The revision to reach.</source>
        <translation>La révision à atteindre.</translation>
    </message>
    <message>
        <source>The revision to record.</source>
        <translation>La révision à enregistrer.</translation>
    </message>
    <message>
        <source>unknown migrate command &apos;%1&apos; (use %2)</source>
        <translation>commande migrate &apos;%1&apos; inconnue (utilisez %2)</translation>
    </message>
    <message>
        <source>--dir DIR is required: the migration folder</source>
        <translation>--dir DIR est obligatoire : le dossier de migrations</translation>
    </message>
    <message>
        <source>sync needs --model FILE: the schema at head</source>
        <translation>sync nécessite --model FILE : le schéma à head</translation>
    </message>
    <message>
        <source>new needs -m MESSAGE</source>
        <translation>new nécessite -m MESSAGE</translation>
    </message>
    <message>
        <source>--autogenerate needs the database URL and --model FILE</source>
        <translation>--autogenerate nécessite l&apos;URL de la base de données et --model FILE</translation>
    </message>
    <message>
        <source>--model goes with --autogenerate</source>
        <translation>--model ne s&apos;utilise qu&apos;avec --autogenerate</translation>
    </message>
    <message numerus="yes">
        <source>no version information (%1 is missing or empty); %n migration(s) in the folder
</source>
        <translation>
            <numerusform>aucune information de version (%1 est absente ou vide) ; %n migration dans le dossier
</numerusform>
            <numerusform>aucune information de version (%1 est absente ou vide) ; %n migrations dans le dossier
</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date
</source>
        <translation>à jour
</translation>
    </message>
    <message numerus="yes">
        <source>upgrade available: %n migration(s) pending
</source>
        <translation>
            <numerusform>mise à niveau disponible : %n migration en attente
</numerusform>
            <numerusform>mise à niveau disponible : %n migrations en attente
</numerusform>
        </translation>
    </message>
    <message>
        <source>current: %1  %2</source>
        <translation>courante : %1  %2</translation>
    </message>
    <message>
        <source>head:    %1  %2</source>
        <translation>head :     %1  %2</translation>
    </message>
    <message>
        <source>no migrations in the folder
</source>
        <translation>aucune migration dans le dossier
</translation>
    </message>
    <message>
        <source>  (applied %1)</source>
        <translation>  (appliquée le %1)</translation>
    </message>
    <message>
        <source>  &lt;- current</source>
        <translation>  &lt;- courante</translation>
    </message>
    <message>
        <source>  &lt;- head</source>
        <translation>  &lt;- head</translation>
    </message>
    <message>
        <source>already at %1; nothing to do
</source>
        <translation>déjà à la révision %1 ; rien à faire
</translation>
    </message>
    <message>
        <source>created the model&apos;s tables
</source>
        <translation>tables du modèle créées
</translation>
    </message>
    <message>
        <source>downgraded %1  %2
</source>
        <translation>rétrogradation : %1  %2
</translation>
    </message>
    <message>
        <source>upgraded %1  %2
</source>
        <translation>mise à niveau : %1  %2
</translation>
    </message>
    <message>
        <source>stamped %1
</source>
        <translation>révision marquée : %1
</translation>
    </message>
    <message>
        <source>now at %1
</source>
        <translation>révision courante : %1
</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>fichier écrit : %1
</translation>
    </message>
    <message>
        <source>no changes: the database matches %1; nothing written
</source>
        <translation>aucune modification : la base de données correspond à %1 ; rien n&apos;a été écrit
</translation>
    </message>
    <message>
        <source>Run the SQL script in &lt;file&gt;, statement by statement.</source>
        <translation>Exécuter le script SQL contenu dans &lt;file&gt;, instruction par instruction.</translation>
    </message>
    <message>
        <source>With --file: go on after a failed statement (the exit code is still non-zero).</source>
        <translation>Avec --file : continuer après l&apos;échec d&apos;une instruction (le code de sortie reste non nul).</translation>
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
        <translation>Usage : quarry &lt;command&gt; [options]

Commandes :
  query URL SQL [--csv|--json] [-p VALUE]...
  query URL -f FILE [--continue-on-error] [--csv|--json]
                  exécuter du SQL (ou un script, instruction par instruction)
                  et envoyer ses lignes en continu sur stdout
  tables URL [--csv|--json]
                  lister les tables et leur nombre de lignes
  reflect URL [--json|--ddl|--model FILE] [--schema NAME]...
                  décrire le schéma existant, ou l&apos;écrire sous forme de DDL
                  ou de fichier de modèle
  create-all URL MODEL [--dry-run]
                  créer les tables d&apos;un fichier de modèle JSON (en ignorant
                  celles qui existent déjà)
  drop-all URL MODEL [--dry-run]
                  supprimer les tables d&apos;un fichier de modèle JSON
  diff FROM TO [--json] [--dialect NAME] [--rename-table OLD=NEW]...
       [--rename-column TABLE.OLD=NEW]... [--exit-code]
                  les étapes qui transforment FROM en TO (URL de base de
                  données ou fichiers de modèle)
  migrate status|history URL --dir DIR [--json]
  migrate upgrade URL --dir DIR [TARGET] [--sql]
  migrate downgrade URL --dir DIR TARGET [--sql]
  migrate stamp URL --dir DIR REVISION [--sql]
  migrate sync URL --dir DIR --model FILE [--sql]
  migrate new [URL] --dir DIR -m MESSAGE [--autogenerate --model FILE]
                  migrations versionnées (voir docs/migrations.md)

URL : sqlite:///relative.db  sqlite:////absolute.db  sqlite://  (mémoire)
      postgresql://user@host:port/dbname?sslmode=require
      qt+QSQLITE:///file.db  (tout pilote Qt SQL)
Exécutez &apos;quarry &lt;command&gt; --help&apos; pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n ligne affectée</numerusform>
            <numerusform>%n lignes affectées</numerusform>
        </translation>
    </message>
    <message>
        <source>--param needs a script of exactly one statement; %1 has %2</source>
        <translation>--param nécessite un script d&apos;une seule instruction ; %1 en contient %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>COPY … FROM stdin with inline data is not supported by &apos;quarry query&apos;; load the data with psql or a COPY from a file</source>
        <translation>COPY … FROM stdin avec des données en ligne n&apos;est pas pris en charge par &apos;quarry query&apos; ; chargez les données avec psql ou avec un COPY depuis un fichier</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>ERREUR : %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2; a database to open is an existing file or a URL)</source>
        <translation>commande inconnue &apos;%1&apos; (commandes : %2 ; une base à ouvrir est un fichier existant ou une URL)</translation>
    </message>
    <message>
        <source>%1 holds no SQL statement</source>
        <translation>%1 ne contient aucune instruction SQL</translation>
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
    <message>
        <source>invalid host or port in URL %1: a port is a number from 1 to 65535, and a user name and password end with &quot;@&quot; before the host</source>
        <translation>hôte ou port invalide dans l’URL %1 : un port est un nombre de 1 à 65535, et un nom d’utilisateur et un mot de passe se terminent par &quot;@&quot; avant l’hôte</translation>
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
    <name>Quarry::Migration</name>
    <message>
        <source>%1 is at %2 but the head of %3 is %4: upgrade it first (autogenerate compares the database at head with the model)</source>
        <translation>%1 est à la révision %2, mais la révision head de %3 est %4 : mettez d&apos;abord la base de données à niveau (autogenerate compare la base de données à head avec le modèle)</translation>
    </message>
    <message>
        <source>drop trigger %1 on %2</source>
        <translation>supprimer le déclencheur %1 de %2</translation>
    </message>
    <message>
        <source>drop view %1</source>
        <translation>supprimer la vue %1</translation>
    </message>
    <message>
        <source>drop foreign key %1 of %2</source>
        <translation>supprimer la clé étrangère %1 de %2</translation>
    </message>
    <message>
        <source>create view %1</source>
        <translation>créer la vue %1</translation>
    </message>
    <message>
        <source>create trigger %1 on %2</source>
        <translation>créer le déclencheur %1 sur %2</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>supprimer la table %1</translation>
    </message>
    <message>
        <source>rename table %1 to %2</source>
        <translation>renommer la table %1 en %2</translation>
    </message>
    <message>
        <source>create table %1</source>
        <translation>créer la table %1</translation>
    </message>
    <message>
        <source>rename column %1.%2 to %3</source>
        <translation>renommer la colonne %1.%2 en %3</translation>
    </message>
    <message>
        <source>add foreign key %1 (%2) → %3</source>
        <translation>ajouter la clé étrangère %1 (%2) → %3</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>sans valeur par défaut</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>valeur par défaut %1</translation>
    </message>
    <message>
        <source>not generated</source>
        <translation>non générée</translation>
    </message>
    <message>
        <source>generated as %1</source>
        <translation>générée en tant que %1</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>autoincrement</source>
        <translation>auto-incrément</translation>
    </message>
    <message>
        <source>no autoincrement</source>
        <translation>sans auto-incrément</translation>
    </message>
    <message>
        <source>collation %1</source>
        <translation>collationnement %1</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>drop index %1 on %2</source>
        <translation>supprimer l&apos;index %1 de %2</translation>
    </message>
    <message>
        <source>drop unique %1 on %2</source>
        <translation>supprimer la contrainte d&apos;unicité %1 de %2</translation>
    </message>
    <message>
        <source>drop check (%1) on %2</source>
        <translation>supprimer la contrainte de vérification (%1) de %2</translation>
    </message>
    <message>
        <source>drop primary key %1 of %2</source>
        <translation>supprimer la clé primaire %1 de %2</translation>
    </message>
    <message>
        <source>drop column %1.%2</source>
        <translation>supprimer la colonne %1.%2</translation>
    </message>
    <message>
        <source>add column %1.%2 (%3)</source>
        <translation>ajouter la colonne %1.%2 (%3)</translation>
    </message>
    <message>
        <source>: NOT NULL without a default fails if the table has rows</source>
        <translation>: NOT NULL sans valeur par défaut échoue si la table contient des lignes</translation>
    </message>
    <message>
        <source>alter column %1.%2: %3</source>
        <translation>modifier la colonne %1.%2 : %3</translation>
    </message>
    <message>
        <source>add primary key %1 to %2</source>
        <translation>ajouter la clé primaire %1 à %2</translation>
    </message>
    <message>
        <source>add unique %1 on %2</source>
        <translation>ajouter la contrainte d&apos;unicité %1 sur %2</translation>
    </message>
    <message>
        <source>add check (%1) on %2</source>
        <translation>ajouter la contrainte de vérification (%1) sur %2</translation>
    </message>
    <message>
        <source>add index %1 on %2</source>
        <translation>ajouter l&apos;index %1 sur %2</translation>
    </message>
    <message>
        <source>comment on table %1</source>
        <translation>modifier le commentaire de la table %1</translation>
    </message>
    <message>
        <source>add column %1</source>
        <translation>ajouter la colonne %1</translation>
    </message>
    <message>
        <source>drop column %1</source>
        <translation>supprimer la colonne %1</translation>
    </message>
    <message>
        <source>alter column %1: %2</source>
        <translation>modifier la colonne %1 : %2</translation>
    </message>
    <message>
        <source>primary key %1</source>
        <translation>clé primaire %1</translation>
    </message>
    <message>
        <source>drop unique %1</source>
        <translation>supprimer la contrainte d&apos;unicité %1</translation>
    </message>
    <message>
        <source>add unique %1</source>
        <translation>ajouter la contrainte d&apos;unicité %1</translation>
    </message>
    <message>
        <source>drop check (%1)</source>
        <translation>supprimer la contrainte de vérification (%1)</translation>
    </message>
    <message>
        <source>add check (%1)</source>
        <translation>ajouter la contrainte de vérification (%1)</translation>
    </message>
    <message>
        <source>drop foreign key %1 → %2</source>
        <translation>supprimer la clé étrangère %1 → %2</translation>
    </message>
    <message>
        <source>add foreign key %1 → %2</source>
        <translation>ajouter la clé étrangère %1 → %2</translation>
    </message>
    <message>
        <source>table options</source>
        <translation>options de la table</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>index</translation>
    </message>
    <message>
        <source>rebuild table %1: %2</source>
        <translation>reconstruire la table %1 : %2</translation>
    </message>
    <message>
        <source> (the new NOT NULL column %1 has no default: copying the rows fails unless the table is empty)</source>
        <translation> (la nouvelle colonne NOT NULL %1 n&apos;a pas de valeur par défaut : la copie des lignes échoue sauf si la table est vide)</translation>
    </message>
    <message>
        <source>%1: the %2 section contains %3: each migration runs in one transaction that Quarry opens and commits; remove transaction statements</source>
        <translation>%1 : la section %2 contient %3 : chaque migration s&apos;exécute dans une transaction unique que Quarry ouvre et valide ; supprimez les instructions de transaction</translation>
    </message>
    <message>
        <source>a second &apos;-- migrate:up&apos; line</source>
        <translation>une seconde ligne &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>&apos;-- migrate:down&apos; before &apos;-- migrate:up&apos;</source>
        <translation>&apos;-- migrate:down&apos; avant &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>a second &apos;-- migrate:down&apos; line</source>
        <translation>une seconde ligne &apos;-- migrate:down&apos;</translation>
    </message>
    <message>
        <source>unknown section &apos;%1&apos; (expected &apos;-- migrate:up&apos; or &apos;-- migrate:down&apos;)</source>
        <translation>section &apos;%1&apos; inconnue (section attendue : &apos;-- migrate:up&apos; ou &apos;-- migrate:down&apos;)</translation>
    </message>
    <message>
        <source>SQL before &apos;-- migrate:up&apos;; the header holds only &apos;-- key: value&apos; comment lines</source>
        <translation>du SQL avant &apos;-- migrate:up&apos; ; l&apos;en-tête ne contient que des lignes de commentaire &apos;-- key: value&apos;</translation>
    </message>
    <message>
        <source>unknown header key &apos;%1&apos; (known: %2)</source>
        <translation>clé d&apos;en-tête &apos;%1&apos; inconnue (clés connues : %2)</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; appears twice</source>
        <translation>&apos;%1:&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos; (use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 64; not &apos;base&apos; or &apos;head&apos;)</source>
        <translation>identifiant &apos;%1&apos; invalide (utilisez des lettres, des chiffres, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; ; 64 caractères au plus ; ni &apos;base&apos; ni &apos;head&apos;)</translation>
    </message>
    <message>
        <source>invalid parent id &apos;%1&apos;</source>
        <translation>identifiant parent &apos;%1&apos; invalide</translation>
    </message>
    <message>
        <source>&apos;created:&apos; is not an ISO 8601 time: &apos;%1&apos;</source>
        <translation>&apos;created:&apos; n&apos;est pas une date-heure ISO 8601 : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown dialect &apos;%1&apos; (sqlite or postgresql)</source>
        <translation>dialecte &apos;%1&apos; inconnu (sqlite ou postgresql)</translation>
    </message>
    <message>
        <source>no &apos;-- id:&apos; line in the header</source>
        <translation>aucune ligne &apos;-- id:&apos; dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>no &apos;-- parent:&apos; line in the header (leave it empty for the first migration)</source>
        <translation>aucune ligne &apos;-- parent:&apos; dans l&apos;en-tête (laissez-la vide pour la première migration)</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:up&apos; section</source>
        <translation>aucune section &apos;-- migrate:up&apos;</translation>
    </message>
    <message>
        <source>no &apos;-- migrate:down&apos; section (it may be empty)</source>
        <translation>aucune section &apos;-- migrate:down&apos; (elle peut être vide)</translation>
    </message>
    <message>
        <source>the migration is its own parent</source>
        <translation>la migration est son propre parent</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>migration folder %1 does not exist</source>
        <translation>le dossier de migrations %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 and %2 both have id %3</source>
        <translation>%1 et %2 ont tous deux l&apos;identifiant %3</translation>
    </message>
    <message>
        <source>%1: parent %2 is not a migration in %3</source>
        <translation>%1 : le parent %2 n&apos;est pas une migration de %3</translation>
    </message>
    <message>
        <source>%1 and %2 both have an empty parent: %3 must hold one linear chain with a single first migration</source>
        <translation>%1 et %2 ont tous deux un parent vide : %3 doit contenir une seule chaîne linéaire avec une seule première migration</translation>
    </message>
    <message>
        <source>%1 and %2 both follow %3: branches are not supported; make one of them follow the other so the migrations form one linear chain</source>
        <translation>%1 et %2 suivent tous deux %3 : les branches ne sont pas prises en charge ; faites en sorte que l&apos;une suive l&apos;autre afin que les migrations forment une seule chaîne linéaire</translation>
    </message>
    <message>
        <source>%1 form a cycle through their parents</source>
        <translation>%1 forment un cycle par leurs parents</translation>
    </message>
    <message>
        <source>invalid relative revision &apos;%1&apos; (use +N or -N with N &gt; 0)</source>
        <translation>révision relative &apos;%1&apos; invalide (utilisez +N ou -N avec N &gt; 0)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; goes past the head: %n migration(s) after the current one</source>
        <translation>
            <numerusform>&apos;%1&apos; va au-delà de head : %n migration après la migration courante</numerusform>
            <numerusform>&apos;%1&apos; va au-delà de head : %n migrations après la migration courante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; goes past base: %n migration(s) applied</source>
        <translation>
            <numerusform>&apos;%1&apos; va au-delà de base : %n migration appliquée</numerusform>
            <numerusform>&apos;%1&apos; va au-delà de base : %n migrations appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>revision &apos;%1&apos; is ambiguous: %2 and %3 start with it</source>
        <translation>la révision &apos;%1&apos; est ambiguë : %2 et %3 commencent tous deux ainsi</translation>
    </message>
    <message>
        <source>unknown revision &apos;%1&apos;: not a migration in %2 (nor base, head, +N or -N)</source>
        <translation>révision &apos;%1&apos; inconnue : ce n&apos;est pas une migration de %2 (ni base, ni head, ni +N ou -N)</translation>
    </message>
    <message>
        <source>The migration breaks foreign keys and was rolled back: %1</source>
        <translation>La migration rompt des clés étrangères et a été annulée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of &quot;%1&quot; refer to missing rows of &quot;%2&quot;</source>
        <translation>
            <numerusform>%n ligne de &quot;%1&quot; fait référence à des lignes inexistantes de &quot;%2&quot;</numerusform>
            <numerusform>%n lignes de &quot;%1&quot; font référence à des lignes inexistantes de &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>This migration drops or rebuilds tables, which needs SQLite&apos;s foreign-key enforcement off, and that cannot change inside a transaction: apply it outside a transaction</source>
        <translation>Cette migration supprime ou reconstruit des tables, ce qui nécessite de désactiver la vérification des clés étrangères de SQLite, et ce réglage ne peut pas changer dans une transaction : appliquez-la hors transaction</translation>
    </message>
    <message>
        <source>the migration folder</source>
        <translation>le dossier de migrations</translation>
    </message>
    <message>
        <source>%1 is at revision %2, which is not in %3 (a missing migration file, or another project&apos;s folder?); &apos;quarry migrate stamp REVISION&apos; resets it</source>
        <translation>%1 est à la révision %2, qui ne figure pas dans %3 (fichier de migration manquant, ou dossier d&apos;un autre projet ?) ; &apos;quarry migrate stamp REVISION&apos; la réinitialise</translation>
    </message>
    <message>
        <source>the version table of %1 does not match %2: %3 comes before the current revision %4 but was never applied (added to the folder later?); put it after the head, or record the state with &apos;quarry migrate stamp REVISION&apos;</source>
        <translation>la table de versions de %1 ne correspond pas à %2 : %3 précède la révision courante %4 mais n&apos;a jamais été appliquée (ajoutée au dossier par la suite ?) ; placez-la après head, ou enregistrez l&apos;état avec &apos;quarry migrate stamp REVISION&apos;</translation>
    </message>
    <message>
        <source>a migration</source>
        <translation>une migration</translation>
    </message>
    <message>
        <source>%1 is written for %2, but %3 is a %4 database</source>
        <translation>%1 est écrit pour %2, mais %3 est une base de données %4</translation>
    </message>
    <message>
        <source>cannot upgrade to %1: it is before the current revision %2; use downgrade</source>
        <translation>impossible de mettre à niveau vers %1 : cette révision précède la révision courante %2 ; utilisez downgrade</translation>
    </message>
    <message>
        <source>version table</source>
        <translation>table de versions</translation>
    </message>
    <message>
        <source>upgrade %1: %2</source>
        <translation>mise à niveau %1 : %2</translation>
    </message>
    <message>
        <source>cannot downgrade to %1: it is after the current revision %2; use upgrade</source>
        <translation>impossible de rétrograder vers %1 : cette révision suit la révision courante %2 ; utilisez upgrade</translation>
    </message>
    <message>
        <source>downgrade %1: %2</source>
        <translation>rétrogradation %1 : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is relative, but the current revision is not one of %2; stamp an id, base or head</source>
        <translation>&apos;%1&apos; est relative, mais la révision courante ne fait pas partie de %2 ; marquez un identifiant, base ou head avec stamp</translation>
    </message>
    <message>
        <source>stamp %1</source>
        <translation>marquer la révision %1</translation>
    </message>
    <message>
        <source>the model&apos;s tables</source>
        <translation>les tables du modèle</translation>
    </message>
    <message>
        <source>stamp head</source>
        <translation>marquer la révision head</translation>
    </message>
    <message>
        <source>the version table %1 is inconsistent: %2 and %3 both look current; repair it with &apos;quarry migrate stamp REVISION&apos;</source>
        <translation>la table de versions %1 est incohérente : %2 et %3 semblent toutes deux courantes ; réparez-la avec &apos;quarry migrate stamp REVISION&apos;</translation>
    </message>
    <message>
        <source>the version table %1 is inconsistent: its rows form a cycle; repair it with &apos;quarry migrate stamp REVISION&apos;</source>
        <translation>la table de versions %1 est incohérente : ses lignes forment un cycle ; réparez-la avec &apos;quarry migrate stamp REVISION&apos;</translation>
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
    <message>
        <source>contains a quote</source>
        <translation>contient un guillemet</translation>
    </message>
    <message>
        <source>contains &quot;;&quot;</source>
        <translation>contient &quot;;&quot;</translation>
    </message>
    <message>
        <source>contains a comment</source>
        <translation>contient un commentaire</translation>
    </message>
    <message>
        <source>has unbalanced brackets</source>
        <translation>a des parenthèses déséquilibrées</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;</source>
        <translation>contient &quot;%1&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot;, column &quot;%2&quot;: native type &quot;%3&quot; %4</source>
        <translation>table &quot;%1&quot;, colonne &quot;%2&quot; : type natif &quot;%3&quot; %4</translation>
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
        <source>more than one row matches %1</source>
        <translation>plus d&apos;une ligne correspond à %1</translation>
    </message>
    <message>
        <source>no row matches %1</source>
        <translation>aucune ligne ne correspond à %1</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no column &quot;%2&quot;</source>
        <translation>la table &quot;%1&quot; n&apos;a pas de colonne &quot;%2&quot;</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no primary key to save by</source>
        <translation>la table &quot;%1&quot; n&apos;a pas de clé primaire sur laquelle baser l&apos;enregistrement</translation>
    </message>
    <message>
        <source>row %1 has the columns %2, not %3 like the first row</source>
        <translation>la ligne %1 a les colonnes %2, et non %3 comme la première ligne</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot;: the row keeps changing under concurrent sessions; giving up after %3 attempts</source>
        <translation>%1 sur &quot;%2&quot; : la ligne ne cesse d&apos;être modifiée par des sessions concurrentes ; abandon après %3 tentatives</translation>
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
    <message>
        <source>the transaction was rolled back because an earlier statement in it failed; nothing was committed</source>
        <translation>la transaction a été annulée car une instruction précédente a échoué ; rien n’a été validé</translation>
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
    <message>
        <source>the statement was cancelled while it waited for a connection</source>
        <translation>l’instruction a été annulée pendant qu’elle attendait une connexion</translation>
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
    <name>Quarry::ResultSpool</name>
    <message>
        <source>cannot create a temporary file for the result in %1: %2</source>
        <translation>impossible de créer un fichier temporaire pour le résultat dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the temporary file %1: %2</source>
        <translation>impossible de lire le fichier temporaire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the result to %1: %2</source>
        <translation>impossible d&apos;écrire le résultat dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Quarry::ScriptSplitter</name>
    <message>
        <source>psql meta-command \%1 is not run: the file it includes is not read</source>
        <translation>méta-commande psql \%1 non exécutée : le fichier qu&apos;elle inclut n&apos;est pas lu</translation>
    </message>
    <message>
        <source>psql meta-command \%1 is not evaluated: the statements of every branch run</source>
        <translation>méta-commande psql \%1 non évaluée : les instructions de toutes les branches sont exécutées</translation>
    </message>
    <message>
        <source>psql meta-command \%1 is not run: the statements after it run on the same connection</source>
        <translation>méta-commande psql \%1 non exécutée : les instructions qui la suivent s&apos;exécutent sur la même connexion</translation>
    </message>
    <message>
        <source>psql meta-command \%1 is not run: it has no statement to send</source>
        <translation>méta-commande psql \%1 non exécutée : elle n&apos;a aucune instruction à envoyer</translation>
    </message>
    <message>
        <source>psql meta-command \%1 is not run</source>
        <translation>méta-commande psql \%1 non exécutée</translation>
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
    <message>
        <source>the statement was cancelled</source>
        <translation>l’instruction a été annulée</translation>
    </message>
</context>
<context>
    <name>Quarry::SpoolCodec</name>
    <message>
        <source>the result&apos;s temporary file is damaged</source>
        <translation>le fichier temporaire du résultat est endommagé</translation>
    </message>
    <message>
        <source>a value of type %1 cannot be kept</source>
        <translation>une valeur de type %1 ne peut pas être conservée</translation>
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
    <message>
        <source>cannot open SQLite database %1: it is not a regular file</source>
        <translation>impossible d’ouvrir la base SQLite %1 : ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the database %1 is locked by another connection or process (a lock is waited for up to %2 ms; raise busy_timeout to wait longer)</source>
        <translation>la base %1 est verrouillée par une autre connexion ou un autre processus (un verrou est attendu jusqu’à %2 ms ; augmentez busy_timeout pour attendre plus longtemps)</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d’écrire dans %1 : %2</translation>
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
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Not valid UTF-8: its invalid bytes show as \xNN.</source>
        <translation>UTF-8 invalide : les octets invalides s’affichent en \xNN.</translation>
    </message>
    <message>
        <source>%1 in all; open the value viewer to see it.</source>
        <translation>%1 au total ; ouvrez la visionneuse de valeur pour la voir.</translation>
    </message>
    <message>
        <source>%1 in all, shown cut; open the value viewer to read it whole.</source>
        <translation>%1 au total, affichée tronquée ; ouvrez la visionneuse de valeur pour la lire en entier.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ColumnFilter</name>
    <message>
        <source>“%1” is not a value of column %2 (%3).</source>
        <translation>« %1 » n’est pas une valeur de la colonne %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionDialog</name>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Connection “%1”</source>
        <translation>Connexion « %1 »</translation>
    </message>
    <message>
        <source>e.g. Shop (production)</source>
        <translation>p. ex. Boutique (production)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Path of the database file</source>
        <translation>Chemin du fichier de base de données</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>the user&apos;s name when empty</source>
        <translation>nom de l&apos;utilisateur courant si vide</translation>
    </message>
    <message>
        <source>Save password in the keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Read-only: open without write access</source>
        <translation>Lecture seule : ouvrir sans accès en écriture</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>T&amp;ester la connexion</translation>
    </message>
    <message>
        <source>Choose Database File</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>%1. The password will be asked for each time you connect.</source>
        <translation>%1. Le mot de passe vous sera demandé à chaque connexion.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>The password was not saved: %1. Save again to keep the connection without it; the password will then be asked for when connecting.</source>
        <translation>Le mot de passe n&apos;a pas été enregistré : %1. Enregistrez de nouveau pour conserver la connexion sans mot de passe ; celui-ci vous sera alors demandé à la connexion.</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1.</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être supprimé : %1.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionManager</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>No saved connections yet: Add one to get started.</source>
        <translation>Aucune connexion enregistrée pour l&apos;instant : ajoutez-en une pour commencer.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Connexion « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the saved connection “%1”?</source>
        <translation>Supprimer la connexion enregistrée « %1 » ?</translation>
    </message>
    <message>
        <source>Its saved password is removed from the keychain too. The database itself is not touched.</source>
        <translation>Son mot de passe enregistré sera également supprimé du trousseau. La base de données elle-même n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>The database file itself is not touched.</source>
        <translation>Le fichier de base de données lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reading the password for “%1” from the keychain…</source>
        <translation>Lecture du mot de passe de « %1 » dans le trousseau…</translation>
    </message>
    <message>
        <source>%1. The password is not saved, so it is asked for each time.</source>
        <translation>%1. Le mot de passe n&apos;est pas enregistré : il vous sera donc demandé à chaque fois.</translation>
    </message>
    <message>
        <source>The saved password could not be read: %1.</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être lu : %1.</translation>
    </message>
    <message>
        <source>Connect to “%1”</source>
        <translation>Se connecter à « %1 »</translation>
    </message>
    <message>
        <source>Test “%1”</source>
        <translation>Tester « %1 »</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The saved password could not be removed: %1.</source>
        <translation>Le mot de passe enregistré n&apos;a pas pu être supprimé : %1.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choisissez le fichier de base de données.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter one host name; &quot;,&quot; cannot be part of it.</source>
        <translation>Saisissez un seul nom d&apos;hôte ; &quot;,&quot; ne peut pas en faire partie.</translation>
    </message>
    <message>
        <source>Enter the port in the Port field, not after the host name.</source>
        <translation>Saisissez le port dans le champ Port, et non après le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Never use SSL</source>
        <translation>Ne jamais utiliser SSL</translation>
    </message>
    <message>
        <source>Use SSL only if the server insists</source>
        <translation>Utiliser SSL uniquement si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>Always use SSL; do not check the certificate</source>
        <translation>Toujours utiliser SSL ; ne pas vérifier le certificat</translation>
    </message>
    <message>
        <source>Always use SSL; check the certificate is signed by a trusted CA</source>
        <translation>Toujours utiliser SSL ; vérifier que le certificat est signé par une autorité de certification (CA) de confiance</translation>
    </message>
    <message>
        <source>Always use SSL; check the certificate and the host name</source>
        <translation>Toujours utiliser SSL ; vérifier le certificat et le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Use SSL when the server offers it (the default)</source>
        <translation>Utiliser SSL si le serveur le propose (par défaut)</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ConnectionTest</name>
    <message>
        <source>Connected to PostgreSQL %1.</source>
        <translation>Connecté à PostgreSQL %1.</translation>
    </message>
    <message>
        <source>Connected to SQLite %1.</source>
        <translation>Connecté à SQLite %1.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::CreateTableDialog</name>
    <message>
        <source>Create Table</source>
        <translation>Créer une table</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Index columns (comma-separated)</source>
        <translation>Colonnes de l&apos;index (séparées par des virgules)</translation>
    </message>
    <message>
        <source>new_table</source>
        <translation>nouvelle_table</translation>
    </message>
    <message>
        <source>Add Column</source>
        <translation>Ajouter une colonne</translation>
    </message>
    <message>
        <source>Remove Column</source>
        <translation>Retirer la colonne</translation>
    </message>
    <message>
        <source>Add Index</source>
        <translation>Ajouter un index</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Table name:</source>
        <translation>Nom de la table :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Indexes:</source>
        <translation>Index :</translation>
    </message>
    <message>
        <source>SQL (%1):</source>
        <translation>SQL (%1) :</translation>
    </message>
    <message>
        <source>Give the table a name.</source>
        <translation>Donnez un nom à la table.</translation>
    </message>
    <message>
        <source>There is already a table called %1.</source>
        <translation>Il existe déjà une table nommée %1.</translation>
    </message>
    <message>
        <source>Column %1 has no name.</source>
        <translation>La colonne %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>There are two columns called %1.</source>
        <translation>Deux colonnes sont nommées %1.</translation>
    </message>
    <message>
        <source>Add at least one column.</source>
        <translation>Ajoutez au moins une colonne.</translation>
    </message>
    <message>
        <source>Index %1 names %2, which is not a column.</source>
        <translation>L&apos;index %1 mentionne %2, qui n&apos;est pas une colonne.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>Could not create the table: %1</source>
        <translation>Impossible de créer la table : %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::DataGrid</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>View Value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>Shift+Return</source>
        <translation>Shift+Return</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Ctrl+Ins</source>
        <translation>Ctrl+Ins</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Set NULL</source>
        <translation>Mettre à NULL</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>On: Save commits at once. Off: Save writes into this tab&apos;s transaction, which stays open until Commit or Rollback.</source>
        <translation>Activée : Enregistrer valide immédiatement. Désactivée : Enregistrer écrit dans la transaction de cet onglet, qui reste ouverte jusqu&apos;à Valider ou Annuler la transaction.</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Filter Column</source>
        <translation>Filtrer la colonne</translation>
    </message>
    <message>
        <source>Filter not applied: %1</source>
        <translation>Filtre non appliqué : %1</translation>
    </message>
    <message>
        <source>First Row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <source>Last Row</source>
        <translation>Dernière ligne</translation>
    </message>
    <message numerus="yes">
        <source> · %n unsaved change(s)</source>
        <translation>
            <numerusform> · %n modification non enregistrée</numerusform>
            <numerusform> · %n modifications non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy with Column Names</source>
        <translation>Copier avec les noms de colonnes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message numerus="yes">
        <source>Copying %n row(s)…</source>
        <translation>
            <numerusform>Copie de %n ligne…</numerusform>
            <numerusform>Copie de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Rien n’a été copié : %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not copied: the rows changed while they were read.</source>
        <translation>Rien n’a été copié : les lignes ont changé pendant leur lecture.</translation>
    </message>
    <message>
        <source> · no key: the database may return these rows in another order from page to page; sort by a column of unique values to be sure</source>
        <translation> · pas de clé : la base peut renvoyer ces lignes dans un autre ordre d’une page à l’autre ; triez par une colonne de valeurs uniques pour en être sûr</translation>
    </message>
    <message>
        <source>The transaction is no longer open: what was saved in it was not committed.</source>
        <translation>La transaction n’est plus ouverte : ce qui y a été enregistré n’a pas été validé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 matching row(s)</source>
        <translation>
            <numerusform>%1 ligne correspondante</numerusform>
            <numerusform>%1 lignes correspondantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 row(s)</source>
        <translation>
            <numerusform>%1 ligne</numerusform>
            <numerusform>%1 lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %1 row(s) (counting… &lt;a href=&quot;stop&quot;&gt;stop&lt;/a&gt;)</source>
        <translation>
            <numerusform>environ %1 ligne (comptage… &lt;a href=&quot;stop&quot;&gt;arrêter&lt;/a&gt;)</numerusform>
            <numerusform>environ %1 lignes (comptage… &lt;a href=&quot;stop&quot;&gt;arrêter&lt;/a&gt;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %1 row(s) (not counted)</source>
        <translation>
            <numerusform>au moins %1 ligne (non comptée)</numerusform>
            <numerusform>au moins %1 lignes (non comptées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the whole value…</source>
        <translation>Lecture de la valeur entière…</translation>
    </message>
    <message>
        <source>The value was not read: its row changed or was deleted meanwhile.</source>
        <translation>La valeur n’a pas été lue : sa ligne a été modifiée ou supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The value was not read: %1</source>
        <translation>La valeur n’a pas été lue : %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::EditorTabStore</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The list of editor tabs in %1 is locked</source>
        <translation>La liste des onglets d’éditeur dans %1 est verrouillée</translation>
    </message>
    <message>
        <source>The editor tab is open in another Quarry window.</source>
        <translation>L’onglet d’éditeur est ouvert dans une autre fenêtre Quarry.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ExplainPlan</name>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>on %1 %2</source>
        <translation>sur %1 %2</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1</source>
        <translation>Le plan n&apos;est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation>Il n&apos;y a aucune instruction à expliquer.</translation>
    </message>
    <message>
        <source>EXPLAIN takes one statement; the text holds %1.</source>
        <translation>EXPLAIN n&apos;accepte qu&apos;une seule instruction ; le texte en contient %1.</translation>
    </message>
    <message>
        <source>The statement is an EXPLAIN already: run it instead.</source>
        <translation>L&apos;instruction est déjà un EXPLAIN : exécutez-la directement.</translation>
    </message>
    <message>
        <source>Query plans are shown for SQLite and PostgreSQL only.</source>
        <translation>Les plans de requête ne sont affichés que pour SQLite et PostgreSQL.</translation>
    </message>
    <message>
        <source>The result is not an SQLite query plan (id, parent, detail).</source>
        <translation>Le résultat n&apos;est pas un plan de requête SQLite (id, parent, detail).</translation>
    </message>
    <message>
        <source>The SQLite query plan has an invalid step id %1.</source>
        <translation>Le plan de requête SQLite contient un identifiant d&apos;étape invalide : %1.</translation>
    </message>
    <message>
        <source>Query plan</source>
        <translation>Plan de requête</translation>
    </message>
    <message>
        <source>EXPLAIN returned no plan.</source>
        <translation>EXPLAIN n&apos;a renvoyé aucun plan.</translation>
    </message>
    <message>
        <source>The EXPLAIN output has no &quot;Plan&quot;.</source>
        <translation>La sortie d&apos;EXPLAIN ne contient pas de &quot;Plan&quot;.</translation>
    </message>
    <message>
        <source>planning %1 ms</source>
        <translation>planification %1 ms</translation>
    </message>
    <message>
        <source>execution %1 ms</source>
        <translation>exécution %1 ms</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ExplainView</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Actual Time</source>
        <translation>Temps réel</translation>
    </message>
    <message>
        <source>Actual Rows</source>
        <translation>Lignes réelles</translation>
    </message>
    <message>
        <source>Explain a statement to see its plan.</source>
        <translation>Expliquez une instruction pour voir son plan.</translation>
    </message>
    <message>
        <source>Running the statement to measure its plan (its changes are rolled back)…</source>
        <translation>Exécution de l&apos;instruction pour mesurer son plan (ses modifications sont annulées)…</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Calcul du plan…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Aucun plan : %1</translation>
    </message>
    <message>
        <source>%1% of the %2</source>
        <translation>%1 % du %2</translation>
    </message>
    <message>
        <source>time</source>
        <translation>temps</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>coût estimé</translation>
    </message>
    <message>
        <source>The most expensive step: %1</source>
        <translation>L&apos;étape la plus coûteuse : %1</translation>
    </message>
    <message>
        <source>Most expensive step: %1 (%2).</source>
        <translation>Étape la plus coûteuse : %1 (%2).</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>jamais exécuté</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 × %2 loops</source>
        <translation>%1 × %2 boucles</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>text: contains (text columns) or equals · =, !=, &lt;, &lt;=, &gt;, &gt;= value · a..b: between · NULL · !NULL</source>
        <translation>texte : contient (colonnes de texte) ou égal · =, !=, &lt;, &lt;=, &gt;, &gt;= valeur · a..b : entre · NULL · !NULL</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Enter)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Escape)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::HistoryPanel</name>
    <message>
        <source>Run Again</source>
        <translation>Exécuter à nouveau</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>Copier le SQL</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Search SQL and connections</source>
        <translation>Rechercher dans le SQL et les connexions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
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
        <translation>Retirer de l&apos;historique</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Effacer l&apos;historique…</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>Remove every statement from the history?</source>
        <translation>Retirer toutes les instructions de l&apos;historique ?</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::HistoryStore</name>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation>Le fichier d&apos;historique %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>The statement was not added to the history: %1</source>
        <translation>L&apos;instruction n&apos;a pas été ajoutée à l&apos;historique : %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The entry could not be removed from the history: %1</source>
        <translation>L&apos;entrée n&apos;a pas pu être retirée de l&apos;historique : %1</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être effacé : %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::MainWindow</name>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Quarry</source>
        <translation>Quarry</translation>
    </message>
    <message>
        <source>Open a database: File → Open Database File… or drop a file here</source>
        <translation>Ouvrez une base de données : Fichier → Ouvrir un fichier de base de données… ou déposez un fichier ici</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database File…</source>
        <translation>&amp;Ouvrir un fichier de base de données…</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Ouvrir une &amp;URL…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Éléments &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Close Connection</source>
        <translation>&amp;Fermer la connexion</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Save Schema as Model…</source>
        <translation>&amp;Enregistrer le schéma comme modèle…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;Create Table…</source>
        <translation>&amp;Créer une table…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Refresh Schema</source>
        <translation>&amp;Actualiser le schéma</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Close &amp;Tab</source>
        <translation>Fermer l&apos;&amp;onglet</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes or an open transaction. Discard them and roll back?</source>
        <translation>Des modifications non enregistrées ou une transaction ouverte existent dans %1. Les abandonner et annuler la transaction ?</translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation>Ouvrir un fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Ouvrir une URL</translation>
    </message>
    <message>
        <source>Database URL (sqlite:///file.db, postgresql://user@host/db):</source>
        <translation>URL de la base de données (sqlite:///file.db, postgresql://user@host/db) :</translation>
    </message>
    <message>
        <source>Open a database first: the model&apos;s tables are created in it.</source>
        <translation>Ouvrez d&apos;abord une base de données : les tables du modèle y seront créées.</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Quarry models (*.json)</source>
        <translation>Modèles Quarry (*.json)</translation>
    </message>
    <message>
        <source>Open a database first: its schema is what gets saved.</source>
        <translation>Ouvrez d&apos;abord une base de données : c&apos;est son schéma qui sera enregistré.</translation>
    </message>
    <message>
        <source>Save Schema as Model</source>
        <translation>Enregistrer le schéma comme modèle</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved the schema to %1</source>
        <translation>Schéma enregistré dans %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes when Quarry starts again.</source>
        <translation>La langue change au prochain démarrage de Quarry.</translation>
    </message>
    <message>
        <source>“%1” was not reopened: its password is needed (File → Connections…).</source>
        <translation>« %1 » n’a pas été rouvert : son mot de passe est nécessaire (Fichier → Connexions…).</translation>
    </message>
    <message>
        <source>New &amp;SQL Editor</source>
        <translation>Nouvel éditeur &amp;SQL</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Open a database first: the editor runs SQL on it.</source>
        <translation>Ouvrez d&apos;abord une base de données : l&apos;éditeur y exécute le SQL.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>An editor tab could not be saved: %1</source>
        <translation>Un onglet d&apos;éditeur n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique : %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>SQL %1</source>
        <translation>SQL %1</translation>
    </message>
    <message numerus="yes">
        <source>● Open transaction in %n tab(s)</source>
        <translation>
            <numerusform>● Transaction ouverte dans %n onglet</numerusform>
            <numerusform>● Transaction ouverte dans %n onglets</numerusform>
        </translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Exécuter à nouveau</translation>
    </message>
    <message>
        <source>The statement ran on “%1”, which is not open. It is not run on another database without asking.</source>
        <translation>L’instruction a été exécutée sur « %1 », qui n’est pas ouverte. Elle n’est pas exécutée sur une autre base sans demander.</translation>
    </message>
    <message>
        <source>Connect and Run</source>
        <translation>Se connecter et exécuter</translation>
    </message>
    <message>
        <source>Open in Editor on “%1”</source>
        <translation>Ouvrir dans l’éditeur sur « %1 »</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ModelDialog</name>
    <message>
        <source>Create All</source>
        <translation>Tout créer</translation>
    </message>
    <message>
        <source>Drop All…</source>
        <translation>Tout supprimer…</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>Working out what Create All would run…</source>
        <translation>Calcul des instructions que « Tout créer » exécuterait…</translation>
    </message>
    <message>
        <source>Tables in the model: %1. The SQL Create All runs on %2 (what exists is skipped):</source>
        <translation>Tables du modèle : %1. Le SQL que « Tout créer » exécute sur %2 (ce qui existe déjà est ignoré) :</translation>
    </message>
    <message>
        <source>-- every table of the model already exists</source>
        <translation>-- toutes les tables du modèle existent déjà</translation>
    </message>
    <message>
        <source>Creating the model&apos;s tables…</source>
        <translation>Création des tables du modèle…</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Tables créées.</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Rien n&apos;a été créé : %1</translation>
    </message>
    <message>
        <source>Drop All</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Drop these %1 tables and all their rows? This cannot be undone.</source>
        <translation>Supprimer ces %1 tables et toutes leurs lignes ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Dropping the model&apos;s tables…</source>
        <translation>Suppression des tables du modèle…</translation>
    </message>
    <message>
        <source>Dropped.</source>
        <translation>Tables supprimées.</translation>
    </message>
    <message>
        <source>Nothing was dropped: %1</source>
        <translation>Rien n&apos;a été supprimé : %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::PendingEdits</name>
    <message>
        <source>delete the row with key (%1)</source>
        <translation>supprimer la ligne de clé (%1)</translation>
    </message>
    <message>
        <source>update the row with key (%1)</source>
        <translation>mettre à jour la ligne de clé (%1)</translation>
    </message>
    <message>
        <source>insert new row %1</source>
        <translation>insérer la nouvelle ligne %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::QueryRunner</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) so far, more as you scroll</source>
        <translation>
            <numerusform>%n ligne pour l&apos;instant, d&apos;autres au défilement</numerusform>
            <numerusform>%n lignes pour l&apos;instant, d&apos;autres au défilement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n ligne affectée</numerusform>
            <numerusform>%n lignes affectées</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::QueryTab</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Run All</source>
        <translation>Tout exécuter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Explain Analyze</source>
        <translation>Expliquer avec ANALYZE</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Continue on Error</source>
        <translation>Continuer en cas d&apos;erreur</translation>
    </message>
    <message>
        <source>Run the rest of a script after a statement fails</source>
        <translation>Exécuter le reste d&apos;un script après l&apos;échec d&apos;une instruction</translation>
    </message>
    <message>
        <source>On: each statement commits at once. Off: statements run in this tab&apos;s transaction, which stays open until Commit or Rollback.</source>
        <translation>Activée : chaque instruction est validée immédiatement. Désactivée : les instructions s&apos;exécutent dans la transaction de cet onglet, qui reste ouverte jusqu&apos;à Valider ou Annuler la transaction.</translation>
    </message>
    <message>
        <source>No statement at the cursor.</source>
        <translation>Aucune instruction sous le curseur.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation>Terminé en %1 ms.</translation>
    </message>
    <message>
        <source>Stopped after %1 ms.</source>
        <translation>Arrêté après %1 ms.</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Résultat %1</translation>
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
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1 : %2 (%3 ms)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Plan (analyzed)</source>
        <translation>Plan (analysé)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Statements run on %1</source>
        <translation>Les instructions s’exécutent sur %1</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::SchemaBrowser</name>
    <message>
        <source>Filter tables and views</source>
        <translation>Filtrer les tables et les vues</translation>
    </message>
    <message>
        <source>Refresh the schema (F5)</source>
        <translation>Actualiser le schéma (F5)</translation>
    </message>
    <message>
        <source>Tables: %1</source>
        <translation>Tables : %1</translation>
    </message>
    <message>
        <source>Open Data</source>
        <translation>Ouvrir les données</translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <source>Copy DDL</source>
        <translation>Copier le DDL</translation>
    </message>
    <message>
        <source>Drop Table…</source>
        <translation>Supprimer la table…</translation>
    </message>
    <message>
        <source>Create Table…</source>
        <translation>Créer une table…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Drop Table</source>
        <translation>Supprimer la table</translation>
    </message>
    <message>
        <source>Drop the table %1 and all its rows? This cannot be undone.</source>
        <translation>Supprimer la table %1 et toutes ses lignes ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Also drop what depends on it (CASCADE)</source>
        <translation>Supprimer aussi les objets qui en dépendent (CASCADE)</translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>Could not drop %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Stopped reading the schema.</source>
        <translation>Lecture du schéma arrêtée.</translation>
    </message>
    <message>
        <source>Reading the schema… &lt;a href=&quot;stop&quot;&gt;Stop&lt;/a&gt;</source>
        <translation>Lecture du schéma… &lt;a href=&quot;stop&quot;&gt;Arrêter&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tables (%1)</translation>
    </message>
    <message>
        <source>Views (%1)</source>
        <translation>Vues (%1)</translation>
    </message>
    <message>
        <source>Indexes (%1)</source>
        <translation>Index (%1)</translation>
    </message>
    <message>
        <source> unique</source>
        <translation> unique</translation>
    </message>
    <message>
        <source>Foreign keys (%1)</source>
        <translation>Clés étrangères (%1)</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::SqlEditor</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Toggle Comment</source>
        <translation>Commenter/décommenter</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Compléter</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::TableWindowModel</name>
    <message>
        <source>Could not %1: the row was changed or deleted meanwhile.</source>
        <translation>Échec de l&apos;opération « %1 » : la ligne a été modifiée ou supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
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
        <translation>La table %1 a été modifiée dans la base depuis sa lecture.</translation>
    </message>
    <message>
        <source>The table %1 no longer exists in the database.</source>
        <translation>La table %1 n’existe plus dans la base.</translation>
    </message>
    <message>
        <source>%1 Rolling back failed too: %2</source>
        <translation>%1 L’annulation a aussi échoué : %2</translation>
    </message>
    <message>
        <source>The table %1 was changed in the database; the grid shows it as it is now.</source>
        <translation>La table %1 a été modifiée dans la base ; la grille la montre telle qu’elle est maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s) no longer apply and were dropped.</source>
        <translation>
            <numerusform>%n modification en attente ne s’applique plus et a été abandonnée.</numerusform>
            <numerusform>%n modifications en attente ne s’appliquent plus et ont été abandonnées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::TransactionController</name>
    <message>
        <source>Auto-commit</source>
        <translation>Validation automatique</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Annuler la transaction</translation>
    </message>
    <message>
        <source>Could not begin a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Transaction validée.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Transaction annulée.</translation>
    </message>
    <message>
        <source>The commit failed; the transaction is still open: fix the problem and commit again, or roll back. %1</source>
        <translation>La validation a échoué ; la transaction est toujours ouverte : corrigez le problème et validez à nouveau, ou annulez. %1</translation>
    </message>
    <message>
        <source>The rollback failed; the transaction is still open: %1</source>
        <translation>L’annulation a échoué ; la transaction est toujours ouverte : %1</translation>
    </message>
    <message>
        <source>The connection was lost during the commit: whether the transaction was committed is not known. %1</source>
        <translation>La connexion a été perdue pendant la validation : on ne sait pas si la transaction a été validée. %1</translation>
    </message>
    <message>
        <source>The commit failed and the transaction was rolled back: %1</source>
        <translation>La validation a échoué et la transaction a été annulée : %1</translation>
    </message>
    <message>
        <source>The transaction ended with an error: %1</source>
        <translation>La transaction s&apos;est terminée par une erreur : %1</translation>
    </message>
    <message>
        <source>● Transaction open</source>
        <translation>● Transaction ouverte</translation>
    </message>
    <message>
        <source>This tab&apos;s changes are not visible to others until Commit; Rollback undoes them.</source>
        <translation>Les modifications de cet onglet ne sont visibles par les autres qu’après Valider ; Annuler la transaction les défait.</translation>
    </message>
</context>
<context>
    <name>Quarry::Ui::ValueViewer</name>
    <message>
        <source>… %1 more bytes not shown
</source>
        <translation>… %1 octets supplémentaires non affichés
</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>Binary, %1</source>
        <translation>Binaire, %1</translation>
    </message>
    <message>
        <source>Image (%1 × %2)</source>
        <translation>Image (%1 × %2)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Showing the first %1 only; save it to a file to see it all.</source>
        <translation>Seuls les %1 premiers sont affichés ; enregistrez-la dans un fichier pour tout voir.</translation>
    </message>
    <message>
        <source>Binary, %1. %2</source>
        <translation>Binaire, %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Load from File…</source>
        <translation>Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>Save Value to File</source>
        <translation>Enregistrer la valeur dans un fichier</translation>
    </message>
    <message>
        <source>Load Value from File</source>
        <translation>Charger la valeur depuis un fichier</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Enregistrement dans %1…</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Non enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Not loaded from %1: %2</source>
        <translation>Non chargé depuis %1 : %2</translation>
    </message>
    <message>
        <source>Loaded %1 from %2; OK writes it to the cell.</source>
        <translation>%1 chargés depuis %2 ; OK les écrit dans la cellule.</translation>
    </message>
</context>
</TS>
