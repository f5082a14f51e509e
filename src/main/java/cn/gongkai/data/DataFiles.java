package cn.gongkai.data;

import cn.gongkai.content.Content;
import cn.gongkai.content.RegionInfo;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.site.OutputSink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the downloads under {@code data/}: one JSON file per report, all reports in one JSON file, the tidy
 * and the wide CSV, a JSON and a CSV file per region that has reports, and {@code datapackage.json} describing
 * them all. Output depends only on the input: same reports, same bytes.
 *
 * <p>Each report is serialised once; the all-reports file, the tidy CSV and the per-region files reuse those
 * bytes, so 20,000 reports take a few seconds.
 */
public final class DataFiles {
    /** The folder of all data files, from the site root. */
    public static final String DIR = "data/";
    public static final String ALL_REPORTS_JSON = DIR + "reports.json";
    public static final String TIDY_CSV = DIR + "cells.csv";
    public static final String WIDE_CSV = DIR + "reports-wide.csv";
    public static final String DATA_PACKAGE = DIR + "datapackage.json";
    /** The {@code generator} header of the list files. */
    static final String GENERATOR = "gongkai";

    private static final Pattern SLUG_PATH = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";

    private final ObjectWriter pretty;
    private final ReportJson reportJson;

    /** @param mapper the program's one mapper, {@link JsonMapper#create()} */
    public DataFiles(ObjectMapper mapper) {
        this.pretty = JsonMapper.prettyWriter(mapper);
        this.reportJson = new ReportJson(mapper);
    }

    /** {@code data/reports/<report id>.json}. */
    public static String reportJsonPath(String reportId) {
        return DIR + "reports/" + reportId + ".json";
    }

    /** {@code data/townships/<region path>.json}: all reports of the region folder. */
    public static String regionJsonPath(String regionPath) {
        return DIR + "townships/" + regionPath + ".json";
    }

    /** {@code data/townships/<region path>.csv}: the tidy rows of the region folder's reports. */
    public static String regionCsvPath(String regionPath) {
        return DIR + "townships/" + regionPath + ".csv";
    }

    /** The region folder a report sits in: its id without the year, or null for an id without a folder. */
    public static String regionPathOf(String reportId) {
        int i = reportId.lastIndexOf('/');
        return i < 0 ? null : reportId.substring(0, i);
    }

    /**
     * Writes every data file through the sink and returns them in {@code datapackage.json} order, followed by
     * {@code datapackage.json} itself (which cannot list itself).
     *
     * @param content        the loaded content: site settings (title, licence, publisher) and region folders
     * @param checkedReports the reports with the check results among their diagnostics; these are published
     * @throws IllegalArgumentException when a report has no id, an id that is not a slug path, or an id twice
     */
    public List<DataResource> writeAll(Content content, List<Report> checkedReports, OutputSink sink)
            throws IOException {
        List<Report> reports = sortedById(checkedReports);
        List<RegionFolder> folders = regionFolders(content.regions(), reports);
        Map<String, DataResource> regionFiles = new HashMap<>();
        // JSON first, then CSV: only one of the two large combined files is in memory at a time.
        List<DataResource> json = writeJsonFiles(reports, folders, sink, regionFiles);
        List<DataResource> csv = writeCsvFiles(reports, folders, sink, regionFiles);

        List<DataResource> resources = new ArrayList<>(json.size() + csv.size() + 1);
        resources.add(json.get(0));
        resources.addAll(csv);
        resources.addAll(json.subList(1, json.size()));
        for (RegionFolder f : folders) {
            resources.add(regionFiles.get(regionJsonPath(f.path())));
            resources.add(regionFiles.get(regionCsvPath(f.path())));
        }
        byte[] packageBytes = withNewline(pretty.writeValueAsBytes(
                DataPackageJson.build(content.config(), resources)));
        resources.add(write(sink, DATA_PACKAGE, DataKind.DATA_PACKAGE, null, "数据包说明（datapackage.json）",
                "按 Frictionless Data Package 标准列出本目录的每个数据文件：路径、大小、sha256 校验值，"
                        + "CSV 文件还有每列的名称、类型和说明。", packageBytes));
        return List.copyOf(resources);
    }

    /** A region folder that holds reports: their indexes in the sorted report list, and the folder's name. */
    private record RegionFolder(String path, RegionInfo info, String name, List<Integer> members) {
    }

    private static List<RegionFolder> regionFolders(List<RegionInfo> regions, List<Report> reports) {
        Map<String, RegionInfo> infoByPath = new HashMap<>();
        for (RegionInfo ri : regions) {
            infoByPath.put(ri.path(), ri);
        }
        TreeMap<String, List<Integer>> byPath = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            String path = regionPathOf(reports.get(i).id());
            if (path != null) {
                byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(i);
            }
        }
        List<RegionFolder> out = new ArrayList<>(byPath.size());
        byPath.forEach((path, members) -> {
            RegionInfo info = infoByPath.get(path);
            out.add(new RegionFolder(path, info, regionName(path, info, reports.get(members.get(0)).region()),
                    members));
        });
        return out;
    }

    /**
     * Writes each report's JSON file, {@code reports.json} and each region folder's JSON file, which reuses
     * the report elements of {@code reports.json}. Returns {@code reports.json} then the per-report files.
     */
    private List<DataResource> writeJsonFiles(List<Report> reports, List<RegionFolder> folders, OutputSink sink,
                                              Map<String, DataResource> regionFiles) throws IOException {
        int n = reports.size();
        List<DataResource> out = new ArrayList<>(n + 1);
        int[] start = new int[n];
        int[] end = new int[n];
        ReportListJson all = new ReportListJson(pretty, header(null), n, sizeHint(n, 16384));
        for (int i = 0; i < n; i++) {
            Report r = reports.get(i);
            byte[] json = reportJson.toJsonBytes(r);
            out.add(write(sink, reportJsonPath(r.id()), DataKind.REPORT_JSON, r.id(), reportTitle(r),
                    REPORT_DESCRIPTION, json));
            start[i] = all.addReportFile(json);
            end[i] = all.size();
        }
        byte[] allBytes = all.finish();
        out.add(0, write(sink, ALL_REPORTS_JSON, DataKind.ALL_REPORTS_JSON, null, "全部年度报告（JSON）",
                "全部 " + n + " 份年度报告，{\"generator\", \"count\", \"reports\": [...]}，reports 按 id 排序，"
                        + "每份是数据约定中的报告对象，与 reports/<id>.json 相同。", allBytes));
        for (RegionFolder f : folders) {
            int size = 512;
            for (int i : f.members()) {
                size += end[i] - start[i] + 8;
            }
            ReportListJson list = new ReportListJson(pretty, header(regionNode(f)), f.members().size(), size);
            for (int i : f.members()) {
                list.addElement(allBytes, start[i], end[i] - start[i]);
            }
            String path = regionJsonPath(f.path());
            regionFiles.put(path, write(sink, path, DataKind.REGION_JSON, f.path(), f.name() + " 的年度报告（JSON）",
                    REGION_JSON_DESCRIPTION, list.finish()));
        }
        return out;
    }

    /**
     * Writes {@code cells.csv}, {@code reports-wide.csv} and each region folder's CSV file, which copies the
     * rows of its reports from {@code cells.csv}. Returns {@code cells.csv} then {@code reports-wide.csv}.
     */
    private static List<DataResource> writeCsvFiles(List<Report> reports, List<RegionFolder> folders,
                                                    OutputSink sink, Map<String, DataResource> regionFiles)
            throws IOException {
        int n = reports.size();
        int[] start = new int[n];
        int[] end = new int[n];
        CsvRows cells = new CsvRows(TidyCsv.FIELDS, sizeHint(n, 32768));
        CsvRows wide = new CsvRows(WideCsv.FIELDS, sizeHint(n, 512));
        int headerEnd = cells.size();
        for (int i = 0; i < n; i++) {
            Report r = reports.get(i);
            start[i] = cells.size();
            TidyCsv.writeRows(r, cells);
            end[i] = cells.size();
            wide.row(WideCsv.row(r));
        }
        byte[] cellBytes = cells.toByteArray();
        List<DataResource> out = new ArrayList<>(2);
        out.add(write(sink, TIDY_CSV, DataKind.TIDY_CSV, null, "全部表格单元格（长表 CSV）",
                "每份报告的每个表格单元格一行（按报告 id 和表格顺序），便于筛选、汇总和透视。"
                        + TidyCsv.NUMBER_STATES, cellBytes));
        out.add(write(sink, WIDE_CSV, DataKind.WIDE_CSV, null, "主要数字（宽表 CSV）",
                "每份报告一行（按 id 排序）：地区、年度、格式和主要数字。" + WideCsv.FIGURE_STATES
                        + "完整的表格在 cells.csv。", wide.toByteArray()));
        for (RegionFolder f : folders) {
            int size = headerEnd;
            for (int i : f.members()) {
                size += end[i] - start[i];
            }
            CsvRows csv = new CsvRows(TidyCsv.FIELDS, size);
            for (int i : f.members()) {
                csv.copy(cellBytes, start[i], end[i] - start[i]);
            }
            String path = regionCsvPath(f.path());
            regionFiles.put(path, write(sink, path, DataKind.REGION_CSV, f.path(),
                    f.name() + " 的年度报告表格单元格（CSV）", REGION_CSV_DESCRIPTION, csv.toByteArray()));
        }
        return out;
    }

    static final String REPORT_DESCRIPTION = "一份年度报告的全部数据（数据约定中的报告对象）：发布机关、地区、"
            + "年度、格式、二至四部分的表格（每格是数字、\"/\" 或 null）、六个部分的正文、来源和检查结果（diagnostics）。";

    static final String REGION_JSON_DESCRIPTION = "一个地区文件夹里的年度报告（乡镇、街道的全部报告；县、市文件夹"
            + "只含本级机关的报告，不含下级地区的），按 id 排序；格式同 reports.json，另有 region（path、name、level、code）。";

    static final String REGION_CSV_DESCRIPTION = "一个地区文件夹里的年度报告（县、市文件夹只含本级机关的报告，不含下级地区的）"
            + "的每个表格单元格一行；列和顺序同 cells.csv。" + TidyCsv.NUMBER_STATES;

    private static List<Report> sortedById(List<Report> reports) {
        Set<String> seen = new HashSet<>();
        for (Report r : reports) {
            if (r.id() == null || !SLUG_PATH.matcher(r.id()).matches()) {
                throw new IllegalArgumentException("cannot publish the report of " + r.issuer() + " " + r.year()
                        + ": its id '" + r.id() + "' is not a path of lowercase slugs like 'shandong/jining/2024'");
            }
            if (!seen.add(r.id())) {
                throw new IllegalArgumentException("two reports have the id '" + r.id() + "'");
            }
        }
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(Report::id));
        return sorted;
    }

    private Map<String, JsonNode> header(ObjectNode region) {
        Map<String, JsonNode> h = new LinkedHashMap<>();
        h.put("generator", JsonNodeFactory.instance.textNode(GENERATOR));
        if (region != null) {
            h.put("region", region);
        }
        return h;
    }

    private static ObjectNode regionNode(RegionFolder f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("path", f.path());
        o.put("name", f.info() == null ? f.name() : f.info().name());
        o.put("level", f.info() == null ? null : f.info().level().key());
        o.put("code", f.info() == null ? null : f.info().code());
        return o;
    }

    /** The region's names from province down, e.g. {@code 山东省济宁市金乡县卜集镇}; the folder name if none. */
    private static String regionName(String path, RegionInfo info, Region region) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[]{region.province(), region.city(), region.county(), region.township()}) {
            if (part != null) {
                sb.append(part);
            }
        }
        if (sb.length() > 0) {
            return sb.toString();
        }
        return info != null && info.name() != null ? info.name() : path;
    }

    private static String reportTitle(Report r) {
        String who = r.issuer() != null ? r.issuer() : r.region().mostSpecific() != null
                ? r.region().mostSpecific() : r.id();
        return who + " " + (r.year() == null ? "" : r.year() + "年") + "政府信息公开工作年度报告（JSON）";
    }

    private static DataResource write(OutputSink sink, String path, DataKind kind, String subject, String title,
                                      String description, byte[] bytes) throws IOException {
        sink.write(path, bytes);
        boolean csv = path.endsWith(".csv");
        String name = path.substring(DIR.length()).replace('/', '.');
        return new DataResource(path, name, kind, subject, title, description, csv ? "csv" : "json",
                csv ? CSV : JSON, bytes.length, sha256(bytes), csv ? fieldsOf(kind) : List.of());
    }

    private static List<DataField> fieldsOf(DataKind kind) {
        return kind == DataKind.WIDE_CSV ? WideCsv.FIELDS : TidyCsv.FIELDS;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** A first buffer size for n reports of about {@code each} bytes, capped so large portals grow as needed. */
    private static int sizeHint(int n, int each) {
        return (int) Math.min((long) n * each, 1 << 28);
    }

    private static byte[] withNewline(byte[] json) {
        byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
        out[json.length] = '\n';
        return out;
    }
}
