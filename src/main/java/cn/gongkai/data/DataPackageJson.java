package cn.gongkai.data;

import cn.gongkai.content.SiteConfig;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;

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
     * Writes the package to {@code out} (pretty, as {@code pretty} lays out JSON, ending in a newline); the
     * caller closes {@code out}.
     */
    static void write(ObjectWriter pretty, SiteConfig config, List<DataResource> resources, OutputStream out)
            throws IOException {
        try (JsonGenerator g = pretty.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("profile", "data-package");
            g.writeStringField("name", NAME);
            g.writeStringField("title", config.title());
            g.writeStringField("description", (config.description() == null ? ""
                    : config.description().strip() + "\n\n") + CONVENTIONS);
            if (config.baseUrl() != null && !config.baseUrl().isBlank()) {
                g.writeStringField("homepage", config.baseUrl());
            }
            g.writeArrayFieldStart("keywords");
            g.writeString("政府信息公开");
            g.writeString("政府信息公开工作年度报告");
            g.writeEndArray();
            // The licence is free text from site.yaml; its full wording is on the data page beside this file.
            g.writeArrayFieldStart("licenses");
            g.writeStartObject();
            g.writeStringField("path", "index.html");
            g.writeStringField("title", config.licence() == null ? "见数据页" : config.licence());
            g.writeEndObject();
            g.writeEndArray();
            if (config.publisher() != null && !config.publisher().isBlank()) {
                g.writeArrayFieldStart("contributors");
                g.writeStartObject();
                g.writeStringField("title", config.publisher());
                g.writeStringField("role", "publisher");
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeArrayFieldStart("resources");
            JsonText text = new JsonText();
            // thousands of files share a few descriptions (one per kind): each is encoded once
            Map<String, SerializableString> shared = new IdentityHashMap<>();
            for (DataResource r : resources) {
                resource(g, r, text, shared);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void resource(JsonGenerator g, DataResource r, JsonText text,
                                 Map<String, SerializableString> shared) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", r.name());
        g.writeStringField("path", r.packagePath());
        g.writeStringField("profile", r.isCsv() ? "tabular-data-resource" : "data-resource");
        text.field(g, "title", r.title());
        g.writeFieldName("description");
        if (r.description() == null) {
            g.writeNull();
        } else {
            g.writeString(shared.computeIfAbsent(r.description(), SerializedString::new));
        }
        g.writeStringField("format", r.format());
        g.writeStringField("mediatype", r.mediatype());
        g.writeStringField("encoding", "utf-8");
        g.writeNumberField("bytes", r.bytes());
        g.writeStringField("hash", "sha256:" + r.sha256());
        if (r.isCsv()) {
            g.writeObjectFieldStart("dialect");
            g.writeStringField("delimiter", ",");
            g.writeStringField("lineTerminator", "\n");
            g.writeStringField("quoteChar", "\"");
            g.writeBooleanField("doubleQuote", true);
            g.writeBooleanField("header", true);
            g.writeEndObject();
            if (sharesWideSchema(r.kind())) {
                g.writeStringField("schema", DataFiles.WIDE_SCHEMA.substring(DataFiles.DIR.length()));
            } else {
                g.writeFieldName("schema");
                schema(g, r.fields(), r.kind());
            }
        }
        g.writeEndObject();
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
    static void writeWideSchema(ObjectWriter pretty, OutputStream out) throws IOException {
        try (JsonGenerator g = pretty.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            schema(g, WideCsv.FIELDS, DataKind.WIDE_CSV);
        }
        out.write('\n');
    }

    /** A Frictionless Table Schema: the fields, empty as the missing value, and the primary key. */
    private static void schema(JsonGenerator g, List<DataField> fields, DataKind kind) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("fields");
        for (DataField f : fields) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            g.writeStringField("type", f.type());
            g.writeStringField("description", f.description());
            if (f.pattern() != null) {
                g.writeObjectFieldStart("constraints");
                g.writeStringField("pattern", f.pattern());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingValues");
        g.writeString("");
        g.writeEndArray();
        g.writeArrayFieldStart("primaryKey");
        g.writeString("report_id");
        if (kind == DataKind.TIDY_CSV) {
            g.writeString("table");
            g.writeString("row");
            g.writeString("column");
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
