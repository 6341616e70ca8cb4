// SPDX-License-Identifier: MIT
// Catalog queries read pg_catalog directly (information_schema is orders of magnitude slower on
// large schemas), qualify every catalog table and function with pg_catalog (a search_path may
// shadow them), and cast `name` and `"char"` columns to text so the driver neither looks up
// their nullability nor returns raw bytes.
#include "schema/postgres/pgcatalog.h"

using namespace Qt::StringLiterals;

namespace Quarry::PgCatalog {

namespace {

// The schema filter on the pg_namespace row \a n. The `pg_` prefix is reserved for system
// schemas (pg_catalog, pg_toast, pg_temp_N, pg_toast_temp_N), so no user schema starts with it.
QString namespaceFilter(QLatin1StringView n = "n"_L1)
{
    return uR"( (($1::text[] IS NULL AND %1.nspname NOT LIKE 'pg\_%'
          AND %1.nspname <> 'information_schema')
         OR %1.nspname = ANY ($1::text[])) )"_s.arg(n);
}

// Not an object created by an extension. NOT IN rather than NOT EXISTS: one hashed scan of
// the extension members rather than a probe per relation.
QString extensionFilter(QLatin1StringView c)
{
    return uR"( %1.oid NOT IN (SELECT x.objid FROM pg_catalog.pg_depend x
                        WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                          AND x.deptype = 'e') )"_s.arg(c);
}

// The name filter on the pg_class row \a c, and no extension objects.
QString relationFilter(QLatin1StringView c = "c"_L1)
{
    return u" ($2::text[] IS NULL OR %1.relname = ANY ($2::text[])) AND"_s.arg(c) +
           extensionFilter(c);
}

// Tables as the reflector sees them: plain and partitioned, not partitions (their parent
// describes them).
QString tableKinds(QLatin1StringView c = "c"_L1)
{
    return u" %1.relkind IN ('r', 'p') AND NOT %1.relispartition "_s.arg(c);
}

// The sequence the pg_depend row `o` names (o.objid) is owned by a column (deptype 'a') and
// that column's default `ad` depends on it.
constexpr auto ownedDefaultSequence = R"( o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
       AND o.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
       AND o.deptype = 'a' AND o.refobjsubid > 0
       AND EXISTS (SELECT FROM pg_catalog.pg_depend u
                    WHERE u.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
                      AND u.objid = ad.oid
                      AND u.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND u.refobjid = o.objid) )"_L1;

} // namespace

QVariantList filterParams(const QStringList &schemas, const QStringList &relations)
{
    QVariantList params;
    params.append(schemas.isEmpty() ? QVariant() : QVariant(schemas));
    params.append(relations.isEmpty() ? QVariant() : QVariant(relations));
    return params;
}

QString relationsSql()
{
    return uR"(SELECT n.nspname::text, c.oid::int8, c.relname::text, c.relkind::text,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END,
       d.description
  FROM pg_catalog.pg_namespace n
  LEFT JOIN pg_catalog.pg_class c
    ON c.relnamespace = n.oid
   AND (c.relkind IN ('v', 'm') OR )"_s +
           tableKinds() + u") AND"_s + relationFilter() + uR"(
  LEFT JOIN pg_catalog.pg_description d
    ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
   AND d.objsubid = 0
 WHERE)"_s +
           namespaceFilter();
}

QString columnsSql()
{
    // Unordered: the reflector sorts by attnum, cheaper than a sort of wide rows on the server.
    return uR"(SELECT a.attrelid::int8, a.attnum::int4, a.attname::text,
       pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
       a.attidentity::text, a.attgenerated::text,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true),
       CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END,
       d.description,
       ad.oid IS NOT NULL AND EXISTS (SELECT FROM pg_catalog.pg_depend o
                                       WHERE o.refobjid = a.attrelid
                                         AND o.refobjsubid = a.attnum AND)"_s +
           ownedDefaultSequence + uR"()
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_attribute a
    ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_catalog.pg_description d
    ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
   AND d.objsubid = a.attnum
 WHERE)"_s +
           tableKinds() + u" AND"_s + namespaceFilter() + u" AND"_s + relationFilter();
}

QString constraintsSql()
{
    // Keys come as attnum arrays, which the reflector maps to the names it read with the
    // columns; only a foreign key to a table outside the reflected set gets its referred
    // names from the server. conparentid: a foreign key to a partitioned table has one extra
    // row per referenced partition; only the parent row is the constraint as declared.
    return uR"(SELECT con.conrelid::int8, con.conname::text, con.contype::text,
       con.conkey::text, con.confrelid::int8, fn.nspname::text, fc.relname::text,
       con.confkey::text,
       CASE WHEN con.contype = 'f' AND NOT ()"_s +
           tableKinds("fc"_L1) + u" AND"_s + namespaceFilter("fn"_L1) + u" AND"_s +
           relationFilter("fc"_L1) + uR"()
            THEN (SELECT pg_catalog.json_agg(fa.attname
                                             ORDER BY pg_catalog.array_position(con.confkey,
                                                                                fa.attnum))
                    FROM pg_catalog.pg_attribute fa
                   WHERE fa.attrelid = con.confrelid AND fa.attnum = ANY (con.confkey)) END,
       con.confdeltype::text, con.confupdtype::text, con.condeferrable, con.condeferred,
       CASE WHEN con.contype = 'c'
            THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid, true) END
  FROM pg_catalog.pg_constraint con
  JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid
  LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
 WHERE con.contype IN ('p', 'f', 'u', 'c') AND con.conparentid = 0 AND)"_s +
           tableKinds() + u" AND"_s + namespaceFilter() + u" AND"_s + relationFilter();
}

QString indexesSql()
{
    // Per key: column name, or expression text (pg_get_indexdef with a column number gives the
    // key alone); DESC is bit 0 of indoption; the collation when it is not the column's (for
    // an expression: not its type's); the operator class when not the default one.
    return uR"(SELECT i.indrelid::int8, ic.relname::text, i.indisunique, am.amname::text,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid, true),
       (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(
                   ka.attname,
                   CASE WHEN i.indkey[k] = 0
                        THEN pg_catalog.pg_get_indexdef(i.indexrelid, k + 1, true) END,
                   (i.indoption[k] & 1) <> 0,
                   kc.collname,
                   CASE WHEN NOT opc.opcdefault THEN opc.opcname END) ORDER BY k)
          FROM pg_catalog.generate_series(0, i.indnkeyatts - 1) k
          LEFT JOIN pg_catalog.pg_attribute ka
            ON ka.attrelid = i.indrelid AND ka.attnum = i.indkey[k] AND i.indkey[k] <> 0
          LEFT JOIN pg_catalog.pg_attribute ia
            ON ia.attrelid = i.indexrelid AND ia.attnum = k + 1
          LEFT JOIN pg_catalog.pg_type it ON it.oid = ia.atttypid
          LEFT JOIN pg_catalog.pg_collation kc
            ON kc.oid = i.indcollation[k]
           AND i.indcollation[k] <> COALESCE(ka.attcollation, it.typcollation)
          LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[k])
  FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = ic.relam
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_constraint con
                    WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid
                      AND con.contype IN ('p', 'u', 'x')) AND)"_s +
           tableKinds() + u" AND"_s + namespaceFilter() + u" AND"_s + relationFilter();
}

QString sequencesSql()
{
    // Hidden: identity sequences (deptype 'i') and the sequences of serial columns.
    return uR"(SELECT n.nspname::text, c.relname::text, s.seqstart, s.seqincrement,
       s.seqmin, s.seqmax, s.seqcycle
  FROM pg_catalog.pg_sequence s
  JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_depend o
                    WHERE o.objid = c.oid AND o.deptype = 'i'
                      AND o.classid = 'pg_catalog.pg_class'::pg_catalog.regclass)
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend o
                     JOIN pg_catalog.pg_attrdef ad
                       ON ad.adrelid = o.refobjid AND ad.adnum = o.refobjsubid
                    WHERE o.objid = c.oid
                      AND pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
                          LIKE 'nextval(%::regclass)' AND)"_s +
           ownedDefaultSequence + u") AND"_s + namespaceFilter() + u" AND"_s + relationFilter();
}

QString triggersSql()
{
    // Not pretty: the pretty form leaves out the schema when it is on the search_path, which
    // would make the text depend on the session.
    return uR"(SELECT n.nspname::text, t.tgname::text, c.relname::text,
       pg_catalog.pg_get_triggerdef(t.oid, false)
  FROM pg_catalog.pg_trigger t
  JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal AND NOT c.relispartition AND)"_s +
           namespaceFilter() + u" AND"_s + relationFilter();
}

QString tableNamesSql()
{
    return uR"(SELECT c.relname::text
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = COALESCE($1::text, pg_catalog.current_schema()) AND)"_s +
           tableKinds() + u"AND"_s + extensionFilter("c"_L1);
}

} // namespace Quarry::PgCatalog
