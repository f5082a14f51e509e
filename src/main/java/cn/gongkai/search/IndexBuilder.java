package cn.gongkai.search;

import cn.gongkai.site.OutputSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntPredicate;

/**
 * Turns the pages (in result order) and their shared runs into the index files under {@code search/}, written
 * straight to the sink. Read by themes/default/static/search/search.js. Postings and outlines are binary
 * ({@link ByteOut}: varints and length-prefixed UTF-8), texts and page data JSON; the kinds:
 * <ul>
 *   <li>{@code n}: every one, two and three adjacent characters (folded) of a non-digit run → the set of pages
 *       holding them (exact for a word of up to three characters); for three characters also the <em>common</em>
 *       runs (on more than {@link #COMMON_PAGES} pages) holding them with the offsets where they start; and
 *       every phrase of 4 to {@link #PHRASE_MAX} characters found in at least {@link #PHRASE_RUNS} runs → its
 *       page set (in the shard of its first three characters); after each key's or phrase's page set, its
 *       <em>places</em> on the first {@link #PLACES} pages of that set in each year (region pages count as one
 *       year; run and offset: a first screen's snippets, filtered by year or not, read one run each, no page
 *       outline);</li>
 *   <li>{@code r}: three characters → the other (rare) runs holding them, with offsets and the runs' pages;</li>
 *   <li>{@code rp}: common run → its pages (common runs on the most pages have the first ids); {@code nt}: run →
 *       its text (snippets, page texts);</li>
 *   <li>{@code d}: every string of 1 to {@link #DIGIT_KEY} digits inside a digit run → the pages holding it,
 *       with the snippet text of its first {@link #DIGIT_SNIPPETS} pages in each year, and its <em>covers</em>: the
 *       pages past those whose first place of it reads the same (the same text either side: a kind of region page, a
 *       year's reports), listed once per text;</li>
 *   <li>{@code j}: every boundary between two runs (digits to non-digits, or after a clause end) → the end of
 *       the run before and the start of the run after (up to {@link #JUNCTION_WIDTH} characters each), once
 *       per distinct pair, with pages;</li>
 *   <li>{@code po}: page outlines, each page's runs in order (a page's text, for checking the rare word the
 *       above cannot pin down, and for the snippets of pages past a word's first screen), and {@code tt}:
 *       titles; titles in place order ({@link #placeOrder}), outlines by township name, then in place order
 *       ({@link #outlineOrder}, format 10: one township's pages in one outline file, same-named townships of
 *       different counties in neighbouring ones); {@code pages}: paths and facets;</li>
 *   <li>{@code cm}: per county, the common runs on each of its pages, the outlines of its own pages (region page,
 *       comparison pages) and the rare text runs of its township region pages (format 10): what a county-filtered
 *       screen past the words' places needs for its snippets, one file
 *       ({@link #commonByCounty}). Its size depends on the county's pages only, not on the number of counties.</li>
 * </ul>
 * A page set is written as pairs (pages skipped, pages taken) from page 0 on — all pages of one year, or a
 * township's pages, are one or a few pairs — or as a bitmap when that is shorter.
 *
 * <p>Memory: the {@code n}/{@code r} postings are counted first, then filled into flat int arrays of exactly
 * that size, in as many passes over the runs as keep one pass under {@link #PASS_ENTRIES} numbers; each pass
 * turns its keys' postings into bytes. Folders are named by a 64-bit hash of what they are made from (the pages'
 * paths, years and texts, or titles, and this format's constants), so the files can be written as they are made;
 * any change to a page renames the folders it touches.
 */
final class IndexBuilder {
    static final int FORMAT = 11;
    static final int DIGIT_KEY = 4;
    static final int DIGIT_SNIPPETS = 10;
    /** Code points of text either side of a digit key's place kept for its snippet. */
    static final int DIGIT_CONTEXT = 8;
    /**
     * Pages past a digit key's places whose first place of it has the same snippet text as one of the places (the
     * same runs around it) that make that text a <em>cover</em>, stored with the key: its pages need no outline.
     */
    static final int COVER_PAGES = 4;
    /** Snippet texts a digit key may take as covers beyond its places' (the first met past them). */
    static final int COVER_TEXTS = 4;
    /** Covers of one key in one digit run at most (each page past the places compares its text with theirs). */
    static final int COVER_CANDIDATES = 8;
    static final int JUNCTION_WIDTH = 10;
    static final int COMMON_PAGES = 16;
    static final int PHRASE_RUNS = 8;
    static final int PHRASE_MAX = 12;
    /**
     * Pages of a key's set, in each year (the region pages, of no year, count as one), whose first place of it is
     * stored with the key: the first screen of results, filtered by year or not.
     */
    static final int PLACES = 10;
    static final int SHARD_BYTES = 12_000;
    /**
     * The bytes an n, d or j shard holds on average (format 11: below {@link #SHARD_BYTES}, which still decides which
     * keys get a file of their own): with block boundaries the digit keys and junctions shrank and phrase chains are
     * stored once ({@link #sameAsShorter}), so shards of the old size held more keys per gzip kilobyte.
     */
    static final int SHARD_FILL = 9_000;
    /**
     * Target shard size of r (rare runs' postings): read only to decide pages past the common runs and for the snippets
     * of region pages past a word's places, where a 12 KB shard was most of a county-filtered first screen.
     */
    static final int R_SHARD_BYTES = 5_000;
    static final int RP_BLOCK_BYTES = 8_000;
    static final int NT_BLOCK = 64;
    static final int DT_BLOCK = 512;
    static final int PO_BLOCK_BYTES = 8_000;
    static final int TT_BLOCK = 128;
    /** Numbers (run ids, counts, offsets) one pass of the n/r postings holds at most. */
    static final long PASS_ENTRIES = 6_000_000;

    private final List<IndexedPage> pages;
    private final Collection<Runs.TextRun> allTextRuns;
    private final Collection<Runs.DigitRun> allDigitRuns;
    /** Text runs by id: the common ones (on more than COMMON_PAGES pages) first. */
    private final List<Runs.TextRun> runs = new ArrayList<>();
    private final List<Runs.DigitRun> digitRuns = new ArrayList<>();
    private int common;
    /**
     * The rare runs' pages one after another (run {@code common + i}'s are {@code rarePages[rareStart[i] …
     * rareStart[i + 1])}), read by {@link #addPages} for every key in them: in one array, not run by run's list.
     */
    private int[] rareStart;
    private int[] rarePages;
    /**
     * Per rare run, its pages after the first as differences, in r's form ({@link #rEntry}), made once per run rather
     * than once per key in it: {@code rareDeltas} bytes {@code [rareDeltaStart[i], rareDeltaStart[i + 1])}.
     */
    private int[] rareDeltaStart;
    private ByteOut rareDeltas;

    IndexBuilder(List<IndexedPage> pagesInResultOrder, Collection<Runs.TextRun> textRuns,
            Collection<Runs.DigitRun> digitRuns) {
        this.pages = pagesInResultOrder;
        this.allTextRuns = textRuns;
        this.allDigitRuns = digitRuns;
    }

    void write(OutputSink target) throws IOException {
        Object lock = new Object();
        OutputSink sink = (path, bytes) -> {
            synchronized (lock) {
                target.write(path, bytes);
            }
        };
        // What the folders are named by, hashed beside the numbering (the only work before the parts can start).
        ForkJoinTask<Hash64[]> inputs = ForkJoinTask.adapt(this::inputHashes).fork();
        number();
        Hash64[] hashes = joined(inputs);
        long text = hashes[0].value();
        // Independent parts, forked as tasks of the pool the build runs in (the common pool elsewhere), the longest
        // first (n/r forks two more of its own): a thread that joins one runs other tasks meanwhile instead of
        // waiting, so both cores stay busy to the end.
        ForkJoinTask<String> n = ForkJoinTask.adapt(() -> nAndR(sink, text)).fork();
        ForkJoinTask<String> d = ForkJoinTask.adapt(() -> digits(sink, text)).fork();
        ForkJoinTask<String> j = ForkJoinTask.adapt(() -> junctions(sink, text)).fork();
        List<IndexedPage> placed = placeOrder(pages);
        ForkJoinTask<String> rest = ForkJoinTask.adapt(
                () -> runTexts(sink, text) + outlines(sink, text, outlineOrder(placed)) + commonByCounty(sink, text)).fork();
        try {
            String suffix = commonTitleSuffix();
            String pagesFile = pagesFile();
            String pagesName = "pages-" + new Hash64().add(FORMAT).add(pagesFile).hex() + ".json";
            sink.write("search/" + pagesName, pagesFile);
            String titles = titles(sink, hashes[1].add(suffix).value(), suffix, placed);
            StringBuilder manifest = new StringBuilder("{\"v\":").append(FORMAT).append(",\"pages\":");
            Json.string(manifest, pagesName);
            manifest.append(",\"common\":").append(common).append(",\"phraseMax\":").append(PHRASE_MAX).append(",\"places\":").append(PLACES).append(",\"digitKey\":").append(DIGIT_KEY)
                    .append(",\"junction\":").append(JUNCTION_WIDTH).append(joined(n)).append(joined(d)).append(joined(j))
                    .append(joined(rest)).append(titles).append(",\"titleSuffix\":");
            Json.string(manifest, suffix);
            sink.write(SearchIndexer.MANIFEST, manifest.append("}\n").toString());
        } finally {
            // never leave a part writing after a failure was reported
            for (ForkJoinTask<String> t : List.of(n, d, j, rest)) {
                t.quietlyJoin();
            }
        }
    }

    /**
     * The inputs of the text kinds' folder names (format constants, each page's path, year and runs' text hashes)
     * and of the titles' (format, each page's path and title; the common title suffix is added to it later).
     */
    private Hash64[] inputHashes() {
        Hash64 textInputs = new Hash64().add(FORMAT).add(DIGIT_KEY).add(DIGIT_SNIPPETS).add(DIGIT_CONTEXT).add(COVER_PAGES).add(COVER_TEXTS).add(COVER_CANDIDATES).add(JUNCTION_WIDTH).add(COMMON_PAGES)
                .add(SHARD_BYTES).add(SHARD_FILL).add(R_SHARD_BYTES).add(PHRASE_RUNS).add(PHRASE_MAX).add(RP_BLOCK_BYTES).add(NT_BLOCK).add(DT_BLOCK).add(PO_BLOCK_BYTES).add(PASS_ENTRIES).add(PLACES);
        Hash64 titleInputs = new Hash64().add(FORMAT).add(TT_BLOCK);
        for (IndexedPage p : pages) {
            // the page's text, as the hashes of its runs (each distinct run's text is hashed once)
            textInputs.add(p.path()).add(p.facets().year() == null ? 0 : p.facets().year()).add(p.runs().length);
            for (Runs.Run r : p.runs()) {
                textInputs.add(r.hash);
            }
            titleInputs.add(p.path()).add(p.title());
        }
        return new Hash64[] {textInputs, titleInputs};
    }

    /** A forked part's result, or the failure it had (an I/O failure as itself). */
    private static <T> T joined(ForkJoinTask<T> task) throws IOException {
        task.quietlyJoin();
        Throwable failure = task.getException();
        if (failure == null) {
            return task.getRawResult();
        }
        // a Callable's checked exception comes wrapped (and, from another thread, wrapped again)
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                throw io;
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    /**
     * Per page (result order), its year group: 0 for the first group, one more at each change of year. Pages are in
     * result order (region pages, of no year, then newest year first), so a year's pages are one stretch.
     */
    private int[] yearGroups() {
        int[] group = new int[pages.size()];
        for (int p = 1; p < pages.size(); p++) {
            boolean same = java.util.Objects.equals(pages.get(p).facets().year(), pages.get(p - 1).facets().year());
            group[p] = group[p - 1] + (same ? 0 : 1);
        }
        return group;
    }

    /** Pages of every run; run ids: common runs first, each group in order of first appearance. */
    private void number() {
        for (Runs.TextRun r : allTextRuns) {
            r.pages.clear();
            r.id = -1;
        }
        for (Runs.DigitRun r : allDigitRuns) {
            r.pages.clear();
            r.id = -1;
        }
        List<Runs.TextRun> firstSeen = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            numberPage(p, firstSeen);
        }
        // Common runs on the most pages first: a word's pages are then mostly covered by its first runs, and
        // the script stops fetching their page sets (rp) once every candidate page is covered.
        for (Runs.TextRun r : firstSeen) {
            if (r.pages.size() > COMMON_PAGES) {
                runs.add(r);
            }
        }
        runs.sort(Comparator.comparingInt((Runs.TextRun r) -> -r.pages.size()));
        for (int i = 0; i < runs.size(); i++) {
            runs.get(i).id = i;
        }
        common = runs.size();
        for (Runs.TextRun r : firstSeen) {
            if (r.pages.size() <= COMMON_PAGES) {
                r.id = runs.size();
                runs.add(r);
            }
        }
    }

    /** Page {@code p} noted in its runs' pages; runs met for the first time go to {@code firstSeen} or are numbered. */
    private void numberPage(int p, List<Runs.TextRun> firstSeen) {
        for (Runs.Run r : pages.get(p).runs()) {
            if (r.pages.size() == 0) {
                if (r instanceof Runs.TextRun t) {
                    firstSeen.add(t);
                } else {
                    r.id = digitRuns.size();
                    digitRuns.add((Runs.DigitRun) r);
                }
            }
            r.addPage(p);
        }
    }

    private static String dirName(String kind, long inputs) {
        return kind + "-" + new Hash64().add(kind).add(inputs).hex();
    }

    // ---- n and r ------------------------------------------------------------------------------------------

    /** A key of one to three code points (folded), packed 21 bits each (code point + 1; 0 = none). */
    private static long pack(int[] cps, int at, int len) {
        long k = (long) (cps[at] + 1) << 42;
        if (len > 1) {
            k |= (long) (cps[at + 1] + 1) << 21;
        }
        if (len > 2) {
            k |= cps[at + 2] + 1;
        }
        return k;
    }

    private static String unpack(long key) {
        StringBuilder sb = new StringBuilder(3);
        for (int shift = 42; shift >= 0; shift -= 21) {
            int c = (int) ((key >>> shift) & 0x1FFFFF);
            if (c != 0) {
                sb.appendCodePoint(c - 1);
            }
        }
        return sb.toString();
    }


    /** The run's text folded, as code points, into {@code out} from {@code at}; returns where they end. */
    private static int folded(String text, int[] out, int at) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out[at++] = SearchText.fold(cp);
            i += Character.charCount(cp);
        }
        return at;
    }

    /** Rare run {@code r}'s pages into {@link #rarePages}, and their differences into {@link #rareDeltas}. */
    private void rarePages(int r) {
        IntList ps = runs.get(r).pages;
        int at = rareStart[r - common];
        for (int i = 0; i < ps.size(); i++) {
            rarePages[at + i] = ps.get(i);
            if (i > 0) {
                rareDeltas.uint(ps.get(i) - ps.get(i - 1));
            }
        }
        rareDeltaStart[r - common + 1] = rareDeltas.size();
    }

    /** Adds run {@code r}'s pages to a set: a common run's as its words ({@code commonPages}), a rare run's one by one. */
    private void addPages(long[] into, int r, long[][] commonPages) {
        if (r < common) {
            PageBits.or(into, commonPages[r]);
        } else {
            int[] ps = rarePages;
            for (int i = rareStart[r - common]; i < rareStart[r - common + 1]; i++) {
                PageBits.set(into, ps[i]);
            }
        }
    }

    private String nAndR(OutputSink sink, long text) throws IOException {
        // Count: per key, the runs holding it and (three characters) its occurrences.
        KeyCount count = new KeyCount();
        // Per run, per code point position, the keys of one, two and three characters starting there (−1: none),
        // for the first-screen places below.
        int[] runKeyStart = new int[runs.size() + 1];
        int chars = 0;
        for (Runs.TextRun run : runs) {
            chars += run.text.length();
        }
        int[] runKey = new int[chars * 3];
        // Every run's folded code points, one after another (the phrases are found in them too).
        int[] cps = new int[chars];
        int[] runEnd = new int[runs.size()];
        int fill = 0;
        int at = 0;
        for (Runs.TextRun run : runs) {
            int base = at;
            at = folded(run.text, cps, at);
            runEnd[run.id] = at;
            int len = at - base;
            runKeyStart[run.id] = fill;
            Arrays.fill(runKey, fill, fill + len * 3, -1);
            fill += len * 3;
            runKeyStart[run.id + 1] = fill;
            count.run(run.id, cps, base, len, runKey, runKeyStart[run.id]);
        }
        LongIntMap keys = count.keys;
        int[] runCount = count.runCount;
        int[] occurrences = count.occurrences;
        int[] lastRun = count.lastRun;
        int keyCount = keys.size();
        // Phrases and then the places need only the count; the postings passes below need no places (they leave a
        // gap for them): the two run side by side, the places forked as a task of the pool.
        int[] keyRuns = runCount;
        ForkJoinTask<Places> placed = ForkJoinTask.adapt(
                () -> places(keyCount, runKeyStart, runKey, phrases(cps, runEnd, runKeyStart, runKey, keyRuns)))
                .fork();
        String[] keyText = new String[keyCount];
        long numbers = 0;
        for (int k = 0; k < keyCount; k++) {
            keyText[k] = unpack(keys.keyAt(k));
            numbers += runCount[k] + (occurrences[k] > 0 ? runCount[k] + occurrences[k] : 0);
        }
        int passes = (int) Math.max(1, (numbers + PASS_ENTRIES - 1) / PASS_ENTRIES);
        int[] passOf = new int[keyCount];
        for (int k = 0; k < keyCount; k++) {
            passOf[k] = k % passes;
        }
        ByteOut[] nEntries = new ByteOut[keyCount];
        int[] placesAt = new int[keyCount];
        ByteOut[] rEntries = new ByteOut[keyCount];
        long[][] commonPages = new long[common][];
        for (int r = 0; r < common; r++) {
            commonPages[r] = PageBits.of(pages.size());
            PageBits.setAll(commonPages[r], runs.get(r).pages);
        }
        rareStart = new int[runs.size() - common + 1];
        for (int r = common; r < runs.size(); r++) {
            rareStart[r - common + 1] = rareStart[r - common] + runs.get(r).pages.size();
        }
        rarePages = new int[rareStart[runs.size() - common]];
        rareDeltaStart = new int[runs.size() - common + 1];
        rareDeltas = new ByteOut(rarePages.length + 16);
        for (int r = common; r < runs.size(); r++) {
            rarePages(r);
        }
        long[] scratch = PageBits.of(pages.size());
        int[] runBase = new int[keyCount];
        int[] offBase = new int[keyCount];
        int[] runFill = new int[keyCount];
        int[] offFill = new int[keyCount];
        int[] countAt = new int[keyCount];
        for (int pass = 0; pass < passes; pass++) {
            // Flat arrays for the keys of this pass: runs, and (three characters) per run: count, offsets.
            int runTotal = 0;
            int offTotal = 0;
            for (int k = 0; k < keyCount; k++) {
                if (passOf[k] == pass) {
                    runBase[k] = runTotal;
                    runFill[k] = runTotal;
                    runTotal += runCount[k];
                    offBase[k] = offTotal;
                    offFill[k] = offTotal;
                    if (occurrences[k] > 0) {
                        offTotal += runCount[k] + occurrences[k];
                    }
                }
            }
            int[] runFlat = new int[runTotal];
            int[] offFlat = new int[offTotal];
            Arrays.fill(lastRun, 0);
            for (int id = 0; id < runs.size(); id++) {
                fill(id, runKey, runKeyStart[id], runKeyStart[id + 1], pass, passOf, lastRun, runFlat, runFill,
                        offFlat, offFill, countAt);
            }
            for (int k = 0; k < keyCount; k++) {
                if (passOf[k] == pass) {
                    nEntries[k] = nEntry(k, runFlat, runBase[k], runCount[k], offFlat, offBase[k],
                            occurrences[k] > 0, commonPages, scratch, placesAt);
                    if (occurrences[k] > 0 && runFlat[runBase[k] + runCount[k] - 1] >= common) {
                        rEntries[k] = rEntry(runFlat, runBase[k], runCount[k], offFlat, offBase[k]);
                    }
                }
            }
        }
        int rCount = 0;
        for (int k = 0; k < keyCount; k++) {
            rCount += rEntries[k] != null ? 1 : 0;
        }
        String[] rKeys = new String[rCount];
        ByteOut[] rValues = new ByteOut[rCount];
        for (int k = 0, i = 0; k < keyCount; k++) {
            if (rEntries[k] != null) {
                rKeys[i] = keyText[k];
                rValues[i++] = rEntries[k];
            }
        }
        rEntries = null;
        String rFiles = sharded(sink, "r", text, rKeys, rValues);
        Places places = joined(placed);
        // n: the keys (their places put in), then the phrases (their page sets and places, made beside the keys').
        int phraseCount = places.phrases.count;
        String[] nKeys = Arrays.copyOf(keyText, keyCount + phraseCount);
        ByteOut[] nValues = new ByteOut[keyCount + phraseCount];
        ForkJoinTask<?> phraseTask = ForkJoinTask.adapt(
                () -> phraseEntries(places.phrases, places, keyCount, commonPages, nKeys, nValues)).fork();
        for (int k = 0; k < keyCount; k++) {
            nValues[k] = withPlaces(nEntries[k], placesAt[k], places, k);
            nEntries[k] = null;
        }
        joined(phraseTask);
        return sharded(sink, "n", text, nKeys, nValues) + rFiles;
    }

    /**
     * The count of the n/r keys: per key of one to three code points (numbered by {@link #keys}), the runs holding it
     * and (three) its occurrences; a run at a time.
     */
    private static final class KeyCount {
        final LongIntMap keys = new LongIntMap();
        int[] runCount = new int[1 << 12];
        int[] occurrences = new int[1 << 12];
        int[] lastRun = new int[1 << 12];

        /**
         * Run {@code id}, its folded code points {@code cps[base, base + len)}: its keys counted, and noted in {@code
         * runKey} from {@code keyFrom} (three per position: one, two and three code points; −1 stays where none fits).
         */
        void run(int id, int[] cps, int base, int len, int[] runKey, int keyFrom) {
            for (int i = 0; i < len; i++) {
                // no key holds a block boundary (no word does)
                for (int g = 1; g <= 3 && i + g <= len && cps[base + i + g - 1] != SearchText.BOUNDARY; g++) {
                    int k = keys.indexOf(pack(cps, base + i, g));
                    runKey[keyFrom + i * 3 + g - 1] = k;
                    if (k >= runCount.length) {
                        runCount = Arrays.copyOf(runCount, runCount.length * 2);
                        occurrences = Arrays.copyOf(occurrences, runCount.length);
                        lastRun = Arrays.copyOf(lastRun, runCount.length);
                    }
                    if (lastRun[k] != id + 1) {
                        lastRun[k] = id + 1;
                        runCount[k]++;
                    }
                    if (g == 3) {
                        occurrences[k]++;
                    }
                }
            }
        }
    }

    /**
     * One run's part of a pass of the n/r postings: for each key of the pass at each of the run's positions (the
     * keys found by the count, {@code runKey[from, to)}: one, two and three characters per position), the run once
     * per key, and for three characters the offsets.
     */
    private static void fill(int id, int[] runKey, int from, int to, int pass, int[] passOf, int[] lastRun,
            int[] runFlat, int[] runFill, int[] offFlat, int[] offFill, int[] countAt) {
        for (int j = from; j < to; j++) {
            int k = runKey[j];
            if (k < 0 || passOf[k] != pass) {
                continue;
            }
            boolean three = (j - from) % 3 == 2;
            if (lastRun[k] != id + 1) {
                lastRun[k] = id + 1;
                runFlat[runFill[k]++] = id;
                if (three) {
                    countAt[k] = offFill[k]++;
                }
            }
            if (three) {
                offFlat[countAt[k]]++;
                offFlat[offFill[k]++] = (j - from) / 3;
            }
        }
    }

    /** A phrase's shard key: its first three code points (a key of up to three is its own). */
    static String shardKey(String key) {
        if (key.length() <= 3) {
            return key;
        }
        if (!Character.isSurrogate(key.charAt(0)) && !Character.isSurrogate(key.charAt(1))
                && !Character.isSurrogate(key.charAt(2))) {
            // three characters of one unit each, and more after them
            return key.substring(0, 3);
        }
        return key.codePointCount(0, key.length()) <= 3 ? key
                : key.substring(0, key.offsetByCodePoints(0, 3));
    }

    private static final long PHRASE_PRIME = 0x100000001b3L;

    /**
     * Phrases: every 4 to {@link #PHRASE_MAX} characters (folded) found in at least {@link #PHRASE_RUNS}
     * distinct runs → the exact set of pages holding them, added to {@code n} (in the shard of their first
     * three characters, which a search for them fetches anyway). Words that recur in many different runs are
     * the ones whose runs cost most to look up one by one; for them one entry is the whole answer.
     */
    private Phrases phrases(int[] cps, int[] runEnd, int[] runKeyStart, int[] runKey, int[] keyRuns) {
        int total = runs.isEmpty() ? 0 : runEnd[runs.size() - 1];
        // Positions where a phrase may start: every place of four characters within a run whose two keys of three
        // characters (at it and one further) are each in enough runs (the count's keys: a phrase is never in more
        // runs than a part of it), at first. Level by level (length 4, 5, …) a position stays while the phrase of
        // that length there is in enough runs: a longer phrase is never in more runs than its beginning.
        int[] start = new int[Math.max(1, total)];
        int[] runOf = new int[Math.max(1, total)];
        int alive = 0;
        for (int r = 0, from = 0; r < runs.size(); from = runEnd[r++]) {
            alive = phraseStarts(r, runEnd[r] - from, from, runKeyStart[r], runKey, keyRuns, start, runOf, alive);
        }
        long[] hash = new long[alive];
        int[] gram = new int[alive];
        LongIntMap grams = new LongIntMap();
        int[] runCount = new int[1 << 12];
        int[] lastRun = new int[1 << 12];
        int[] phraseOf = new int[1 << 12];
        // Per phrase found (numbered as found): where its text first occurred in cps, whether another text had the
        // same hash, the run it was last seen in, its runs and its first offset in each.
        int found = 0;
        int[] textAt = new int[1 << 10];
        int[] textLen = new int[1 << 10];
        boolean[] clash = new boolean[1 << 10];
        int[] seenIn = new int[1 << 10];
        List<IntList> runsOf = new ArrayList<>();
        List<IntList> offsetsOf = new ArrayList<>();
        for (int len = 4; len <= PHRASE_MAX && alive > 0; len++) {
            // a phrase's gram is of one length: each level numbers its own (a small table, its counts from 0)
            if (len > 4) {
                int used = Math.min(runCount.length, grams.size());
                grams = new LongIntMap();
                Arrays.fill(runCount, 0, used, 0);
                Arrays.fill(lastRun, 0, used, 0);
                Arrays.fill(phraseOf, 0, used, 0);
            }
            int kept = 0;
            for (int q = 0; q < alive; q++) {
                int i = start[q];
                if (i + len > runEnd[runOf[q]] || cps[i + len - 1] == SearchText.BOUNDARY) {
                    continue;
                }
                long h = hash[q];
                if (len == 4) {
                    for (int l = 1; l <= 4; l++) {
                        h = (h ^ cps[i + l - 1]) * PHRASE_PRIME + l;
                    }
                } else {
                    h = (h ^ cps[i + len - 1]) * PHRASE_PRIME + len;
                }
                int k = grams.indexOf(h == 0 ? 1 : h);
                if (k >= runCount.length) {
                    runCount = Arrays.copyOf(runCount, runCount.length * 2);
                    lastRun = Arrays.copyOf(lastRun, runCount.length);
                    phraseOf = Arrays.copyOf(phraseOf, runCount.length);
                }
                int run = runOf[q]; // a run's id is its index in runs
                if (lastRun[k] != run + 1) {
                    lastRun[k] = run + 1;
                    runCount[k]++;
                }
                start[kept] = i;
                runOf[kept] = runOf[q];
                hash[kept] = h;
                gram[kept++] = k;
            }
            alive = 0;
            for (int q = 0; q < kept; q++) {
                int k = gram[q];
                if (runCount[k] < PHRASE_RUNS) {
                    continue;
                }
                int i = start[q];
                int run = runOf[q];
                int f = phraseOf[k] - 1;
                if (f < 0) {
                    f = found++;
                    phraseOf[k] = f + 1;
                    if (f == textAt.length) {
                        textAt = Arrays.copyOf(textAt, f * 2);
                        textLen = Arrays.copyOf(textLen, f * 2);
                        clash = Arrays.copyOf(clash, f * 2);
                        seenIn = Arrays.copyOf(seenIn, f * 2);
                    }
                    textAt[f] = i;
                    textLen[f] = len;
                    // its runs are counted: lists of that size, never grown
                    runsOf.add(new IntList(runCount[k]));
                    offsetsOf.add(new IntList(runCount[k]));
                }
                if (seenIn[f] != run + 1) {
                    seenIn[f] = run + 1;
                    int t = textAt[f];
                    for (int c = 0; c < len; c++) {
                        if (cps[t + c] != cps[i + c]) {
                            clash[f] = true;
                            break;
                        }
                    }
                    runsOf.get(f).add(run);
                    // Positions are visited in increasing order: this is the phrase's first place in the run.
                    offsetsOf.get(f).add(i - (run == 0 ? 0 : runEnd[run - 1]));
                }
                start[alive] = i;
                runOf[alive] = runOf[q];
                hash[alive++] = hash[q];
            }
        }
        // The phrases without a clash, in the order found, each with its runs (ascending: positions are met in
        // increasing order) and offsets.
        int count = 0;
        for (int f = 0; f < found; f++) {
            count += clash[f] ? 0 : 1;
        }
        Phrases out = new Phrases(cps, count);
        for (int f = 0, g = 0; f < found; f++) {
            if (!clash[f]) {
                out.textAt[g] = textAt[f];
                out.textLen[g] = textLen[f];
                out.runs.add(runsOf.get(f));
                out.offsets.add(offsetsOf.get(f));
                g++;
            }
        }
        return out;
    }

    /**
     * The places of run {@code r} (its code points {@code cps[from, from + len)}) where a phrase may start, added to
     * {@code start} and {@code runOf} from {@code alive} on: four characters from there lie in the run and the keys
     * of three characters at it and at the next place ({@code runKey} from {@code keyFrom}, three per place) are each
     * in at least {@link #PHRASE_RUNS} runs. Returns the new count.
     */
    private static int phraseStarts(int r, int len, int from, int keyFrom, int[] runKey, int[] keyRuns, int[] start,
            int[] runOf, int alive) {
        for (int o = 0; o + 4 <= len; o++) {
            // (−1: no key, a block boundary in it)
            int a = runKey[keyFrom + o * 3 + 2];
            int b = runKey[keyFrom + o * 3 + 5];
            if (a >= 0 && b >= 0 && keyRuns[a] >= PHRASE_RUNS && keyRuns[b] >= PHRASE_RUNS) {
                start[alive] = from + o;
                runOf[alive++] = r;
            }
        }
        return alive;
    }

    /**
     * The phrases found (see {@link #phrases}): per phrase its folded text ({@code textLen[f]} code points of
     * {@code cps} from {@code textAt[f]}), the runs holding it (ascending) and its first offset in each.
     */
    private static final class Phrases {
        final int[] cps;
        final int count;
        final int[] textAt;
        final int[] textLen;
        final List<IntList> runs;
        final List<IntList> offsets;

        Phrases(int[] cps, int count) {
            this.cps = cps;
            this.count = count;
            textAt = new int[count];
            textLen = new int[count];
            runs = new ArrayList<>(count);
            offsets = new ArrayList<>(count);
        }

        String text(int f) {
            return new String(cps, textAt[f], textLen[f]);
        }
    }

    /**
     * Adds the phrases to {@code n}: per phrase its page set, then its places on its first pages. A longer phrase is
     * often in the same runs as its beginning: each distinct list of runs is made into a page set once.
     */
    private void phraseEntries(Phrases phrases, Places places, int keyCount, long[][] commonPages, String[] keys,
            ByteOut[] values) {
        // the distinct lists of runs so far, by a hash of their ids (chained: per list the one before of its hash)
        LongIntMap byHash = new LongIntMap();
        IntList lastOfHash = new IntList();
        IntList before = new IntList();
        List<IntList> lists = new ArrayList<>();
        List<ByteOut> sets = new ArrayList<>();
        long[] set = PageBits.of(pages.size());
        for (int f = 0; f < phrases.count; f++) {
            // the phrase's runs, ascending
            IntList runList = phrases.runs.get(f);
            int b = byHash.indexOf(runsHash(runList));
            if (b == lastOfHash.size()) {
                lastOfHash.add(-1);
            }
            ByteOut e = null;
            for (int l = lastOfHash.get(b); l >= 0 && e == null; l = before.get(l)) {
                IntList other = lists.get(l);
                if (Arrays.equals(other.array(), 0, other.size(), runList.array(), 0, runList.size())) {
                    e = sets.get(l);
                }
            }
            if (e == null) {
                e = pageSetOfRuns(runList, commonPages, set);
                before.add(lastOfHash.get(b));
                lastOfHash.set(b, lists.size());
                lists.add(runList);
                sets.add(e);
            }
            ByteOut entry = new ByteOut(e.size() + places.count[keyCount + f] * 3 + 8).append(e);
            places.append(entry, keyCount + f);
            keys[keyCount + f] = phrases.text(f);
            values[keyCount + f] = entry;
        }
        sameAsShorter(phrases, keyCount, keys, values);
    }

    /** An empty n entry: the phrase's entry is that of the phrase one code point shorter (format 11). */
    private static final ByteOut SAME_AS_SHORTER = new ByteOut(16);

    /**
     * A phrase whose entry (page set and places) is byte for byte that of its beginning one code point shorter, also a
     * phrase (in the same shard: both are filed under their first three characters), is stored empty: search.js then
     * reads the shorter one's. A template sentence is a chain of phrases, lengths 4 to 12, most with the same runs and
     * places; stored once, not up to nine times, in the shard of its first three characters.
     */
    private static void sameAsShorter(Phrases phrases, int keyCount, String[] keys, ByteOut[] values) {
        Map<String, Integer> byText = new HashMap<>(phrases.count * 2);
        for (int f = 0; f < phrases.count; f++) {
            byText.put(keys[keyCount + f], f);
        }
        boolean[] same = new boolean[phrases.count];
        for (int f = 0; f < phrases.count; f++) {
            String text = keys[keyCount + f];
            if (phrases.textLen[f] <= 4) {
                continue;
            }
            Integer shorter = byText.get(text.substring(0, text.offsetByCodePoints(text.length(), -1)));
            same[f] = shorter != null && values[keyCount + shorter].sameBytes(values[keyCount + f]);
        }
        for (int f = 0; f < phrases.count; f++) {
            if (same[f]) {
                values[keyCount + f] = SAME_AS_SHORTER;
            }
        }
    }

    /** A hash of a list of run ids, never 0 (a {@link LongIntMap} key). */
    private static long runsHash(IntList runList) {
        long h = runList.size();
        int[] a = runList.array();
        for (int i = 0; i < runList.size(); i++) {
            h = (h ^ a[i]) * PHRASE_PRIME;
        }
        return h == 0 ? 1 : h;
    }

    /** The page set of the pages of the runs in a list, made through {@code set} (left empty). */
    private ByteOut pageSetOfRuns(IntList runList, long[][] commonPages, long[] set) {
        for (int i = 0; i < runList.size(); i++) {
            addPages(set, runList.get(i), commonPages);
        }
        ByteOut e = new ByteOut();
        PageBits.append(e, set);
        PageBits.clear(set);
        return e;
    }

    /**
     * First-screen places: for every n key and phrase, where it first occurs on each of the first {@link #PLACES}
     * pages of its page set in each year group ({@link #yearGroups}: the first screen of a one-word query, and of
     * one filtered by year): the text run and the code point offset in it. A snippet then fetches that run's text,
     * not the page's outline. Pages are walked in result order and their runs in page order; a run met again in
     * a year group tries only its keys that still wanted places there ({@link Places#run}), and none once all have them.
     */
    private Places places(int keyCount, int[] runKeyStart, int[] runKey, Phrases phrases) {
        int phraseCount = phrases.count;
        int total = keyCount + phraseCount;
        // The phrases of each run with their offsets, grouped by run (counting sort).
        int[] phraseStart = new int[runs.size() + 1];
        for (int f = 0; f < phraseCount; f++) {
            IntList rs = phrases.runs.get(f);
            for (int i = 0; i < rs.size(); i++) {
                phraseStart[rs.get(i) + 1]++;
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            phraseStart[r + 1] += phraseStart[r];
        }
        int[] at = Arrays.copyOf(phraseStart, runs.size());
        int[] phraseKey = new int[phraseStart[runs.size()]];
        int[] phraseOff = new int[phraseKey.length];
        for (int f = 0; f < phraseCount; f++) {
            IntList rs = phrases.runs.get(f);
            IntList os = phrases.offsets.get(f);
            for (int i = 0; i < rs.size(); i++) {
                int slot = at[rs.get(i)]++;
                phraseKey[slot] = keyCount + f;
                phraseOff[slot] = os.get(i);
            }
        }
        Places out = new Places(total, phrases, runs.size());
        int[] group = yearGroups();
        for (int p = 0; p < pages.size(); p++) {
            int g = group[p];
            if (p > 0 && g != group[p - 1]) {
                out.nextGroup();
            }
            for (Runs.Run r : pages.get(p).runs()) {
                if (r instanceof Runs.TextRun) {
                    out.run(p, g, r.id, runKey, runKeyStart, phraseKey, phraseOff, phraseStart);
                }
            }
        }
        return out.grouped();
    }

    /**
     * Per key (n keys, then phrases): its first places in each year group, run and offset each. Added in page order
     * (key, run, offset), then {@link #grouped} by key, keeping page order within a key.
     */
    private static final class Places {
        final int[] count;
        /** The phrases whose places these are (keys from the n key count on). */
        final Phrases phrases;
        /**
         * Places as added: key, run, offset each (arrays, not a list: three adds a place under C1), in blocks of {@link
         * #ADDED_BLOCK} (the full ones in {@code full}): none is copied to grow.
         */
        private static final int ADDED_BLOCK = 3 << 13;
        private int[] added = new int[ADDED_BLOCK];
        private int addedSize;
        private final List<int[]> full = new ArrayList<>();
        /** Where a key's year group is in its {@link #state} (its places in the group are in the bits below). */
        static final int GROUP_SHIFT = 4;
        /**
         * Per key {@code k}: {@code state[2k]} the page it was last placed on, {@code state[2k + 1]} the year group it
         * was last seen in and its places in that group ({@link #inGroup}): side by side, the walk reads them together
         * for each of a few million key positions (in no order of keys).
         */
        final int[] state;
        private int[] start;
        private int[] run;
        private int[] offset;
        /**
         * The keys of each run that wanted more places in the current year group when the run was last met (key,
         * offset each, in the order of the run's keys then phrases: the order they are offered in): the next time the
         * run is met in the group only these are tried. Most of a run's keys have all their places in the group after
         * its first pages (two thirds of the key positions tried at 2,000 reports); a run is skipped once none is
         * left. Per run its list's group (+1; 0: none), start and length; the lists of a group one after another.
         */
        private final int[] listGroup;
        private final int[] listStart;
        private final int[] listLength;
        private int[] open = new int[1 << 12];
        private int openSize;

        Places(int keys, Phrases phrases, int runs) {
            this.phrases = phrases;
            listGroup = new int[runs];
            listStart = new int[runs];
            listLength = new int[runs];
            count = new int[keys];
            state = new int[2 * keys];
            for (int k = 0; k < keys; k++) {
                state[2 * k] = -1;
            }
        }

        /** The walk comes to the next year group: the runs' lists of keys wanting places are made again. */
        void nextGroup() {
            openSize = 0;
        }

        /**
         * Text run {@code runId} met on page {@code p} of year group {@code g}: its keys (one to three characters at
         * each place, {@code runKey[runKeyStart[runId] …]}; then its phrases, {@code phraseKey[phraseStart[runId] …]}) offered in
         * order, the first time in the group all of them, later only those that still wanted places.
         */
        void run(int p, int g, int runId, int[] runKey, int[] runKeyStart, int[] phraseKey, int[] phraseOff,
                int[] phraseStart) {
            if (listGroup[runId] == g + 1) {
                if (listLength[runId] > 0) {
                    again(p, g, runId);
                }
                return;
            }
            listGroup[runId] = g + 1;
            listStart[runId] = openSize;
            int full = inGroup(g, PLACES);
            int from = runKeyStart[runId];
            int to = runKeyStart[runId + 1];
            for (int j = from; j < to; j++) {
                int k = runKey[j];
                if (k >= 0 && state[2 * k + 1] != full && tried(k, g, p, runId, (j - from) / 3)) {
                    keep(k, (j - from) / 3);
                }
            }
            for (int j = phraseStart[runId]; j < phraseStart[runId + 1]; j++) {
                int k = phraseKey[j];
                if (state[2 * k + 1] != full && tried(k, g, p, runId, phraseOff[j])) {
                    keep(k, phraseOff[j]);
                }
            }
            listLength[runId] = (openSize - listStart[runId]) / 2;
        }

        /** Run {@code runId} met again in its list's group: the keys of its list offered, those still wanting kept. */
        private void again(int p, int g, int runId) {
            int full = inGroup(g, PLACES);
            int from = listStart[runId];
            int to = from + 2 * listLength[runId];
            int kept = from;
            for (int i = from; i < to; i += 2) {
                int k = open[i];
                if (state[2 * k + 1] != full && tried(k, g, p, runId, open[i + 1])) {
                    open[kept] = k;
                    open[kept + 1] = open[i + 1];
                    kept += 2;
                }
            }
            listLength[runId] = (kept - from) / 2;
        }

        /**
         * Key {@code k} (not yet with all its places in group {@code g}) at {@code off} in run {@code runId} on page
         * {@code p}: offered unless it has a place on the page already; whether it still wants more in the group.
         */
        private boolean tried(int k, int g, int p, int runId, int off) {
            return state[2 * k] == p && state[2 * k + 1] >>> GROUP_SHIFT == g || offer(k, g, p, runId, off);
        }

        private void keep(int k, int off) {
            if (openSize + 2 > open.length) {
                open = Arrays.copyOf(open, open.length * 2);
            }
            open[openSize] = k;
            open[openSize + 1] = off;
            openSize += 2;
        }

        /** A key's state in year group {@code g} with {@code places} places there ({@code places} ≤ PLACES < 16). */
        static int inGroup(int g, int places) {
            return g << GROUP_SHIFT | places;
        }

        /**
         * Key {@code k} occurs in run {@code runId} at {@code off} on page {@code p} of year group {@code g}: a place
         * unless the key has one on that page or all of its group's already. True while the key wants more places
         * in the group.
         */
        boolean offer(int k, int g, int p, int runId, int off) {
            if (state[2 * k + 1] >>> GROUP_SHIFT != g) {
                state[2 * k + 1] = inGroup(g, 0);
            }
            int placed = state[2 * k + 1] - inGroup(g, 0);
            if (placed >= PLACES) {
                return false;
            }
            if (state[2 * k] != p) {
                state[2 * k] = p;
                placed++;
                state[2 * k + 1]++;
                count[k]++;
                if (addedSize == ADDED_BLOCK) {
                    full.add(added);
                    added = new int[ADDED_BLOCK];
                    addedSize = 0;
                }
                added[addedSize] = k;
                added[addedSize + 1] = runId;
                added[addedSize + 2] = off;
                addedSize += 3;
            }
            return placed < PLACES;
        }

        Places grouped() {
            start = new int[count.length + 1];
            for (int k = 0; k < count.length; k++) {
                start[k + 1] = start[k] + count[k];
            }
            int[] at = Arrays.copyOf(start, count.length);
            run = new int[start[count.length]];
            offset = new int[run.length];
            for (int[] block : full) {
                scatter(block, ADDED_BLOCK, at);
            }
            scatter(added, addedSize, at);
            added = null;
            full.clear();
            return this;
        }

        /** The places {@code block[0, size)} put at their keys' next slots ({@code at}). */
        private void scatter(int[] block, int size, int[] at) {
            for (int i = 0; i < size; i += 3) {
                int slot = at[block[i]]++;
                run[slot] = block[i + 1];
                offset[slot] = block[i + 2];
            }
        }

        /**
         * Per place the run id (the first as it is, the others as the difference from the one before, zigzag: pages
         * of one template share runs) and the offset. Their pages: of the page set before them, in each year group
         * (a stretch of pages of one year, or of no year), the first min(PLACES, pages of the set in it).
         */
        void append(ByteOut out, int k) {
            int prev = 0;
            for (int i = start[k]; i < start[k + 1]; i++) {
                int d = run[i] - prev;
                out.uint(i == start[k] ? run[i] : d >= 0 ? d * 2 : -d * 2 - 1).uint(offset[i]);
                prev = run[i];
            }
        }
    }

    /**
     * A key's n postings: its page set ({@link #appendPageSet}), its first-screen places ({@link Places#append}, put
     * in later by {@link #withPlaces} where this leaves {@code placesAt[k]}); for three characters then per common
     * run holding it: run id delta, number of offsets, offsets (delta).
     */
    private ByteOut nEntry(int k, int[] runFlat, int runFrom, int runN, int[] offFlat, int offFrom,
            boolean positional, long[][] commonPages, long[] scratch, int[] placesAt) {
        ByteOut sb = new ByteOut();
        if (runN == 1 && runFlat[runFrom] >= common) {
            // most keys lie in one rare run: its pages are the set, already in order
            appendPageSet(sb, runs.get(runFlat[runFrom]).pages, scratch);
        } else {
            for (int i = runFrom; i < runFrom + runN; i++) {
                addPages(scratch, runFlat[i], commonPages);
            }
            PageBits.append(sb, scratch);
            PageBits.clear(scratch);
        }
        placesAt[k] = sb.size();
        if (positional) {
            int prevRun = 0;
            int at = offFrom;
            for (int i = runFrom; i < runFrom + runN; i++) {
                int r = runFlat[i];
                int count = offFlat[at];
                if (r < common) {
                    sb.uint(r - prevRun).uint(count);
                    prevRun = r;
                    appendDeltas(sb, offFlat, at + 1, count);
                }
                at += 1 + count;
            }
        }
        return sb;
    }

    /** Key {@code k}'s n postings made by {@link #nEntry}, with its places put in at {@code at}. */
    private static ByteOut withPlaces(ByteOut entry, int at, Places places, int k) {
        ByteOut out = new ByteOut(entry.size() + places.count[k] * 3 + 8).append(entry, 0, at);
        places.append(out, k);
        return out.append(entry, at, entry.size());
    }

    /**
     * A key's r postings: per rare run holding it: run id delta, offsets (count, deltas), pages (count, then the
     * first page as a delta from the previous run's first page, the others as deltas within the run).
     */
    private ByteOut rEntry(int[] runFlat, int runFrom, int runN, int[] offFlat, int offFrom) {
        ByteOut sb = new ByteOut();
        int prevRun = 0;
        int prevFirst = 0;
        int at = offFrom;
        for (int i = runFrom; i < runFrom + runN; i++) {
            int r = runFlat[i];
            int count = offFlat[at];
            if (r >= common) {
                sb.uint(r - prevRun).uint(count);
                prevRun = r;
                appendDeltas(sb, offFlat, at + 1, count);
                // Rare runs are numbered in page order, so a run's first page is a small step from the last one's.
                int rare = r - common;
                int first = rarePages[rareStart[rare]];
                sb.uint(rareStart[rare + 1] - rareStart[rare]).uint(first - prevFirst);
                prevFirst = first;
                sb.append(rareDeltas, rareDeltaStart[rare], rareDeltaStart[rare + 1]);
            }
            at += 1 + count;
        }
        return sb;
    }

    private static void appendDeltas(ByteOut sb, int[] values, int from, int count) {
        int prev = 0;
        for (int i = from; i < from + count; i++) {
            sb.uint(values[i] - prev);
            prev = values[i];
        }
    }

    /**
     * A page set, in whichever of two forms is shorter ({@link PageBits#append}), of the pages in {@code ps}
     * (ascending, no repeats): the pairs straight from the list, the bitmap through {@code scratch}, an empty
     * {@link PageBits} set, left empty.
     */
    static void appendPageSet(ByteOut sb, IntList ps, long[] scratch) {
        appendPageSet(sb, ps.array(), 0, ps.size(), scratch);
    }

    /** As {@link #appendPageSet(ByteOut, IntList, long[])}, of the pages {@code ps[from, to)}. */
    static void appendPageSet(ByteOut sb, int[] ps, int from, int to, long[] scratch) {
        long pairBytes = 0;
        int pairs = 0;
        int end = 0;
        for (int i = from; i < to; ) {
            int a = ps[i];
            int j = consecutiveEnd(ps, i, to);
            pairBytes += PageBits.varintSize(a - end) + PageBits.varintSize(j - i);
            pairs += 2;
            end = a + j - i;
            i = j;
        }
        if (PageBits.bitmapIsShorter(end, pairBytes)) {
            for (int i = from; i < to; i++) {
                PageBits.set(scratch, ps[i]);
            }
            PageBits.appendBitmap(sb, scratch, end);
            PageBits.clear(scratch);
            return;
        }
        sb.uint(pairs);
        end = 0;
        for (int i = from; i < to; ) {
            int a = ps[i];
            int j = consecutiveEnd(ps, i, to);
            sb.uint(a - end).uint(j - i);
            end = a + j - i;
            i = j;
        }
    }

    /** The index after the stretch of consecutive pages that starts at index {@code i} of {@code ps}. */
    private static int consecutiveEnd(int[] ps, int i, int to) {
        int next = ps[i] + 1;
        int j = i + 1;
        while (j < to && ps[j] == next) {
            next++;
            j++;
        }
        return j;
    }


    // ---- digits and junctions -----------------------------------------------------------------------------

    /** Index of a string of 1 to DIGIT_KEY digits: strings of one length after all shorter ones. */
    private static int digitCode(String s, int from, int len) {
        int v = 0;
        int base = 0;
        int span = 1;
        for (int l = 1; l < len; l++) {
            span *= 10;
            base += span;
        }
        for (int i = from; i < from + len; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return base + v;
    }

    /**
     * d: per key of 1 to DIGIT_KEY digits, the set of pages holding it, then the number of its places and for its first
     * {@link #DIGIT_SNIPPETS} pages in each year group ({@link #yearGroups}; their first place there): page delta from
     * the previous such page (from 0 for the first), then its snippet text ({@link #digitContext}): {@code 0}, the
     * text and where the key starts in it, or {@code i + 1} for the same text as this key's i-th one. The snippets of
     * a first screen then need no other file, however scattered its pages are. Then its covers (format 9), to the end
     * of the entry: per cover {@code i + 1} (the places' i-th text) or {@code 0}, a text and where the key starts in
     * it, then a page set: the pages past the places whose first place of the key has that text, at least {@link
     * #COVER_PAGES} of them. A place's text is a cover's when the runs either side end and begin alike (their
     * {@link #DIGIT_CONTEXT} code points: a township's name then the same clause reads the same), and so are the
     * first {@link #COVER_TEXTS} other texts met past the places. A county's or township's screen further down then
     * shows a figure on a region page or report without the page's outline.
     */
    private String digits(OutputSink sink, long text) throws IOException {
        DigitKeys keys = new DigitKeys(digitCode("9999", 0, DIGIT_KEY) + 1, digitRuns.size(), runs.size());
        int[] group = yearGroups();
        for (int p = 0; p < pages.size(); p++) {
            Runs.Run[] rs = pages.get(p).runs();
            for (int k = 0; k < rs.length; k++) {
                if (rs[k] instanceof Runs.DigitRun run) {
                    keys.page(p, group[p], rs, k, run);
                }
            }
        }
        Map<String, ByteOut> entries = new HashMap<>();
        long[] set = PageBits.of(pages.size());
        for (int c = 0; c < keys.pagesOf.length; c++) {
            if (keys.pagesOf[c] != null) {
                // a key's pages were added in increasing order, each once
                ByteOut e = new ByteOut(keys.places[c].size() + 64);
                appendPageSet(e, keys.pagesOf[c], set);
                e.uint(keys.placed[c]).append(keys.places[c]);
                keys.appendCovers(e, c, set);
                entries.put(keys.keyOf[c], e);
            }
        }
        return sharded(sink, "d", text, entries);
    }

    /**
     * The d keys (by {@link #digitCode}) being collected: their pages, their places with snippet texts, and the pages
     * past the places whose first place of the key has one of those texts (its <em>covers</em>).
     */
    private static final class DigitKeys {
        final IntList[] pagesOf;
        final ByteOut[] places;
        /** Per key, its number of places. */
        final int[] placed;
        final String[] keyOf;
        /** The snippet texts of every code's places so far. */
        private final Contexts contexts;
        /**
         * Per digit run, per key of it (in the order of {@link #keysOf}), its first candidate cover in the run (−1:
         * none); per candidate three ints (the next candidate of that key in the run, its cover number, the key's
         * offset in the run) and the runs before and after it (null: none); per cover, its key's text number and its
         * pages past the places.
         */
        private final int[][] firstCandidate;
        private final IntList candidates = new IntList();
        private final List<Runs.Run> candidateBefore = new ArrayList<>();
        private final List<Runs.Run> candidateAfter = new ArrayList<>();
        private final IntList coverText = new IntList();
        private final List<String> coverOwn = new ArrayList<>();
        /** Per key, its covers whose text is not one of its places'. */
        private final int[] extraCovers;
        /** Per cover, its pages past the places (null: none yet). */
        private final List<IntList> coverPages = new ArrayList<>();
        /** Per key, its covers' numbers. */
        private final IntList[] coversOf;
        private final int[] lastPage;
        private final int[] lastPlaced;
        private final int[] groupOf;
        private final int[] inGroup;
        /** The snippet text being made ({@link #digitContext}): {@code ctx[0, ctxLength)}. */
        private final char[] ctx = new char[8 * DIGIT_CONTEXT + DIGIT_KEY];
        private int ctxLength;
        /** Per digit run: the page it was last met on (met again on the same page, it adds nothing). */
        private final int[] seenOn;
        /** Per digit run, its keys (code, offset, length) at their first place in it, made once per run. */
        private final int[][] keysOf;
        private final int[] mark;
        /** Room for one digit run's keys while {@link #digitKeys} finds them. */
        private int[] keyScratch = new int[256];

        /**
         * Per text run (the neighbours of digit runs), made once: where its last {@link #DIGIT_CONTEXT} code points
         * start and how many code points that is, and where its first ones end (−1: not made yet).
         */
        private final int[] tailFrom;
        private final int[] tailPoints;
        private final int[] headTo;

        DigitKeys(int codes, int runs, int textRuns) {
            tailFrom = new int[textRuns];
            Arrays.fill(tailFrom, -1);
            tailPoints = new int[textRuns];
            headTo = new int[textRuns];
            Arrays.fill(headTo, -1);
            pagesOf = new IntList[codes];
            places = new ByteOut[codes];
            placed = new int[codes];
            firstCandidate = new int[runs][];
            coversOf = new IntList[codes];
            extraCovers = new int[codes];
            keyOf = new String[codes];
            contexts = new Contexts(codes);
            lastPage = new int[codes];
            Arrays.fill(lastPage, -1);
            lastPlaced = new int[codes];
            groupOf = new int[codes];
            inGroup = new int[codes];
            seenOn = new int[runs];
            Arrays.fill(seenOn, -1);
            keysOf = new int[runs][];
            mark = new int[codes];
        }

        /**
         * The cover of the run's key {@code q} at {@code off} with the same text before and after it as between runs
         * {@code before} and {@code after} (their last and first {@link #DIGIT_CONTEXT} code points), or −1.
         */
        private int candidate(int runId, int q, Runs.Run before, Runs.Run after, int off) {
            int[] first = firstCandidate[runId];
            for (int i = first == null ? -1 : first[q], prev = -1; i >= 0; prev = i, i = candidates.get(i * 3)) {
                if (candidates.get(i * 3 + 2) == off && sameTail(candidateBefore.get(i), before)
                        && sameHead(candidateAfter.get(i), after)) {
                    if (prev >= 0) {
                        // to the front: the pages of one template come one after another
                        candidates.set(prev * 3, candidates.get(i * 3));
                        candidates.set(i * 3, first[q]);
                        first[q] = i;
                    }
                    return candidates.get(i * 3 + 1);
                }
            }
            return -1;
        }

        /** How many candidates key {@code q} of the run has, up to {@link #COVER_CANDIDATES}. */
        private int candidates(int runId, int q) {
            int n = 0;
            int[] first = firstCandidate[runId];
            for (int i = first == null ? -1 : first[q]; i >= 0 && n < COVER_CANDIDATES; i = candidates.get(i * 3)) {
                n++;
            }
            return n;
        }

        /** Whether runs a and b (or none) end alike: their last {@link #DIGIT_CONTEXT} code points. */
        private boolean sameTail(Runs.Run a, Runs.Run b) {
            if (a == b || a == null || b == null) {
                return a == b;
            }
            int fa = tailStart(a);
            int fb = tailStart(b);
            int n = a.text.length() - fa;
            return n == b.text.length() - fb && a.text.regionMatches(fa, b.text, fb, n);
        }

        /** Whether runs a and b (or none) begin alike: their first {@link #DIGIT_CONTEXT} code points. */
        private boolean sameHead(Runs.Run a, Runs.Run b) {
            if (a == b || a == null || b == null) {
                return a == b;
            }
            int n = headEnd(a);
            return n == headEnd(b) && a.text.regionMatches(0, b.text, 0, n);
        }

        /** Where run r's last {@link #DIGIT_CONTEXT} code points start (made once per text run). */
        private int tailStart(Runs.Run r) {
            if (r instanceof Runs.TextRun && tailFrom[r.id] >= 0) {
                return tailFrom[r.id];
            }
            String t = r.text;
            int from = t.length();
            for (int c = 0; c < DIGIT_CONTEXT && from > 0; c++) {
                from = t.offsetByCodePoints(from, -1);
            }
            if (r instanceof Runs.TextRun) {
                tailFrom[r.id] = from;
                tailPoints[r.id] = t.codePointCount(from, t.length());
            }
            return from;
        }

        /** Where run r's first {@link #DIGIT_CONTEXT} code points end (made once per text run). */
        private int headEnd(Runs.Run r) {
            if (r instanceof Runs.TextRun && headTo[r.id] >= 0) {
                return headTo[r.id];
            }
            String t = r.text;
            int end = 0;
            for (int c = 0; c < DIGIT_CONTEXT && end < t.length(); c++) {
                end = t.offsetByCodePoints(end, 1);
            }
            if (r instanceof Runs.TextRun) {
                headTo[r.id] = end;
            }
            return end;
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, -1);
            return a;
        }

        /**
         * A new cover of key {@code code} (the run's key {@code q}) in digit run {@code runId} between runs {@code
         * before} and {@code after} (null: none), the key at {@code off}: its snippet text is the key's text {@code text − 1} of its
         * places, or (0) {@code own} (the text, U+0000, where the key starts in it). Returns its number.
         */
        private int cover(int code, int runId, int q, Runs.Run before, Runs.Run after, int off, int text, String own) {
            int[] first = firstCandidate[runId];
            if (first == null) {
                first = firstCandidate[runId] = filled(keysOf[runId].length / 3);
            }
            int c = coverPages.size();
            candidates.add(first[q]);
            first[q] = candidates.size() / 3;
            candidates.add(c);
            candidates.add(off);
            candidateBefore.add(before);
            candidateAfter.add(after);
            coverText.add(text);
            coverOwn.add(own);
            coverPages.add(null);
            if (coversOf[code] == null) {
                coversOf[code] = new IntList();
            }
            coversOf[code].add(c);
            return c;
        }

        /**
         * Key {@code code}'s covers of at least {@link #COVER_PAGES} pages: per cover, the number of its snippet text
         * among the key's texts (in the order the places bring them) and the pages past the places that show it.
         */
        void appendCovers(ByteOut out, int code, long[] scratch) {
            IntList cs = coversOf[code];
            for (int i = 0; cs != null && i < cs.size(); i++) {
                IntList ps = coverPages.get(cs.get(i));
                if (ps != null && ps.size() >= COVER_PAGES) {
                    int t = coverText.get(cs.get(i));
                    out.uint(t);
                    if (t == 0) {
                        String own = coverOwn.get(cs.get(i));
                        int cut = own.lastIndexOf('\u0000');
                        out.string(own.substring(0, cut)).uint(Integer.parseInt(own, cut + 1, own.length(), 10));
                    }
                    appendPageSet(out, ps, scratch);
                }
            }
        }

        /** Digit run {@code rs[k]} on page {@code p} of year group {@code g}: its keys not yet on the page. */
        void page(int p, int g, Runs.Run[] rs, int k, Runs.DigitRun run) {
            if (seenOn[run.id] == p) {
                return;
            }
            seenOn[run.id] = p;
            int[] ks = keysOf[run.id];
            if (ks == null) {
                if (keyScratch.length < run.text.length() * DIGIT_KEY * 3) {
                    keyScratch = new int[run.text.length() * DIGIT_KEY * 3 * 2];
                }
                ks = keysOf[run.id] = digitKeys(run.text, mark, run.id + 1, keyScratch);
            }
            for (int q = 0; q < ks.length; q += 3) {
                int code = ks[q];
                if (lastPage[code] == p) {
                    continue;
                }
                if (groupOf[code] == g && inGroup[code] >= DIGIT_SNIPPETS && extraCovers[code] >= COVER_TEXTS
                        && (firstCandidate[run.id] == null || firstCandidate[run.id][q / 3] < 0)) {
                    // as key() for a key with all its snippets in the group and no cover to look for here: the page
                    // only
                    pagesOf[code].add(p);
                    lastPage[code] = p;
                } else {
                    key(code, p, g, rs, k, q / 3, ks[q + 1], ks[q + 2]);
                }
            }
        }

        /**
         * Key {@code code} (the run's key {@code q}) first met on page {@code p}, at {@code off} (length {@code len}) in
         * digit run rs[k].
         */
        private void key(int code, int p, int g, Runs.Run[] rs, int k, int q, int off, int len) {
            String s = rs[k].text;
            IntList l = pagesOf[code];
            if (l == null) {
                l = pagesOf[code] = new IntList();
                places[code] = new ByteOut(16);
                keyOf[code] = s.substring(off, off + len);
            }
            if (groupOf[code] != g) {
                groupOf[code] = g;
                inGroup[code] = 0;
            }
            int runId = rs[k].id;
            if (inGroup[code] < DIGIT_SNIPPETS) {
                inGroup[code]++;
                placed[code]++;
                places[code].uint(p - lastPlaced[code]);
                lastPlaced[code] = p;
                int start = digitContext(k > 0 ? rs[k - 1] : null, s, off, len,
                        k + 1 < rs.length ? rs[k + 1] : null);
                int at = contexts.indexOrAdd(code, ctx, ctxLength, start);
                if (at >= 0) {
                    places[code].uint(at + 1);
                } else {
                    // a new text: pages past the places whose first place of the key has the same text around it
                    // (template text: a kind of page, a year's reports) will show it too
                    Runs.Run before = k > 0 ? rs[k - 1] : null;
                    Runs.Run after = k + 1 < rs.length ? rs[k + 1] : null;
                    if (candidates(runId, q) < COVER_CANDIDATES && candidate(runId, q, before, after, off) < 0) {
                        cover(code, runId, q, before, after, off, contexts.count(code), null);
                    }
                    places[code].uint(0).string(new String(ctx, 0, ctxLength)).uint(start);
                }
            } else if (firstCandidate[runId] != null && firstCandidate[runId][q] >= 0
                    || extraCovers[code] < COVER_TEXTS) {
                Runs.Run before = k > 0 ? rs[k - 1] : null;
                Runs.Run after = k + 1 < rs.length ? rs[k + 1] : null;
                int c = candidate(runId, q, before, after, off);
                if (c < 0 && extraCovers[code] < COVER_TEXTS && candidates(runId, q) < COVER_CANDIDATES) {
                    // a text none of the places has (the first region pages are a county's, other kinds of page
                    // begin further on): one of the key's first COVER_TEXTS such is a cover too
                    extraCovers[code]++;
                    int start = digitContext(before, s, off, len, after);
                    c = cover(code, runId, q, before, after, off, 0, new String(ctx, 0, ctxLength) + '\u0000' + start);
                }
                if (c >= 0) {
                    IntList ps = coverPages.get(c);
                    if (ps == null) {
                        coverPages.set(c, ps = new IntList());
                    }
                    ps.add(p);
                }
            }
            l.add(p);
            lastPage[code] = p;
        }

        /**
         * The snippet text of a digit key's place, into {@link #ctx}: up to {@link #DIGIT_CONTEXT} code points of
         * the run before, the digits around the key (as many either side), up to as many of the run after. Returns
         * where the key starts in it (code points).
         */
        private int digitContext(Runs.Run before, String digits, int off, int len, Runs.Run after) {
            int n = 0;
            int start = 0;
            if (before != null) {
                String t = before.text;
                boolean known = before instanceof Runs.TextRun && tailFrom[before.id] >= 0;
                int from = known ? tailFrom[before.id] : t.length();
                if (!known) {
                    for (int c = 0; c < DIGIT_CONTEXT && from > 0; c++) {
                        from = t.offsetByCodePoints(from, -1);
                    }
                }
                t.getChars(from, t.length(), ctx, 0);
                n = t.length() - from;
                if (known) {
                    start = tailPoints[before.id];
                } else {
                    start = Character.codePointCount(ctx, 0, n);
                    if (before instanceof Runs.TextRun) {
                        tailFrom[before.id] = from;
                        tailPoints[before.id] = start;
                    }
                }
            }
            if (before instanceof Runs.DigitRun) {
                // two figures side by side: two cells (Runs), the boundary between them shown
                ctx[n++] = SearchText.BOUNDARY;
                start++;
            }
            int from = Math.max(0, off - DIGIT_CONTEXT);
            int to = Math.min(digits.length(), off + len + DIGIT_CONTEXT);
            digits.getChars(from, to, ctx, n);
            n += to - from;
            if (after instanceof Runs.DigitRun) {
                ctx[n++] = SearchText.BOUNDARY;
            }
            if (after != null) {
                String t = after.text;
                boolean known = after instanceof Runs.TextRun && headTo[after.id] >= 0;
                int end = known ? headTo[after.id] : 0;
                if (!known) {
                    for (int c = 0; c < DIGIT_CONTEXT && end < t.length(); c++) {
                        end = t.offsetByCodePoints(end, 1);
                    }
                    if (after instanceof Runs.TextRun) {
                        headTo[after.id] = end;
                    }
                }
                t.getChars(0, end, ctx, n);
                n += end;
            }
            ctxLength = n;
            return start + off - from;
        }
    }

    /**
     * The digit keys' snippet texts so far, each with where the key starts in it: per key in the order first met (a
     * place refers to an earlier one of its key by that index), found by a table of (key, hash of text and start)
     * rather than by going through the key's texts (up to ~70 of them) one by one.
     */
    private static final class Contexts {
        private final LongIntMap buckets = new LongIntMap();
        /** Per bucket, its last text (−1: none); per text, the one before it in its bucket (−1: none). */
        private final IntList bucketLast = new IntList();
        private final IntList before = new IntList();
        private final List<char[]> text = new ArrayList<>();
        private final IntList start = new IntList();
        /** Per text, its index among its key's. */
        private final IntList inKey = new IntList();
        private final int[] perKey;

        Contexts(int codes) {
            perKey = new int[codes];
        }

        private static int hash(char[] t, int len, int start) {
            int h = start;
            for (int i = 0; i < len; i++) {
                h = 31 * h + t[i];
            }
            return h;
        }

        /**
         * The index among key {@code code}'s texts of text {@code t[0, len)} with the key at {@code s}; or, when the key
         * has no such text yet, −1, and the text is added as its next.
         */
        /** How many texts key {@code code} has. */
        int count(int code) {
            return perKey[code];
        }

        int indexOrAdd(int code, char[] t, int len, int s) {
            int b = buckets.indexOf((long) (code + 1) << 32 | (hash(t, len, s) & 0xFFFFFFFFL));
            if (b == bucketLast.size()) {
                bucketLast.add(-1);
            }
            for (int c = bucketLast.get(b); c >= 0; c = before.get(c)) {
                char[] u = text.get(c);
                if (start.get(c) == s && Arrays.equals(u, 0, u.length, t, 0, len)) {
                    return inKey.get(c);
                }
            }
            before.add(bucketLast.get(b));
            bucketLast.set(b, text.size());
            text.add(Arrays.copyOf(t, len));
            start.add(s);
            inKey.add(perKey[code]++);
            return -1;
        }
    }

    /** First code of each key length in {@link #digitCode}: strings of one length after all shorter ones. */
    private static final int[] DIGIT_BASE = {0, 0, 10, 110, 1110};

    /**
     * The keys of a digit run, each at its first place in it, in the order the run's offsets and lengths come:
     * code, offset, length per key. {@code mark} holds {@code stamp} for a code already taken (a fresh stamp
     * per run); {@code out} is scratch room for them (at least {@code s.length() × DIGIT_KEY × 3}).
     */
    private static int[] digitKeys(String s, int[] mark, int stamp, int[] out) {
        int n = 0;
        for (int off = 0; off < s.length(); off++) {
            int v = 0;
            for (int len = 1; len <= DIGIT_KEY && off + len <= s.length(); len++) {
                v = v * 10 + (s.charAt(off + len - 1) - '0');
                int code = DIGIT_BASE[len] + v;
                if (mark[code] != stamp) {
                    mark[code] = stamp;
                    out[n++] = code;
                    out[n++] = off;
                    out[n++] = len;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Whether a block boundary lies between adjacent runs: the one before ends with one, the one after begins with
     * one, or both are digit runs (two figures side by side are two cells: {@link Runs}). A text run's ends are read
     * from {@code textEdges} (by its id, {@link #edges}): this is asked for every pair of adjacent runs of every page
     * (about a million at 2,000 reports), and two array reads cost less than two {@code String.charAt} calls, which
     * C1 does not inline.
     */
    static boolean bounded(Runs.Run before, Runs.Run after, byte[] textEdges) {
        boolean digitBefore = before instanceof Runs.DigitRun;
        boolean digitAfter = after instanceof Runs.DigitRun;
        return digitBefore && digitAfter || !digitBefore && (textEdges[before.id] & ENDS_BOUNDED) != 0
                || !digitAfter && (textEdges[after.id] & BEGINS_BOUNDED) != 0;
    }

    /** A text run that begins with a block boundary ({@link #edges}). */
    private static final byte BEGINS_BOUNDED = 1;
    /** A text run that ends with a block boundary ({@link #edges}). */
    private static final byte ENDS_BOUNDED = 2;

    /**
     * Whether a text run's text begins ({@link #BEGINS_BOUNDED}) and ends ({@link #ENDS_BOUNDED}) with a block
     * boundary. (A digit run has digits only.)
     */
    static byte edges(String text) {
        return (byte) ((text.charAt(0) == SearchText.BOUNDARY ? BEGINS_BOUNDED : 0)
                | (text.charAt(text.length() - 1) == SearchText.BOUNDARY ? ENDS_BOUNDED : 0));
    }

    /** {@link #edges} of every text run, by id. */
    private byte[] textEdges() {
        byte[] edges = new byte[runs.size()];
        for (int r = 0; r < edges.length; r++) {
            edges[r] = edges(runs.get(r).text);
        }
        return edges;
    }

    /** A pair of adjacent runs as one number: both ids and which of them is a digit run. */
    private static long pairKey(Runs.Run before, Runs.Run after) {
        int kind = after instanceof Runs.DigitRun ? 1 : before instanceof Runs.DigitRun ? 2 : 0;
        return ((long) before.id << 32 | after.id) << 2 | kind;
    }

    /**
     * j: per boundary key (the last character before a run boundary and the first after it, folded), per
     * distinct context (up to JUNCTION_WIDTH characters of the run before and of the run after): the two
     * strings and the set of pages.
     */
    private String junctions(OutputSink sink, long text) throws IOException {
        // A boundary is one pair of runs (before, after); pages repeat the same pairs, so each distinct pair's
        // context is made once and its pages collected under a number.
        long boundaries = 0;
        for (IndexedPage p : pages) {
            boundaries += Math.max(0, p.runs().length - 1);
        }
        Junctions js = new Junctions(runs.size(), digitRuns.size(), boundaries, textEdges());
        for (int p = 0; p < pages.size(); p++) {
            js.page(p, pages.get(p).runs());
        }
        return sharded(sink, "j", text, js.entries(pages.size()));
    }

    /**
     * The j entries being collected. A distinct pair of adjacent runs has one <em>context</em>: the end of the run
     * before (its tail) and the start of the run after (its head), each made once per run; pairs of the same
     * context share its entry.
     */
    private static final class Junctions {
        private final LongIntMap pairIndex = new LongIntMap();
        /** Per pair, the page it was last met on. */
        private final IntList pairLastPage = new IntList();
        /** Each pair on each page once, in page order: pair, page (made into each pair's pages by {@link #entries}). */
        private int[] met;
        private int metSize;
        /**
         * Per run after a boundary (text runs, then digit runs), the pair it was last met in (key, index): a page
         * of the same template has the same run before it, found again without the pair table.
         */
        private final long[] lastKey;
        private final int[] lastPair;
        private final int textRuns;
        /** Per pair, the next pair of its context (−1: none). */
        private final IntList pairNext = new IntList();
        /** Per run (text runs, digit runs), the id of its tail and of its head (−1: not made yet). */
        private final int[] textTail;
        private final int[] textHead;
        private final int[] digitTail;
        private final int[] digitHead;
        private final Map<String, Integer> tailIds = new HashMap<>();
        private final Map<String, Integer> headIds = new HashMap<>();
        private final List<String> tails = new ArrayList<>();
        private final List<String> heads = new ArrayList<>();
        /** Contexts by (tail id + 1, head id); per context its tail, head and first pair. */
        private final LongIntMap contextIndex = new LongIntMap();
        private final IntList contextTail = new IntList();
        private final IntList contextHead = new IntList();
        private final IntList contextFirst = new IntList();

        /** Per text run, whether it begins or ends with a block boundary ({@link IndexBuilder#textEdges}). */
        private final byte[] textEdges;

        /** For pages with {@code boundaries} boundaries in all (an array of pairs met that never grows). */
        Junctions(int textRuns, int digitRuns, long boundaries, byte[] textEdges) {
            met = new int[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, 2 * boundaries))];
            this.textRuns = textRuns;
            this.textEdges = textEdges;
            lastKey = new long[textRuns + digitRuns];
            lastPair = new int[textRuns + digitRuns];
            textTail = filled(textRuns);
            textHead = filled(textRuns);
            digitTail = filled(digitRuns);
            digitHead = filled(digitRuns);
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, -1);
            return a;
        }

        /** The boundaries of page {@code p}. */
        void page(int p, Runs.Run[] rs) {
            for (int k = 1; k < rs.length; k++) {
                Runs.Run before = rs[k - 1];
                Runs.Run after = rs[k];
                if (bounded(before, after, textEdges)) {
                    continue; // no word crosses a block boundary
                }
                long key = pairKey(before, after) + 1;
                int slot = after instanceof Runs.DigitRun ? textRuns + after.id : after.id;
                int i;
                if (lastKey[slot] == key) {
                    i = lastPair[slot];
                } else {
                    i = pairIndex.indexOf(key);
                    if (i == pairLastPage.size()) {
                        pair(rs[k - 1], after);
                    }
                    lastKey[slot] = key;
                    lastPair[slot] = i;
                }
                if (pairLastPage.get(i) != p) {
                    pairLastPage.set(i, p);
                    if (metSize + 2 > met.length) {
                        met = Arrays.copyOf(met, met.length * 2);
                    }
                    met[metSize] = i;
                    met[metSize + 1] = p;
                    metSize += 2;
                }
            }
        }

        private void pair(Runs.Run before, Runs.Run after) {
            int pair = pairLastPage.size();
            pairLastPage.add(-1);
            int t = tail(before);
            int h = head(after);
            int c = contextIndex.indexOf(((long) (t + 1) << 32) | h);
            if (c == contextTail.size()) {
                contextTail.add(t);
                contextHead.add(h);
                contextFirst.add(pair);
                pairNext.add(-1);
            } else {
                pairNext.add(contextFirst.get(c));
                contextFirst.set(c, pair);
            }
        }

        /** The id of the run's last JUNCTION_WIDTH code points. */
        private int tail(Runs.Run run) {
            int[] ids = run instanceof Runs.DigitRun ? digitTail : textTail;
            if (ids[run.id] < 0) {
                String t = run.text;
                int from = t.length();
                for (int c = 0; c < JUNCTION_WIDTH && from > 0; c++) {
                    from = t.offsetByCodePoints(from, -1);
                }
                // no word reaches back across a block boundary
                from = Math.max(from, t.lastIndexOf(SearchText.BOUNDARY) + 1);
                ids[run.id] = intern(t.substring(from), tailIds, tails);
            }
            return ids[run.id];
        }

        /** The id of the run's first JUNCTION_WIDTH code points. */
        private int head(Runs.Run run) {
            int[] ids = run instanceof Runs.DigitRun ? digitHead : textHead;
            if (ids[run.id] < 0) {
                String t = run.text;
                int to = 0;
                for (int c = 0; c < JUNCTION_WIDTH && to < t.length(); c++) {
                    to = t.offsetByCodePoints(to, 1);
                }
                int boundary = t.indexOf(SearchText.BOUNDARY);
                if (boundary >= 0 && boundary < to) {
                    to = boundary; // no word reaches on across a block boundary
                }
                ids[run.id] = intern(t.substring(0, to), headIds, heads);
            }
            return ids[run.id];
        }

        private static int intern(String s, Map<String, Integer> ids, List<String> list) {
            Integer id = ids.get(s);
            if (id == null) {
                id = list.size();
                ids.put(s, id);
                list.add(s);
            }
            return id;
        }

        /**
         * Per boundary key (the last character of the tail and the first of the head, folded): per context, in
         * order of tail then head (the order of "tail U+0000 head"), the tail, the head and the pages.
         */
        Map<String, ByteOut> entries(int pageCount) {
            int[] tailRank = ranks(tails, tailIds);
            int[] headRank = ranks(heads, headIds);
            tailByRank = byRank(tailRank);
            headByRank = byRank(headRank);
            // contexts grouped by key; per group its contexts as (tail rank, head rank)
            LongIntMap keyIndex = new LongIntMap();
            List<String> keyText = new ArrayList<>();
            List<LongList> keyContexts = new ArrayList<>();
            for (int c = 0; c < contextTail.size(); c++) {
                group(c, tailRank, headRank, keyIndex, keyText, keyContexts);
            }
            // each pair's pages (increasing: met in page order), one after another
            int pairs = pairLastPage.size();
            pageStart = new int[pairs + 1];
            for (int e = 0; e < metSize; e += 2) {
                pageStart[met[e] + 1]++;
            }
            for (int i = 0; i < pairs; i++) {
                pageStart[i + 1] += pageStart[i];
            }
            pageOf = new int[metSize / 2];
            int[] at = Arrays.copyOf(pageStart, pairs);
            for (int e = 0; e < metSize; e += 2) {
                pageOf[at[met[e]]++] = met[e + 1];
            }
            met = null;
            Map<String, ByteOut> entries = new HashMap<>();
            long[] set = PageBits.of(pageCount);
            // each tail and head in UTF-8 once, not once per context it is in
            tailBytes = utf8(tails);
            headBytes = utf8(heads);
            for (int g = 0; g < keyText.size(); g++) {
                entries.put(keyText.get(g), entry(keyContexts.get(g).sorted(), set));
            }
            return entries;
        }

        /** Per rank, the id whose string has it. */
        private static int[] byRank(int[] rank) {
            int[] out = new int[rank.length];
            for (int i = 0; i < rank.length; i++) {
                out[rank[i]] = i;
            }
            return out;
        }

        /** Context {@code c} added to its key's group (a new group for a new key). */
        private void group(int c, int[] tailRank, int[] headRank, LongIntMap keyIndex, List<String> keyText,
                List<LongList> keyContexts) {
            String t = tails.get(contextTail.get(c));
            int last = SearchText.fold(t.codePointBefore(t.length()));
            int first = SearchText.fold(heads.get(contextHead.get(c)).codePointAt(0));
            int g = keyIndex.indexOf(((long) last + 1) << 21 | first);
            if (g == keyText.size()) {
                keyText.add(new StringBuilder(4).appendCodePoint(last).appendCodePoint(first).toString());
                keyContexts.add(new LongList());
            }
            keyContexts.get(g).add((long) tailRank[contextTail.get(c)] << 32 | headRank[contextHead.get(c)]);
        }

        /** Tail and head ids by rank, their UTF-8, and the pairs' pages: set by {@link #entries}. */
        private int[] tailByRank;
        private int[] headByRank;
        private byte[][] tailBytes;
        private byte[][] headBytes;
        private int[] pageStart;
        private int[] pageOf;

        /** One key's entry: its contexts ({@code (tail rank, head rank)}, sorted), each with its pages. */
        private ByteOut entry(long[] cs, long[] set) {
            ByteOut sb = new ByteOut();
            for (long rankPair : cs) {
                int t = tailByRank[(int) (rankPair >>> 32)];
                int h = headByRank[(int) rankPair];
                int c = contextIndex.get(((long) (t + 1) << 32) | h);
                sb.string(tailBytes[t]).string(headBytes[h]);
                int pair = contextFirst.get(c);
                if (pairNext.get(pair) < 0) {
                    // one pair: its pages are in increasing order, each once
                    appendPageSet(sb, pageOf, pageStart[pair], pageStart[pair + 1], set);
                } else {
                    for (; pair >= 0; pair = pairNext.get(pair)) {
                        for (int i = pageStart[pair]; i < pageStart[pair + 1]; i++) {
                            PageBits.set(set, pageOf[i]);
                        }
                    }
                    PageBits.append(sb, set);
                    PageBits.clear(set);
                }
            }
            return sb;
        }

        private static byte[][] utf8(List<String> strings) {
            byte[][] out = new byte[strings.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = strings.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            return out;
        }

        /** Per id, the rank of its string in sorted order. */
        private static int[] ranks(List<String> strings, Map<String, Integer> ids) {
            String[] sorted = strings.toArray(new String[0]);
            Arrays.sort(sorted);
            int[] rank = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                rank[ids.get(sorted[i])] = i;
            }
            return rank;
        }
    }

    /** A growable list of longs. */
    private static final class LongList {
        private long[] values = new long[4];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }

    /**
     * Writes postings held whole (digits, junctions: small) into shards sized by their real sizes. The entries may
     * come in any order (a hash map): each shard's keys are sorted on their own, a few hundred strings each instead
     * of every key in one sorted map.
     */
    private static String sharded(OutputSink sink, String kind, long inputs, Map<String, ByteOut> entries)
            throws IOException {
        String[] keys = new String[entries.size()];
        ByteOut[] values = new ByteOut[keys.length];
        int i = 0;
        for (Map.Entry<String, ByteOut> e : entries.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return sharded(sink, kind, inputs, keys, values);
    }

    /**
     * As {@link #sharded(OutputSink, String, long, Map)}, of the entries {@code keys[i]} → {@code values[i]} (distinct
     * keys, in any order; both arrays are used as scratch).
     */
    private static String sharded(OutputSink sink, String kind, long inputs, String[] keys, ByteOut[] values)
            throws IOException {
        int target = kind.equals("r") ? R_SHARD_BYTES : SHARD_BYTES;
        int count = keys.length;
        long small = 0;
        int i;
        for (i = 0; i < count; i++) {
            small += ShardedPostings.shardShare(keys[i], values[i].size(), target);
        }
        int shards = ShardedPostings.shardCount(small, kind.equals("r") ? R_SHARD_BYTES : SHARD_FILL);
        // entries grouped by shard (counting sort), then each shard's sorted by key
        boolean phrases = kind.equals("n");
        int[] shardOf = new int[count];
        int[] start = new int[shards + 1];
        for (i = 0; i < count; i++) {
            // n: a phrase lives in the shard of its first three characters (searched for it anyway).
            shardOf[i] = ShardedPostings.shardOf(phrases ? shardKey(keys[i]) : keys[i], shards);
            start[shardOf[i] + 1]++;
        }
        for (int s = 0; s < shards; s++) {
            start[s + 1] += start[s];
        }
        int[] at = Arrays.copyOf(start, shards);
        String[] byShard = new String[count];
        ByteOut[] valuesByShard = new ByteOut[count];
        for (i = 0; i < count; i++) {
            int slot = at[shardOf[i]]++;
            byShard[slot] = keys[i];
            valuesByShard[slot] = values[i];
        }
        String dir = dirName(kind, inputs);
        for (int s = 0; s < shards; s++) {
            sortByKey(byShard, valuesByShard, start[s], start[s + 1], keys, values);
            ShardedPostings.writeShard(sink, "search/" + dir, s, Arrays.asList(byShard).subList(start[s], start[s + 1]),
                    Arrays.asList(valuesByShard).subList(start[s], start[s + 1]), target);
        }
        return ",\"" + kind + "\":{\"dir\":" + Json.string(dir) + ",\"shards\":" + shards + "}";
    }

    /**
     * Sorts {@code keys[from, to)} (distinct), moving {@code values} along: a merge sort, with {@code tmpKeys} and
     * {@code tmpValues} (as long) for scratch.
     */
    private static void sortByKey(String[] keys, ByteOut[] values, int from, int to, String[] tmpKeys,
            ByteOut[] tmpValues) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        sortByKey(keys, values, from, mid, tmpKeys, tmpValues);
        sortByKey(keys, values, mid, to, tmpKeys, tmpValues);
        if (keys[mid - 1].compareTo(keys[mid]) < 0) {
            return;
        }
        System.arraycopy(keys, from, tmpKeys, from, to - from);
        System.arraycopy(values, from, tmpValues, from, to - from);
        int a = from;
        int b = mid;
        for (int o = from; o < to; o++) {
            if (b >= to || (a < mid && tmpKeys[a].compareTo(tmpKeys[b]) < 0)) {
                keys[o] = tmpKeys[a];
                values[o] = tmpValues[a++];
            } else {
                keys[o] = tmpKeys[b];
                values[o] = tmpValues[b++];
            }
        }
    }

    // ---- texts ----------------------------------------------------------------------------------------------

    /** rp (common runs' page sets, binary), nt (run texts), dt (digit run texts). */
    private String runTexts(OutputSink sink, long text) throws IOException {
        long[] set = PageBits.of(pages.size());
        String out = sizedBlocks(sink, "rp", dirName("rp", text), common, RP_BLOCK_BYTES,
                (item, r) -> appendPageSet(item, runs.get(r).pages, set), r -> true);
        out += blocks(sink, "nt", text, NT_BLOCK, runs.size(), (sb, i) -> Json.string(sb, runs.get(i).text));
        out += blocks(sink, "dt", text, DT_BLOCK, digitRuns.size(), (sb, i) -> Json.string(sb, digitRuns.get(i).text));
        return out;
    }

    /**
     * po: page outlines in outline order ({@link #outlineOrder}: by township name, then in place order), whole pages
     * in files of about PO_BLOCK_BYTES (a page longer than that alone), and one township's pages never split across
     * two files: a township-filtered first screen (its region page and reports, in different years) reads one outline
     * file, not one per year, and the same-named townships of different counties (城关镇) are neighbours. Per page the number of its runs, then each run as {@code id × 2} (text run) or
     * {@code id × 2 + 1} (digit run); a page's text is its runs' texts in order. Files are sized by bytes, not
     * pages, because a snippet of a long region page needs that page's outline only.
     */
    private String outlines(OutputSink sink, long text, List<IndexedPage> placed) throws IOException {
        return sizedBlocks(sink, "po", dirName("po", text), placed.size(), PO_BLOCK_BYTES, (item, p) -> {
            Runs.Run[] rs = placed.get(p).runs();
            item.uint(rs.length);
            for (Runs.Run r : rs) {
                item.uint(r.id * 2 + (r instanceof Runs.DigitRun ? 1 : 0));
            }
        }, p -> !sameTownship(placed.get(p - 1).facets(), placed.get(p).facets()));
    }

    /**
     * cm: per county ({@code cm-…/<i>.bin}, i its number in the pages file's county list, from 1), which common runs
     * each of its pages holds: per page (page id order) its id as the difference from the one before (from 0), the
     * number of its common runs and their ids (ascending, as differences), then a length and that many runs as in po
     * ({@link #countyOutline}): the outline of the county's own pages (no township: its region page, its comparison
     * pages), the rare text runs of its township region pages (format 10), none for the others. A county-filtered first
     * screen reads its county's file once; a page's snippet then fetches a run that holds the word and is on the page
     * (a run of the word's places or one its first key lists), with no page outline and no page sets (rp); the
     * county's own pages, whose text is mostly their own, are read in page order from their outlines here. Pages of no county
     * have none.
     */
    private String commonByCounty(OutputSink sink, long text) throws IOException {
        TreeMap<String, ByteOut> files = new TreeMap<>();
        Map<String, int[]> prev = new HashMap<>();
        int[] mark = new int[common];
        int[] ids = new int[common];
        for (int p = 0; p < pages.size(); p++) {
            String county = pages.get(p).facets().county();
            if (county == null) {
                continue;
            }
            ByteOut out = files.computeIfAbsent(county, c -> new ByteOut());
            int[] last = prev.computeIfAbsent(county, c -> new int[1]);
            int n = 0;
            for (Runs.Run r : pages.get(p).runs()) {
                if (r instanceof Runs.TextRun && r.id < common && mark[r.id] != p + 1) {
                    mark[r.id] = p + 1;
                    ids[n++] = r.id;
                }
            }
            Arrays.sort(ids, 0, n);
            out.uint(p - last[0]).uint(n);
            last[0] = p;
            for (int i = 0, before = 0; i < n; i++) {
                out.uint(ids[i] - before);
                before = ids[i];
            }
            countyOutline(out, pages.get(p));
        }
        String dir = dirName("cm", text);
        int i = 1;
        for (ByteOut out : files.values()) {
            sink.write("search/" + dir + "/" + i++ + ".bin", out.toByteArray());
        }
        return ",\"cm\":{\"dir\":" + Json.string(dir) + "}";
    }

    /**
     * A page's outline in its county's file (cm): the county's own pages (no township: its region page, its
     * comparison pages; their text is mostly their own, rare runs) their whole outline (as in po); a township's region
     * page (no year) its rare text runs in page order (its own text: the township's name, and the line it begins
     * with, its title, the site's name and the table headings after them); other pages (reports, mostly template
     * text) nothing: the length, then the runs.
     */
    private void countyOutline(ByteOut out, IndexedPage page) {
        Runs.Run[] rs = page.runs();
        if (page.facets().township() == null) {
            out.uint(rs.length);
            for (Runs.Run r : rs) {
                out.uint(r.id * 2 + (r instanceof Runs.DigitRun ? 1 : 0));
            }
            return;
        }
        int n = 0;
        if (page.facets().year() == null) {
            for (Runs.Run r : rs) {
                if (r instanceof Runs.TextRun && r.id >= common) {
                    n++;
                }
            }
        }
        out.uint(n);
        for (int i = 0; n > 0 && i < rs.length; i++) {
            if (rs[i] instanceof Runs.TextRun && rs[i].id >= common) {
                out.uint(rs[i].id * 2);
            }
        }
    }

    /** Whether two pages belong to the same township (a page of no township belongs to none). */
    private static boolean sameTownship(Facets a, Facets b) {
        return a.township() != null && a.township().equals(b.township()) && Objects.equals(a.county(), b.county());
    }

    /** Writes item {@code i} of a binary kind stored in blocks. */
    private interface BinaryItem {
        void write(ByteOut out, int i);
    }

    /**
     * Writes items {@code 0 … n−1} into {@code search/DIR/<block>.bin} files of about {@code maxBytes}, whole items
     * each (an item longer than that alone), and returns the manifest entry: the folder and each file's first item
     * ({@code starts}, as differences), which search.js looks an item up by.
     */
    private String sizedBlocks(OutputSink sink, String kind, String dir, int n, int maxBytes, BinaryItem items,
            IntPredicate mayStart) throws IOException {
        StringBuilder starts = new StringBuilder();
        ByteOut block = new ByteOut(maxBytes * 2);
        ByteOut item = new ByteOut();
        int blockNo = 0;
        int first = 0;
        int prevFirst = 0;
        for (int i = 0; i < n; i++) {
            item.clear();
            items.write(item, i);
            if (i > first && block.size() + item.size() > maxBytes && mayStart.test(i)) {
                sink.write("search/" + dir + "/" + blockNo++ + ".bin", block.toByteArray());
                starts.append(starts.length() > 0 ? "," : "").append(first - prevFirst);
                prevFirst = first;
                first = i;
                block = new ByteOut(maxBytes * 2);
            }
            block.append(item);
        }
        sink.write("search/" + dir + "/" + blockNo + ".bin", block.toByteArray());
        starts.append(starts.length() > 0 ? "," : "").append(first - prevFirst);
        return ",\"" + kind + "\":{\"dir\":" + Json.string(dir) + ",\"starts\":[" + starts + "]}";
    }

    /**
     * tt: titles in blocks of TT_BLOCK, in place order ({@link #placeOrder}): the titles a first screen shows — one
     * township's reports and pages, one county's comparisons — are then in one or two small files, not in as many
     * files as the result list has years.
     */
    private String titles(OutputSink sink, long inputs, String suffix, List<IndexedPage> order) throws IOException {
        return blocks(sink, "tt", inputs, TT_BLOCK, order.size(), (sb, i) -> {
            String t = order.get(i).title();
            Json.string(sb, t.substring(0, t.length() - suffix.length()));
        });
    }

    /**
     * Pages in place order: by path without its first folder ({@code reports/}, {@code regions/}), then by path, so a
     * township's region page, changes page and reports sit together (search.js sorts the same way).
     */
    static List<IndexedPage> placeOrder(List<IndexedPage> pages) {
        List<IndexedPage> order = new ArrayList<>(pages);
        order.sort(Comparator.comparing((IndexedPage p) -> p.path().substring(p.path().indexOf('/') + 1))
                .thenComparing(IndexedPage::path));
        return order;
    }

    /**
     * Pages in outline order (po, format 10): by township name (pages of no township first), then in place order. So
     * the townships of one name in different counties (城关镇) are neighbours, and a township-filtered screen, whose
     * pages are theirs, reads one or two outline files, not one per county; one township's pages stay together.
     * search.js sorts the same way.
     */
    static List<IndexedPage> outlineOrder(List<IndexedPage> placed) {
        List<IndexedPage> order = new ArrayList<>(placed);
        order.sort(Comparator.comparing((IndexedPage p) -> p.facets().township() == null ? "" : p.facets().township()));
        return order;
    }

    private interface Item {
        void append(StringBuilder sb, int i);
    }

    private static String blocks(OutputSink sink, String kind, long inputs, int block, int count, Item item)
            throws IOException {
        String dir = dirName(kind, inputs);
        for (int b = 0; b == 0 || b * block < count; b++) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = b * block; i < Math.min(count, (b + 1) * block); i++) {
                if (i > b * block) {
                    sb.append(',');
                }
                item.append(sb, i);
            }
            sink.write("search/" + dir + "/" + b + ".json", sb.append("]\n").toString());
        }
        return ",\"" + kind + "\":{\"dir\":" + Json.string(dir) + ",\"block\":" + block + "}";
    }

    // ---- pages ----------------------------------------------------------------------------------------------

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
        Map<String, Integer> countyIndex = new HashMap<>();
        Map<String, Integer> townshipIndex = new HashMap<>();
        for (String c : countySet) {
            countyIndex.put(c, countyIndex.size() + 1);
        }
        for (String t : townshipSet) {
            townshipIndex.put(t, townshipIndex.size() + 1);
        }
        StringBuilder county = new StringBuilder();
        StringBuilder township = new StringBuilder();
        StringBuilder year = new StringBuilder();
        List<IndexedPage> byPath = new ArrayList<>(pages);
        byPath.sort(Comparator.comparing(IndexedPage::path));
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
            county.append(sep).append(f.county() == null ? 0 : countyIndex.get(f.county()));
            township.append(sep).append(f.township() == null ? 0 : townshipIndex.get(f.township()));
            year.append(sep).append(f.year() == null ? 0 : f.year());
        }
        StringBuilder out = new StringBuilder("{\"seg\":[").append(seg).append("],\"par\":[").append(par)
                .append("],\"leaf\":[").append(leaf).append("],\"county\":[").append(county)
                .append("],\"township\":[").append(township).append("],\"year\":[").append(year)
                .append("],\"counties\":[");
        int i = 0;
        for (String c : countySet) {
            out.append(i++ > 0 ? "," : "");
            Json.string(out, c);
        }
        out.append("],\"townships\":[");
        i = 0;
        for (String t : townshipSet) {
            out.append(i++ > 0 ? "," : "");
            Json.string(out, t);
        }
        return out.append("]}\n").toString();
    }
}
