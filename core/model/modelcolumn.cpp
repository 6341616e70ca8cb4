// SPDX-License-Identifier: MIT
// Columns of a model file, with what may be declared on a column and becomes table-level
// (primaryKey, unique, index, check, references).
#include "model/modelparser.h"
#include "schema/dialect.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Quarry::ModelDetail {

namespace {

/// lupdate reads this context; the strings are in translations/quarry_*.ts.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Quarry::ModelFile)
};

bool isIntegerKind(TypeKind kind)
{
    return kind == TypeKind::SmallInt || kind == TypeKind::Integer || kind == TypeKind::BigInt ||
           kind == TypeKind::Other;
}

QString numberSql(const QJsonValue &value)
{
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    const double d = value.toDouble();
    if (std::trunc(d) == d && std::abs(d) < 9.0e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

// An SQL string literal. DDL defaults cannot be bound parameters; quotes are doubled.
void parseDefault(const ObjectReader &reader, Column &column)
{
    const QJsonValue value = reader.value(u"default");
    const QString path = reader.at(u"default");
    const ModelContext &context = reader.context();
    if (value.isString()) {
        column.defaultSql = expectName(context, value, path);
    } else if (value.isDouble()) {
        column.defaultSql = numberSql(value);
    } else if (value.isBool()) {
        column.defaultSql = value.toBool() ? u"true"_s : u"false"_s;
    } else if (value.isObject()) {
        const ObjectReader object(context, value, path, {u"function", u"value"});
        if (object.has(u"function") == object.has(u"value"))
            context.fail(path, Tr::tr("give either \"function\" or \"value\""));
        if (object.has(u"value")) {
            column.defaultSql =
                Dialect::forKind(Dialect::Kind::Generic).literal(object.string(u"value"));
            return;
        }
        const QString function = object.string(u"function");
        if (function == u"now")
            column.defaultFunction = DefaultFunction::Now;
        else if (function == u"uuid")
            column.defaultFunction = DefaultFunction::Uuid;
        else
            object.fail(u"function",
                        Tr::tr("unknown function \"%1\" (expected now or uuid)").arg(function));
    } else {
        context.fail(path, Tr::tr("expected a string, a number, true, false or an object"));
    }
}

void parseGenerated(const ObjectReader &reader, Column &column)
{
    const QJsonValue value = reader.value(u"generated");
    const QString path = reader.at(u"generated");
    if (value.isString()) {
        column.generatedSql = expectName(reader.context(), value, path);
        return;
    }
    if (!value.isObject())
        reader.context().fail(path, Tr::tr("expected a string or an object"));
    const ObjectReader object(reader.context(), value, path, {u"sql", u"stored"});
    column.generatedSql = object.name(u"sql");
    column.generatedStored = object.boolean(u"stored", true);
}

// "table", "table.column" or "schema.table.column"; the object form for names with dots.
void parseReference(const ObjectReader &reader, ParsedColumn &parsed)
{
    const ModelContext &context = reader.context();
    const QString path = reader.at(u"references");
    const QJsonValue value = reader.value(u"references");
    ForeignKey fk;
    fk.columns = QStringList(parsed.column.name);
    ForeignKeySource &source = parsed.referenceSource;
    source.path = path;
    source.columns.path = reader.path();
    source.tablePath = path;
    source.referredColumns.path = path;
    if (value.isString()) {
        const QStringList parts = value.toString().split(u'.');
        const bool valid = parts.size() <= 3 && !parts.contains(QString());
        if (!valid)
            context.fail(path, Tr::tr("expected \"table\", \"table.column\" or "
                                      "\"schema.table.column\""));
        if (parts.size() == 3)
            fk.referredSchema = parts.at(0);
        fk.referredTable = parts.at(parts.size() == 3 ? 1 : 0);
        if (parts.size() >= 2)
            fk.referredColumns = QStringList(parts.last());
    } else if (value.isObject()) {
        const ObjectReader object(context, value, path,
                                  {u"name", u"schema", u"table", u"column", u"onDelete",
                                   u"onUpdate", u"deferrable", u"initiallyDeferred", u"external"});
        fk.name = object.optionalName(u"name");
        fk.referredSchema = object.optionalName(u"schema");
        fk.referredTable = object.name(u"table");
        source.tablePath = object.at(u"table");
        if (object.has(u"column")) {
            fk.referredColumns = QStringList(object.name(u"column"));
            source.referredColumns.path = object.at(u"column");
        } else {
            source.referredColumns.path = source.tablePath;
        }
        source.external = object.boolean(u"external", false);
        parseForeignKeyOptions(object, fk);
    } else {
        context.fail(path, Tr::tr("expected a string or an object"));
    }
    parsed.reference = fk;
}

} // namespace

ReferentialAction parseAction(const ObjectReader &reader, QStringView key)
{
    if (!reader.has(key))
        return ReferentialAction::NoAction;
    const QString text = expectString(reader.context(), reader.value(key), reader.at(key));
    const QString action = text.toLower().simplified();
    if (action == u"no action")
        return ReferentialAction::NoAction;
    if (action == u"restrict")
        return ReferentialAction::Restrict;
    if (action == u"cascade")
        return ReferentialAction::Cascade;
    if (action == u"set null")
        return ReferentialAction::SetNull;
    if (action == u"set default")
        return ReferentialAction::SetDefault;
    reader.fail(key, Tr::tr("unknown action \"%1\" (expected cascade, restrict, set null, "
                            "set default or no action)")
                         .arg(text));
}

void parseForeignKeyOptions(const ObjectReader &reader, ForeignKey &fk)
{
    fk.onDelete = parseAction(reader, u"onDelete");
    fk.onUpdate = parseAction(reader, u"onUpdate");
    fk.deferrable = reader.boolean(u"deferrable", false);
    fk.initiallyDeferred = reader.boolean(u"initiallyDeferred", false);
    if (fk.initiallyDeferred && !fk.deferrable)
        reader.fail(u"initiallyDeferred", Tr::tr("needs \"deferrable\": true"));
}

QString nativeTypeProblem(QStringView type)
{
    QList<QChar> open; // the brackets not yet closed, innermost last
    for (qsizetype i = 0; i < type.size(); ++i) {
        const QChar c = type[i];
        if (c == u'"') { // a quoted identifier: anything up to the closing quote ("" is one ")
            for (++i; i < type.size(); ++i) {
                if (type[i] == u'"' && (i + 1 >= type.size() || type[i + 1] != u'"'))
                    break;
                if (type[i] == u'"')
                    ++i;
            }
            if (i >= type.size())
                return Tr::tr("contains a quote");
            continue;
        }
        if (c == u';')
            return Tr::tr("contains \";\"");
        if ((c == u'-' && type.mid(i + 1).startsWith(u'-')) ||
            (c == u'/' && type.mid(i + 1).startsWith(u'*')))
            return Tr::tr("contains a comment");
        if (c == u'\'' || c == u'`')
            return Tr::tr("contains a quote");
        if (c == u'(' || c == u'[') {
            open.append(c);
        } else if (c == u')' || c == u']') {
            if (open.isEmpty() || open.takeLast() != (c == u')' ? u'(' : u'['))
                return Tr::tr("has unbalanced brackets");
        } else if (!c.isLetterOrNumber() && c != u'_' && c != u'$' && c != u' ' && c != u',' &&
                   c != u'.' && c != u'-' && c != u'+') {
            return Tr::tr("contains \"%1\"").arg(c);
        }
    }
    return open.isEmpty() ? QString() : Tr::tr("has unbalanced brackets");
}

ParsedColumn parseColumn(const ModelContext &context, const QJsonValue &value, const QString &path)
{
    const ObjectReader reader(context, value, path,
                              {u"name", u"type", u"nativeType", u"nullable", u"default",
                               u"primaryKey", u"unique", u"index", u"check", u"references",
                               u"generated", u"autoincrement", u"identity", u"collation",
                               u"comment"});
    ParsedColumn parsed;
    Column &column = parsed.column;
    column.name = reader.name();

    const QString typeText = reader.name(u"type");
    // an empty native type is allowed: an SQLite column declared without a type
    column.nativeType = reader.string(u"nativeType");
    if (typeText == u"other") {
        if (!reader.has(u"nativeType"))
            reader.fail(u"type", Tr::tr("\"other\" needs a \"nativeType\""));
    } else if (const std::optional<Type> type = Type::parse(typeText)) {
        column.type = *type;
    } else {
        reader.fail(u"type", Tr::tr("unknown type \"%1\"").arg(typeText));
    }

    if (reader.has(u"nullable"))
        parsed.nullable = reader.boolean(u"nullable", true);
    if (reader.has(u"default"))
        parseDefault(reader, column);
    if (reader.has(u"generated")) {
        parseGenerated(reader, column);
        if (reader.has(u"default"))
            reader.fail(u"generated", Tr::tr("a generated column cannot have a \"default\""));
    }
    if (reader.has(u"identity")) {
        const QString identity = reader.string(u"identity");
        if (identity == u"always")
            column.identity = Identity::Always;
        else if (identity == u"byDefault")
            column.identity = Identity::ByDefault;
        else
            reader.fail(
                u"identity",
                Tr::tr("unknown identity \"%1\" (expected always or byDefault)").arg(identity));
        if (!isIntegerKind(column.type.kind))
            reader.fail(u"identity", Tr::tr("needs an integer type"));
    }
    column.autoincrement = reader.boolean(u"autoincrement", false);
    if (column.autoincrement) {
        if (!isIntegerKind(column.type.kind))
            reader.fail(u"autoincrement", Tr::tr("needs an integer type"));
        if (column.identity != Identity::None)
            reader.fail(u"autoincrement",
                        Tr::tr("a column cannot be both \"identity\" and \"autoincrement\""));
    }
    column.collation = reader.optionalName(u"collation");
    column.comment = reader.string(u"comment");

    parsed.primaryKey = reader.boolean(u"primaryKey", false);
    parsed.unique = reader.boolean(u"unique", false);
    parsed.index = reader.boolean(u"index", false);
    parsed.check = reader.optionalName(u"check");
    if (reader.has(u"references"))
        parseReference(reader, parsed);
    return parsed;
}

} // namespace Quarry::ModelDetail
