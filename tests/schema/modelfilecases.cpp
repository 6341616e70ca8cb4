// SPDX-License-Identifier: MIT
// The data of tst_modelfile: every invalid model with its message, and a Metadata with all a
// reflected database can hold.
#include "modelfilecases.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Quarry::Test {

Column modelColumn(const QString &name, TypeKind kind, bool nullable)
{
    Column c;
    c.name = name;
    c.type.kind = kind;
    c.nullable = nullable;
    return c;
}

// Everything a reflected PostgreSQL database can hold, in two schemas.
Metadata richModelMetadata()
{
    Metadata m;
    m.dialect = u"postgresql"_s;

    Table account;
    account.schema = u"public"_s;
    account.name = u"account"_s;
    account.comment = u"Someone who \"logs in\"\nwith a tab\there"_s;
    Column id = modelColumn(u"id"_s, TypeKind::BigInt, false);
    id.identity = Identity::Always;
    id.nativeType = u"bigint"_s;
    Column email = modelColumn(u"email"_s, TypeKind::Varchar, false);
    email.type.length = 320;
    email.nativeType = u"character varying(320)"_s;
    email.collation = u"C"_s;
    email.comment = u"lower case"_s;
    Column balance = modelColumn(u"balance"_s, TypeKind::Numeric);
    balance.type.precision = 12;
    balance.type.scale = 2;
    balance.nativeType = u"numeric(12,2)"_s;
    balance.defaultSql = u"0"_s;
    Column tags = modelColumn(u"tags"_s, TypeKind::Other);
    tags.nativeType = u"text[]"_s;
    tags.defaultSql = u"'{}'::text[]"_s;
    Column created = modelColumn(u"created"_s, TypeKind::TimestampTz, false);
    created.type.precision = 3;
    created.nativeType = u"timestamp(3) with time zone"_s;
    created.defaultFunction = DefaultFunction::Now;
    Column code = modelColumn(u"code"_s, TypeKind::Char);
    code.nativeType = u"bpchar"_s;
    Column lowered = modelColumn(u"email_lower"_s, TypeKind::Text);
    lowered.nativeType = u"text"_s;
    lowered.generatedSql = u"lower((email)::text)"_s;
    Column serial = modelColumn(u"legacy_no"_s, TypeKind::Integer, false);
    serial.autoincrement = true;
    Column token = modelColumn(u"token"_s, TypeKind::Uuid, false);
    token.defaultFunction = DefaultFunction::Uuid;
    Column nullableKeyPart = modelColumn(u"tenant"_s, TypeKind::SmallInt);
    nullableKeyPart.identity = Identity::ByDefault;
    account.columns = {id,   email,   balance, tags,  created,
                       code, lowered, serial,  token, nullableKeyPart};
    account.primaryKey = PrimaryKey{u"account_pkey"_s, {u"id"_s}};
    account.uniques = {UniqueConstraint{{}, {u"email"_s}},
                       UniqueConstraint{u"uq_token"_s, {u"token"_s, u"tenant"_s}}};
    account.checks = {CheckConstraint{{}, u"balance >= 0"_s},
                      CheckConstraint{u"email_has_at"_s, u"strpos(email, '@') > 0"_s}};
    Index byName;
    byName.name = u"account_lower_idx"_s;
    byName.unique = true;
    byName.parts = {IndexPart{{}, u"lower(email)"_s, true, u"C"_s, u"text_pattern_ops"_s},
                    IndexPart{u"tenant"_s, {}, false, {}, {}}};
    byName.where = u"balance > 0"_s;
    Index gin;
    gin.name = u"account_tags_idx"_s;
    gin.parts = {IndexPart{u"tags"_s, {}, false, {}, {}}};
    gin.method = u"gin"_s;
    account.indexes = {byName, gin};

    Table entry;
    entry.schema = u"audit"_s;
    entry.name = u"entry"_s;
    entry.columns = {
        modelColumn(u"account_id"_s, TypeKind::BigInt, false),
        modelColumn(u"at"_s, TypeKind::Timestamp, false), modelColumn(u"payload"_s, TypeKind::Json),
        modelColumn(u"note"_s, TypeKind::Text), modelColumn(u"ref"_s, TypeKind::Integer)};
    entry.primaryKey = PrimaryKey{{}, {u"account_id"_s, u"at"_s}};
    entry.columns[3].nullable = false;
    entry.foreignKeys = {ForeignKey{{},
                                    {u"account_id"_s},
                                    u"public"_s,
                                    u"account"_s,
                                    {u"id"_s},
                                    ReferentialAction::Cascade,
                                    ReferentialAction::SetNull,
                                    true,
                                    true},
                         ForeignKey{u"entry_ref_fkey"_s,
                                    {u"ref"_s},
                                    {},
                                    u"elsewhere"_s,
                                    {u"no"_s},
                                    ReferentialAction::Restrict,
                                    ReferentialAction::SetDefault,
                                    true,
                                    false}};
    entry.withoutRowid = true;
    entry.strict = true;

    Schema pub;
    pub.name = u"public"_s;
    pub.tables = {account};
    pub.views = {View{u"public"_s, u"rich"_s, u"SELECT id FROM account WHERE balance > 100"_s, true,
                      u"rich accounts"_s},
                 View{u"public"_s, u"plain"_s, u"SELECT 1"_s, false, {}}};
    pub.sequences = {Sequence{u"public"_s, u"ticket_seq"_s, 100, -5,
                              std::optional<qint64>(-9223372036854775807LL - 1),
                              std::optional<qint64>(9223372036854775807LL), true},
                     Sequence{u"public"_s, u"plain_seq"_s, 1, 1, {}, {}, false}};
    pub.triggers = {Trigger{u"public"_s, u"account_touch"_s, u"account"_s,
                            u"CREATE TRIGGER account_touch BEFORE UPDATE ON public.account "
                            "FOR EACH ROW EXECUTE FUNCTION touch()"_s}};
    Schema audit;
    audit.name = u"audit"_s;
    audit.tables = {entry};
    m.schemas = {pub, audit};
    return m;
}

void addInvalidModelRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    // user(id, email), pet(id, owner_id, name): the base of the cross-table cases
    const auto twoTables = [](const char *petExtra) -> QByteArray {
        return QByteArray(R"({"tables": [
            {"name": "user", "primaryKey": "integer",
             "columns": [{"name": "email", "type": "text"}]},
            {"name": "pet", "primaryKey": "integer",
             "columns": [{"name": "owner_id", "type": "integer"}, {"name": "name", "type": "text"}])") +
               petExtra + "}]}";
    };

    QTest::newRow("malformed JSON")
        << QByteArray("{\"tables\": [\n  {\"name\": \"user\",}\n]}")
        << u"m.json: line 2, column 20: malformed JSON: object is missing after a comma"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"m.json: $: expected an object"_s;
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"tabels": []})")
        << u"m.json: $: unknown key \"tabels\" (did you mean \"tables\"?)"_s;
    QTest::newRow("unknown key, nothing close")
        << QByteArray(R"({"tables": [{"name": "t", "colour": "red"}]})")
        << u"m.json: $.tables[0]: unknown key \"colour\""_s;
    QTest::newRow("unknown column key")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "text", "nulable": false}]}]})")
        << u"m.json: $.tables[0].columns[0]: unknown key \"nulable\" (did you mean \"nullable\"?)"_s;
    QTest::newRow("unknown type")
        << twoTables(R"(, "foreignKeys": []}, {"name": "x", "columns": [
               {"name": "a", "type": "text"}, {"name": "b", "type": "text"},
               {"name": "c", "type": "strng"}])")
        << u"m.json: $.tables[2].columns[2].type: unknown type \"strng\""_s;
    QTest::newRow("type not a string")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [{"name": "a", "type": 5}]}]})")
        << u"m.json: $.tables[0].columns[0].type: expected a string"_s;
    QTest::newRow("missing type")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [{"name": "a"}]}]})")
        << u"m.json: $.tables[0].columns[0]: missing \"type\""_s;
    QTest::newRow("other without native type")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [{"name": "a", "type": "other"}]}]})")
        << u"m.json: $.tables[0].columns[0].type: \"other\" needs a \"nativeType\""_s;
    // a native type is written into DDL as it is: only a type's grammar, never more SQL
    const auto nativeType = [](const char *name, const char *type, const QString &problem) {
        QTest::newRow(name) << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "other", "nativeType": ")" +
                                          QByteArray(type) + R"("}]}]})")
                            << u"m.json: $.tables[0].columns[0].nativeType: table \"t\", column "
                               "\"a\": native type \""_s +
                                   QString::fromUtf8(type).replace(u"\\\""_s, u"\""_s) + u"\" "_s +
                                   problem;
    };
    nativeType("native type with ;", "int; DROP TABLE t", u"contains \";\""_s);
    nativeType("native type with -- comment", "int -- x", u"contains a comment"_s);
    nativeType("native type with /* comment", "int /* x */", u"contains a comment"_s);
    nativeType("native type with unbalanced (", "numeric(10,2", u"has unbalanced brackets"_s);
    nativeType("native type with unbalanced )", "int)", u"has unbalanced brackets"_s);
    nativeType("native type with unbalanced [", "int[", u"has unbalanced brackets"_s);
    nativeType("native type with a quote", "text DEFAULT 'x'", u"contains a quote"_s);
    nativeType("native type with an open identifier", "\\\"My Type", u"contains a quote"_s);
    nativeType("native type with =", "int=1", u"contains \"=\""_s);
    QTest::newRow("nullable not a boolean")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "text", "nullable": "no"}]}]})")
        << u"m.json: $.tables[0].columns[0].nullable: expected true or false"_s;
    QTest::newRow("columns not an array")
        << QByteArray(R"({"tables": [{"name": "t", "columns": {}}]})")
        << u"m.json: $.tables[0].columns: expected an array"_s;
    QTest::newRow("table not an object")
        << QByteArray(R"({"tables": ["user"]})") << u"m.json: $.tables[0]: expected an object"_s;
    QTest::newRow("missing table name") << QByteArray(R"({"tables": [{"columns": []}]})")
                                        << u"m.json: $.tables[0]: missing \"name\""_s;
    QTest::newRow("empty table name") << QByteArray(R"({"tables": [{"name": ""}]})")
                                      << u"m.json: $.tables[0].name: must not be empty"_s;
    QTest::newRow("format version")
        << QByteArray(R"({"version": 2})")
        << u"m.json: $.version: unsupported format version 2 (this Quarry reads version 1)"_s;
    QTest::newRow("version not an integer")
        << QByteArray(R"({"version": 1.5})") << u"m.json: $.version: expected an integer"_s;
    QTest::newRow("unknown dialect")
        << QByteArray(R"({"dialect": "mysql"})")
        << u"m.json: $.dialect: unknown dialect \"mysql\" (expected sqlite, postgresql or generic)"_s;
    QTest::newRow("duplicate table")
        << QByteArray(R"({"tables": [{"name": "a"}, {"name": "b"}, {"name": "a"}]})")
        << u"m.json: $.tables[2].name: duplicate table \"a\""_s;
    QTest::newRow("duplicate column")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "text"}, {"name": "a", "type": "integer"}]}]})")
        << u"m.json: $.tables[0].columns[1].name: duplicate column \"a\""_s;
    QTest::newRow("duplicate index across tables")
        << QByteArray(R"({"tables": [
               {"name": "a", "columns": [{"name": "x", "type": "text"}],
                "indexes": [{"name": "ix", "columns": ["x"]}]},
               {"name": "b", "columns": [{"name": "x", "type": "text"}],
                "indexes": [{"name": "ix", "columns": ["x"]}]}]})")
        << u"m.json: $.tables[1].indexes[0]: duplicate index \"ix\""_s;
    QTest::newRow("index named like a table")
        << QByteArray(R"({"tables": [
               {"name": "a", "columns": [{"name": "x", "type": "text"}],
                "indexes": [{"name": "a", "columns": ["x"]}]}]})")
        << u"m.json: $.tables[0].indexes[0]: the name \"a\" is already used by a table"_s;
    QTest::newRow("view named like a table")
        << QByteArray(R"({"tables": [{"name": "a"}], "views": [{"name": "a", "sql": "SELECT 1"}]})")
        << u"m.json: $.views[0].name: the name \"a\" is already used by a table"_s;
    QTest::newRow("empty view column list")
        << QByteArray(R"({"views": [{"name": "v", "columns": [], "sql": "SELECT 1"}]})")
        << u"m.json: $.views[0].columns: expected at least one column"_s;
    QTest::newRow("duplicate constraint name")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [{"name": "a", "type": "text"}],
               "uniques": [{"name": "k", "columns": ["a"]}], "checks": [{"name": "k", "sql": "a <> ''"}]}]})")
        << u"m.json: $.tables[0].checks[0]: duplicate constraint name \"k\""_s;
    QTest::newRow("duplicate convention name")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "text", "unique": true}], "uniques": [{"columns": ["a"]}]}]})")
        << u"m.json: $.tables[0].uniques[0]: duplicate constraint name \"uq_t_a\""_s;
    QTest::newRow("foreign key to a missing table")
        << twoTables(
               R"(, "foreignKeys": [{"columns": ["owner_id"], "references": {"table": "owner"}}])")
        << u"m.json: $.tables[1].foreignKeys[0].references.table: table \"owner\" does not exist"_s;
    QTest::newRow("foreign key to another schema's missing table")
        << twoTables(R"(, "foreignKeys": [{"columns": ["owner_id"],
               "references": {"schema": "crm", "table": "user"}}])")
        << u"m.json: $.tables[1].foreignKeys[0].references.table: table \"crm.user\" does not exist"_s;
    QTest::newRow("foreign key from a missing column")
        << twoTables(
               R"(, "foreignKeys": [{"columns": ["ownr_id"], "references": {"table": "user"}}])")
        << u"m.json: $.tables[1].foreignKeys[0].columns[0]: column \"ownr_id\" does not exist in table \"pet\""_s;
    QTest::newRow("foreign key to a missing column")
        << twoTables(R"(, "foreignKeys": [{"columns": ["owner_id"],
               "references": {"table": "user", "columns": ["idd"]}}])")
        << u"m.json: $.tables[1].foreignKeys[0].references.columns[0]: column \"idd\" does not exist in table \"user\""_s;
    QTest::newRow("foreign key to a non-key column")
        << twoTables(R"(, "foreignKeys": [{"columns": ["name"],
               "references": {"table": "user", "columns": ["email"]}}])")
        << u"m.json: $.tables[1].foreignKeys[0]: the referred columns (email) are neither the primary key nor unique in table \"user\""_s;
    QTest::newRow("foreign key column count")
        << twoTables(R"(, "foreignKeys": [{"columns": ["owner_id", "name"],
               "references": {"table": "user"}}])")
        << u"m.json: $.tables[1].foreignKeys[0]: column counts differ: 2 here, 1 in table \"user\""_s;
    QTest::newRow("foreign key to a table without primary key")
        << QByteArray(R"({"tables": [{"name": "a", "columns": [{"name": "x", "type": "text"}]},
               {"name": "b", "columns": [{"name": "y", "type": "text", "references": "a"}]}]})")
        << u"m.json: $.tables[1].columns[0].references: table \"a\" has no primary key: name the referred columns"_s;
    QTest::newRow("column reference to a missing table")
        << QByteArray(R"({"tables": [{"name": "pet", "columns": [
               {"name": "owner_id", "type": "integer", "references": "owner.id"}]}]})")
        << u"m.json: $.tables[0].columns[0].references: table \"owner\" does not exist"_s;
    QTest::newRow("column reference to a missing column")
        << twoTables(R"(}, {"name": "toy", "columns": [
               {"name": "owner_id", "type": "integer", "references": "user.ownr_id"}])")
        << u"m.json: $.tables[2].columns[0].references: column \"ownr_id\" does not exist in table \"user\""_s;
    QTest::newRow("object reference to a missing column")
        << twoTables(R"(}, {"name": "toy", "columns": [
               {"name": "owner_id", "type": "integer", "references": {"table": "user", "column": "ownr_id"}}])")
        << u"m.json: $.tables[2].columns[0].references.column: column \"ownr_id\" does not exist in table \"user\""_s;
    QTest::newRow("malformed reference")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "text", "references": "x..y"}]}]})")
        << u"m.json: $.tables[0].columns[0].references: expected \"table\", \"table.column\" or \"schema.table.column\""_s;
    QTest::newRow("external reference without columns")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [{"name": "a", "type": "text"}],
               "foreignKeys": [{"columns": ["a"], "references": {"table": "x", "external": true}}]}]})")
        << u"m.json: $.tables[0].foreignKeys[0].references.table: a reference to an \"external\" table must name its columns"_s;
    QTest::newRow("primary key column missing")
        << QByteArray(R"({"tables": [{"name": "user", "primaryKey": ["email", "idd"],
               "columns": [{"name": "email", "type": "text"}]}]})")
        << u"m.json: $.tables[0].primaryKey[1]: column \"idd\" does not exist in table \"user\""_s;
    QTest::newRow("primary key object column missing")
        << QByteArray(
               R"({"tables": [{"name": "user", "primaryKey": {"name": "k", "columns": ["idd"]},
               "columns": [{"name": "email", "type": "text"}]}]})")
        << u"m.json: $.tables[0].primaryKey.columns[0]: column \"idd\" does not exist in table \"user\""_s;
    QTest::newRow("unknown primary key kind")
        << QByteArray(R"({"tables": [{"name": "t", "primaryKey": "serial"}]})")
        << u"m.json: $.tables[0].primaryKey: unknown primary key kind \"serial\" (expected integer, bigint or uuid, or the key's columns in an array)"_s;
    QTest::newRow("primary key given twice")
        << QByteArray(R"({"tables": [{"name": "t", "primaryKey": "uuid", "columns": [
               {"name": "a", "type": "text", "primaryKey": true}]}]})")
        << u"m.json: $.tables[0].columns[0].primaryKey: the table's \"primaryKey\" names the primary key already"_s;
    QTest::newRow("primary key kind adds an existing column")
        << QByteArray(R"({"tables": [{"name": "t", "primaryKey": "integer", "columns": [
               {"name": "id", "type": "text"}]}]})")
        << u"m.json: $.tables[0].primaryKey: adds a column \"id\", but the table declares one already"_s;
    QTest::newRow("primary key object with columns and kind")
        << QByteArray(
               R"({"tables": [{"name": "t", "primaryKey": {"kind": "uuid", "columns": ["a"]}}]})")
        << u"m.json: $.tables[0].primaryKey: give either \"columns\" or \"kind\""_s;
    QTest::newRow("timestamps add an existing column")
        << QByteArray(R"({"tables": [{"name": "t", "timestamps": true, "columns": [
               {"name": "updated_at", "type": "timestamp"}]}]})")
        << u"m.json: $.tables[0].timestamps: adds a column \"updated_at\", but the table declares one already"_s;
    QTest::newRow("unique column missing")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [{"name": "a", "type": "text"}],
               "uniques": [{"columns": ["a", "b"]}]}]})")
        << u"m.json: $.tables[0].uniques[0].columns[1]: column \"b\" does not exist in table \"t\""_s;
    QTest::newRow("unique without columns")
        << QByteArray(R"({"tables": [{"name": "t", "uniques": [{"columns": []}]}]})")
        << u"m.json: $.tables[0].uniques[0].columns: expected at least one column"_s;
    QTest::newRow("index column missing")
        << QByteArray(R"j({"tables": [{"name": "t", "columns": [{"name": "a", "type": "text"}],
               "indexes": [{"columns": [{"expression": "lower(a)"}, "b"]}]}]})j")
        << u"m.json: $.tables[0].indexes[0].columns[1]: column \"b\" does not exist in table \"t\""_s;
    QTest::newRow("index part with column and expression")
        << QByteArray(R"j({"tables": [{"name": "t", "columns": [{"name": "a", "type": "text"}],
               "indexes": [{"columns": [{"column": "a", "expression": "lower(a)"}]}]}]})j")
        << u"m.json: $.tables[0].indexes[0].columns[0]: give either \"column\" or \"expression\""_s;
    QTest::newRow("unnamed index without naming")
        << QByteArray(R"({"naming": false, "tables": [{"name": "t",
               "columns": [{"name": "a", "type": "text", "index": true}]}]})")
        << u"m.json: $.tables[0].columns[0].index: an index needs a \"name\" when \"naming\" is false"_s;
    QTest::newRow("unknown naming placeholder")
        << QByteArray(R"({"naming": {"index": "ix_{tabel}_{columns}"}})")
        << u"m.json: $.naming.index: unknown placeholder \"{tabel}\""_s;
    QTest::newRow("referredTable outside foreign keys")
        << QByteArray(R"({"naming": {"unique": "uq_{referredTable}"}})")
        << u"m.json: $.naming.unique: unknown placeholder \"{referredTable}\""_s;
    QTest::newRow("unmatched brace in naming")
        << QByteArray(R"({"naming": {"check": "ck_{table"}})")
        << u"m.json: $.naming.check: unmatched \"{\""_s;
    QTest::newRow("naming of the wrong kind")
        << QByteArray(R"({"naming": "yes"})")
        << u"m.json: $.naming: expected true, false or an object"_s;
    QTest::newRow("unknown default function")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "date", "default": {"function": "today"}}]}]})")
        << u"m.json: $.tables[0].columns[0].default.function: unknown function \"today\" (expected now or uuid)"_s;
    QTest::newRow("default of the wrong kind")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "date", "default": null}]}]})")
        << u"m.json: $.tables[0].columns[0].default: expected a string, a number, true, false or an object"_s;
    QTest::newRow("unknown action")
        << twoTables(R"(, "foreignKeys": [{"columns": ["owner_id"], "references": {"table": "user"},
               "onDelete": "delete"}])")
        << u"m.json: $.tables[1].foreignKeys[0].onDelete: unknown action \"delete\" (expected cascade, restrict, set null, set default or no action)"_s;
    QTest::newRow("initially deferred, not deferrable")
        << twoTables(R"(, "foreignKeys": [{"columns": ["owner_id"], "references": {"table": "user"},
               "initiallyDeferred": true}])")
        << u"m.json: $.tables[1].foreignKeys[0].initiallyDeferred: needs \"deferrable\": true"_s;
    QTest::newRow("autoincrement on text")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "text", "autoincrement": true}]}]})")
        << u"m.json: $.tables[0].columns[0].autoincrement: needs an integer type"_s;
    QTest::newRow("identity and autoincrement")
        << QByteArray(R"({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "bigint", "identity": "always", "autoincrement": true}]}]})")
        << u"m.json: $.tables[0].columns[0].autoincrement: a column cannot be both \"identity\" and \"autoincrement\""_s;
    QTest::newRow("generated with a default")
        << QByteArray(R"j({"tables": [{"name": "t", "columns": [
               {"name": "a", "type": "text", "default": "'x'", "generated": "upper(b)"}]}]})j")
        << u"m.json: $.tables[0].columns[0].generated: a generated column cannot have a \"default\""_s;
    QTest::newRow("without rowid, without key")
        << QByteArray(R"({"tables": [{"name": "t", "withoutRowid": true,
               "columns": [{"name": "a", "type": "text"}]}]})")
        << u"m.json: $.tables[0].withoutRowid: needs a primary key"_s;
    QTest::newRow("trigger on a missing table")
        << QByteArray(R"({"tables": [{"name": "t"}], "triggers": [
               {"name": "g", "table": "u", "sql": "CREATE TRIGGER g ..."}]})")
        << u"m.json: $.triggers[0].table: table \"u\" does not exist"_s;
    QTest::newRow("duplicate schema")
        << QByteArray(R"({"schemas": [{"name": "a"}, {"name": "a"}]})")
        << u"m.json: $.schemas[1].name: duplicate schema \"a\""_s;
    QTest::newRow("default schema twice")
        << QByteArray(R"({"tables": [], "schemas": [{"tables": []}]})")
        << u"m.json: $.schemas[0]: the default schema is given twice"_s;
    QTest::newRow("sequence start not an integer")
        << QByteArray(R"({"sequences": [{"name": "s", "start": "1"}]})")
        << u"m.json: $.sequences[0].start: expected an integer"_s;
    QTest::newRow("sequence increment 0")
        << QByteArray(R"({"sequences": [{"name": "s", "increment": 0}]})")
        << u"m.json: $.sequences[0].increment: must not be 0"_s;
}

} // namespace Quarry::Test
