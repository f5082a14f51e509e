package cn.gongkai.content;

import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.Severity;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads {@code content/} into {@link Content}: {@code site.yaml}, the region folders with their
 * {@code _region.yaml}, and every {@code <year>.md} report. Every problem is collected with file, line and key;
 * a report with an error is left out and the others load. Report files are read in parallel; the result does
 * not depend on the order in which they finish.
 */
public final class ContentLoader {
    public static final Comparator<ContentProblem> PROBLEM_ORDER = Comparator.comparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line)
            .thenComparing(p -> p.key() == null ? "" : p.key())
            .thenComparing(ContentProblem::code)
            .thenComparing(ContentProblem::message);


    /**
     * Gives the program's YAML mapper when a file is first read the full way: content in the plain form (every file
     * the generator and the importer write, and most written by hand) is read by {@link PlainYaml} and
     * {@link PlainReport}, so a load may never need one.
     */
    private final Supplier<ObjectMapper> yamlMapper;
    /** The mapper's factory, once asked for. */
    private volatile JsonFactory yaml;
    private final boolean plainReports;
    /** Per thread, the buffer files are decoded into (a file's text is copied out of it once, exactly). */
    private final ThreadLocal<char[]> decodeBuffer = new ThreadLocal<>();

    /** @param yamlMapper the program's YAML mapper ({@link #yamlMapper()}), built once */
    public ContentLoader(ObjectMapper yamlMapper) {
        this(yamlMapper, true);
    }

    /**
     * @param yamlMapper gives the program's YAML mapper ({@link #yamlMapper()}) when a file needs it, from any of
     *                   the loader's threads: pass a supplier that makes it on demand (once), and a load of content
     *                   in the plain form never makes one
     */
    public ContentLoader(Supplier<ObjectMapper> yamlMapper) {
        this(yamlMapper, true);
    }

    /**
     * @param plainReports false to read every report the full way, never through {@link PlainReport} (tests
     *                     compare both ways)
     */
    ContentLoader(ObjectMapper yamlMapper, boolean plainReports) {
        this(() -> yamlMapper, plainReports);
        this.yaml = yamlMapper.getFactory();
    }

    private ContentLoader(Supplier<ObjectMapper> yamlMapper, boolean plainReports) {
        this.yamlMapper = yamlMapper;
        this.plainReports = plainReports;
    }

    /** The YAML factory of the full reading, asked of {@link #yamlMapper} the first time. */
    private JsonFactory yaml() {
        JsonFactory f = yaml;
        if (f == null) {
            f = yamlMapper.get().getFactory();
            yaml = f;
        }
        return f;
    }

    /** The YAML mapper content files are read with; create once and pass to the loader. */
    public static ObjectMapper yamlMapper() {
        return YAMLMapper.builder().build();
    }

    /**
     * Loads the content folder. Problems name files as {@code root} was given joined with the path inside it
     * (e.g. {@code content/shandong/_region.yaml}).
     *
     * @throws IOException when {@code root} is not a readable folder, or a folder cannot be listed
     */
    public Content load(Path root) throws IOException {
        return load(root, null);
    }

    /**
     * Told of every file {@link #load} reads whole ({@code site.yaml}, each {@code _region.yaml}, each report), with
     * the bytes as read, before they are decoded: so that whoever needs what the content files hold (the incremental
     * build hashes them) need not read them again. Called from the loader's threads, several at once; the bytes
     * must not be changed. A file that could not be read is not told; source copies are never read whole.
     */
    @FunctionalInterface
    public interface FileListener {
        /** @param relative the file's path below the content root, {@code /}-separated (e.g. {@code a/b/2024.md}) */
        void read(String relative, byte[] bytes);
    }

    /**
     * {@link #load(Path)}, telling {@code listener} of every file read whole (see {@link FileListener}).
     *
     * @param listener told of each file read, or null
     */
    public Content load(Path root, FileListener listener) throws IOException {
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "内容文件夹不存在");
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        Walk walk = new Walk(root, shownRoot(root), listener);
        Reading reading = new Reading(walk, new LineMap.Pool());
        walk.reading = reading;
        try {
            walk.top();
        } catch (IOException | RuntimeException | Error e) {
            reading.abandon();
            throw e;
        }
        return assemble(walk.config, walk.regions, walk.problems, reading.finish());
    }

    /**
     * The report files of a load, read while the folders are still being walked: the walk hands over its report
     * files a few at a time ({@link #publish}), each batch offered to the fork-join pool as it comes, so the pool's
     * other thread reads reports while this one walks (the walk alone, one thread reading folders and
     * {@code _region.yaml} files, was some 15 % of the load). Once the walk is done, {@link #finish} reads every
     * batch still waiting on this thread too and waits for the ones being read elsewhere. Each batch keeps its
     * outcomes; they are collected in walk order, as the walk's list of files used to be read (the order does not
     * matter: {@link #assemble} sorts them).
     */
    private final class Reading {
        /** Report files a batch takes: small enough to share the last ones out, large enough to cost nothing. */
        private static final int BATCH = 8;
        private final Walk walk;
        private final LineMap.Pool pool;
        private final List<Batch> batches = new ArrayList<>();
        private final ConcurrentLinkedQueue<Batch> waiting = new ConcurrentLinkedQueue<>();
        /** How many of the walk's report files are in a batch. */
        private int published;

        Reading(Walk walk, LineMap.Pool pool) {
            this.walk = walk;
            this.pool = pool;
        }

        /**
         * Hands the report files the walk found since the last call over in batches (with {@code all}, the last
         * ones too, in a smaller batch).
         */
        void publish(boolean all) {
            List<ReportTask> tasks = walk.tasks;
            while (tasks.size() - published >= BATCH || all && tasks.size() > published) {
                int to = Math.min(tasks.size(), published + BATCH);
                Batch b = new Batch(List.copyOf(tasks.subList(published, to)));
                published = to;
                batches.add(b);
                waiting.add(b);
                if (!all) {
                    // offered to the pool; whichever thread comes first reads it
                    ForkJoinTask.adapt(this::readOne).fork();
                }
            }
        }

        /** A pool task: reads one waiting batch, if any is left. */
        private void readOne() {
            Batch b = waiting.poll();
            if (b != null) {
                b.read(walk, pool);
            }
        }

        /** After a failed walk: the batches not taken yet are dropped (those being read end on their own). */
        void abandon() {
            waiting.clear();
        }

        /** Reads what is still waiting, waits for the batches read by other threads, and returns every outcome. */
        List<ReportOutcome> finish() {
            publish(true);
            Batch b;
            while ((b = waiting.poll()) != null) {
                b.read(walk, pool);
            }
            List<ReportOutcome> out = new ArrayList<>(walk.tasks.size());
            for (Batch each : batches) {
                out.addAll(each.outcomes());
            }
            return out;
        }
    }

    /** Report files read by one thread, and what came of them once read. */
    private final class Batch {
        private final List<ReportTask> tasks;
        private final ReportOutcome[] outcomes;
        private boolean finished;
        private RuntimeException failure;
        private Error error;

        Batch(List<ReportTask> tasks) {
            this.tasks = tasks;
            this.outcomes = new ReportOutcome[tasks.size()];
        }

        void read(Walk walk, LineMap.Pool pool) {
            try {
                for (int i = 0; i < outcomes.length; i++) {
                    outcomes[i] = readReport(tasks.get(i), walk, pool);
                }
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                error = e;
            } finally {
                synchronized (this) {
                    finished = true;
                    notifyAll();
                }
            }
        }

        /** The outcomes, once the thread that reads them is done (a failure of that thread is thrown here). */
        synchronized List<ReportOutcome> outcomes() {
            boolean interrupted = false;
            while (!finished) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (error != null) {
                throw error;
            }
            if (failure != null) {
                throw failure;
            }
            return Arrays.asList(outcomes);
        }
    }

    /**
     * One report file read on its own, with the same checks as {@link #load}: its region folders from
     * {@code root} down (slug, {@code _region.yaml}, levels), its front matter, tables, body and source copy.
     * What it cannot check alone is whether another file has the same issuer and year ({@link #reload} does).
     *
     * @param root the content folder
     * @param file a {@code <year>.md} under {@code root}
     * @return the report (null when it has errors) with its location and problems; problems name files as
     *         {@link #load} names them
     * @throws IOException when {@code root} is not a folder
     */
    public LoadedReport loadReport(Path root, Path file) throws IOException {
        if (!Files.isDirectory(root)) {
            throw Files.exists(root) ? new NotDirectoryException(root.toString())
                    : new NoSuchFileException(root.toString(), null, "内容文件夹不存在");
        }
        Walk walk = new Walk(root, shownRoot(root), null);
        String rel = relative(root, file);
        int slash = rel == null ? -1 : rel.lastIndexOf('/');
        int year = rel == null ? -1 : reportYear(rel.substring(slash + 1));
        if (rel == null || slash < 0 || year < 0) {
            String shown = rel == null ? file.toString().replace('\\', '/') : walk.show(rel);
            return new LoadedReport(null, null, null, List.of(new ContentProblem(shown, 0, null, Severity.ERROR,
                    "outside-layout", "文件不在内容结构中：报告文件必须是地区文件夹里的 <年份>.md（例如 "
                    + "shandong/jining/jinxiang/buji-zhen/2024.md）")));
        }
        String folder = rel.substring(0, slash);
        List<RegionInfo> chain = walk.chain(folder);
        if (chain == null) {
            walk.problems.sort(PROBLEM_ORDER);
            return new LoadedReport(null, null, null, walk.problems);
        }
        ReportTask t = new ReportTask(root.resolve(rel), rel, folder, year, regionOf(chain));
        ReportOutcome o = readReport(t, walk, new LineMap.Pool());
        List<ContentProblem> problems = new ArrayList<>(walk.problems);
        problems.addAll(o.problems());
        problems.sort(PROBLEM_ORDER);
        return new LoadedReport(o.report(), o.report() == null ? null : o.location(), o.report() == null ? null
                : o.sourceFile(), problems);
    }

    /**
     * A report file read on its own ({@link #loadReport}).
     *
     * @param report     the report, or null when the file has errors
     * @param file       where it lives (file shown to the user, line of every key), or null with the report
     * @param sourceFile its source copy relative to the content root, or null
     * @param problems   everything found, sorted as {@link Content#problems()}
     */
    public record LoadedReport(Report report, ReportFile file, String sourceFile, List<ContentProblem> problems) {
        public LoadedReport {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The content after one file under {@code root} was edited, added or deleted, from the {@code previous} load
     * of the same folder: equal to what {@link #load} would return, reading only the changed report (for a
     * changed source copy, the reports of its folder), and any report that an earlier load left out as a
     * duplicate of another. Any other change ({@code site.yaml}, a {@code _region.yaml}, a folder, a file in a
     * folder that did not load) loads the whole folder again.
     *
     * @throws IOException as {@link #load}
     */
    public Content reload(Content previous, Path root, Path changed) throws IOException {
        String rel = relative(root, changed);
        int slash = rel == null ? -1 : rel.lastIndexOf('/');
        if (slash < 0 || !Files.isDirectory(root)) {
            return load(root);
        }
        String folder = rel.substring(0, slash);
        String name = rel.substring(slash + 1);
        boolean report = reportYear(name) >= 0;
        if (!report && !PlainYaml.isSourceFile(name) || previous.region(folder) == null
                || !Files.isDirectory(root.resolve(folder))) {
            return load(root);
        }
        Walk walk = new Walk(root, shownRoot(root), null);
        // The report files to read again: the changed one (or every report of the folder for a source copy),
        // and every report left out as a duplicate, since the change may settle or start a duplicate.
        java.util.TreeSet<String> again = new java.util.TreeSet<>();
        if (report) {
            again.add(rel);
        } else {
            for (Path p : list(root.resolve(folder))) {
                if (reportYear(p.getFileName().toString()) >= 0) {
                    again.add(folder + "/" + p.getFileName());
                }
            }
            for (ReportFile f : previous.files().values()) {
                if (f.id().startsWith(folder + "/") && f.id().indexOf('/', folder.length() + 1) < 0) {
                    again.add(f.id() + ".md");
                }
            }
        }
        String prefix = walk.show("");
        for (ContentProblem p : previous.problems()) {
            if (p.code().equals("duplicate-report") && p.file().startsWith(prefix)) {
                again.add(p.file().substring(prefix.length()));
            }
        }
        java.util.Set<String> againShown = new java.util.HashSet<>();
        for (String f : again) {
            againShown.add(walk.show(f));
        }
        List<ContentProblem> kept = new ArrayList<>();
        for (ContentProblem p : previous.problems()) {
            if (!p.code().equals("duplicate-report") && !againShown.contains(p.file())) {
                kept.add(p);
            }
        }
        List<ReportOutcome> outcomes = new ArrayList<>();
        for (Report r : previous.reports()) {
            ReportFile f = previous.files().get(r.id());
            if (f != null && !againShown.contains(f.file())) {
                outcomes.add(new ReportOutcome(f.file(), r, f, previous.sourceFiles().get(r.id()), List.of()));
            }
        }
        java.util.Map<String, RegionInfo> regions = new HashMap<>();
        for (RegionInfo info : previous.regions()) {
            regions.put(info.path(), info);
        }
        LineMap.Pool pool = new LineMap.Pool();
        for (String f : again) {
            Path file = root.resolve(f);
            int cut = f.lastIndexOf('/');
            String dir = f.substring(0, cut);
            int year = reportYear(f.substring(cut + 1));
            if (!Files.isRegularFile(file) || year < 0 || regions.get(dir) == null) {
                continue;
            }
            List<RegionInfo> chain = new ArrayList<>();
            for (RegionInfo r = regions.get(dir); r != null; r = r.parentPath() == null ? null : regions.get(r.parentPath())) {
                chain.add(0, r);
            }
            outcomes.add(readReport(new ReportTask(file, f, dir, year, regionOf(chain)), walk,
                    pool));
        }
        return assemble(previous.config(), previous.regions(), kept, outcomes);
    }

    /** {@code file} relative to {@code root} with {@code /} separators, or null when it is not inside. */
    private static String relative(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(r) || f.equals(r)) {
            return null;
        }
        return r.relativize(f).toString().replace('\\', '/');
    }

    /** How files under {@code root} are named in problems: the root as given, with {@code /} separators. */
    public static String shownRoot(Path root) {
        String s = root.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /** State of one load: folders walked so far, problems, and the report files to read. */
    private final class Walk {
        final Path root;
        final String shown;
        final List<ContentProblem> problems = new ArrayList<>();
        final List<RegionInfo> regions = new ArrayList<>();
        final List<ReportTask> tasks = new ArrayList<>();
        /** Reads the report files as the walk finds them, or null (they are only listed). */
        Reading reading;
        /** Told of every file read whole, or null. */
        final FileListener listener;
        SiteConfig config = SiteConfig.DEFAULT;

        Walk(Path root, String shown, FileListener listener) {
            this.root = root;
            this.shown = shown;
            this.listener = listener;
        }

        String show(String relative) {
            return shown.equals(".") ? relative : shown + "/" + relative;
        }

        /**
         * The region folders from the root down to {@code folder}, each read and checked as {@link #region}
         * does; null (with the problems recorded) when one of them does not load.
         */
        List<RegionInfo> chain(String folder) {
            List<RegionInfo> chain = new ArrayList<>();
            RegionInfo parent = null;
            String path = null;
            for (String slug : folder.split("/")) {
                path = path == null ? slug : path + "/" + slug;
                RegionInfo info = regionInfo(root.resolve(path), path, parent);
                if (info == null) {
                    return null;
                }
                chain.add(info);
                parent = info;
            }
            return chain;
        }

        /** Reads and checks one region folder's slug and {@code _region.yaml}; null (reported) when it fails. */
        RegionInfo regionInfo(Path dir, String path, RegionInfo parent) {
            String slug = dir.getFileName().toString();
            if (!isSlug(slug)) {
                problems.add(new ContentProblem(show(path) + "/", 0, null, Severity.ERROR, "bad-slug",
                        "地区文件夹名只能用小写英文字母、数字和 -（例如 buji-zhen），实际是“" + slug
                                + "”；这个文件夹里的内容未载入"));
                return null;
            }
            Path regionFile = dir.resolve("_region.yaml");
            if (!(onDefaultFileSystem(regionFile) ? regionFile.toFile().isFile() : Files.isRegularFile(regionFile))) {
                problems.add(new ContentProblem(show(path) + "/", 0, null, Severity.ERROR, "region-file-missing",
                        "地区文件夹缺少 _region.yaml（至少写 name 和 level）；这个文件夹里的内容未载入"));
                return null;
            }
            FileProblems fp = new FileProblems(show(path + "/_region.yaml"));
            String text = readText(regionFile, path + "/_region.yaml", listener, fp);
            // the plain form without a YAML tree; anything else (or anything to report) the full way
            RegionInfo info = text == null ? null : PlainRegion.read(text, path, parent);
            if (info == null && text != null) {
                LocatedYaml y = parseYaml(text, fp);
                info = y == null ? null : RegionReader.read(new FieldReader(y, fp, 1), path, parent);
            }
            problems.addAll(fp.list());
            if (info == null) {
                problems.add(new ContentProblem(fp.file(), 0, null, Severity.INFO, "region-skipped",
                        "因为这个 _region.yaml 有错误，文件夹 " + path + "/ 里的报告和下级地区都未载入"));
            }
            return info;
        }

        void top() throws IOException {
            for (Path p : list(root)) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    region(p, name, null, List.of());
                } else if (name.equals("site.yaml")) {
                    siteConfig(p);
                } else {
                    String hint = name.endsWith(".md")
                            ? "报告文件必须放在地区文件夹里（例如 shandong/jining/jinxiang/buji-zhen/" + name + "）"
                            : "内容文件夹的顶层只能有 site.yaml 和地区文件夹";
                    problems.add(new ContentProblem(show(name), 0, null, Severity.ERROR, "outside-layout",
                            "文件不在内容结构中：" + hint));
                }
            }
        }

        void siteConfig(Path p) {
            FileProblems fp = new FileProblems(show("site.yaml"));
            LocatedYaml y = parseYaml(p, "site.yaml", listener, fp);
            if (y != null) {
                config = SiteConfigReader.read(new FieldReader(y, fp, 1));
            }
            problems.addAll(fp.list());
        }

        void region(Path dir, String path, RegionInfo parent, List<RegionInfo> chain) throws IOException {
            RegionInfo info = regionInfo(dir, path, parent);
            if (info == null) {
                return;
            }
            regions.add(info);
            List<RegionInfo> here = new ArrayList<>(chain);
            here.add(info);
            Region region = regionOf(here);
            java.io.File folder = onDefaultFileSystem(dir) ? dir.toFile() : null;
            for (String name : names(dir)) {
                if (name.startsWith(".") || name.equals("_region.yaml")) {
                    continue;
                }
                String rel = path + "/" + name;
                // a java.io.File asks the system once, without the attribute objects of Files.isDirectory
                boolean isFolder = folder != null ? new java.io.File(folder, name).isDirectory()
                        : Files.isDirectory(dir.resolve(name));
                if (isFolder) {
                    region(dir.resolve(name), rel, info, here);
                    continue;
                }
                int year = reportYear(name);
                if (year >= 0) {
                    tasks.add(new ReportTask(dir.resolve(name), rel, path, year, region));
                } else if (!PlainYaml.isSourceFile(name)) {
                    problems.add(new ContentProblem(show(rel), 0, null, Severity.ERROR, "outside-layout",
                            "文件不在内容结构中：地区文件夹里只能有 _region.yaml、<年份>.md 报告（例如 2024.md）和"
                                    + " <年份>.source.<扩展名> 原件（例如 2024.source.pdf）"));
                }
            }
            if (reading != null) {
                reading.publish(false);
            }
        }
    }

    /**
     * Whether {@code s} is a folder name the content allows, {@code [a-z0-9][a-z0-9-]*} (checked without a regular
     * expression: the walk runs before anything is compiled).
     */
    static boolean isSlug(String s) {
        int n = s.length();
        if (n == 0 || !isLowerOrDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!isLowerOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #load} reads a file of this path whole and tells its {@link FileListener}: {@code site.yaml} at
     * the top, a region's {@code _region.yaml} and its reports ({@code <year>.md}). A file the walk skips after all
     * (a hidden folder, a folder whose region file failed) is not told.
     *
     * @param relative the file's path below the content root, {@code /}-separated
     */
    public static boolean readsWhole(String relative) {
        int slash = relative.lastIndexOf('/');
        if (slash < 0) {
            return relative.equals("site.yaml");
        }
        String name = relative.substring(slash + 1);
        return name.equals("_region.yaml") || reportYear(name) >= 0;
    }

    /** The year of a report file name, {@code [0-9]{4}\.md} ({@code 2024.md}), or −1 for any other name. */
    static int reportYear(String name) {
        if (name.length() != 7 || !name.startsWith(".md", 4) || !isDigits(name, 0, 4)) {
            return -1;
        }
        return Integer.parseInt(name, 0, 4, 10);
    }

    private record ReportTask(Path file, String relative, String regionPath, int year, Region region) {
    }

    private record ReportOutcome(String shownFile, Report report, ReportFile location, String sourceFile,
                                 List<ContentProblem> problems) {
    }

    private ReportOutcome readReport(ReportTask t, Walk walk, LineMap.Pool pool) {
        String shown = walk.show(t.relative());
        FileProblems fp = new FileProblems(shown);
        int length = decode(t.file(), t.relative(), walk.listener, true, fp);
        FrontMatter fm = length < 0 ? null : FrontMatter.splitLines(decodeBuffer.get(), length, fp);
        String id = t.regionPath() + "/" + t.year();
        BodySections body = null;
        FileProblems bodyProblems = new FileProblems(shown);
        if (fm != null) {
            body = BodySections.split(fm.text(), fm.length(), fm.bodyStart(), fm.bodyFirstLine(), bodyProblems);
            LineMap.Builder lines = new LineMap.Builder();
            Report fast = plainReports ? PlainReport.read(fm, id, t.year(), t.region(), body, lines,
                    (file, sha, fileLine, shaLine, problems) -> checkSource(walk, t, file, sha, fileLine, shaLine,
                            problems)) : null;
            if (fast != null) {
                fp.list().addAll(bodyProblems.list());
                return new ReportOutcome(shown, fp.hasErrors() ? null : fast,
                        new ReportFile(id, shown, lines.build(pool)), fast.source() == null ? null : fast.source().file(),
                        fp.list());
            }
        }
        // Anything beyond the plain form: the full reader, which reports every problem with line and key.
        LocatedYaml y = null;
        if (fm != null) {
            try {
                y = LocatedYaml.parse(this::yaml, fm.yaml(), fm.yamlFirstLine());
            } catch (LocatedYaml.SyntaxException e) {
                fp.error(e.line(), null, "yaml-syntax", "YAML 头部写法有误：" + e.getMessage());
            }
        }
        if (y != null && !y.root().isObject()) {
            fp.error(fm.yamlFirstLine(), null, "wrong-type", "YAML 头部应为一组键值（issuer: …、year: …），实际是"
                    + FieldReader.describe(y.root()));
            y = null;
        }
        if (y == null) {
            return new ReportOutcome(shown, null, null, null, fp.list());
        }
        fp.list().addAll(bodyProblems.list());
        ReportReader reader = new ReportReader(new FieldReader(y, fp, 1));
        String[] sourceRel = new String[1];
        Report r = reader.read(id, t.year(), t.region(), body,
                (file, sha, fileLine, shaLine, problems) -> {
                    sourceRel[0] = checkSource(walk, t, file, sha, fileLine, shaLine, problems);
                    return sourceRel[0];
                });
        // Keep keys and cells, not list positions; a cell on its row's line is found through the row.
        Map<String, Integer> lines = new HashMap<>(128);
        y.lines().forEach((k, v) -> {
            if (!isListPosition(k)) {
                lines.put(k, v);
            }
        });
        reader.cellLines().forEach((k, v) -> {
            int dot = k.lastIndexOf('.');
            Integer parent = dot < 0 ? null : lines.get(k.substring(0, dot));
            if (!v.equals(parent)) {
                lines.put(k, v);
            }
        });
        ReportFile loc = ReportFile.of(id, shown, lines, pool);
        return new ReportOutcome(shown, fp.hasErrors() ? null : r, loc, sourceRel[0], fp.list());
    }

    /** True for a path whose last part is a list index, e.g. {@code applications.granted.3}. */
    private static boolean isListPosition(String path) {
        int i = path.length() - 1;
        while (i >= 0 && Character.isDigit(path.charAt(i))) {
            i--;
        }
        return i < path.length() - 1 && i >= 0 && path.charAt(i) == '.';
    }

    private static Region regionOf(List<RegionInfo> chain) {
        String[] names = new String[RegionLevel.values().length];
        for (RegionInfo r : chain) {
            names[r.level().ordinal()] = r.name();
        }
        String code = chain.isEmpty() ? null : chain.get(chain.size() - 1).code();
        return new Region(names[0], names[1], names[2], names[3], code);
    }

    private String checkSource(Walk walk, ReportTask t, String file, String sha, int fileLine, int shaLine,
                               FileProblems fp) {
        Path folder = t.file().getParent();
        Path target = folder.resolve(file).normalize();
        Path rootAbs = walk.root.toAbsolutePath().normalize();
        if (file.contains("\\") || !target.toAbsolutePath().normalize().startsWith(rootAbs)) {
            fp.error(fileLine, "source.file", "bad-value", "source.file 应为与报告同一文件夹里的文件名（例如 "
                    + t.year() + ".source.pdf），实际是“" + file + "”");
            return null;
        }
        if (!Files.isRegularFile(target)) {
            fp.error(fileLine, "source.file", "source-missing", "找不到 source.file 指向的文件 "
                    + walk.show(rootAbs.relativize(target.toAbsolutePath()).toString().replace('\\', '/'))
                    + "；请把原件放在报告旁边，或删去 source.file");
            return null;
        }
        String relative = rootAbs.relativize(target.toAbsolutePath()).toString().replace('\\', '/');
        if (sha != null) {
            try {
                String actual = sha256(target);
                if (!actual.equals(sha)) {
                    fp.warning(shaLine, "source.sha256", "source-sha256-mismatch", "原件 " + walk.show(relative)
                            + " 的 sha256 是 " + actual + "，与 source.sha256 写的 " + sha
                            + " 不同：原件被换过，或者 sha256 抄错了");
                }
            } catch (IOException e) {
                fp.error(fileLine, "source.file", "io-error", "无法读取原件 " + walk.show(relative) + "：" + e.getMessage());
                return null;
            }
        }
        return relative;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        byte[] buf = new byte[65536];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static Content assemble(SiteConfig config, List<RegionInfo> walkedRegions,
                                    List<ContentProblem> walkProblems, List<ReportOutcome> outcomes) {
        List<ContentProblem> problems = new ArrayList<>(walkProblems);
        List<Report> reports = new ArrayList<>();
        TreeMap<String, String> sources = new TreeMap<>();
        TreeMap<String, ReportFile> files = new TreeMap<>();
        Map<String, ReportOutcome> firstByIssuerYear = new HashMap<>();
        List<ReportOutcome> sorted = new ArrayList<>(outcomes);
        // comparators written out: this runs once, on one thread, mostly before the JIT has compiled them
        sorted.sort((a, b) -> a.shownFile().compareTo(b.shownFile()));
        for (ReportOutcome o : sorted) {
            problems.addAll(o.problems());
            Report r = o.report();
            if (r == null) {
                continue;
            }
            String key = r.issuer() + "\u0000" + r.year();
            ReportOutcome first = firstByIssuerYear.putIfAbsent(key, o);
            if (first != null) {
                problems.add(new ContentProblem(o.shownFile(), o.location().lineOf("issuer"), "issuer", Severity.ERROR,
                        "duplicate-report", "“" + r.issuer() + "”的 " + r.year() + " 年报告已经在 " + first.shownFile()
                        + " 里；同一机关同一年只能有一份报告，这一份未载入"));
                continue;
            }
            reports.add(r);
            files.put(r.id(), o.location());
            if (o.sourceFile() != null) {
                sources.put(r.id(), o.sourceFile());
            }
        }
        problems.sort(PROBLEM_ORDER);
        reports.sort((a, b) -> a.id().compareTo(b.id()));
        List<RegionInfo> regions = new ArrayList<>(walkedRegions);
        regions.sort(Comparator.comparing(RegionInfo::path));
        return new Content(config, regions, reports, problems, sources, files);
    }

    private LocatedYaml parseYaml(Path file, String relative, FileListener listener, FileProblems fp) {
        String text = readText(file, relative, listener, fp);
        return text == null ? null : parseYaml(text, fp);
    }

    /** The YAML file's text read as a mapping with the line of every key; null (reported) when it is not one. */
    private LocatedYaml parseYaml(String text, FileProblems fp) {
        try {
            LocatedYaml y = LocatedYaml.parse(this::yaml, text.startsWith("\uFEFF") ? text.substring(1) : text, 1);
            if (!y.root().isObject()) {
                fp.error(1, null, "wrong-type", "应为一组键值（例如 name: 山东省），实际是" + FieldReader.describe(y.root()));
                return null;
            }
            return y;
        } catch (LocatedYaml.SyntaxException e) {
            fp.error(e.line(), null, "yaml-syntax", "YAML 写法有误：" + e.getMessage());
            return null;
        }
    }

    /**
     * The file's text, decoded as UTF-8; null (reported) when it is not UTF-8 or cannot be read. It is decoded
     * strictly ({@link Utf8}) into this thread's buffer and copied out once: {@code new String(bytes, UTF_8)}
     * allocates three times the file's size for Chinese text, and a second decoding (or a search for U+FFFD) would
     * be needed to tell a byte sequence that is not UTF-8.
     */
    private String readText(Path file, String relative, FileListener listener, FileProblems fp) {
        int n = decode(file, relative, listener, false, fp);
        return n < 0 ? null : new String(decodeBuffer.get(), 0, n);
    }

    /**
     * Decodes the file as UTF-8 into this thread's buffer ({@code decodeBuffer}) and returns how many characters
     * it holds; −1 (reported) when it is not UTF-8 or cannot be read. The buffer holds them until this thread
     * decodes the next file: a report's front matter and parts are read from it in place, copied out once.
     *
     * @param lineFeeds whether line ends are made {@code \n} while decoding ({@link Utf8#decodeLines})
     */
    private int decode(Path file, String relative, FileListener listener, boolean lineFeeds, FileProblems fp) {
        try {
            byte[] bytes = readAllBytes(file);
            if (listener != null) {
                listener.read(relative, bytes);
            }
            char[] buffer = decodeBuffer.get();
            if (buffer == null || buffer.length < bytes.length) {
                buffer = new char[Math.max(bytes.length, 1 << 14)];
                decodeBuffer.set(buffer);
            }
            int n = lineFeeds ? Utf8.decodeLines(bytes, bytes.length, buffer) : Utf8.decode(bytes, bytes.length, buffer);
            if (n < 0) {
                fp.error(0, null, "not-utf8", "文件不是 UTF-8 编码；请用 UTF-8 保存（不要用 GBK）");
            }
            return n;
        } catch (IOException e) {
            fp.error(0, null, "io-error", "无法读取文件：" + e.getMessage());
            return -1;
        }
    }

    /**
     * {@code Files.readAllBytes(file)} with three system calls and little Java (it runs 2,500 times while the
     * program starts); anything unusual (not the default file system, an error, a file that grew while read)
     * goes to {@code Files.readAllBytes}, which reports errors as before.
     */
    private static byte[] readAllBytes(Path file) throws IOException {
        if (file.getFileSystem() == java.nio.file.FileSystems.getDefault()) {
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "r")) {
                long length = f.length();
                if (length < Integer.MAX_VALUE - 16) {
                    byte[] bytes = new byte[(int) length];
                    f.readFully(bytes);
                    if (f.read() < 0) {
                        return bytes;
                    }
                }
            } catch (IOException e) {
                // read again below, which throws the exception the loader has always reported
            }
        }
        return Files.readAllBytes(file);
    }

    /** The entries of a folder, sorted by name. */
    private static List<Path> list(Path dir) throws IOException {
        String[] names = names(dir);
        List<Path> out = new ArrayList<>(names.length);
        for (String name : names) {
            out.add(dir.resolve(name));
        }
        return out;
    }

    /** The names of a folder's entries, sorted. */
    private static String[] names(Path dir) throws IOException {
        String[] names = onDefaultFileSystem(dir) ? dir.toFile().list() : null;
        if (names == null) {
            // Not a folder of the default file system, or it cannot be read: the exception Files.list throws.
            try (Stream<Path> s = Files.list(dir)) {
                return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
            }
        }
        Arrays.sort(names);
        return names;
    }

    private static boolean onDefaultFileSystem(Path p) {
        return p.getFileSystem() == java.nio.file.FileSystems.getDefault();
    }
}
