package cn.gongkai.data;

import cn.gongkai.content.SiteConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code data/datapackage.json}: a Frictionless Data Package (v1) listing every data file with its size,
 * {@code sha256:} hash and, for CSV, its table schema. The package profile is {@code data-package} because
 * it mixes JSON and CSV; each CSV resource is a {@code tabular-data-resource}. Keys are in a fixed order.
 *
 * <p>Written as a stream, resource by resource: at 20,000 reports the package lists some 30,000 files (tens of
 * megabytes of JSON), which as a Jackson tree would take several times that in memory.
 */
final class DataPackageJson {
    /** The package's machine name (Frictionless: lowercase letters, digits, {@code -._}). */
    static final String NAME = "gongkai-annual-reports";

    static final String CONVENTIONS = "表格的每个单元格有三种状态，从不合并：数字；不适用（报告写的是 /、— 或 无，"
            + "不是 0）；未知（表格、行或单元格缺失或无法确定地读出，不是 0）。JSON 中分别写作数字、\"/\" 和 null；"
            + "cells.csv 中 value 只在数字时填写，不适用时 raw 为 / 等原文写法，未知时 value 和 raw 都为空；"
            + "reports-wide.csv 中数字照写，不适用写作 /，未知为空。CSV 文件为 UTF-8（带 BOM，便于 Excel 打开），"
            + "逗号分隔，换行符为 \\n。";

    private DataPackageJson() {
    }

    /**
     * Writes the package to {@code out} (pretty, as {@link JsonMapper#prettyWriter} lays out JSON, ending in a
     * newline); the caller closes {@code out}.
     */
    static void write(SiteConfig config, List<DataResource> resources, OutputStream out) throws IOException {
        PrettyJson g = new PrettyJson(out);
        g.startObject();
        field(g, "profile", "data-package");
        field(g, "name", NAME);
        field(g, "title", config.title());
        field(g, "description", (config.description() == null ? ""
                : config.description().strip() + "\n\n") + CONVENTIONS);
        if (config.baseUrl() != null && !config.baseUrl().isBlank()) {
            field(g, "homepage", config.baseUrl());
        }
        g.name("keywords");
        g.startArray();
        g.string("政府信息公开");
        g.string("政府信息公开工作年度报告");
        g.endArray();
        // The licence is free text from site.yaml; its full wording is on the data page beside this file.
        g.name("licenses");
        g.startArray();
        g.startObject();
        field(g, "path", "index.html");
        field(g, "title", config.licence() == null ? "见数据页" : config.licence());
        g.endObject();
        g.endArray();
        if (config.publisher() != null && !config.publisher().isBlank()) {
            g.name("contributors");
            g.startArray();
            g.startObject();
            field(g, "title", config.publisher());
            field(g, "role", "publisher");
            g.endObject();
            g.endArray();
        }
        g.name("resources");
        g.startArray();
        // thousands of files share a few descriptions (one per kind): each is encoded once
        Map<String, byte[]> shared = new IdentityHashMap<>();
        for (DataResource r : resources) {
            resource(g, r, shared);
            g.flush();
        }
        g.endArray();
        g.endObject();
        g.flush();
        out.write('\n');
    }

    private static void field(PrettyJson g, String name, String value) throws IOException {
        g.name(name);
        g.string(value);
    }

    private static void resource(PrettyJson g, DataResource r, Map<String, byte[]> shared) throws IOException {
        g.startObject();
        field(g, "name", r.name());
        field(g, "path", r.packagePath());
        sharedField(g, "profile", r.isCsv() ? "tabular-data-resource" : "data-resource", shared);
        field(g, "title", r.title());
        sharedField(g, "description", r.description(), shared);
        sharedField(g, "format", r.format(), shared);
        sharedField(g, "mediatype", r.mediatype(), shared);
        sharedField(g, "encoding", "utf-8", shared);
        g.name("bytes");
        g.number(r.bytes());
        field(g, "hash", "sha256:" + r.sha256());
        if (r.isCsv()) {
            g.name("dialect");
            g.startObject();
            sharedField(g, "delimiter", ",", shared);
            sharedField(g, "lineTerminator", "\n", shared);
            sharedField(g, "quoteChar", "\"", shared);
            g.name("doubleQuote");
            g.bool(true);
            g.name("header");
            g.bool(true);
            g.endObject();
            if (sharesWideSchema(r.kind())) {
                sharedField(g, "schema", WIDE_SCHEMA_PATH, shared);
            } else {
                g.name("schema");
                schema(g, r.fields(), r.kind());
            }
        }
        g.endObject();
    }

    /** The shared schema's path from {@code data/}, as the region CSVs name it. */
    private static final String WIDE_SCHEMA_PATH = DataFiles.WIDE_SCHEMA.substring(DataFiles.DIR.length());

    /**
     * A text field whose value thousands of resources share (the same instance: a description per kind, the
     * profile, format, media type, the CSV dialect): quoted and escaped once, then copied.
     */
    private static void sharedField(PrettyJson g, String name, String value, Map<String, byte[]> shared)
            throws IOException {
        g.name(name);
        if (value == null) {
            g.string((String) null);
        } else {
            g.string(shared.computeIfAbsent(value, PrettyJson::quote));
        }
    }

    /**
     * Whether a CSV resource's schema is the shared file {@link DataFiles#WIDE_SCHEMA} instead of written inline:
     * {@code reports-wide.csv} and every region CSV have the same columns, and the schema (some 60 described
     * columns) would otherwise be repeated for each of the hundreds of region files.
     */
    static boolean sharesWideSchema(DataKind kind) {
        return kind == DataKind.WIDE_CSV || kind == DataKind.REGION_CSV;
    }

    /** Writes the Table Schema of the wide CSV files as a file of its own (pretty, ending in a newline). */
    static void writeWideSchema(OutputStream out) throws IOException {
        PrettyJson g = new PrettyJson(out);
        schema(g, WideCsv.FIELDS, DataKind.WIDE_CSV);
        g.flush();
        out.write('\n');
    }

    /** A Frictionless Table Schema: the fields, empty as the missing value, and the primary key. */
    private static void schema(PrettyJson g, List<DataField> fields, DataKind kind) throws IOException {
        g.startObject();
        g.name("fields");
        g.startArray();
        for (DataField f : fields) {
            g.startObject();
            field(g, "name", f.name());
            field(g, "type", f.type());
            field(g, "description", f.description());
            if (f.pattern() != null) {
                g.name("constraints");
                g.startObject();
                field(g, "pattern", f.pattern());
                g.endObject();
            }
            g.endObject();
        }
        g.endArray();
        g.name("missingValues");
        g.startArray();
        g.string("");
        g.endArray();
        g.name("primaryKey");
        g.startArray();
        g.string("report_id");
        if (kind == DataKind.TIDY_CSV) {
            g.string("table");
            g.string("row");
            g.string("column");
        }
        g.endArray();
        g.endObject();
    }
}
