package cn.gongkai.cli;

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

    /** Reads and hashes the build's inputs, the files in {@code in} (listed by {@link BuildStamp.Listings}). */
    static BuildInputs read(SiteBuild.Options o, BuildStamp.Listings in) throws IOException {
        Path root = o.content();
        List<InputListing.Entry> files = Files.isDirectory(root) ? in.content().files() : List.of();
        String[] paths = new String[files.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = files.get(i).path();
        }
        long[] hashes = new long[paths.length];
        java.util.stream.IntStream.range(0, paths.length).parallel().forEach(i -> {
            try {
                hashes[i] = Crc64.of(Files.readAllBytes(root.resolve(paths[i])));
            } catch (IOException e) {
                hashes[i] = -1;   // unreadable now: the loader says so; the key simply differs
            }
        });
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
        for (int i = 0; i < paths.length; i++) {
            String name = paths[i].substring(paths[i].lastIndexOf('/') + 1);
            if (name.endsWith(".yaml")) {   // site.yaml and every _region.yaml: names and order shown everywhere
                g.add(paths[i] + "\t" + Long.toHexString(hashes[i]));
            }
        }
        return new BuildInputs(g.hex(), paths, hashes);
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
