package cn.gongkai.data;

import cn.gongkai.content.SiteConfig;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * {@code data/datapackage.json}: a Frictionless Data Package (v1) listing every data file with its size,
 * {@code sha256:} hash and, for CSV, its table schema. The package profile is {@code data-package} because
 * it mixes JSON and CSV; each CSV resource is a {@code tabular-data-resource}. Keys are in a fixed order.
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

    static ObjectNode build(SiteConfig config, List<DataResource> resources) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode p = nodes.objectNode();
        p.put("profile", "data-package");
        p.put("name", NAME);
        p.put("title", config.title());
        p.put("description", (config.description() == null ? "" : config.description().strip() + "\n\n")
                + CONVENTIONS);
        if (config.baseUrl() != null && !config.baseUrl().isBlank()) {
            p.put("homepage", config.baseUrl());
        }
        ArrayNode keywords = p.putArray("keywords");
        keywords.add("政府信息公开");
        keywords.add("政府信息公开工作年度报告");
        // The licence is free text from site.yaml; its full wording is on the data page beside this file.
        ObjectNode licence = p.putArray("licenses").addObject();
        licence.put("path", "index.html");
        licence.put("title", config.licence() == null ? "见数据页" : config.licence());
        if (config.publisher() != null && !config.publisher().isBlank()) {
            ObjectNode publisher = p.putArray("contributors").addObject();
            publisher.put("title", config.publisher());
            publisher.put("role", "publisher");
        }
        ArrayNode list = p.putArray("resources");
        for (DataResource r : resources) {
            list.add(resource(nodes, r));
        }
        return p;
    }

    private static ObjectNode resource(JsonNodeFactory nodes, DataResource r) {
        ObjectNode o = nodes.objectNode();
        o.put("name", r.name());
        o.put("path", r.packagePath());
        o.put("profile", r.isCsv() ? "tabular-data-resource" : "data-resource");
        o.put("title", r.title());
        o.put("description", r.description());
        o.put("format", r.format());
        o.put("mediatype", r.mediatype());
        o.put("encoding", "utf-8");
        o.put("bytes", r.bytes());
        o.put("hash", "sha256:" + r.sha256());
        if (r.isCsv()) {
            ObjectNode dialect = o.putObject("dialect");
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\n");
            dialect.put("quoteChar", "\"");
            dialect.put("doubleQuote", true);
            dialect.put("header", true);
            ObjectNode schema = o.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (DataField f : r.fields()) {
                ObjectNode fn = fields.addObject();
                fn.put("name", f.name());
                fn.put("type", f.type());
                fn.put("description", f.description());
                if (f.pattern() != null) {
                    fn.putObject("constraints").put("pattern", f.pattern());
                }
            }
            schema.putArray("missingValues").add("");
            ArrayNode key = schema.putArray("primaryKey");
            if (r.kind() == DataKind.WIDE_CSV) {
                key.add("report_id");
            } else {
                key.add("report_id");
                key.add("table");
                key.add("row");
                key.add("column");
            }
        }
        return o;
    }
}
