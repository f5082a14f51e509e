package cn.gongkai.cli;

import cn.gongkai.site.IncrementalSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Remembers what the last successful build was made from, so a build with nothing changed can stop at once.
 * The fingerprint covers the program (its jar or classes folder), the options, and the path, size and
 * modification time of every file under {@code content/} and {@code themes/}. It is kept in
 * {@code <out>.state/} beside the output (never inside it, so the output stays byte-identical), with the
 * messages and exit code of that build, which a skipped build repeats.
 */
final class BuildStamp {
    private final Path file;

    BuildStamp(Path out) {
        this.file = IncrementalSink.stateFolder(out).resolve("last-build");
    }

    /**
     * The fingerprint of a build with these options and inputs (the listings of its program, content and themes
     * folders), or null when it cannot be taken (then always build).
     */
    static String fingerprint(SiteBuild.Options o, Listings in) {
        if (in.program() == null) {
            return null;
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            add(md, "gongkai-build-2");
            add(md, String.join("|", o.content().toAbsolutePath().normalize().toString(),
                    o.out().toAbsolutePath().normalize().toString(), String.valueOf(o.themes()),
                    String.valueOf(o.baseUrl()), String.valueOf(o.strict()), String.valueOf(o.liveReload())));
            for (InputListing l : new InputListing[] {in.program(), in.content(), in.themes()}) {
                if (l != null) {
                    for (String line : l.lines()) {
                        add(md, line);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    /**
     * What a build reads, each listed once: the program (null when it cannot be found), the content folder and
     * the themes folder (null when the build has none).
     */
    record Listings(InputListing program, InputListing content, InputListing themes) {
        /** The content folder and the themes folder (when the build has one). */
        List<InputListing> folders() {
            return themes == null ? List.of(content) : List.of(content, themes);
        }


        static Listings of(SiteBuild.Options o) throws IOException {
            InputListing program;
            try {
                program = InputListing.of(BuildStamp.program());
            } catch (java.net.URISyntaxException | SecurityException e) {
                program = null;
            }
            return new Listings(program, InputListing.of(o.content()),
                    o.themes() == null ? null : InputListing.of(o.themes()));
        }
    }

    /** Where the program is: its jar, or its classes folder when run from the build (tests). */
    static Path program() throws java.net.URISyntaxException {
        return Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void add(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }

    /** The record of the last build if it had this fingerprint and its output is still there, else null. */
    Recorded lookup(String fingerprint, Path out) {
        if (fingerprint == null || !Files.isDirectory(out) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(fingerprint)) {
                return null;
            }
            return new Recorded(Integer.parseInt(lines.get(1)), lines.get(2), lines.subList(3, lines.size()));
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    void save(String fingerprint, int exitCode, String summary, List<String> messages) {
        if (fingerprint == null) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of(fingerprint, Integer.toString(exitCode), summary));
        lines.addAll(messages);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // Only a shortcut for the next build; without it the next build simply does all the work.
        }
    }

    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // see save
        }
    }

    record Recorded(int exitCode, String summary, List<String> messages) {
    }
}
