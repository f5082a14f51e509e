package cn.gongkai.content;

import java.util.Map;

/**
 * Where a loaded report lives, so that findings about it can name file and line.
 *
 * @param id    report id, e.g. {@code shandong/jining/jinxiang/buji-zhen/2024}
 * @param file  the file as shown to the user, e.g. {@code content/shandong/.../2024.md}
 * @param lines line of each front-matter key and table cell by dotted path ({@code applications.granted.total},
 *              {@code art20.rules.made}, {@code issuer}) and of each part's heading ({@code sections.overview});
 *              an immutable map, compact in memory
 */
public record ReportFile(String id, String file, Map<String, Integer> lines) {
    public ReportFile {
        lines = LineMap.copyOf(lines);
    }

    /** A report file whose key names are shared through {@code pool} with the other reports of a load. */
    static ReportFile of(String id, String file, Map<String, Integer> lines, LineMap.Pool pool) {
        return new ReportFile(id, file, LineMap.of(lines, pool));
    }

    /**
     * The line of a key or cell path, or of the nearest enclosing key (so {@code applications.granted.total}
     * falls back to the row's line); 0 when none is known.
     */
    public int lineOf(String path) {
        if (path == null) {
            return 0;
        }
        String p = path;
        while (!p.isEmpty()) {
            Integer l = lines.get(p);
            if (l != null) {
                return l;
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return 0;
    }
}
