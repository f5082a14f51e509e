package cn.gongkai.cli;

import cn.gongkai.check.Checker;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.content.ContentProblem;
import cn.gongkai.content.RegionInfo;
import cn.gongkai.content.RegionLevel;
import cn.gongkai.content.SiteConfig;
import cn.gongkai.data.DataFiles;
import cn.gongkai.data.DataKind;
import cn.gongkai.data.DataResource;
import cn.gongkai.model.Report;
import cn.gongkai.model.Severity;
import cn.gongkai.render.PageRenderer;
import cn.gongkai.render.RenderException;
import cn.gongkai.render.RenderOptions;
import cn.gongkai.render.RenderedPage;
import cn.gongkai.render.Templates;
import cn.gongkai.render.Theme;
import cn.gongkai.render.Views;
import cn.gongkai.search.Facets;
import cn.gongkai.search.SearchIndexer;
import cn.gongkai.site.AtomFeed;
import cn.gongkai.site.FolderSink;
import cn.gongkai.site.IncrementalSink;
import cn.gongkai.site.PageScope;
import cn.gongkai.site.PageTexts;
import cn.gongkai.site.OutputSink;
import cn.gongkai.site.Page;
import cn.gongkai.site.RegionTree;
import cn.gongkai.site.SitePaths;
import cn.gongkai.site.SitePlan;
import cn.gongkai.site.Sitemap;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the portal: load content → check → plan pages → data files → pages (each fed to the search indexer)
 * → search index → sitemap, feed,
 * assets and source copies → swap the finished site in. Each stage is timed; {@code --verbose} prints the
 * timings. Everything is written to a staging folder beside the output folder and put in place only when every
 * stage succeeded, so a failed build leaves the previous site as it was: a first build's staging folder becomes
 * the output; after an earlier build (its manifest beside the output) the staging folder holds only the files that
 * changed, which are moved into the output one by one, and the files no longer made are deleted
 * ({@link IncrementalSink}).
 */
public final class SiteBuild {

    /**
     * @param content    the content folder
     * @param out        the output folder (made anew, or updated with what changed, on success)
     * @param themes     the folder holding site themes ({@code themes/} beside {@code content/}), may not exist
     * @param baseUrl    overrides {@code site.yaml}'s base_url (for sitemap and feed), or null
     * @param strict     any content error fails the build and nothing is written
     * @param liveReload pages get the reload script ({@code serve} only)
     */
    public record Options(Path content, Path out, Path themes, String baseUrl, boolean strict, boolean verbose,
                          boolean liveReload, boolean serialStages) {
        /** Options with the stages overlapped where they can be (the normal build). */
        public Options(Path content, Path out, Path themes, String baseUrl, boolean strict, boolean verbose,
                       boolean liveReload) {
            this(content, out, themes, baseUrl, strict, verbose, liveReload, false);
        }
    }



    /** What a build did; {@code exitCode} follows {@link Main}'s codes. */
    public record Result(int exitCode, int pages, int reports, int errors, int warnings, int files, long millis) {
    }

    /** A build stage that failed in a way the user must act on; the message says what and where. */
    static final class BuildFailure extends Exception {
        final int exitCode;

        BuildFailure(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final BuildTools tools;
    private final Map<String, Long> timings = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Long> cpuTimings = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    /** Stages that ran on another thread beside a stage: their name → that stage (for --verbose). */
    private final Map<String, String> beside = new java.util.concurrent.ConcurrentHashMap<>();
    /** CPU time spent by all page threads rendering, writing and indexing (for --verbose). */
    private final AtomicLong[] pageSplit = {new AtomicLong(), new AtomicLong(), new AtomicLong()};
    /** What the pages split is measured with ({@link ThreadClock#NONE} unless --verbose). */
    private volatile ThreadClock split = ThreadClock.NONE;
    /** What a long build tells while it runs. */
    private volatile BuildProgress progress = new BuildProgress(new PrintWriter(java.io.Writer.nullWriter()), false);
    /** The launcher's hash of the folders the last build read ({@link InputListing#launcherHash}), or null. */
    private volatile String launcherListing;
    /** The search texts of the pages, kept for the next build (this build's, once the sink is open). */
    private volatile SearchTexts texts;
    /** Whether the new files are being moved into the output (a failure then leaves it partly updated). */
    private volatile boolean committing;
    /** Pages taken over from the previous output unrendered. */
    private final AtomicLong keptPages = new AtomicLong();

    public SiteBuild(PrintWriter out, PrintWriter err) {
        this(out, err, BuildTools.whenAsked());
    }

    /** A build whose mappers and Markdown parser come from {@code tools} (perhaps still being made). */
    SiteBuild(PrintWriter out, PrintWriter err, BuildTools tools) {
        this.out = out;
        this.err = err;
        this.tools = tools;
    }

    public Result run(Options o) {
        try (BuildProgress p = new BuildProgress(err, o.verbose() || System.console() != null)) {
            progress = p;
            return build(o);
        } finally {
            progress = new BuildProgress(err, false);
        }
    }

    private Result build(Options o) {
        long start = System.nanoTime();
        launcherListing = null;
        timings.clear();
        cpuTimings.clear();
        beside.clear();
        for (AtomicLong a : pageSplit) {
            a.set(0);
        }
        keptPages.set(0);
        Path staging = stagingFolder(o.out());
        texts = null;
        committing = false;
        BuildStamp stamp = new BuildStamp(o.out());
        // The stamp (a listing of what the build reads) and the content hashes of the incremental build need
        // nothing from the loaded content: they are taken on a side thread while the content loads.
        ExecutorService side = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gongkai-inputs");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<ThreadClock> clock = side.submit(() -> o.verbose() ? ThreadClock.cpu() : ThreadClock.NONE);
            Future<BuildStamp.Listings> listed = side.submit(() -> BuildStamp.Listings.of(o));
            Future<String> fingerprintDone = side.submit(() -> timed("stamp", () -> {
                BuildStamp.Listings in = o.liveReload() ? null : orNull(listed);
                return in == null ? null : BuildStamp.fingerprint(o, in);   // null: always build
            }));
            if (o.serialStages()) {
                awaitQuietly(fingerprintDone);
            }
            Future<BuildInputs.Prepared> inputsDone = side.submit(() -> timed("inputs",
                    () -> BuildInputs.prepare(o, join(listed))));
            Future<String> launcherHash = side.submit(() -> o.liveReload() ? null
                    : InputListing.launcherHash(join(listed).folders()));
            side.shutdown();
            if (o.serialStages()) {
                awaitQuietly(inputsDone);
            } else {
                beside.put("stamp", "load");
                beside.put("inputs", "load");
            }
            // the loader hands over the bytes of every file it reads, so their hashes need no second read
            BuildInputs.LoadedFiles loadedFiles = new BuildInputs.LoadedFiles();
            Content content = stage("load", () -> new ContentLoader(tools::yaml).load(o.content(), loadedFiles));
            String fingerprint = join(fingerprintDone);
            BuildStamp.Recorded last = stamp.lookup(fingerprint, o.out());
            if (last != null) {
                // Nothing the build reads has changed since the last build: its output is what this build
                // would write.
                last.messages().forEach(err::println);
                printTimings(o.verbose());
                out.println(last.summary() + "（内容、主题和程序均未改变，沿用上次的输出）");
                return new Result(last.exitCode(), 0, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
            }
            stamp.forget();
            int errors = count(content.problems(), Severity.ERROR);
            int warnings = count(content.problems(), Severity.WARNING);
            List<String> messages = new ArrayList<>();
            for (ContentProblem p : content.problems()) {
                messages.add(p.format());
                err.println(p.format());
            }
            if (o.strict() && errors > 0) {
                throw new BuildFailure(Main.CONTENT_ERRORS, errors + " 个错误，--strict 模式下不生成网站；"
                        + o.out() + " 保持不变");
            }
            final Content loaded = withBaseUrl(content, o.baseUrl());
            // The theme's templates need only the site's configuration: they are read (Freemarker set up, the
            // built-in templates' texts compared) on a thread of their own while the reports are checked, instead
            // of on the main thread between the plan and the first page, where the pool had one stage to run.
            java.util.concurrent.FutureTask<Templates> templatesRead = null;
            if (!o.serialStages()) {
                templatesRead = new java.util.concurrent.FutureTask<>(() -> new Templates(theme(o, loaded)));
                Thread reader = new Thread(templatesRead, "gongkai-templates");
                reader.setDaemon(true);
                reader.start();
            }

            Checker checker = new Checker();
            List<Report> checked = stage("check", () -> checker.checkAll(loaded.reports()));

            deleteTree(staging);
            Files.createDirectories(staging);
            BuildInputs inputs = join(inputsDone).with(loadedFiles);
            split = join(clock);
            IncrementalSink sink = IncrementalSink.open(o.out(), manifestPath(o.out()), new FolderSink(staging),
                    inputs.global());
            // the search text of the pages kept unrendered comes from the last build's file of them (when its
            // entry was made from the same inputs), not from reading the pages back; this build's replaces it
            texts = new SearchTexts(o.out());
            SearchIndexer search = new SearchIndexer();
            List<Page> pages;
            SitePlan plan;
            Templates templates;
            if (o.serialStages()) {
                plan = stage("plan", () -> SitePlan.of(loaded, checked));
                templates = new Templates(theme(o, loaded));
                PageKeys keys = p -> inputs.key(PageScope.of(p, plan.regions()));
                List<DataResource> data = stage("data", () -> new DataFiles(tools::json).writeAll(loaded, checked, sink));
                PageRenderer renderer = new PageRenderer(plan, templates, tools.markdown(),
                        new RenderOptions(o.liveReload(), dataViews(data), checker::reuseShare));
                pages = renderer.pages();
                stage("pages", () -> renderPages(renderer, pages, plan, sink, search, keys, texts));
                stage("search", () -> {
                    search.write(sink);
                    return null;
                });
            } else {
                // The data files need nothing from the pages and the pages nothing from the data files but the
                // data page's list of them: the data stage starts as soon as the reports are checked, runs while
                // the pages are planned and the theme's templates are read, then beside the pages and the search
                // index; the data page is rendered once it is done. Both run as tasks of one work-stealing pool
                // with a worker per core, and so do the parallel streams inside them: a worker waiting for a part
                // of its own stage runs any other task meanwhile (pages, data), where a thread of its own would
                // sit idle while the pool's workers are busy with the other stage.
                ForkJoinPool workers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
                beside.put("data", "plan, pages and search");
                beside.put("pages", "data");
                beside.put("search", "data");
                Future<List<DataResource>> dataDone = workers.submit(() -> timed("data",
                        () -> new DataFiles(tools::json).writeAll(loaded, checked, sink)));
                try {
                    plan = stage("plan", () -> SitePlan.of(loaded, checked));
                    templates = join(templatesRead);
                    PageKeys keys = p -> inputs.key(PageScope.of(p, plan.regions()));
                    PageRenderer renderer = new PageRenderer(plan, templates, tools.markdown(),
                            new RenderOptions(o.liveReload(), List.of(), checker::reuseShare, true));
                    pages = renderer.pages();
                    List<Page> withoutData = pages.stream().filter(p -> !(p instanceof Page.Data)).toList();
                    join(workers.submit(() -> {
                        stage("pages", () -> renderPages(renderer, withoutData, plan, sink, search, keys, texts));
                        return stage("search", () -> {
                            search.write(sink);
                            return null;
                        });
                    }));
                    List<DataResource> data = join(dataDone);
                    List<Page> dataPages = pages.stream().filter(p -> p instanceof Page.Data).toList();
                    stage("datapage", () -> renderPages(new PageRenderer(plan, templates, tools.markdown(),
                            new RenderOptions(o.liveReload(), dataViews(data), checker::reuseShare)), dataPages,
                            plan, sink, search, keys, texts));
                } finally {
                    // never leave the data stage writing into a staging folder that is being removed
                    awaitQuietly(dataDone);
                    workers.shutdown();
                }
            }
            stage("files", () -> {
                writeFiles(sink, plan, pages, templates, loaded, o.content());
                return null;
            });

            stage("swap", () -> {
                if (sink.updating()) {
                    // only the files that changed are in the staging folder: moved into the output one by one
                    committing = true;
                    sink.commitInPlace();
                    deleteTree(staging);
                } else {
                    swapIn(staging, o.out());
                }
                return null;
            });
            try {
                texts.finish();
                sink.saveManifest(manifestPath(o.out()));
            } catch (IOException e) {
                Files.deleteIfExists(manifestPath(o.out()));   // the next build then renders every page
            }

            long ms = (System.nanoTime() - start) / 1_000_000;
            int exit = errors > 0 ? Main.CONTENT_ERRORS : Main.OK;
            printTimings(o.verbose());
            if (o.verbose()) {
                out.printf(Locale.ROOT, "  (pages, cpu summed over threads: render %d ms, write %d ms, index %d ms)%n",
                        pageSplit[0].get() / 1_000_000, pageSplit[1].get() / 1_000_000, pageSplit[2].get() / 1_000_000);
                out.printf(Locale.ROOT, "  (%d of %d pages kept from the previous output unrendered; files: %d written,"
                        + " %d linked, %d left as they were, %d removed; %s)%n", keptPages.get(), pages.size(),
                        sink.written(), sink.linked(), sink.unchanged(), sink.removed(),
                        sink.updating() ? "output updated in place" : "new output swapped in");
                out.printf(Locale.ROOT, "  (search text of %d kept pages from %s, %d read from the pages)%n",
                        texts.cached.get(), PageTexts.fileFor(o.out()).getFileName(), texts.parsed.get());
            }
            // Content problems decide the exit code; check findings (a report contradicting itself, missing
            // tables) are published on the pages and counted here so the line agrees with `gongkai check`.
            long checkErrors = countDiagnostics(checked, Severity.ERROR);
            long checkWarnings = countDiagnostics(checked, Severity.WARNING);
            String summary = String.format(Locale.ROOT, "%s: %d pages, %d reports, %d errors, %d warnings"
                    + " (checks: %d errors, %d warnings), %d files in %.2f s → %s",
                    exit == Main.OK ? "built" : "built with errors", pages.size(), checked.size(),
                    errors, warnings, checkErrors, checkWarnings, sink.files(), ms / 1000.0, o.out());
            out.println(summary);
            if (!o.liveReload()) {
                stamp.save(fingerprint, exit, summary, messages);
                launcherListing = orNull(launcherHash);
            }
            if (errors > 0) {
                out.println("  " + errors + " 个错误：出错的报告未发布，其余报告已生成（用 --strict 可在有错误时不生成）。");
            }
            return new Result(exit, pages.size(), checked.size(), errors, warnings, sink.files(), ms);
        } catch (BuildFailure f) {
            cleanUp(staging, texts);
            err.println("gongkai build: " + f.getMessage());
            return new Result(f.exitCode, 0, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | UncheckedIOException e) {
            cleanUp(staging, texts);
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println("gongkai build: 无法读写文件：" + describe(io) + "；" + o.out() + (committing
                    ? " 只更新了一部分（每个文件都是完整的），下次构建会重新生成全部文件" : " 保持不变"));
            return new Result(Main.USAGE_OR_IO, 0, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
        } catch (RenderException e) {
            cleanUp(staging, texts);
            err.println("gongkai build: 页面模板出错：" + e.getMessage() + "；" + o.out() + " 保持不变");
            return new Result(Main.CONTENT_ERRORS, 0, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Renders pages on all cores, writes each and hands the searchable ones to the indexer. Every page is tried
     * before a failure is reported, so no worker still writes into the staging folder while it is being removed.
     */
    /** The key of what a page is made from (see {@link PageScope}). */
    @FunctionalInterface
    private interface PageKeys {
        String of(Page page);
    }

    /**
     * Renders pages on all cores, writes each and hands the searchable ones to the indexer; a page made from
     * the same inputs as in the previous build is taken over from its output instead of rendered. Every page is
     * tried before a failure is reported, so no worker still writes into the staging folder while it is being
     * removed.
     */
    private Void renderPages(PageRenderer renderer, List<Page> pages, SitePlan plan, IncrementalSink sink,
                             SearchIndexer search, PageKeys keys, SearchTexts texts) {
        progress.stage("pages", pages.size());
        List<Integer> order = renderOrder(pages);
        List<RuntimeException> results = FineTasks.map(order, i -> {
            Page p = pages.get(i);
            try {
                long r0 = split.now();
                String key = keys.of(p);
                Facets facets = searchFacets(plan, p);
                RenderedPage page;
                PageTexts.Text kept = null;
                if (sink.keepPage(p.path(), key)) {
                    keptPages.incrementAndGet();
                    page = null;
                    kept = facets == null ? null : texts.kept(p.path(), key);
                } else {
                    // the page's search text only for the search index: the others are written straight to bytes
                    page = renderer.renderPage(p, facets != null);
                }
                long t1 = split.now();
                if (page != null) {
                    sink.writePage(p.path(), page.utf8(), key);
                }
                long t2 = split.now();
                if (facets != null) {
                    if (page != null && page.searchText() != null) {
                        // read while the page was written: no text of the page to parse again
                        search.add(p.path(), page.searchTitle(), page.searchText(), facets);
                        texts.put(p.path(), key, page.searchTitle(), page.searchText());
                    } else if (kept != null) {
                        // a kept page's text as the last build read it
                        search.add(p.path(), kept.title(), kept.text(), facets);
                        texts.put(p.path(), key, kept.title(), kept.text());
                    } else {
                        if (page == null) {
                            texts.parsed.incrementAndGet();
                        }
                        String text = page != null ? page.html() : sink.previousText(p.path());
                        search.add(p.path(), text, facets);
                    }
                }
                pageSplit[0].addAndGet(t1 - r0);
                pageSplit[1].addAndGet(t2 - t1);
                pageSplit[2].addAndGet(split.now() - t2);
                progress.step();
                return null;
            } catch (IOException e) {
                return new UncheckedIOException(e);
            } catch (RuntimeException e) {
                return e;
            }
        });
        // the failure of the first page in the plan's order, whatever order they were rendered in
        RuntimeException first = null;
        int firstAt = Integer.MAX_VALUE;
        for (int k = 0; k < results.size(); k++) {
            if (results.get(k) != null && order.get(k) < firstAt) {
                first = results.get(k);
                firstAt = order.get(k);
            }
        }
        if (first != null) {
            throw first;
        }
        return null;
    }

    /**
     * The order the pages are rendered in (indices into {@code pages}): the pages there is one of (home, search,
     * 404: the last two run their templates through Freemarker, whose first page sets up its collator and
     * template classes) and the comparison pages (a county's reports in ten orders) first, then the others in
     * the plan's order. The work-stealing tasks then end on small pages: with the plan's order the last task held
     * the search and 404 pages and ran for a tenth of a second on one core while the other waited for it.
     */
    static List<Integer> renderOrder(List<Page> pages) {
        List<Integer> first = new ArrayList<>();
        List<Integer> rest = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            boolean many = p instanceof Page.ReportView || p instanceof Page.Region || p instanceof Page.Changes;
            (many ? rest : first).add(i);
        }
        first.addAll(rest);
        return first;
    }

    /** The theme {@code site.yaml} names, or a failure telling the clerk where it should be. */
    private static Theme theme(Options o, Content loaded) throws BuildFailure {
        Theme theme = Theme.find(o.themes(), loaded.config().theme());
        String missingTheme = missingTheme(theme, o.themes());
        if (missingTheme != null) {
            throw new BuildFailure(Main.CONTENT_ERRORS, missingTheme);
        }
        return theme;
    }

    /**
     * A side task's result, or null when it failed: for what only saves work (the no-change fingerprint, the
     * launcher's listing hash), whose inputs the inputs stage reads too and reports when they fail.
     */
    private static <T> T orNull(Future<T> f) {
        try {
            return join(f);
        } catch (IOException | BuildFailure | RuntimeException e) {
            return null;
        }
    }

    /**
     * The launcher's hash of the content and themes folders as the last successful build found them (see
     * {@link InputListing#launcherHash}), or null when there is none.
     */
    String launcherListing() {
        return launcherListing;
    }

    /** Where the manifest of the output's files is kept: beside the output, never in it. */
    static Path manifestPath(Path out) {
        return IncrementalSink.stateFolder(out).resolve("manifest.tsv");
    }

    private static void awaitQuietly(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException | CancellationException ignored) {
            // reported by joinData
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A side task's result (the data stage, the inputs), or its failure as the task itself would have thrown it. */
    private static <T> T join(Future<T> f) throws IOException, BuildFailure {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a stage on another thread");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof BuildFailure b) {
                throw b;
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /** The content with {@code --base-url} in place of {@code site.yaml}'s base_url (when given). */
    static Content withBaseUrl(Content content, String baseUrl) {
        if (baseUrl == null) {
            return content;
        }
        SiteConfig c = content.config();
        return new Content(new SiteConfig(c.title(), c.description(), baseUrl, c.theme(), c.licence(),
                c.publisher()), content.regions(), content.reports(), content.problems(), content.sourceFiles());
    }

    /** What to tell when {@code site.yaml} names a theme that has no folder, or null when the theme is there. */
    static String missingTheme(Theme theme, Path themesRoot) {
        if ("default".equals(theme.name()) || theme.folder() != null) {
            return null;
        }
        return "site.yaml: 主题“" + theme.name() + "”不存在：请在 " + themesRoot + "/" + theme.name()
                + "/ 下建立主题，或删去 theme 一项";
    }

    /** Stage name → milliseconds of the last run, in stage order. */
    public Map<String, Long> timings() {
        return Map.copyOf(timings);
    }

    private static long countDiagnostics(List<Report> reports, Severity s) {
        return reports.stream().flatMap(r -> r.diagnostics().stream()).filter(d -> d.severity() == s).count();
    }

    private static int count(List<ContentProblem> problems, Severity s) {
        return (int) problems.stream().filter(p -> p.severity() == s).count();
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : " " + m);
    }

    /** The static files besides the pages: assets, source copies, sitemap, robots, feed. */
    private void writeFiles(OutputSink sink, SitePlan plan, List<Page> pages, Templates templates, Content content,
                            Path contentRoot) throws IOException {
        for (Map.Entry<String, byte[]> e : templates.staticFiles().entrySet()) {
            sink.write(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : plan.sources().entrySet()) {
            String relative = content.sourceFiles().get(e.getKey());
            sink.write(e.getValue(), Files.readAllBytes(contentRoot.resolve(relative)));
        }
        writeSiteFiles(sink, plan, pages);
    }

    /** The files that describe the whole site: sitemap, robots.txt, Atom feed. */
    static void writeSiteFiles(OutputSink sink, SitePlan plan, List<Page> pages) throws IOException {
        List<String> paths = new ArrayList<>();
        pages.forEach(p -> paths.add(p.path()));
        sink.write(SitePaths.SITEMAP, Sitemap.xml(plan.config().baseUrl(), paths));
        sink.write(SitePaths.ROBOTS, Sitemap.robots(plan.config().baseUrl()));
        sink.write(SitePaths.FEED, AtomFeed.xml(plan.config(), plan.reports()));
    }

    /**
     * What the search page can filter a page by, or null for pages that are not searched (home, comparisons,
     * data, 404): reports and region pages, with county and township names from the folder chain.
     */
    static Facets searchFacets(SitePlan plan, Page page) {
        String regionPath;
        Integer year = null;
        if (page instanceof Page.ReportView r) {
            regionPath = RegionTree.regionPathOf(r.report().id());
            year = r.report().year();
        } else if (page instanceof Page.Region r) {
            regionPath = r.region().path();
        } else {
            return null;
        }
        if (regionPath == null || plan.regions().get(regionPath) == null) {
            return new Facets(null, null, year);
        }
        RegionInfo county = plan.regions().ancestorAt(regionPath, RegionLevel.COUNTY);
        RegionInfo township = plan.regions().ancestorAt(regionPath, RegionLevel.TOWNSHIP);
        return new Facets(county == null ? null : county.name(), township == null ? null : township.name(), year);
    }

    /** The data page's view of the downloads: one entry per portal-wide file, one per kind of per-report file. */
    static List<Views.DataFileView> dataViews(List<DataResource> data) {
        String root = SitePaths.root(SitePaths.DATA);
        List<Views.DataFileView> out = new ArrayList<>();
        Map<DataKind, List<DataResource>> many = new LinkedHashMap<>();
        for (DataResource d : data) {
            boolean perSubject = d.kind() == DataKind.REPORT_JSON || d.kind() == DataKind.REGION_JSON
                    || d.kind() == DataKind.REGION_CSV;
            if (perSubject) {
                many.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d);
            } else {
                out.add(new Views.DataFileView(d.title(), d.description(), d.format(), SitePaths.href(root, d.path()),
                        "下载 " + d.path().substring(d.path().lastIndexOf('/') + 1), 1, size(d.bytes()), d.sha256(),
                        fields(d)));
            }
        }
        for (Map.Entry<DataKind, List<DataResource>> e : many.entrySet()) {
            DataResource first = e.getValue().get(0);
            String pattern = switch (e.getKey()) {
                case REPORT_JSON -> "data/reports/<报告 id>.json";
                case REGION_JSON -> "data/townships/<地区路径>.json";
                default -> "data/townships/<地区路径>.csv";
            };
            // the township CSVs have the columns of reports-wide.csv, listed there (their description says so)
            List<Views.FieldView> columns = e.getKey() == DataKind.REGION_CSV ? List.of() : fields(first);
            out.add(new Views.DataFileView(e.getKey().label(), first.description() + " 文件位置：" + pattern + "。",
                    first.format(), SitePaths.href(root, first.path()), "示例：" + first.path(), e.getValue().size(),
                    null, null, columns));
        }
        return out;
    }

    private static List<Views.FieldView> fields(DataResource d) {
        return d.fields().stream().map(f -> new Views.FieldView(f.name(), f.type(), f.description())).toList();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** {@code site-output} → {@code site-output.staging} beside it (same file system, so the swap is a rename). */
    static Path stagingFolder(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".staging");
    }

    /** Replaces {@code out} by {@code staging}: two renames; the old output is removed only afterwards. */
    static void swapIn(Path staging, Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path old = abs.resolveSibling(abs.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(abs)) {
            move(abs, old);
        }
        move(staging, abs);
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void cleanUp(Path staging, SearchTexts texts) {
        if (texts != null) {
            texts.close();
        }
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // The staging folder is ours and git-ignored; a leftover is removed by the next build.
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(dir);
            return;
        }
        // The folders below are deleted on all cores (an old output has thousands of files: a rebuild's swap
        // spent most of its time here); then the folder itself.
        List<Path> children;
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            children = list.toList();
        }
        List<IOException> failed = children.parallelStream().map(child -> {
            try {
                deleteWalking(child);
                return null;
            } catch (IOException e) {
                return e;
            }
        }).filter(java.util.Objects::nonNull).toList();
        if (!failed.isEmpty()) {
            throw failed.get(0);
        }
        Files.delete(dir);
    }

    private static void deleteWalking(Path path) throws IOException {
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @FunctionalInterface
    private interface StageWork<T> {
        T run() throws Exception;
    }

    /** Runs one stage, timed, and tells it as the build's progress. */
    private <T> T stage(String name, StageWork<T> work) throws IOException, BuildFailure {
        progress.stage(name, 0);
        return timed(name, work);
    }

    /** Runs one stage, timed (a stage beside others, which the progress does not tell). */
    private <T> T timed(String name, StageWork<T> work) throws IOException, BuildFailure {
        long t0 = System.nanoTime();
        long c0 = processCpuNanos();
        try {
            return work.run();
        } catch (IOException | BuildFailure | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            timings.put(name, (System.nanoTime() - t0) / 1_000_000);
            cpuTimings.put(name, (processCpuNanos() - c0) / 1_000_000);
        }
    }

    /**
     * CPU time of the whole process so far (all threads), or 0 when the system cannot tell; read from the
     * process table ({@link ProcessHandle}), which costs nothing to set up, unlike the management beans.
     */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** Per stage: wall time, and CPU time of all threads (on a busy machine the two differ a lot). */
    private void printTimings(boolean verbose) {
        if (!verbose) {
            return;
        }
        synchronized (timings) {
            timings.forEach((k, v) -> {
                Long cpu = cpuTimings.get(k);
                String extra;
                if (beside.containsKey(k)) {
                    extra = "  (beside " + beside.get(k) + ")";
                } else {
                    extra = cpu == null ? "" : String.format(Locale.ROOT, "  (cpu %6d ms)", cpu);
                }
                out.printf(Locale.ROOT, "  %-6s %6d ms%s%n", k, v, extra);
            });
        }
        out.printf(Locale.ROOT, "  cpu, all threads since the JVM started: %d ms%n", processCpuNanos() / 1_000_000);
    }

    /** Stages that run at the same time as another; the process CPU time during one is not its own. */
}
