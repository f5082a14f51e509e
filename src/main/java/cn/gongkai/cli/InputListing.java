package cn.gongkai.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files under a folder a build reads ({@code content/}, {@code themes/}, the program), taken in one walk:
 * relative path ({@code /}-separated), size and modification time of each, sorted by path, so that a folder's
 * files are contiguous. Both the no-change stamp ({@link BuildStamp}) and the incremental build's content hashes
 * ({@link BuildInputs}) are made from the same listing, instead of each walking the tree and asking every file
 * for its size and time again.
 */
record InputListing(Path root, boolean exists, List<Entry> files) {

    /** One regular file: where it is below the root, how big, when last modified. */
    record Entry(String path, long size, FileTime modified) {
    }

    /** Walks {@code root} (a folder, or a single file whose entry is its own name; absent is allowed). */
    static InputListing of(Path root) throws IOException {
        if (!Files.exists(root)) {
            return new InputListing(root, false, List.of());
        }
        List<Entry> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                if (a.isRegularFile()) {
                    String rel = file.equals(root) ? file.getFileName().toString()
                            : root.relativize(file).toString().replace('\\', '/');
                    files.add(new Entry(rel, a.size(), a.lastModifiedTime()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;   // deleted while walked: as if it had never been there
                }
                throw e;
            }
        });
        files.sort(Comparator.comparing(Entry::path));
        return new InputListing(root, true, List.copyOf(files));
    }

    /** One line per file (path, size, time, tab-separated), or one "absent" line when the root does not exist. */
    List<String> lines() {
        if (!exists) {
            return List.of("absent " + root);
        }
        List<String> out = new ArrayList<>(files.size());
        for (Entry e : files) {
            out.add(e.path() + "\t" + e.size() + "\t" + e.modified().toMillis());
        }
        return out;
    }

    /**
     * The hash the launcher takes of these folders after a build, to recognise the next identical one:
     * {@code find ROOT... -type f -printf '%p\t%s\t%T@\n' | LC_ALL=C sort | sha256sum} (absolute roots, as the
     * launcher passes them). Made here from the listings the build took anyway, the launcher need not walk the
     * folders again after Java has exited; null when a root is not a plain folder (the launcher then lists it).
     */
    static String launcherHash(List<InputListing> roots) {
        List<byte[]> lines = new ArrayList<>();
        for (InputListing l : roots) {
            if (!l.exists()) {
                continue;   // find prints nothing for a missing starting point (its complaint goes to /dev/null)
            }
            if (!Files.isDirectory(l.root(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            String root = l.root().toAbsolutePath().normalize().toString();
            for (Entry e : l.files()) {
                java.time.Instant t = e.modified().toInstant();
                String nanos = Integer.toString(t.getNano());
                String line = root + "/" + e.path() + "\t" + e.size() + "\t" + t.getEpochSecond() + "."
                        + "000000000".substring(nanos.length()) + nanos + "0\n";   // find's %T@: 10 digits
                lines.add(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        lines.sort(java.util.Arrays::compareUnsigned);
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            lines.forEach(md::update);
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }
}
