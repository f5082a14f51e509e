package cn.gongkai.cli;

import cn.gongkai.check.Checker;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.content.ContentProblem;
import cn.gongkai.data.DataFiles;
import cn.gongkai.data.DataResource;
import cn.gongkai.data.JsonMapper;
import cn.gongkai.model.Report;
import cn.gongkai.render.Markdown;
import cn.gongkai.render.PageRenderer;
import cn.gongkai.render.RenderOptions;
import cn.gongkai.render.Templates;
import cn.gongkai.render.Theme;
import cn.gongkai.search.Facets;
import cn.gongkai.search.SearchIndexer;
import cn.gongkai.site.FolderSink;
import cn.gongkai.site.Page;
import cn.gongkai.site.SitePaths;
import cn.gongkai.site.SitePlan;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site {@code serve} shows. Unlike {@code build} it writes no pages: each page is rendered from the loaded
 * content when the browser asks for it (and kept until the next change), so an edit shows after reloading just
 * what changed, not after a whole build. The files made from all reports at once — data files, search index,
 * sitemap, feed — are made into a scratch folder on the first request for one of them after a change.
 * Safe for the server's threads: every request reads one immutable {@link State}; a reload swaps in a new one.
 */
final class PreviewSite {

    /** What one version of the preview shows. */
    private record State(long version, Content content, List<Report> checked, SitePlan plan, Theme theme,
                         Templates templates, PageRenderer renderer, Map<String, Page> pages,
                         Map<String, String> sources,
                         Map<String, byte[]> rendered, Generated[] generated) {
    }

    /** The files made from the whole site: where they are and the data page's view of them. */
    private record Generated(Path folder, List<DataResource> data) {
    }

    /** A response: status, file name (for the content type) and body. */
    record Response(int status, String name, byte[] body) {
    }

    private final SiteBuild.Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path scratch;
    private final ObjectMapper json = JsonMapper.create();
    private final ObjectMapper yaml = ContentLoader.yamlMapper();
    private final Markdown markdown = new Markdown();
    /** The checks, which also remember the year-over-year text shares they found for the changes pages. */
    private final Checker checker = new Checker();
    private volatile State state;

    PreviewSite(SiteBuild.Options options, Path scratch, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.scratch = scratch;
        this.out = out;
        this.err = err;
    }

    /** The version the pages poll: it changes whenever what the preview shows may have changed. */
    long version() {
        State s = state;
        return s == null ? 0 : s.version();
    }

    /**
     * Loads everything (at start, and after a change to site.yaml, a region file, a source copy or the theme).
     * Returns false when the content could not be read at all (the previous version stays on show).
     */
    synchronized boolean loadAll() {
        long t0 = System.nanoTime();
        try {
            Content content = new ContentLoader(yaml).load(options.content());
            printProblems(content.problems());
            if (options.strict() && content.hasErrors()) {
                err.println("gongkai serve: 内容有错误，--strict 模式下" + (state == null ? "不启动预览" : "继续显示修改前的版本"));
                err.flush();
                return false;
            }
            content = SiteBuild.withBaseUrl(content, options.baseUrl());
            List<Report> checked = checker.checkAll(content.reports());
            Theme theme = Theme.find(options.themes(), content.config().theme());
            String missingTheme = SiteBuild.missingTheme(theme, options.themes());
            if (missingTheme != null) {
                err.println("gongkai serve: " + missingTheme);
                return false;
            }
            Templates templates = new Templates(theme);
            install(content, checked, theme, templates);
            report("loaded", content, t0);
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("gongkai serve: 无法读取内容：" + e.getMessage());
            return false;
        }
    }

    /**
     * After files changed: when they are only reports ({@code <year>.md}), just those are read again and their
     * townships checked again; anything else reloads everything.
     */
    synchronized void changed(Set<Path> files) {
        State s = state;
        Path root = options.content().toAbsolutePath().normalize();
        if (s == null || !files.stream().allMatch(f -> f.toAbsolutePath().normalize().startsWith(root))) {
            loadAll();   // the theme changed, or nothing is loaded yet
            return;
        }
        long t0 = System.nanoTime();
        try {
            ContentLoader loader = new ContentLoader(yaml);
            Content content = s.content();
            for (Path f : files) {
                content = loader.reload(content, options.content(), f);
            }
            Set<String> before = new java.util.HashSet<>();
            s.content().problems().forEach(p -> before.add(p.format()));
            printProblems(content.problems().stream().filter(p -> !before.contains(p.format())).toList());
            if (options.strict() && content.hasErrors()) {
                err.println("gongkai serve: 内容有错误，--strict 模式下继续显示修改前的版本");
                err.flush();
                return;
            }
            content = SiteBuild.withBaseUrl(content, options.baseUrl());
            List<Report> checked;
            if (content.regions().equals(s.content().regions())) {
                checked = s.checked();
                for (String folder : folders(root, files)) {
                    checked = checker.recheck(checked, content.reports(), folder);
                }
            } else {
                checked = checker.checkAll(content.reports());
            }
            install(content, checked, s.theme(), s.templates());
            report("reloaded " + files.size() + " changed file(s);", content, t0);
        } catch (IOException | RuntimeException e) {
            err.println("gongkai serve: 无法读取内容：" + e.getMessage());
            err.flush();
        }
    }

    /** The region folders (paths below the content root) holding the changed files. */
    private static Set<String> folders(Path root, Set<Path> files) {
        Set<String> out = new java.util.TreeSet<>();
        for (Path f : files) {
            Path parent = root.relativize(f.toAbsolutePath().normalize()).getParent();
            out.add(parent == null ? "" : parent.toString().replace('\\', '/'));
        }
        return out;
    }

    private void install(Content content, List<Report> checked, Theme theme, Templates templates) {
        SitePlan plan = SitePlan.of(content, checked);
        PageRenderer renderer = renderer(plan, templates, List.of());
        Map<String, Page> pages = new HashMap<>();
        for (Page p : renderer.pages()) {
            pages.put(p.path(), p);
        }
        Map<String, String> sources = new HashMap<>();
        plan.sources().forEach((id, sitePath) -> {
            String relative = content.sourceFiles().get(id);
            if (relative != null) {
                sources.put(sitePath, relative);
            }
        });
        long version = state == null ? 1 : state.version() + 1;
        state = new State(version, content, checked, plan, theme, templates, renderer, pages, sources,
                new ConcurrentHashMap<>(), new Generated[1]);
    }

    private PageRenderer renderer(SitePlan plan, Templates templates, List<DataResource> data) {
        return new PageRenderer(plan, templates, markdown, new RenderOptions(options.liveReload(),
                SiteBuild.dataViews(data), checker::reuseShare, true));   // data files are made on request
    }

    /**
     * The file at a site path ({@code index.html}, {@code reports/…/index.html}, {@code data/cells.csv}), or
     * the 404 page.
     */
    Response get(String path) throws IOException {
        State s = state;
        Page page = s.pages().get(path);
        if (page != null) {
            return new Response(200, path, page(s, page));
        }
        byte[] asset = s.templates().staticFiles().get(path);
        if (asset != null) {
            return new Response(200, path, asset);
        }
        String source = s.sources().get(path);
        if (source != null) {
            Path file = options.content().resolve(source);
            if (Files.isRegularFile(file)) {
                return new Response(200, path, Files.readAllBytes(file));
            }
        }
        if (isGenerated(path)) {
            Path file = generated(s).folder().resolve(path).normalize();
            if (file.startsWith(generated(s).folder()) && Files.isRegularFile(file)) {
                return new Response(200, path, Files.readAllBytes(file));
            }
        }
        return new Response(404, SitePaths.NOT_FOUND, page(s, new Page.NotFound()));
    }

    /** True for a folder path that has an index page ({@code regions/x} → {@code regions/x/index.html}). */
    boolean isFolder(String path) {
        String p = path.endsWith("/") ? path : path + "/";
        return state.pages().containsKey(p + "index.html");
    }

    private byte[] page(State s, Page page) throws IOException {
        byte[] cached = s.rendered().get(page.path());
        if (cached != null) {
            return cached;
        }
        String html = page instanceof Page.Data
                ? renderer(s.plan(), s.templates(), generated(s).data()).render(page)
                : s.renderer().render(page);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        s.rendered().put(page.path(), bytes);
        return bytes;
    }

    private static boolean isGenerated(String path) {
        return path.startsWith(DataFiles.DIR) || path.startsWith("search/") || path.equals(SitePaths.SITEMAP)
                || path.equals(SitePaths.ROBOTS) || path.equals(SitePaths.FEED);
    }

    /** The data files, search index, sitemap and feed of this version, made on first use. */
    private Generated generated(State s) throws IOException {
        synchronized (s.generated()) {
            if (s.generated()[0] != null) {
                return s.generated()[0];
            }
            long t0 = System.nanoTime();
            Path folder = scratch.resolve("v" + s.version());
            SiteBuild.deleteTree(folder);
            Files.createDirectories(folder);
            FolderSink sink = new FolderSink(folder);
            List<DataResource> data = new DataFiles(json).writeAll(s.content(), s.checked(), sink);
            SearchIndexer search = new SearchIndexer();
            List<Page> pages = s.renderer().pages();
            pages.parallelStream().forEach(p -> {
                Facets facets = SiteBuild.searchFacets(s.plan(), p);
                if (facets != null) {
                    String html = new String(pageQuietly(s, p), StandardCharsets.UTF_8);
                    search.add(p.path(), html, facets);
                }
            });
            search.write(sink);
            SiteBuild.writeSiteFiles(sink, s.plan(), pages);
            Generated g = new Generated(folder, data);
            s.generated()[0] = g;
            out.printf(Locale.ROOT, "gongkai serve: 数据文件和检索索引已生成（%d ms）%n", (System.nanoTime() - t0) / 1_000_000);
            out.flush();
            removeOlderScratch(s.version());
            return g;
        }
    }

    private byte[] pageQuietly(State s, Page p) {
        try {
            return page(s, p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void removeOlderScratch(long keep) {
        try (var list = Files.list(scratch)) {
            for (Path p : list.toList()) {
                if (!p.getFileName().toString().equals("v" + keep)) {
                    SiteBuild.deleteTree(p);
                }
            }
        } catch (IOException ignored) {
            // scratch space; removed when serve stops
        }
    }

    private void printProblems(List<ContentProblem> problems) {
        for (ContentProblem p : problems) {
            err.println(p.format());
        }
        err.flush();
    }

    private void report(String what, Content content, long t0) {
        out.printf(Locale.ROOT, "gongkai serve: %s %d reports (%d ms)%n", what, content.reports().size(),
                (System.nanoTime() - t0) / 1_000_000);
        out.flush();
    }
}
