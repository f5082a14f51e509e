package cn.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme: {@code themes/<name>/templates/*.ftlh} and {@code themes/<name>/static/**}. Anything the site's
 * theme folder does not have comes from the built-in default theme on the classpath
 * ({@code themes/default/...}), file by file, so a theme may override just one template or the stylesheet.
 *
 * @param name   the theme's name from {@code site.yaml}
 * @param folder the site's theme folder ({@code themes/<name>} beside {@code content/}), or null when the
 *               site has none and the built-in theme is used as is
 */
public record Theme(String name, Path folder) {
    /** Where the built-in theme sits on the classpath. */
    public static final String BUILT_IN = "themes/default";

    /** The theme {@code name} found in {@code themesRoot}, or the built-in one when that folder does not exist. */
    public static Theme find(Path themesRoot, String name) {
        String n = name == null || name.isBlank() ? "default" : name;
        Path folder = themesRoot == null ? null : themesRoot.resolve(n);
        return new Theme(n, folder != null && Files.isDirectory(folder) ? folder : null);
    }

    /** The site theme's template folder, or null. */
    public Path templates() {
        Path t = folder == null ? null : folder.resolve("templates");
        return t != null && Files.isDirectory(t) ? t : null;
    }

    /**
     * Every static file of the theme as site path under {@code assets/} → bytes: the built-in files first,
     * then the site theme's files over them. Sorted by path.
     */
    public SortedMap<String, byte[]> staticFiles() {
        SortedMap<String, byte[]> out = new TreeMap<>();
        readBuiltInStatic(out);
        if (folder != null && Files.isDirectory(folder.resolve("static"))) {
            readTree(folder.resolve("static"), out);
        }
        return out;
    }

    private static void readBuiltInStatic(Map<String, byte[]> out) {
        URL url = Theme.class.getClassLoader().getResource(BUILT_IN + "/static");
        if (url == null) {
            throw new IllegalStateException("the built-in theme is missing from the program (" + BUILT_IN + "/static)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    readTree(fs.getPath(BUILT_IN + "/static"), out);
                }
            } else {
                readTree(Path.of(uri), out);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in theme: " + e.getMessage(), e);
        }
    }

    private static void readTree(Path dir, Map<String, byte[]> out) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                out.put("assets/" + rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme files in " + dir + ": " + e.getMessage(), e);
        }
    }
}
