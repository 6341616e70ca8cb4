// SPDX-License-Identifier: MIT
// JSON model files: the examples, every validation error with its message, conveniences,
// naming conventions, and save → load round trips. No database needed.
#include "modelfilecases.h"

#include "connection/errors.h"
#include "model/modelfile.h"
#include "model/namingconvention.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quarry;
using namespace Quarry::Test;

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(QUARRY_SOURCE_DIR) + u'/' + relative;
}

// The message parseModel() throws, or "" when the model is valid.
QString errorOf(const QByteArray &json)
{
    try {
        parseModel(json, u"m.json"_s);
    } catch (const ModelError &error) {
        return error.message();
    }
    return {};
}

Metadata parse(const QByteArray &json)
{
    return parseModel(json, u"m.json"_s);
}

const Table &tableOf(const Metadata &metadata, const QString &name)
{
    const Table *table = metadata.table(name);
    if (!table)
        qFatal("no table %s", qPrintable(name));
    return *table;
}

QStringList columnNames(const Table &table)
{
    QStringList names;
    for (const Column &column : table.columns)
        names.append(column.name);
    return names;
}

template<typename List> QStringList namesOf(const List &list)
{
    QStringList names;
    for (const auto &item : list)
        names.append(item.name);
    return names;
}

} // namespace

class TestModelFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsPetsExample();
    void loadsUserDevicesExample();
    void schemaFileDescribesTheLoadersKeys_data();
    void schemaFileDescribesTheLoadersKeys();
    void rejectsInvalidModels_data();
    void rejectsInvalidModels();
    void acceptsNativeTypes_data();
    void acceptsNativeTypes();
    void reportsUnreadableFile();
    void roundTripsRichMetadata();
    void roundTripsDefaultSchemaAndExamples();
    void savedFileIsReadable();
    void primaryKeyKinds_data();
    void primaryKeyKinds();
    void columnLevelPrimaryKeyMakesCompositeKey();
    void timestampsAddTwoColumns();
    void defaults_data();
    void defaults();
    void referencesInEveryForm();
    void namingConventionOnByDefault();
    void namingConventionOff();
    void namingConventionOverridden();
    void longConventionNamesAreShortened();
    void hugeNamesAreShortenedInOneWalk();
    void constraintsAreSortedCanonically();
    void schemasKeepTheirObjects();
    void viewColumnsRoundTrip();
};

void TestModelFile::loadsPetsExample()
{
    const Metadata m = loadModel(sourcePath(u"resources/models/pets.json"_s));
    QCOMPARE(m.dialect, QString());
    QCOMPARE(m.schemas.size(), 1);
    QCOMPARE(m.schemas.first().name, QString());
    QCOMPARE(namesOf(m.schemas.first().tables), (QStringList{u"user"_s, u"pet"_s}));

    const Table &user = tableOf(m, u"user"_s);
    QCOMPARE(columnNames(user), (QStringList{u"id"_s, u"name"_s, u"email"_s, u"birthday"_s,
                                             u"created_at"_s, u"updated_at"_s}));
    QCOMPARE(user.comment, u"A person who owns pets."_s);
    QCOMPARE(user.primaryKey, (PrimaryKey{u"pk_user"_s, {u"id"_s}}));
    const Column *id = user.column(u"id");
    QCOMPARE(id->type.kind, TypeKind::Integer);
    QVERIFY(id->autoincrement);
    QVERIFY(!id->nullable);
    QCOMPARE(user.column(u"email")->type, (Type{TypeKind::Varchar, 255, -1, -1}));
    QVERIFY(user.column(u"birthday")->nullable);
    QCOMPARE(user.column(u"created_at")->defaultFunction, DefaultFunction::Now);
    QCOMPARE(user.uniques, (QList<UniqueConstraint>{{u"uq_user_email"_s, {u"email"_s}}}));
    QCOMPARE(user.checks, (QList<CheckConstraint>{{u"ck_user_email"_s, u"length(email) > 3"_s}}));
    QCOMPARE(user.indexes.size(), 1);
    QCOMPARE(user.indexes.first().name, u"ix_user_lower_name"_s);
    QCOMPARE(user.indexes.first().parts.first().expression, u"lower(name)"_s);

    const Table &pet = tableOf(m, u"pet"_s);
    QCOMPARE(pet.foreignKeys.size(), 1);
    const ForeignKey &owner = pet.foreignKeys.first();
    QCOMPARE(owner.name, u"fk_pet_owner_id_user"_s);
    QCOMPARE(owner.columns, QStringList(u"owner_id"_s));
    QCOMPARE(owner.referredSchema, QString());
    QCOMPARE(owner.referredTable, u"user"_s);
    QCOMPARE(owner.referredColumns, QStringList(u"id"_s)); // the referred table's primary key
    QCOMPARE(owner.onDelete, ReferentialAction::Cascade);
    QCOMPARE(owner.onUpdate, ReferentialAction::NoAction);
    QCOMPARE(namesOf(pet.checks), (QStringList{u"ck_pet_species"_s, u"ck_pet_weight_kg"_s}));
    QCOMPARE(pet.uniques,
             (QList<UniqueConstraint>{{u"uq_pet_owner_id_name"_s, {u"owner_id"_s, u"name"_s}}}));
    QCOMPARE(namesOf(pet.indexes), QStringList(u"ix_pet_owner_id"_s));
    QCOMPARE(pet.column(u"species")->defaultSql, u"'cat'"_s);
    QCOMPARE(pet.column(u"adopted")->defaultSql, u"false"_s);
    QCOMPARE(pet.column(u"weight_kg")->type, (Type{TypeKind::Numeric, -1, 6, 2}));
    QCOMPARE(pet.column(u"photo")->comment, u"JPEG or PNG bytes"_s);

    QCOMPARE(namesOf(m.schemas.first().views), QStringList(u"pet_owner"_s));
}

void TestModelFile::loadsUserDevicesExample()
{
    const Metadata m = loadModel(sourcePath(u"resources/models/user-devices.json"_s));
    QCOMPARE(namesOf(m.schemas.first().tables),
             (QStringList{u"user"_s, u"user_about"_s, u"user_device"_s, u"user_device_key"_s}));

    const Table &user = tableOf(m, u"user"_s);
    const Column *id = user.column(u"id");
    QCOMPARE(id->type.kind, TypeKind::Uuid);
    QCOMPARE(id->defaultFunction, DefaultFunction::Uuid);
    QVERIFY(!id->autoincrement);
    QCOMPARE(user.indexes.first().name, u"ix_user_lower_email"_s);
    QVERIFY(user.indexes.first().unique);
    QCOMPARE(user.column(u"is_active")->defaultSql, u"true"_s);

    // one-to-one: the primary key is the foreign key
    const Table &about = tableOf(m, u"user_about"_s);
    QCOMPARE(about.primaryKey, (PrimaryKey{u"pk_user_about"_s, {u"user_id"_s}}));
    QVERIFY(!about.column(u"user_id")->nullable);
    QCOMPARE(about.foreignKeys.first().name, u"fk_user_about_user_id_user"_s);
    QCOMPARE(about.foreignKeys.first().referredColumns, QStringList(u"id"_s));

    const Table &device = tableOf(m, u"user_device"_s);
    QCOMPARE(namesOf(device.indexes),
             (QStringList{u"ix_user_device_last_seen_at"_s, u"ix_user_device_user_id"_s}));
    const Index &seen = device.indexes.first();
    QVERIFY(seen.parts.first().descending);
    QCOMPARE(seen.where, u"last_seen_at IS NOT NULL"_s);
    QCOMPARE(device.uniques.first().name, u"uq_user_device_user_id_name"_s);

    const Table &key = tableOf(m, u"user_device_key"_s);
    QCOMPARE(key.column(u"id")->type.kind, TypeKind::BigInt);
    QVERIFY(key.column(u"id")->autoincrement);
    QCOMPARE(key.column(u"public_key")->type.kind, TypeKind::Blob);
    QVERIFY(!key.column(u"public_key")->nullable);
    QCOMPARE(key.column(u"fingerprint")->type, (Type{TypeKind::Char, 64, -1, -1}));
    QCOMPARE(key.foreignKeys.first().name, u"fk_user_device_key_device_id_user_device"_s);
    QCOMPARE(key.foreignKeys.first().referredTable, u"user_device"_s);
    QCOMPARE(namesOf(key.checks),
             (QStringList{u"ck_user_device_key_1"_s, u"ck_user_device_key_algorithm"_s}));
    QCOMPARE(namesOf(key.indexes), QStringList(u"ix_user_device_key_active"_s));
    QCOMPARE(namesOf(key.uniques), QStringList(u"uq_user_device_key_fingerprint"_s));
    QVERIFY(!key.hasColumn(u"updated_at")); // no "timestamps" here
}

void TestModelFile::schemaFileDescribesTheLoadersKeys_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QByteArray>("templateJson"); // %KEY% is replaced by each property name

    QTest::newRow("root") << u"$"_s << QByteArray(R"({"%KEY%": null})");
    QTest::newRow("schema") << u"schema"_s << QByteArray(R"({"schemas": [{"%KEY%": null}]})");
    QTest::newRow("table") << u"table"_s
                           << QByteArray(R"({"tables": [{"name": "t", "%KEY%": null}]})");
    QTest::newRow("column") << u"column"_s << QByteArray(R"({"tables": [{"name": "t", "columns": [
                                   {"name": "c", "type": "text", "%KEY%": null}]}]})");
    QTest::newRow("foreignKey") << u"foreignKey"_s
                                << QByteArray(R"({"tables": [{"name": "t", "foreignKeys": [
                                       {"%KEY%": null}]}]})");
    QTest::newRow("index") << u"index"_s << QByteArray(R"({"tables": [{"name": "t", "indexes": [
                                  {"%KEY%": null}]}]})");
    QTest::newRow("view") << u"view"_s << QByteArray(R"({"views": [{"%KEY%": null}]})");
    QTest::newRow("sequence") << u"sequence"_s << QByteArray(R"({"sequences": [{"%KEY%": null}]})");
    QTest::newRow("trigger") << u"trigger"_s << QByteArray(R"({"triggers": [{"%KEY%": null}]})");
    QTest::newRow("naming") << u"naming"_s << QByteArray(R"({"naming": {"%KEY%": null}})");
}

// The schema is for editors; the loader is what runs. Every property the schema lists must be
// a key the loader knows (a key it did not would fail with "unknown key").
void TestModelFile::schemaFileDescribesTheLoadersKeys()
{
    QFETCH(QString, definition);
    QFETCH(QByteArray, templateJson);
    QFile file(sourcePath(u"resources/model.schema.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(schema.value(u"$id").toString(), QString::fromUtf16(modelSchemaUrl));

    const QJsonObject object = definition == u"$"
                                   ? schema
                                   : schema.value(u"$defs").toObject().value(definition).toObject();
    const QStringList keys = object.value(u"properties").toObject().keys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys) {
        QByteArray json = templateJson;
        json.replace("%KEY%", key.toUtf8());
        const QString message = errorOf(json);
        QVERIFY2(!message.contains(u"unknown key"), qPrintable(key + u": "_s + message));
    }
}

void TestModelFile::rejectsInvalidModels_data()
{
    addInvalidModelRows();
}

void TestModelFile::rejectsInvalidModels()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QCOMPARE(errorOf(json), message);
}

void TestModelFile::acceptsNativeTypes_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type : {"varchar(20)", "numeric(10,-2)", "timestamp(3) with time zone",
                             "double precision", "int[][]", "text[3]", "public.\"My Type\"[]",
                             "\"a \"\"b\"\"; --\"", "", "geometry(Point, 4326)"})
        QTest::newRow(type) << QString::fromUtf8(type);
}

void TestModelFile::acceptsNativeTypes()
{
    QFETCH(QString, type);
    const QJsonObject column{{u"name"_s, u"a"_s}, {u"type"_s, u"other"_s}, {u"nativeType"_s, type}};
    const QJsonObject table{{u"name"_s, u"t"_s}, {u"columns"_s, QJsonArray{column}}};
    const QByteArray json = QJsonDocument(QJsonObject{{u"tables"_s, QJsonArray{table}}}).toJson();
    QCOMPARE(errorOf(json), QString());
    QCOMPARE(tableOf(parse(json), u"t"_s).columns.at(0).nativeType, type);
}

void TestModelFile::reportsUnreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.json"_s);
    try {
        loadModel(path);
        QFAIL("no error");
    } catch (const ModelError &error) {
        QVERIFY2(error.message().startsWith(path + u": cannot read the model file: "_s),
                 qPrintable(error.message()));
    }
    // a file's errors are prefixed with its path as given
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"tables": [{"name": "t", "colums": []}]})");
    file.close();
    try {
        loadModel(bad);
        QFAIL("no error");
    } catch (const ModelError &error) {
        QCOMPARE(error.message(),
                 bad + u": $.tables[0]: unknown key \"colums\" (did you mean \"columns\"?)"_s);
    }
}

void TestModelFile::roundTripsRichMetadata()
{
    const Metadata original = richModelMetadata();
    const QByteArray saved = saveModel(original, u"rich"_s);
    const Metadata loaded = parseModel(saved, u"saved.json"_s);
    QCOMPARE(loaded.dialect, original.dialect);
    QCOMPARE(loaded.schemas.size(), original.schemas.size());
    for (qsizetype s = 0; s < original.schemas.size(); ++s) {
        const Schema &a = loaded.schemas.at(s);
        const Schema &b = original.schemas.at(s);
        QCOMPARE(a.name, b.name);
        for (qsizetype t = 0; t < b.tables.size(); ++t) {
            QCOMPARE(a.tables.at(t).columns, b.tables.at(t).columns);
            QCOMPARE(a.tables.at(t).primaryKey, b.tables.at(t).primaryKey);
            QCOMPARE(a.tables.at(t).foreignKeys, b.tables.at(t).foreignKeys);
            QCOMPARE(a.tables.at(t).uniques, b.tables.at(t).uniques);
            QCOMPARE(a.tables.at(t).checks, b.tables.at(t).checks);
            QCOMPARE(a.tables.at(t).indexes, b.tables.at(t).indexes);
            QVERIFY(a.tables.at(t) == b.tables.at(t));
        }
        QVERIFY(a.views == b.views);
        QVERIFY(a.sequences == b.sequences);
        QVERIFY(a.triggers == b.triggers);
    }
    QVERIFY(loaded == original);
    // saving is deterministic, and the saved form is a fixed point
    QCOMPARE(saveModel(loaded, u"rich"_s), saved);
    // the foreign key to a table outside the model is marked, so it loads
    QVERIFY(saved.contains(R"("table": "elsewhere", "columns": ["no"], "external": true)"));
    QVERIFY(saved.contains(R"("naming": false)"));
    QVERIFY(saved.contains(R"("name": "rich")"));
}

void TestModelFile::roundTripsDefaultSchemaAndExamples()
{
    for (const QString &example : {u"pets"_s, u"user-devices"_s}) {
        const Metadata loaded =
            loadModel(sourcePath(u"resources/models/"_s + example + u".json"_s));
        const QByteArray saved = saveModel(loaded);
        QVERIFY2(parse(saved) == loaded, qPrintable(example));
        // the default schema is written at the top level
        const QJsonObject root = QJsonDocument::fromJson(saved).object();
        QVERIFY(root.contains(u"tables"));
        QVERIFY(!root.contains(u"schemas"));
    }
    Metadata empty;
    QVERIFY(parse(saveModel(empty)) == empty);
    Metadata emptySchema;
    emptySchema.schemas.append(Schema{});
    QVERIFY(parse(saveModel(emptySchema)) == emptySchema);
}

void TestModelFile::savedFileIsReadable()
{
    Metadata m;
    Table t;
    t.name = u"t"_s;
    t.columns = {modelColumn(u"id"_s, TypeKind::Integer, false),
                 modelColumn(u"name"_s, TypeKind::Text)};
    t.primaryKey = PrimaryKey{{}, {u"id"_s}};
    m.schemas = {Schema{{}, {t}, {}, {}, {}}};
    const QByteArray expected = R"({
  "$schema": "https://quarry.invalid/model.schema.json",
  "version": 1,
  "naming": false,
  "tables": [
    {
      "name": "t",
      "primaryKey": ["id"],
      "columns": [{"name": "id", "type": "integer"}, {"name": "name", "type": "text"}]
    }
  ]
}
)";
    QCOMPARE(saveModel(m), expected);
}

void TestModelFile::primaryKeyKinds_data()
{
    QTest::addColumn<QByteArray>("primaryKey");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("autoincrement");
    QTest::addColumn<int>("defaultFunction");

    QTest::newRow("integer") << QByteArray(R"("integer")") << u"id"_s << int(TypeKind::Integer)
                             << true << int(DefaultFunction::None);
    QTest::newRow("bigint") << QByteArray(R"("bigint")") << u"id"_s << int(TypeKind::BigInt) << true
                            << int(DefaultFunction::None);
    QTest::newRow("uuid") << QByteArray(R"("uuid")") << u"id"_s << int(TypeKind::Uuid) << false
                          << int(DefaultFunction::Uuid);
    QTest::newRow("object with column name")
        << QByteArray(R"({"kind": "uuid", "column": "key", "name": "thing_key"})") << u"key"_s
        << int(TypeKind::Uuid) << false << int(DefaultFunction::Uuid);
}

void TestModelFile::primaryKeyKinds()
{
    QFETCH(QByteArray, primaryKey);
    QFETCH(QString, column);
    QFETCH(int, kind);
    QFETCH(bool, autoincrement);
    QFETCH(int, defaultFunction);
    const Metadata m = parse(R"({"tables": [{"name": "thing", "primaryKey": )" + primaryKey +
                             R"(, "columns": [{"name": "label", "type": "text"}]}]})");
    const Table &t = tableOf(m, u"thing"_s);
    QCOMPARE(columnNames(t), (QStringList{column, u"label"_s})); // the key comes first
    const Column &key = t.columns.first();
    QCOMPARE(int(key.type.kind), kind);
    QCOMPARE(key.autoincrement, autoincrement);
    QCOMPARE(int(key.defaultFunction), defaultFunction);
    QVERIFY(!key.nullable);
    QCOMPARE(t.primaryKey.columns, QStringList(column));
    QCOMPARE(t.primaryKey.name, column == u"key" ? u"thing_key"_s : u"pk_thing"_s);
}

void TestModelFile::columnLevelPrimaryKeyMakesCompositeKey()
{
    const Metadata m = parse(R"({"tables": [{"name": "member", "columns": [
        {"name": "group_id", "type": "integer", "primaryKey": true},
        {"name": "note", "type": "text"},
        {"name": "user_id", "type": "integer", "primaryKey": true, "nullable": true}]}]})");
    const Table &t = tableOf(m, u"member"_s);
    QCOMPARE(t.primaryKey, (PrimaryKey{u"pk_member"_s, {u"group_id"_s, u"user_id"_s}}));
    QVERIFY(!t.column(u"group_id")->nullable); // key columns are NOT NULL by default
    QVERIFY(t.column(u"note")->nullable);
    QVERIFY(t.column(u"user_id")->nullable); // unless the model says otherwise
}

void TestModelFile::timestampsAddTwoColumns()
{
    const Metadata m = parse(R"({"tables": [{"name": "t", "primaryKey": "integer",
        "timestamps": true, "columns": [{"name": "a", "type": "text"}]}]})");
    const Table &t = tableOf(m, u"t"_s);
    QCOMPARE(columnNames(t), (QStringList{u"id"_s, u"a"_s, u"created_at"_s, u"updated_at"_s}));
    for (const QString &name : {u"created_at"_s, u"updated_at"_s}) {
        const Column *c = t.column(name);
        QCOMPARE(c->type.kind, TypeKind::TimestampTz);
        QVERIFY(!c->nullable);
        QCOMPARE(c->defaultFunction, DefaultFunction::Now);
        QVERIFY(c->defaultSql.isEmpty());
    }
    const Metadata without = parse(R"({"tables": [{"name": "t", "timestamps": false,
        "columns": [{"name": "a", "type": "text"}]}]})");
    QCOMPARE(columnNames(tableOf(without, u"t"_s)), QStringList(u"a"_s));
}

void TestModelFile::defaults_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("function");

    QTest::newRow("sql text") << QByteArray(R"("CURRENT_DATE")") << u"CURRENT_DATE"_s
                              << int(DefaultFunction::None);
    QTest::newRow("integer") << QByteArray("0") << u"0"_s << int(DefaultFunction::None);
    QTest::newRow("negative") << QByteArray("-42") << u"-42"_s << int(DefaultFunction::None);
    QTest::newRow("fraction") << QByteArray("1.5") << u"1.5"_s << int(DefaultFunction::None);
    QTest::newRow("true") << QByteArray("true") << u"true"_s << int(DefaultFunction::None);
    QTest::newRow("text value") << QByteArray(R"({"value": "it's"})") << u"'it''s'"_s
                                << int(DefaultFunction::None);
    QTest::newRow("now") << QByteArray(R"({"function": "now"})") << QString()
                         << int(DefaultFunction::Now);
    QTest::newRow("uuid") << QByteArray(R"({"function": "uuid"})") << QString()
                          << int(DefaultFunction::Uuid);
}

void TestModelFile::defaults()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, sql);
    QFETCH(int, function);
    const Metadata m = parse(R"({"tables": [{"name": "t", "columns": [
        {"name": "a", "type": "text", "default": )" +
                             value + "}]}]}");
    const Column *c = tableOf(m, u"t"_s).column(u"a");
    QCOMPARE(c->defaultSql, sql);
    QCOMPARE(int(c->defaultFunction), function);
}

void TestModelFile::referencesInEveryForm()
{
    const Metadata m = parse(R"({"schemas": [
        {"name": "app", "tables": [{"name": "user", "primaryKey": "integer",
            "columns": [{"name": "email", "type": "text", "unique": true}]}]},
        {"name": "crm", "tables": [{"name": "note", "primaryKey": "integer", "columns": [
            {"name": "a", "type": "integer", "references": "app.user.id"},
            {"name": "b", "type": "text",
             "references": {"schema": "app", "table": "user", "column": "email"}},
            {"name": "c", "type": "integer", "references": {"table": "note", "name": "self",
             "onUpdate": "SET NULL", "deferrable": true, "initiallyDeferred": true}},
            {"name": "d", "type": "integer", "references": "note"}],
          "foreignKeys": [{"columns": ["d", "a"],
                           "references": {"table": "note", "columns": ["id", "a"]}}],
          "uniques": [{"columns": ["id", "a"]}]}]}]})");
    const Table &note = tableOf(m, u"note"_s);
    QCOMPARE(note.schema, u"crm"_s);
    QCOMPARE(namesOf(note.foreignKeys),
             (QStringList{u"fk_note_a_user"_s, u"fk_note_b_user"_s, u"fk_note_d_a_note"_s,
                          u"fk_note_d_note"_s, u"self"_s}));
    const ForeignKey &a = note.foreignKeys.at(0);
    QCOMPARE(a.referredSchema, u"app"_s);
    QCOMPARE(a.referredTable, u"user"_s);
    QCOMPARE(a.referredColumns, QStringList(u"id"_s));
    QCOMPARE(note.foreignKeys.at(1).referredColumns, QStringList(u"email"_s));
    QCOMPARE(note.foreignKeys.at(2).columns, (QStringList{u"d"_s, u"a"_s}));
    QCOMPARE(note.foreignKeys.at(2).referredColumns, (QStringList{u"id"_s, u"a"_s}));
    const ForeignKey &d = note.foreignKeys.at(3);
    QCOMPARE(d.referredSchema, QString()); // the referring table's schema
    QCOMPARE(d.referredColumns, QStringList(u"id"_s));
    const ForeignKey &self = note.foreignKeys.at(4);
    QCOMPARE(self.columns, QStringList(u"c"_s));
    QCOMPARE(self.referredColumns, QStringList(u"id"_s));
    QCOMPARE(self.onUpdate, ReferentialAction::SetNull);
    QCOMPARE(self.onDelete, ReferentialAction::NoAction);
    QVERIFY(self.deferrable);
    QVERIFY(self.initiallyDeferred);
    // a bare table name means the referring table's schema, not another one
    QCOMPARE(
        errorOf(R"({"schemas": [
        {"name": "app", "tables": [{"name": "user", "primaryKey": "integer"}]},
        {"name": "crm", "tables": [{"name": "note", "columns": [
            {"name": "a", "type": "integer", "references": "user"}]}]}]})"),
        u"m.json: $.schemas[1].tables[0].columns[0].references: table \"user\" does not exist"_s);
}

void TestModelFile::namingConventionOnByDefault()
{
    const Metadata m = parse(R"({"tables": [
        {"name": "a", "primaryKey": "integer", "columns": [{"name": "x", "type": "text"}]},
        {"name": "b", "columns": [
            {"name": "a_id", "type": "integer", "references": "a", "index": true},
            {"name": "y", "type": "text", "check": "y <> ''", "unique": true}],
         "checks": [{"sql": "a_id > 0"}, {"name": "mine", "sql": "a_id < 10"}]}]})");
    const Table &b = tableOf(m, u"b"_s);
    QCOMPARE(tableOf(m, u"a"_s).primaryKey.name, u"pk_a"_s);
    QCOMPARE(namesOf(b.foreignKeys), QStringList(u"fk_b_a_id_a"_s));
    QCOMPARE(namesOf(b.indexes), QStringList(u"ix_b_a_id"_s));
    QCOMPARE(namesOf(b.uniques), QStringList(u"uq_b_y"_s));
    // column-level checks by column, table-level ones by position; explicit names win
    QCOMPARE(namesOf(b.checks), (QStringList{u"ck_b_1"_s, u"ck_b_y"_s, u"mine"_s}));
}

void TestModelFile::namingConventionOff()
{
    const Metadata m = parse(R"({"naming": false, "tables": [
        {"name": "a", "primaryKey": "integer", "columns": [{"name": "x", "type": "text"}]},
        {"name": "b", "columns": [
            {"name": "a_id", "type": "integer", "references": "a"},
            {"name": "y", "type": "text", "check": "y <> ''", "unique": true}],
         "uniques": [{"name": "named", "columns": ["a_id", "y"]}],
         "indexes": [{"name": "b_y", "columns": ["y"]}]}]})");
    const Table &b = tableOf(m, u"b"_s);
    QCOMPARE(tableOf(m, u"a"_s).primaryKey.name, QString());
    QCOMPARE(namesOf(b.foreignKeys), QStringList(QString()));
    QCOMPARE(namesOf(b.checks), QStringList(QString()));
    QCOMPARE(namesOf(b.uniques), (QStringList{QString(), u"named"_s}));
    QCOMPARE(namesOf(b.indexes), QStringList(u"b_y"_s));
}

void TestModelFile::namingConventionOverridden()
{
    const Metadata m = parse(R"j({"naming": {"primaryKey": "{table}_pkey", "foreignKey": "",
                                            "index": "{table}_{columns}_idx"},
        "tables": [
        {"name": "a", "primaryKey": "integer", "columns": [{"name": "x", "type": "text"}]},
        {"name": "b", "columns": [
            {"name": "a_id", "type": "integer", "references": "a"},
            {"name": "y", "type": "text", "unique": true}],
         "indexes": [{"columns": ["a_id", {"expression": "lower(y)"}]},
                     {"name": "explicit", "columns": ["y"]}]}]})j");
    const Table &b = tableOf(m, u"b"_s);
    QCOMPARE(tableOf(m, u"a"_s).primaryKey.name, u"a_pkey"_s);
    QCOMPARE(namesOf(b.foreignKeys), QStringList(QString())); // empty pattern: engine names it
    QCOMPARE(namesOf(b.uniques), QStringList(u"uq_b_y"_s));   // not overridden: the default
    QCOMPARE(namesOf(b.indexes), (QStringList{u"b_a_id_lower_y_idx"_s, u"explicit"_s}));

    NamingConvention convention;
    QCOMPARE(NamingConvention::invalidPlaceholder(convention.foreignKey, true), QString());
    QCOMPARE(NamingConvention::invalidPlaceholder(convention.foreignKey, false),
             u"{referredTable}"_s);
}

void TestModelFile::longConventionNamesAreShortened()
{
    const QString longName(70, u'x');
    const QString name =
        NamingConvention().uniqueName(Table{{}, longName, {}, {}, {}, {}, {}, {}, {}, false, false},
                                      UniqueConstraint{{}, {u"a"_s}});
    QCOMPARE(name.size(), 63);
    QVERIFY(name.startsWith(u"uq_xxxx"_s));
    QCOMPARE(name.at(54), u'_');
    // deterministic, and different inputs differ
    QCOMPARE(name, NamingConvention().uniqueName(
                       Table{{}, longName, {}, {}, {}, {}, {}, {}, {}, false, false},
                       UniqueConstraint{{}, {u"a"_s}}));
    QVERIFY(name != NamingConvention().uniqueName(
                        Table{{}, longName, {}, {}, {}, {}, {}, {}, {}, false, false},
                        UniqueConstraint{{}, {u"b"_s}}));
    QCOMPARE(
        NamingConvention().uniqueName(Table{{}, u"t"_s, {}, {}, {}, {}, {}, {}, {}, false, false},
                                      UniqueConstraint{{}, {u"a"_s, u"b"_s}}),
        u"uq_t_a_b"_s);
}

// A name of two million characters (a hostile model file) is cut in one walk, on a character
// boundary: no surrogate pair split, no multi-byte character halved.
void TestModelFile::hugeNamesAreShortenedInOneWalk()
{
    QString longName;
    while (longName.size() < 2'000'000)
        longName += u"é😀x"_s;
    for (qsizetype offset : {0, 1, 2, 3}) {
        const QString table = longName.mid(offset);
        const QString name = NamingConvention().uniqueName(
            Table{{}, table, {}, {}, {}, {}, {}, {}, {}, false, false},
            UniqueConstraint{{}, {u"a"_s}});
        QVERIFY(name.toUtf8().size() <= 63);
        QCOMPARE(name.at(name.size() - 9), u'_');
        const QString head = name.left(name.size() - 9);
        const QString full = u"uq_"_s + table;
        QVERIFY(head.startsWith(u"uq_"_s));
        QVERIFY(full.startsWith(head));
        QVERIFY(!head.back().isHighSurrogate());
        // The longest such start: one character more would not fit in 54 bytes.
        const qsizetype next = head.size() + (table.at(head.size() - 3).isHighSurrogate() ? 2 : 1);
        QVERIFY(full.left(next).toUtf8().size() > 54);
    }
}

void TestModelFile::constraintsAreSortedCanonically()
{
    const Metadata m = parse(R"({"naming": false, "tables": [{"name": "t", "columns": [
            {"name": "a", "type": "integer", "unique": true, "check": "a > 0"},
            {"name": "b", "type": "integer"}],
        "uniques": [{"name": "z", "columns": ["b"]}, {"name": "m", "columns": ["a", "b"]}],
        "checks": [{"name": "c2", "sql": "b > 0"}, {"name": "c1", "sql": "b < 9"}, {"sql": "b <> 5"}],
        "indexes": [{"name": "iz", "columns": ["b"]}, {"name": "ia", "columns": ["a"]}]}]})");
    const Table &t = tableOf(m, u"t"_s);
    QCOMPARE(namesOf(t.uniques), (QStringList{QString(), u"m"_s, u"z"_s}));
    QCOMPARE(namesOf(t.checks), (QStringList{QString(), QString(), u"c1"_s, u"c2"_s}));
    QCOMPARE(t.checks.at(0).sql, u"a > 0"_s); // unnamed ones by their text
    QCOMPARE(t.checks.at(1).sql, u"b <> 5"_s);
    QCOMPARE(namesOf(t.indexes), (QStringList{u"ia"_s, u"iz"_s}));
}

void TestModelFile::schemasKeepTheirObjects()
{
    const Metadata m = parse(R"({"dialect": "postgres", "schemas": [
        {"name": "app", "tables": [{"name": "t", "columns": [{"name": "a", "type": "text"}]}],
         "views": [{"name": "v", "sql": "SELECT a FROM t", "materialized": true}],
         "sequences": [{"name": "s", "start": 5, "maxValue": 9223372036854775807}],
         "triggers": [{"name": "g", "table": "v", "sql": "CREATE TRIGGER g ..."}]},
        {"name": "other"}]})");
    QCOMPARE(m.dialect, u"postgresql"_s); // the canonical name
    QCOMPARE(namesOf(m.schemas), (QStringList{u"app"_s, u"other"_s}));
    const Schema &app = m.schemas.first();
    QCOMPARE(app.tables.first().schema, u"app"_s);
    QCOMPARE(app.views.first().schema, u"app"_s);
    QVERIFY(app.views.first().materialized);
    QCOMPARE(app.sequences.first().start, 5);
    QCOMPARE(app.sequences.first().maxValue, std::optional<qint64>(9223372036854775807LL));
    QCOMPARE(app.triggers.first().schema, u"app"_s);
    QCOMPARE(app.triggers.first().table, u"v"_s);
}

void TestModelFile::viewColumnsRoundTrip()
{
    Metadata m;
    m.dialect = u"sqlite"_s;
    View named;
    named.name = u"named"_s;
    named.columns = QStringList{u"a"_s, u"b \"c\""_s};
    named.sql = u"SELECT 1, 2"_s;
    View plain;
    plain.name = u"plain"_s;
    plain.sql = u"SELECT 1 AS x"_s;
    Schema schema;
    schema.views = {named, plain};
    m.schemas = {schema};
    const QByteArray saved = saveModel(m);
    // the column list comes before the query, as in CREATE VIEW; none is written when empty
    const QByteArray namedLine =
        "{\"name\": \"named\", \"columns\": [\"a\", \"b \\\"c\\\"\"], \"sql\": \"SELECT 1, 2\"}";
    QVERIFY2(saved.contains(namedLine), saved.constData());
    QVERIFY2(saved.contains(R"({"name": "plain", "sql": "SELECT 1 AS x"})"), saved.constData());
    const Metadata loaded = parse(saved);
    QCOMPARE(loaded.schemas.size(), 1);
    QCOMPARE(loaded.schemas.first().views.size(), 2);
    QCOMPARE(loaded.schemas.first().views.at(0).columns, named.columns);
    QVERIFY(loaded.schemas.first().views.at(1).columns.isEmpty());
    QVERIFY(loaded == m);

    const Metadata written = parse(R"({"views": [{"name": "v", "columns": ["x", "y"],
        "sql": "SELECT 1, 2"}]})");
    QCOMPARE(written.schemas.first().views.first().columns, (QStringList{u"x"_s, u"y"_s}));
}

QTEST_GUILESS_MAIN(TestModelFile)

#include "tst_modelfile.moc"
