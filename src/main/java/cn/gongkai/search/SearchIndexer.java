package cn.gongkai.search;

import cn.gongkai.site.OutputSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the site's search index from rendered pages. The site build calls {@link #add} once per page it wants
 * searchable (reports, township and county pages) and {@link #write} once at the end; the search page
 * ({@code search/index.html}, template {@code search.ftlh}) and its script ({@code assets/search/search.js})
 * read the files written under {@code search/}.
 *
 * <p>{@link #add} may be called from several threads at once without any lock around it (pages are rendered in
 * parallel; the work per page — reading its text, cutting it into runs, looking the runs up in shared concurrent
 * tables — needs none); {@link #write} once, after all adds. What is kept per page is small: its path, title,
 * facets and its text as references to shared runs.
 */
public final class SearchIndexer {
    /** The manifest's fixed path; every file it names has a content hash in its name. */
    public static final String MANIFEST = "search/index.json";

    /**
     * Page ids, and so results, run: pages of no year (region pages) first, then reports newest year first, each
     * group by path. Grouping a year's pages also keeps "the pages of 2024" one range in every page list.
     */
    private static final Comparator<IndexedPage> RESULT_ORDER = Comparator
            .comparing((IndexedPage p) -> p.facets().year() == null ? 0 : 1)
            .thenComparing(p -> p.facets().year() == null ? 0 : -p.facets().year())
            .thenComparing(IndexedPage::path);

    private final Map<String, IndexedPage> pages = new ConcurrentHashMap<>();
    /** The distinct runs of all pages' texts, shared by the pages that have them. */
    private final Map<String, Runs.TextRun> textRuns = new ConcurrentHashMap<>();
    private final Map<String, Runs.DigitRun> digitRuns = new ConcurrentHashMap<>();
    private final Runs.Recent recentRuns = new Runs.Recent();

    /**
     * Adds one rendered page.
     *
     * @param pagePath site-relative path of the page, e.g. {@code reports/shandong/jining/jinxiang/buji-zhen/2024/index.html}
     * @param html     the page as written
     * @param facets   what the page can be filtered by; {@code null} or {@link Facets#NONE} when nothing
     * @throws IllegalArgumentException when the path is absolute, climbs out of the site, or was added before
     */
    public void add(String pagePath, String html, Facets facets) {
        Objects.requireNonNull(pagePath, "pagePath");
        Objects.requireNonNull(html, "html");
        checkNew(pagePath);
        TextBuffer text = new TextBuffer(html.length() / 3);
        String title = HtmlText.extract(html, text);
        put(pagePath, title, text.chars(), text.length(), facets);
    }

    /**
     * Adds one rendered page whose text was read while it was written ({@link HtmlTextStream}): its title and text
     * exactly as {@link #add(String, String, Facets)} would read them from the page.
     *
     * @param text the page's text, whitespace removed (the array is not kept)
     */
    public void add(String pagePath, String title, char[] text, Facets facets) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        checkNew(pagePath);
        put(pagePath, title, text, text.length, facets);
    }

    private void checkNew(String pagePath) {
        Objects.requireNonNull(pagePath, "pagePath");
        if (pagePath.isEmpty() || pagePath.startsWith("/") || pagePath.contains("\\")
                || ("/" + pagePath + "/").contains("/../") || pagePath.contains("//")) {
            throw new IllegalArgumentException("search: page path must be site-relative with / separators: "
                    + pagePath);
        }
        if (pages.containsKey(pagePath)) {
            throw new IllegalArgumentException("search: page added twice: " + pagePath);
        }
    }

    private void put(String pagePath, String title, char[] text, int length, Facets facets) {
        IndexedPage page = new IndexedPage(pagePath, title, facets == null ? Facets.NONE : facets,
                Runs.split(text, length, textRuns, digitRuns, recentRuns));
        if (pages.putIfAbsent(pagePath, page) != null) {
            throw new IllegalArgumentException("search: page added twice: " + pagePath);
        }
    }

    /** Number of pages added so far. */
    public int size() {
        return pages.size();
    }

    /**
     * Writes the index under {@code search/}: the manifest {@link #MANIFEST} and the content-hashed files it names.
     * Output depends only on the pages added (not on the order they were added in).
     */
    public void write(OutputSink sink) throws IOException {
        List<IndexedPage> ordered = new ArrayList<>(pages.values());
        ordered.sort(RESULT_ORDER);
        new IndexBuilder(ordered, textRuns.values(), digitRuns.values()).write(sink);
    }
}
