package cn.gongkai.cli;

import cn.gongkai.content.ContentLoader;
import cn.gongkai.site.Crc64;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a build reads, hashed, for the incremental build: a 64-bit hash ({@link Crc64}) of the bytes of every
 * file under {@code content/}, and the fingerprint of what every page shows (program, theme, options, {@code site.yaml},
 * every {@code _region.yaml}). {@link #key} gives, for a part of the content (a {@link cn.gongkai.site.PageScope}),
 * the key of everything a page made from that part depends on.
 *
 * <p>The content files the loader reads ({@code site.yaml}, region files, reports) are hashed from the bytes the
 * loader read ({@link LoadedFiles}, told by {@link ContentLoader#load(Path, ContentLoader.FileListener)}), not read
 * a second time: {@link #prepare} takes what needs nothing from the loader (options, program, theme, the content
 * files the loader does not read, such as source copies) beside the load, {@link Prepared#with} the rest once the
 * content is loaded. A listed file the loader did not read after all is read there.
 */
final class BuildInputs {
    private final String global;
    private final String[] paths;
    private final long[] hashes;
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    private BuildInputs(String global, String[] paths, long[] hashes) {
        this.global = global;
        this.paths = paths;
        this.hashes = hashes;
    }

    /** Reads and hashes the build's inputs, every file in {@code in} (listed by {@link BuildStamp.Listings}). */
    static BuildInputs read(SiteBuild.Options o, BuildStamp.Listings in) throws IOException {
        return prepare(o, in).with(new LoadedFiles());
    }

    /**
     * What needs nothing from the loaded content: the options, program and theme files, and the hashes of the
     * content files the loader does not read whole (anything but {@code site.yaml}, {@code _region.yaml} and
     * {@code <year>.md}).
     */
    static Prepared prepare(SiteBuild.Options o, BuildStamp.Listings in) throws IOException {
        Path root = o.content();
        List<InputListing.Entry> files = Files.isDirectory(root) ? in.content().files() : List.of();
        String[] paths = new String[files.size()];
        long[] hashes = new long[paths.length];
        boolean[] known = new boolean[paths.length];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = files.get(i).path();
            if (!ContentLoader.readsWhole(paths[i])) {
                hashes[i] = hashFile(root, paths[i]);
                known[i] = true;
            }
        }
        Hasher g = new Hasher();
        g.add("gongkai-inputs-1");
        g.add(String.join("|", String.valueOf(o.themes()), String.valueOf(o.baseUrl()), String.valueOf(o.strict()),
                String.valueOf(o.liveReload())));
        if (in.program() != null) {
            for (String line : in.program().lines()) {   // the program, file by file
                g.add(line);
            }
        } else {
            g.add("unknown program " + System.nanoTime());   // never equal: nothing is kept
        }
        if (in.themes() != null && Files.isDirectory(o.themes())) {
            Path themes = o.themes();
            for (InputListing.Entry t : in.themes().files()) {
                g.add(t.path() + "\t" + Long.toHexString(Crc64.of(Files.readAllBytes(themes.resolve(t.path())))));
            }
        }
        return new Prepared(root, paths, hashes, known, g);
    }

    private static long hashFile(Path root, String path) {
        try {
            return Crc64.of(Files.readAllBytes(root.resolve(path)));
        } catch (IOException e) {
            return -1;   // unreadable now: the loader says so; the key simply differs
        }
    }

    /** The hashes of the content files as the loader read them; told from the loader's threads. */
    static final class LoadedFiles implements ContentLoader.FileListener {
        private final Map<String, Long> hashes = new ConcurrentHashMap<>(4096);

        @Override
        public void read(String relative, byte[] bytes) {
            hashes.put(relative, Crc64.of(bytes));
        }

        Long hashOf(String relative) {
            return hashes.get(relative);
        }
    }

    /** The inputs but the hashes of the files the loader reads. */
    static final class Prepared {
        private final Path root;
        private final String[] paths;
        private final long[] hashes;
        private final boolean[] known;
        private final Hasher global;

        private Prepared(Path root, String[] paths, long[] hashes, boolean[] known, Hasher global) {
            this.root = root;
            this.paths = paths;
            this.hashes = hashes;
            this.known = known;
            this.global = global;
        }

        /**
         * The inputs, with the hashes of the files the loader read ({@code loaded}); a listed file it did not read
         * is read here. Call once.
         */
        BuildInputs with(LoadedFiles loaded) {
            long[] all = hashes.clone();
            boolean[] missing = new boolean[paths.length];
            int missed = 0;
            for (int i = 0; i < paths.length; i++) {
                if (!known[i]) {
                    Long h = loaded.hashOf(paths[i]);
                    if (h != null) {
                        all[i] = h;
                    } else {
                        missing[i] = true;
                        missed++;
                    }
                }
            }
            if (missed > 0) {   // all of them when nothing was loaded (read): on all cores
                java.util.stream.IntStream.range(0, paths.length).filter(i -> missing[i]).parallel()
                        .forEach(i -> all[i] = hashFile(root, paths[i]));
            }
            for (int i = 0; i < paths.length; i++) {
                if (paths[i].endsWith(".yaml")) {   // site.yaml and every _region.yaml: names and order shown everywhere
                    global.add(paths[i] + "\t" + Long.toHexString(all[i]));
                }
            }
            return new BuildInputs(global.hex(), paths, all);
        }
    }

    /** The fingerprint of what every page depends on. */
    String global() {
        return global;
    }

    /**
     * The key of a page made from the files under {@code scope} (a folder below the content root; {@code ""}
     * for all of it): changes when any of those files, or anything in {@link #global()}, changes.
     */
    String key(String scope) {
        return keys.computeIfAbsent(scope, s -> {
            Hasher h = new Hasher();
            h.add(global);
            h.add("scope\t" + s);
            String prefix = s.isEmpty() ? "" : s + "/";
            int from = Arrays.binarySearch(paths, prefix);
            for (int i = from < 0 ? -from - 1 : from; i < paths.length && paths[i].startsWith(prefix); i++) {
                h.add(paths[i] + "\t" + Long.toHexString(hashes[i]));
            }
            return h.hex();
        });
    }

    /** A hash over a sequence of lines, and how many there were. */
    private static final class Hasher {
        private final Crc64 crc = new Crc64();
        private long lines;

        void add(String line) {
            crc.line(line);
            lines++;
        }

        String hex() {
            return String.format("%016x%x", crc.value(), lines);
        }
    }
}
