package cn.gongkai.data;

import cn.gongkai.content.Content;
import cn.gongkai.content.RegionInfo;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.site.OutputSink;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import java.util.function.Supplier;

/**
 * Writes the downloads under {@code data/}: one JSON file per report, all reports in one JSON file, the tidy
 * and the wide CSV, a JSON and a CSV file per region that has reports (the CSV in the wide form), the Table
 * Schema the wide CSVs share, and {@code datapackage.json} describing them all. JSON data files are compact.
 * Output depends only on the input: same reports, same bytes.
 *
 * <p>Each report is serialised once: its JSON file's bytes are also its element of {@code reports.json}, its wide
 * row goes into {@code reports-wide.csv} and its region's CSV. Large files are streamed: memory does not grow with
 * the size of the portal. Every byte is hashed (SHA-256) for {@code datapackage.json}: by the {@code openssl}
 * program once the files are written, when there is one and the sink writes files ({@link FileDigests}), else
 * in Java while they are written. That is most of the cost, so the files carry no byte they do not need.
 */
public final class DataFiles {
    /** The folder of all data files, from the site root. */
    public static final String DIR = "data/";
    public static final String ALL_REPORTS_JSON = DIR + "reports.json";
    public static final String TIDY_CSV = DIR + "cells.csv";
    public static final String WIDE_CSV = DIR + "reports-wide.csv";
    /** The Table Schema shared by {@code reports-wide.csv} and every region CSV (the same columns). */
    public static final String WIDE_SCHEMA = DIR + "reports-wide.schema.json";
    public static final String DATA_PACKAGE = DIR + "datapackage.json";
    /** The {@code generator} header of the list files. */
    static final String GENERATOR = "gongkai";

    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";

    private final ReportJson reportJson;
    /** The {@code openssl} program that hashes the files once written, or null: Java hashes while writing. */
    private final FileDigests digests;
    /** The keys of a report's summary in the region files, encoded once. */
    private final CompactJson.Key[] summaryKeys = WideCsv.summaryKeys();
    /** Each thread's JSON writer, its buffers reused from report to report (pieces are prepared on all cores). */
    private final ThreadLocal<CompactJson> writers = ThreadLocal.withInitial(() -> new CompactJson(16384));

    /** @param mapper the program's one mapper, {@link JsonMapper#create()} */
    public DataFiles(ObjectMapper mapper) {
        this(() -> mapper, FileDigests.onPath());
    }

    /**
     * @param mapper gives the program's one mapper, {@link JsonMapper#create()}, if it is needed: writing the data
     *               files does not use it (their JSON is written by {@link CompactJson} and {@link PrettyJson}), so a
     *               build that passes a supplier of a mapper made on demand never makes one
     */
    public DataFiles(Supplier<ObjectMapper> mapper) {
        this(mapper, FileDigests.onPath());
    }

    /** @param digests hashes the written files; null to hash in Java while writing */
    DataFiles(ObjectMapper mapper, FileDigests digests) {
        this(() -> mapper, digests);
    }

    private DataFiles(Supplier<ObjectMapper> mapper, FileDigests digests) {
        this.reportJson = new ReportJson(mapper);
        this.digests = digests;
    }

    /** {@code data/reports/<report id>.json}. */
    public static String reportJsonPath(String reportId) {
        // sized once: the concatenation's builder starts at 16 characters and would grow twice for every report
        return new StringBuilder(DIR.length() + 13 + reportId.length()).append(DIR).append("reports/")
                .append(reportId).append(".json").toString();
    }

    /** {@code data/townships/<region path>.json}: the region folder's reports, each with its headline figures. */
    public static String regionJsonPath(String regionPath) {
        return DIR + "townships/" + regionPath + ".json";
    }

    /**
     * {@code data/townships/<region path>.csv}: the region folder's reports in the wide form, their rows of
     * {@code reports-wide.csv} under the same header.
     */
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
     * <p>The combined files ({@code reports.json}, {@code cells.csv}, the region files) are streamed through
     * {@link OutputSink#open}, so no file is held whole; reports are
     * taken a batch at a time, each batch prepared on all cores, then appended to the files (four sequences of
     * files written side by side). The sink is written from several threads, never the same file from two.
     *
     * @param content        the loaded content: site settings (title, licence, publisher) and region folders
     * @param checkedReports the reports with the check results among their diagnostics; these are published
     * @throws IllegalArgumentException when a report has no id, an id that is not a slug path, or an id twice
     */
    public List<DataResource> writeAll(Content content, List<Report> checkedReports, OutputSink sink)
            throws IOException {
        List<Report> reports = sortedById(checkedReports);
        List<RegionFolder> folders = regionFolders(content.regions(), reports);
        int n = reports.size();
        int[] folderOf = new int[n];
        Arrays.fill(folderOf, -1);
        for (int k = 0; k < folders.size(); k++) {
            for (int i : folders.get(k).members()) {
                folderOf[i] = k;
            }
        }
        // files on disk are hashed once written, by OpenSSL when there is one; else while written
        boolean later = digests != null && sink.fileOf(DATA_PACKAGE) != null;
        Written[] reportFiles = new Written[n];
        HashingOutputStream schemaOut = new HashingOutputStream(sink.open(WIDE_SCHEMA), !later);
        try {
            DataPackageJson.writeWideSchema(schemaOut);
        } finally {
            schemaOut.close();
        }
        Written schemaFile = new Written(WIDE_SCHEMA, schemaOut.bytes(), schemaOut.sha256());
        Combined allJson = new Combined(List.of(jsonList(sink, ALL_REPORTS_JSON, null, n, later)),
                (f, p) -> f.add(p.json()));
        // the tidy rows (some 35 KB a report) are made as they are appended, in one buffer used again and again
        CsvRows tidyRows = new CsvRows(1 << 16);
        Combined csv = new Combined(List.of(csvFile(sink, TIDY_CSV, TidyCsv.FIELDS, later),
                csvFile(sink, WIDE_CSV, WideCsv.FIELDS, later)), (f, p) -> {
                    tidyRows.reset();
                    TidyCsv.writeRows(p.report(), tidyRows);
                    f.add(tidyRows);
                }, (f, p) -> f.add(p.wide()));
        PerRegion regionJson = new PerRegion(folders, folderOf, (f, p) -> f.add(p.summary()),
                f -> jsonList(sink, regionJsonPath(f.path()), f, f.members().size(), later));
        PerRegion regionCsv = new PerRegion(folders, folderOf, (f, p) -> f.add(p.wide()),
                f -> csvFile(sink, regionCsvPath(f.path()), WideCsv.FIELDS, later));
        List<Sequence> sequences = List.of(csv, regionCsv, allJson, regionJson);
        boolean done = false;
        // A batch is appended while the next one is prepared: a core done with its share of the appending takes
        // pieces of the next batch instead of waiting for the other core's files.
        ForkJoinTask<?> appending = null;
        try {
            for (int from = 0; from < n; from += BATCH) {
                int to = Math.min(n, from + BATCH);
                List<Piece> batch = IntStream.range(from, to).parallel()
                        .mapToObj(i -> piece(i, reports.get(i), sink, reportFiles, later)).toList();
                if (appending != null) {
                    appending.join();
                }
                appending = ForkJoinTask.adapt(() -> sequences.parallelStream().forEach(s -> s.append(batch))).fork();
            }
            if (appending != null) {
                appending.join();
            }
            done = true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!done) {
                if (appending != null) {
                    try {
                        appending.join(); // no file is closed while a batch is still being appended to it
                    } catch (RuntimeException ignored) {
                        // the first error is the one reported
                    }
                }
                sequences.forEach(Sequence::abandon);
            }
        }
        Written allFile = allJson.finish().get(0);
        List<Written> csvFiles = csv.finish();
        Written[] regionJsonFiles = regionJson.finish();
        Written[] regionCsvFiles = regionCsv.finish();
        if (later) {
            // hashed by index: the four single files, then the reports' files, then the region files
            Written[] written = new Written[4 + n + 2 * folders.size()];
            written[0] = allFile;
            written[1] = csvFiles.get(0);
            written[2] = csvFiles.get(1);
            written[3] = schemaFile;
            System.arraycopy(reportFiles, 0, written, 4, n);
            System.arraycopy(regionJsonFiles, 0, written, 4 + n, folders.size());
            System.arraycopy(regionCsvFiles, 0, written, 4 + n + folders.size(), folders.size());
            hashWritten(sink, written);
            allFile = written[0];
            csvFiles = List.of(written[1], written[2]);
            schemaFile = written[3];
            System.arraycopy(written, 4, reportFiles, 0, n);
            System.arraycopy(written, 4 + n, regionJsonFiles, 0, folders.size());
            System.arraycopy(written, 4 + n + folders.size(), regionCsvFiles, 0, folders.size());
        }

        List<DataResource> resources = new ArrayList<>(n + 2 * folders.size() + 4);
        resources.add(describe(allFile, DataKind.ALL_REPORTS_JSON, null, "全部年度报告（JSON）",
                "全部 " + n + " 份年度报告，{\"generator\", \"count\", \"reports\": [...]}，reports 按 id 排序，"
                        + "每份是数据约定中的报告对象，与 reports/<id>.json 相同。"));
        resources.add(describe(csvFiles.get(0), DataKind.TIDY_CSV, null, "全部表格单元格（长表 CSV）",
                "每份报告的每个表格单元格一行（按报告 id 和表格顺序），便于筛选、汇总和透视。"
                        + TidyCsv.NUMBER_STATES));
        resources.add(describe(csvFiles.get(1), DataKind.WIDE_CSV, null, "主要数字（宽表 CSV）",
                "每份报告一行（按 id 排序）：地区、年度、格式和主要数字。" + WideCsv.FIGURE_STATES
                        + "完整的表格在 cells.csv。各列的说明在 reports-wide.schema.json。"));
        resources.add(describe(schemaFile, DataKind.WIDE_SCHEMA, null, "宽表 CSV 的表结构（reports-wide.schema.json）",
                "reports-wide.csv 和每个地区的 CSV 文件共用的 Frictionless Table Schema：各列的名称、类型、说明和取值格式，"
                        + "缺失值为空，主键为 report_id。"));
        for (int i = 0; i < n; i++) {
            Report r = reports.get(i);
            resources.add(describe(reportFiles[i], DataKind.REPORT_JSON, r.id(), reportTitle(r), REPORT_DESCRIPTION));
        }
        for (int k = 0; k < folders.size(); k++) {
            RegionFolder f = folders.get(k);
            resources.add(describe(regionJsonFiles[k], DataKind.REGION_JSON, f.path(),
                    f.name() + " 的年度报告和主要数字（JSON）", REGION_JSON_DESCRIPTION));
            resources.add(describe(regionCsvFiles[k], DataKind.REGION_CSV, f.path(),
                    f.name() + " 的年度报告主要数字（宽表 CSV）", REGION_CSV_DESCRIPTION));
        }
        HashingOutputStream packageOut = new HashingOutputStream(sink.open(DATA_PACKAGE), !later);
        try {
            DataPackageJson.write(content.config(), resources, packageOut);
        } finally {
            packageOut.close();
        }
        Written[] packageFile = {new Written(DATA_PACKAGE, packageOut.bytes(), packageOut.sha256())};
        if (later) {
            hashWritten(sink, packageFile);
        }
        resources.add(describe(packageFile[0],
                DataKind.DATA_PACKAGE, null, "数据包说明（datapackage.json）",
                "按 Frictionless Data Package 标准列出本目录的每个数据文件：路径、大小、sha256 校验值，"
                        + "CSV 文件还有每列的名称、类型和说明。"));
        return List.copyOf(resources);
    }

    /** Reports prepared at a time: enough to keep both cores busy, few enough to stay a few megabytes. */
    private static final int BATCH = 128;

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
     * What one report adds to the combined files: its element of {@code reports.json}, its element of its region
     * file (the summary) and its {@code reports-wide.csv} row; its {@code cells.csv} rows are made from the
     * report as they are appended.
     */
    private record Piece(int index, Report report, byte[] json, byte[] summary, byte[] wide) {
    }

    /** How a file takes its part of a report's piece. */
    private interface Part {
        void add(File file, Piece piece) throws IOException;
    }

    /** Writes the report's own JSON file and prepares its piece of the combined files. */
    private Piece piece(int index, Report r, OutputSink sink, Written[] reportFiles, boolean hashLater) {
        CompactJson writer = writers.get();
        byte[] json = reportJson.toCompactJson(r, writer);
        String path = reportJsonPath(r.id());
        try {
            sink.write(path, json);
            reportFiles[index] = new Written(path, json.length, hashLater ? null : sha256(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] row = WideCsv.row(r);
        CsvRows wide = new CsvRows(512);
        wide.row(row);
        writer.reset();
        WideCsv.writeSummary(path.substring(DIR.length()), row, summaryKeys, writer);
        return new Piece(index, r, json, writer.toByteArray(), wide.toByteArray());
    }

    /** A data file being streamed and hashed; {@link #finish} closes it and tells its size and hash. */
    private interface File {
        void add(byte[] piece) throws IOException;

        /** Adds rows as they are held (the tidy CSV's rows of a report). */
        default void add(CsvRows rows) throws IOException {
            add(rows.toByteArray());
        }

        Written finish() throws IOException;

        /** Closes the file after a failure, ignoring any further error. */
        void abandon();
    }

    /**
     * A file of a combined JSON list, streamed; it takes each report's JSON (its file's bytes, which end in a
     * newline, or a summary, which does not).
     */
    private File jsonList(OutputSink sink, String path, RegionFolder region, int count, boolean hashLater)
            throws IOException {
        HashingOutputStream out = new HashingOutputStream(sink.open(path), !hashLater);
        ReportListJson list;
        try {
            list = new ReportListJson(j -> {
                if (region != null) {
                    regionHeader(region, j);
                }
            }, count, out);
        } catch (IOException | RuntimeException e) {
            abandon(out);
            throw e;
        }
        return new File() {
            @Override
            public void add(byte[] json) throws IOException {
                int end = json.length;
                list.add(json, end > 0 && json[end - 1] == '\n' ? end - 1 : end);
            }

            @Override
            public Written finish() throws IOException {
                list.finish();
                out.close();
                return new Written(path, out.bytes(), out.sha256());
            }

            @Override
            public void abandon() {
                DataFiles.abandon(out);
            }
        };
    }

    /** A CSV file of whole rows copied in, streamed after its byte-order mark and header row. */
    private static File csvFile(OutputSink sink, String path, List<DataField> fields, boolean hashLater)
            throws IOException {
        HashingOutputStream out = new HashingOutputStream(sink.open(path), !hashLater);
        try {
            out.write(CsvRows.header(fields));
        } catch (IOException e) {
            abandon(out);
            throw e;
        }
        return new File() {
            @Override
            public void add(byte[] rows) throws IOException {
                out.write(rows);
            }

            @Override
            public void add(CsvRows rows) throws IOException {
                rows.writeTo(out);
            }

            @Override
            public Written finish() throws IOException {
                out.close();
                return new Written(path, out.bytes(), out.sha256());
            }

            @Override
            public void abandon() {
                DataFiles.abandon(out);
            }
        };
    }

    private static void abandon(OutputStream out) {
        try {
            out.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing: the first error is the one reported
        }
    }

    /** Files written in report order, by one thread at a time. */
    private interface Sequence {
        void append(List<Piece> batch);

        void abandon();
    }

    /** Files that take a piece of every report (the same piece index in the same order as the files). */
    private static final class Combined implements Sequence {
        private final List<File> files;
        private final List<Part> parts;

        Combined(List<File> files, Part... parts) {
            this.files = files;
            this.parts = List.of(parts);
        }

        @Override
        public void append(List<Piece> batch) {
            try {
                for (Piece p : batch) {
                    for (int i = 0; i < files.size(); i++) {
                        parts.get(i).add(files.get(i), p);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<Written> finish() throws IOException {
            List<Written> out = new ArrayList<>(files.size());
            for (File f : files) {
                out.add(f.finish());
            }
            return out;
        }

        @Override
        public void abandon() {
            files.forEach(File::abandon);
        }
    }

    /** How a region folder's file is opened. */
    private interface Opener {
        File open(RegionFolder folder) throws IOException;
    }

    /**
     * One file per region folder, each taking the pieces of the folder's reports. A file is open from its
     * first report to its last; a folder's reports are next to each other in id order, so few are open.
     */
    private static final class PerRegion implements Sequence {
        private final List<RegionFolder> folders;
        private final int[] folderOf;
        private final Part part;
        private final Opener opener;
        private final int[] remaining;
        private final Map<Integer, File> open = new HashMap<>();
        private final Written[] done;

        PerRegion(List<RegionFolder> folders, int[] folderOf, Part part, Opener opener) {
            this.folders = folders;
            this.folderOf = folderOf;
            this.part = part;
            this.opener = opener;
            this.remaining = folders.stream().mapToInt(f -> f.members().size()).toArray();
            this.done = new Written[folders.size()];
        }

        @Override
        public void append(List<Piece> batch) {
            try {
                for (Piece p : batch) {
                    int k = folderOf[p.index()];
                    if (k < 0) {
                        continue;
                    }
                    File f = open.get(k);
                    if (f == null) {
                        f = opener.open(folders.get(k));
                        open.put(k, f);
                    }
                    part.add(f, p);
                    if (--remaining[k] == 0) {
                        done[k] = open.remove(k).finish();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Written[] finish() {
            if (!open.isEmpty()) {
                throw new IllegalStateException("region files left open: " + open.keySet());
            }
            return done;
        }

        @Override
        public void abandon() {
            open.values().forEach(File::abandon);
            open.clear();
        }
    }

    static final String REPORT_DESCRIPTION = "一份年度报告的全部数据（数据约定中的报告对象）：发布机关、地区、"
            + "年度、格式、二至四部分的表格（每格是数字、\"/\" 或 null）、六个部分的正文、来源和检查结果（diagnostics）。";

    static final String REGION_JSON_DESCRIPTION = "一个地区文件夹里的年度报告一览（乡镇、街道的全部报告；县、市文件夹"
            + "只含本级机关的报告，不含下级地区的）：region 是该地区（path、name、level、code），reports 按 id 排序，"
            + "每份报告一项：reports-wide.csv 的同名各列（数字为 JSON 数字，不适用为 \"/\"，未知或该格式没有此项为 null），"
            + "以及 json：该报告完整数据的文件路径（相对于 data/，如 reports/<report_id>.json）。"
            + "同样的各列也在同名的 .csv 文件里。";

    static final String REGION_CSV_DESCRIPTION = "一个地区文件夹里的年度报告（县、市文件夹只含本级机关的报告，不含下级地区的）"
            + "每份一行（按 id 排序）：列和每行的内容同 reports-wide.csv 中这些报告的行。" + WideCsv.FIGURE_STATES
            + "完整的表格单元格在 cells.csv 和各报告的 JSON 文件。";

    private static List<Report> sortedById(List<Report> reports) {
        Set<String> seen = new HashSet<>();
        for (Report r : reports) {
            if (r.id() == null || !isSlugPath(r.id())) {
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

    /**
     * Whether the id is a path of lowercase slugs, {@code [a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*} (checked by
     * hand: a regular expression runs character by character through its matcher's nodes, for every report).
     */
    static boolean isSlugPath(String id) {
        int n = id.length();
        boolean segmentStart = true;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                segmentStart = false;
            } else if (c == '/' && !segmentStart) {
                segmentStart = true;
            } else if (c != '-' || segmentStart) {
                return false;
            }
        }
        return !segmentStart;
    }

    /** The {@code region} field of a region file: the folder's path, name, level and code. */
    private static void regionHeader(RegionFolder f, CompactJson o) {
        o.name("region");
        o.startObject();
        o.name("path");
        o.string(f.path());
        o.name("name");
        o.string(f.info() == null ? f.name() : f.info().name());
        o.name("level");
        o.string(f.info() == null ? null : f.info().level().key());
        o.name("code");
        o.string(f.info() == null ? null : f.info().code());
        o.endObject();
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

    /** A file as written: its path, size and SHA-256 (lowercase hex; null until hashed from disk). */
    private record Written(String path, long bytes, String sha256) {
    }

    /** Hashes each written file from disk, by {@link #digests}, and puts it back with its SHA-256. */
    private void hashWritten(OutputSink sink, Written[] written) throws IOException {
        Path[] files = new Path[written.length];
        long[] sizes = new long[written.length];
        for (int i = 0; i < written.length; i++) {
            files[i] = sink.fileOf(written[i].path());
            sizes[i] = written[i].bytes();
        }
        String[] sha = digests.sha256(files, sizes);
        for (int i = 0; i < written.length; i++) {
            if (sha[i] == null) {
                throw new IOException("no SHA-256 for " + files[i]);
            }
            written[i] = new Written(written[i].path(), written[i].bytes(), sha[i]);
        }
    }

    private static DataResource describe(Written w, DataKind kind, String subject, String title,
                                         String description) {
        boolean csv = w.path().endsWith(".csv");
        String name = w.path().substring(DIR.length()).replace('/', '.');
        return new DataResource(w.path(), name, kind, subject, title, description, csv ? "csv" : "json",
                csv ? CSV : JSON, w.bytes(), w.sha256(), csv ? fieldsOf(kind) : List.of());
    }

    private static List<DataField> fieldsOf(DataKind kind) {
        return DataPackageJson.sharesWideSchema(kind) ? WideCsv.FIELDS : TidyCsv.FIELDS;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(HashingOutputStream.newSha256().digest(bytes));
    }
}
