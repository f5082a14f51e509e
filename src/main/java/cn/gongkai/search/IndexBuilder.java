package cn.gongkai.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns pages (in path order) into the index files, path → content. The format is described in
 * /tmp/team/notes/search.md (ARCHITECTURE) and read by themes/default/static/search/search.js:
 * <ul>
 *   <li>{@code n}: for every non-digit run (stored once however many pages repeat it), every two and every
 *       three adjacent characters (folded) → the runs holding them and the offsets where they start; every
 *       single character → the runs holding it;</li>
 *   <li>{@code rp}: run → its pages; {@code nt}: run → its text (snippets);</li>
 *   <li>{@code d}: every string of 1 to {@link #DIGIT_KEY} digits inside a digit run → the pages holding it,
 *       with the digit run ({@code dt}: its text) and its neighbours for the snippet;</li>
 *   <li>{@code j}: every boundary between a digit run and a non-digit run → the end of the run before and the
 *       start of the run after (up to {@link #JUNCTION_WIDTH} characters each), stored once per distinct pair
 *       with its pages;</li>
 *   <li>{@code pt}: page texts (verifying the rare query whose parts the above cannot pin down);
 *       {@code tt}: page titles; {@code pages}: paths and facets.</li>
 * </ul>
 */
final class IndexBuilder {
    static final int DIGIT_KEY = 4;
    static final int JUNCTION_WIDTH = 10;
    static final int COMMON_PAGES = 16;
    static final int SHARD_CHARS = 6_000;
    static final int RP_BLOCK_CHARS = 6_000;
        static final int NT_BLOCK = 64;
    static final int DT_BLOCK = 512;
    static final int PT_BLOCK = 2;
    static final int TT_BLOCK = 64;

    private final List<IndexedPage> pages;

    IndexBuilder(List<IndexedPage> pagesInPathOrder) {
        this.pages = pagesInPathOrder;
    }

    /** A distinct non-digit run while building: its text and pages; ids follow first appearance. */
    private static final class NRun {
        final String text;
        int id;
        final IntList pages = new IntList();

        NRun(String text, int id) {
            this.text = text;
            this.id = id;
        }
    }

    Map<String, String> build() {
        int pageCount = pages.size();
        List<int[]> cps = new ArrayList<>(pageCount);
        List<List<Runs.Run>> pageRuns = new ArrayList<>(pageCount);
        Map<String, NRun> nRuns = new HashMap<>();
        List<NRun> nOrder = new ArrayList<>();
        Map<String, Integer> dRuns = new LinkedHashMap<>();
        for (int p = 0; p < pageCount; p++) {
            int[] text = pages.get(p).text().codePoints().toArray();
            cps.add(text);
            List<Runs.Run> runs = Runs.split(text);
            pageRuns.add(runs);
            for (Runs.Run run : runs) {
                if (run.digits()) {
                    dRuns.putIfAbsent(run.text(), dRuns.size());
                } else {
                    NRun r = nRuns.get(run.text());
                    if (r == null) {
                        r = new NRun(run.text(), nOrder.size());
                        nRuns.put(run.text(), r);
                        nOrder.add(r);
                    }
                    if (r.pages.size() == 0 || r.pages.last() != p) {
                        r.pages.add(p);
                    }
                }
            }
        }

        // Runs on many pages (template text) take the first ids, so their page lists (in rp) sit in a few
        // blocks; the page lists of the other runs travel inline with their three-character postings.
        List<NRun> renumbered = new ArrayList<>(nOrder.size());
        for (NRun r : nOrder) {
            if (r.pages.size() > COMMON_PAGES) {
                renumbered.add(r);
            }
        }
        int common = renumbered.size();
        for (NRun r : nOrder) {
            if (r.pages.size() <= COMMON_PAGES) {
                renumbered.add(r);
            }
        }
        for (int i = 0; i < renumbered.size(); i++) {
            renumbered.get(i).id = i;
        }
        nOrder = renumbered;
        List<NRun> runsById = nOrder;

        // Independent parts, built on all cores; the manifest lists them in a fixed order.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            Future<Part> nPart = pool.submit(() -> sharded("n", nPostings(runsById)));
            Future<List<Part>> djParts = pool.submit(() -> digitsAndJunctions(pageRuns, cps, nRuns, dRuns));
            Future<Part> pagesPart = pool.submit(() -> {
                Map<String, String> files = new TreeMap<>();
                String name = hashed(files, "pages", pagesFile());
                return new Part(",\"pages\":" + Json.string(name), files);
            });
            Future<List<Part>> runParts = pool.submit(() -> {
                List<String> rp = new ArrayList<>(runsById.size());
                List<String> nt = new ArrayList<>(runsById.size());
                for (NRun r : runsById) {
                    rp.add(pageSet(r.pages));
                    nt.add(Json.string(r.text));
                }
                List<String> dt = new ArrayList<>(dRuns.size());
                for (String t : dRuns.keySet()) {
                    dt.add(Json.string(t));
                }
                return List.of(sizedBlocks("rp", rp, RP_BLOCK_CHARS), blocks("nt", nt, NT_BLOCK),
                        blocks("dt", dt, DT_BLOCK));
            });
            String suffix = commonTitleSuffix();
            Future<List<Part>> pageParts = pool.submit(() -> {
                List<String> pt = new ArrayList<>(pageCount);
                List<String> tt = new ArrayList<>(pageCount);
                for (IndexedPage page : pages) {
                    pt.add(Json.string(page.text()));
                    tt.add(Json.string(page.title().substring(0, page.title().length() - suffix.length())));
                }
                return List.of(blocks("pt", pt, PT_BLOCK), blocks("tt", tt, TT_BLOCK));
            });
            List<Part> parts = new ArrayList<>();
            parts.add(pagesPart.get());
            parts.add(new Part(",\"common\":" + common + ",\"digitKey\":" + DIGIT_KEY + ",\"junction\":"
                    + JUNCTION_WIDTH, Map.of()));
            parts.add(nPart.get());
            parts.addAll(djParts.get());
            parts.addAll(runParts.get());
            parts.addAll(pageParts.get());
            parts.add(new Part(",\"titleSuffix\":" + Json.string(suffix), Map.of()));
            Map<String, String> out = new TreeMap<>();
            StringBuilder manifest = new StringBuilder("{\"v\":1");
            for (Part part : parts) {
                manifest.append(part.manifest());
                out.putAll(part.files());
            }
            out.put(SearchIndexer.MANIFEST, manifest.append("}\n").toString());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search index build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One kind's files and its entry in the manifest. */
    private record Part(String manifest, Map<String, String> files) {
    }

    private static List<Part> digitsAndJunctions(List<List<Runs.Run>> pageRuns, List<int[]> cps,
            Map<String, NRun> nRuns, Map<String, Integer> dRuns) {
        ShardedPostings d = new ShardedPostings();
        Map<String, Integer> lastDigitPage = new HashMap<>();
        Map<String, Map<String, IntList>> junctions = new HashMap<>();
        for (int p = 0; p < pageRuns.size(); p++) {
            List<Runs.Run> runs = pageRuns.get(p);
            int[] text = cps.get(p);
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < runs.size(); k++) {
                Runs.Run run = runs.get(k);
                if (run.digits()) {
                    int left = k > 0 ? nRuns.get(runs.get(k - 1).text()).id + 1 : 0;
                    int right = k + 1 < runs.size() ? nRuns.get(runs.get(k + 1).text()).id + 1 : 0;
                    int dId = dRuns.get(run.text());
                    String s = run.text();
                    for (int off = 0; off < s.length(); off++) {
                        for (int len = 1; len <= DIGIT_KEY && off + len <= s.length(); len++) {
                            String key = s.substring(off, off + len);
                            if (seen.add(key)) {
                                Integer last = lastDigitPage.put(key, p);
                                StringBuilder sb = d.of(key);
                                if (sb.length() > 0) {
                                    sb.append(',');
                                }
                                sb.append(p - (last == null ? 0 : last)).append(',').append(dId).append(',')
                                        .append(off).append(',').append(left).append(',').append(right);
                            }
                        }
                    }
                }
                if (k > 0) {
                    Runs.Run before = runs.get(k - 1);
                    int b = run.start();
                    String key = new String(new int[] {SearchText.fold(text[b - 1]), SearchText.fold(text[b])}, 0, 2);
                    int from = Math.max(before.start(), b - JUNCTION_WIDTH);
                    int to = Math.min(k + 1 < runs.size() ? runs.get(k + 1).start() : text.length, b + JUNCTION_WIDTH);
                    String context = new String(text, from, b - from) + "\u0000" + new String(text, b, to - b);
                    IntList ps = junctions.computeIfAbsent(key, x -> new HashMap<>())
                            .computeIfAbsent(context, x -> new IntList());
                    if (ps.size() == 0 || ps.last() != p) {
                        ps.add(p);
                    }
                }
            }
        }
        ShardedPostings j = new ShardedPostings();
        for (Map.Entry<String, Map<String, IntList>> e : junctions.entrySet()) {
            StringBuilder sb = j.of(e.getKey());
            for (Map.Entry<String, IntList> c : new TreeMap<>(e.getValue()).entrySet()) {
                String ctx = c.getKey();
                int cut = ctx.indexOf('\u0000');
                if (sb.length() > 0) {
                    sb.append(',');
                }
                Json.string(sb, ctx.substring(0, cut));
                sb.append(',');
                Json.string(sb, ctx.substring(cut + 1));
                sb.append(',').append(c.getValue().size()).append(',');
                appendPages(sb, c.getValue());
            }
        }
        return List.of(sharded("d", d), sharded("j", j));
    }

    /**
     * Per key, runs ascending, each run as: run id delta; for three characters then the number of offsets and the
     * offsets (delta); for two or three characters in a run on at most {@link #COMMON_PAGES} pages then its number
     * of pages and the pages (delta). The other runs' pages are in rp.
     */
    private static ShardedPostings nPostings(List<NRun> order) {
        // One map lookup per key occurrence: the key's postings also remember the run being read.
        Map<String, KeyPostings> keys = new HashMap<>();
        List<KeyPostings> touched = new ArrayList<>();
        for (NRun run : order) {
            boolean rare = run.pages.size() <= COMMON_PAGES;
            int[] t = SearchText.fold(run.text).codePoints().toArray();
            touched.clear();
            for (int i = 0; i < t.length; i++) {
                for (int len = 1; len <= 3 && i + len <= t.length; len++) {
                    KeyPostings k = keys.computeIfAbsent(new String(t, i, len), x -> new KeyPostings());
                    if (k.currentRun != run.id) {
                        k.currentRun = run.id;
                        k.offsets.clear();
                        k.length = len;
                        touched.add(k);
                    }
                    if (len == 3) {
                        k.offsets.add(i);
                    }
                }
            }
            for (KeyPostings k : touched) {
                StringBuilder sb = k.postings;
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(run.id - k.lastRun);
                k.lastRun = run.id;
                if (k.length == 3) {
                    sb.append(',').append(k.offsets.size());
                    int prev = 0;
                    for (int i = 0; i < k.offsets.size(); i++) {
                        sb.append(',').append(k.offsets.get(i) - prev);
                        prev = k.offsets.get(i);
                    }
                }
                if (rare && k.length >= 2) {
                    sb.append(',').append(run.pages.size()).append(',');
                    appendPages(sb, run.pages);
                }
            }
        }
        ShardedPostings n = new ShardedPostings();
        keys.forEach((key, k) -> n.put(key, k.postings));
        return n;
    }

    /** One key's postings while they are built, and its offsets in the run being read. */
    private static final class KeyPostings {
        final StringBuilder postings = new StringBuilder();
        final IntList offsets = new IntList();
        int lastRun;
        int currentRun = -1;
        int length;
    }

    /** A run's pages for rp: a JSON array of deltas. */
    static String pageSet(IntList ps) {
        StringBuilder sb = new StringBuilder("[");
        appendPages(sb, ps);
        return sb.append(']').toString();
    }

    /** A page list as deltas (the first is the first page id), comma-separated. */
    private static void appendPages(StringBuilder sb, IntList ps) {
        int prev = 0;
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(ps.get(i) - prev);
            prev = ps.get(i);
        }
    }

    /** The longest ending all titles share (the site's name), cut at a separator, so titles ship without it. */
    private String commonTitleSuffix() {
        if (pages.isEmpty()) {
            return "";
        }
        String suffix = pages.get(0).title();
        for (IndexedPage p : pages) {
            String t = p.title();
            int k = 0;
            while (k < suffix.length() && k < t.length()
                    && suffix.charAt(suffix.length() - 1 - k) == t.charAt(t.length() - 1 - k)) {
                k++;
            }
            suffix = suffix.substring(suffix.length() - k);
        }
        int sep = suffix.indexOf(" · ");
        return sep < 0 ? "" : suffix.substring(sep);
    }

    private String pagesFile() {
        Map<String, Integer> nodes = new HashMap<>();
        StringBuilder seg = new StringBuilder();
        StringBuilder par = new StringBuilder();
        StringBuilder leaf = new StringBuilder();
        TreeSet<String> countySet = new TreeSet<>();
        TreeSet<String> townshipSet = new TreeSet<>();
        for (IndexedPage p : pages) {
            if (p.facets().county() != null) {
                countySet.add(p.facets().county());
            }
            if (p.facets().township() != null) {
                townshipSet.add(p.facets().township());
            }
        }
        List<String> counties = new ArrayList<>(countySet);
        List<String> townships = new ArrayList<>(townshipSet);
        StringBuilder county = new StringBuilder();
        StringBuilder township = new StringBuilder();
        StringBuilder year = new StringBuilder();
        List<IndexedPage> byPath = new ArrayList<>(pages);
        byPath.sort(java.util.Comparator.comparing(IndexedPage::path));
        Map<String, Integer> leafOf = new HashMap<>();
        for (IndexedPage p : byPath) {
            int parent = -1;
            int slash = -1;
            do {
                int next = p.path().indexOf('/', slash + 1);
                int end = next < 0 ? p.path().length() : next;
                String prefix = p.path().substring(0, end);
                Integer node = nodes.get(prefix);
                if (node == null) {
                    node = nodes.size();
                    nodes.put(prefix, node);
                    if (seg.length() > 0) {
                        seg.append(',');
                        par.append(',');
                    }
                    Json.string(seg, p.path().substring(slash + 1, end));
                    par.append(node - parent);
                }
                parent = node;
                slash = next;
            } while (slash >= 0);
            leafOf.put(p.path(), parent);
        }
        int prevLeaf = 0;
        for (int i = 0; i < pages.size(); i++) {
            IndexedPage p = pages.get(i);
            String sep = i > 0 ? "," : "";
            int node = leafOf.get(p.path());
            leaf.append(sep).append(node - prevLeaf);
            prevLeaf = node;
            Facets f = p.facets();
            county.append(sep).append(f.county() == null ? 0 : counties.indexOf(f.county()) + 1);
            township.append(sep).append(f.township() == null ? 0 : townships.indexOf(f.township()) + 1);
            year.append(sep).append(f.year() == null ? 0 : f.year());
        }
        StringBuilder out = new StringBuilder("{\"seg\":[").append(seg).append("],\"par\":[").append(par)
                .append("],\"leaf\":[").append(leaf).append("],\"county\":[").append(county)
                .append("],\"township\":[").append(township).append("],\"year\":[").append(year)
                .append("],\"counties\":[");
        for (int i = 0; i < counties.size(); i++) {
            out.append(i > 0 ? "," : "");
            Json.string(out, counties.get(i));
        }
        out.append("],\"townships\":[");
        for (int i = 0; i < townships.size(); i++) {
            out.append(i > 0 ? "," : "");
            Json.string(out, townships.get(i));
        }
        return out.append("]}\n").toString();
    }

    private static Part sharded(String kind, ShardedPostings p) {
        ShardedPostings.Files f = p.files(SHARD_CHARS);
        String dir = kind + "-" + hash(f.files());
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, String> e : f.files().entrySet()) {
            files.put("search/" + dir + "/" + e.getKey(), e.getValue());
        }
        return new Part(",\"" + kind + "\":{\"dir\":" + Json.string(dir) + ",\"shards\":" + f.shards() + "}", files);
    }

    private static Part blocks(String kind, List<String> items, int block) {
        Map<String, String> named = new TreeMap<>();
        for (int b = 0; b * block < items.size(); b++) {
            named.put(b + ".json",
                    "[" + String.join(",", items.subList(b * block, Math.min(items.size(), (b + 1) * block))) + "]\n");
        }
        String dir = kind + "-" + hash(named);
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, String> e : named.entrySet()) {
            files.put("search/" + dir + "/" + e.getKey(), e.getValue());
        }
        return new Part(",\"" + kind + "\":{\"dir\":" + Json.string(dir) + ",\"block\":" + block + "}", files);
    }

    /** Blocks of consecutive items up to about {@code chars} each; the manifest lists each block's first id. */
    private static Part sizedBlocks(String kind, List<String> items, int chars) {
        Map<String, String> named = new TreeMap<>();
        StringBuilder starts = new StringBuilder();
        int from = 0;
        int prevStart = 0;
        while (from < items.size()) {
            int to = from;
            int size = 0;
            while (to < items.size() && (to == from || size + items.get(to).length() <= chars)) {
                size += items.get(to).length() + 1;
                to++;
            }
            named.put(named.size() + ".json", "[" + String.join(",", items.subList(from, to)) + "]\n");
            starts.append(starts.length() > 0 ? "," : "").append(from - prevStart);
            prevStart = from;
            from = to;
        }
        String dir = kind + "-" + hash(named);
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, String> e : named.entrySet()) {
            files.put("search/" + dir + "/" + e.getKey(), e.getValue());
        }
        return new Part(",\"" + kind + "\":{\"dir\":" + Json.string(dir) + ",\"starts\":[" + starts + "]}", files);
    }

    private static String hashed(Map<String, String> out, String name, String content) {
        String file = name + "-" + hash(Map.of(name, content)) + ".json";
        out.put("search/" + file, content);
        return file;
    }

    /** First 10 hex digits of SHA-256 over the files' names and contents, in name order. */
    private static String hash(Map<String, String> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : new TreeMap<>(files).entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            byte[] d = md.digest();
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                hex.append(String.format("%02x", d[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
