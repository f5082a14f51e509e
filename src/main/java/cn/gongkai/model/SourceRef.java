package cn.gongkai.model;

/**
 * Where a report's data came from.
 *
 * @param kind   {@code pdf}, {@code html}, {@code text} or {@code data} (entered as data)
 * @param file   path of the source file, relative to the content folder (or as given to {@code parse})
 * @param sha256 hex digest of the source file, or null
 * @param url    where it was published, or null
 */
public record SourceRef(String kind, String file, String sha256, String url) {
}
