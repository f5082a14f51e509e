package cn.gongkai.source.importing;

import java.nio.file.Path;

/**
 * What happened to one source file.
 *
 * @param source   the source given
 * @param status   imported, skipped (a hand-edited content file is in the way) or failed
 * @param target   the content file written or in the way, or null
 * @param message  why it failed or was skipped, naming the file; null when imported
 * @param cells    table cells of the report
 * @param unknown  of which unknown
 * @param errors   failed checks (errors)
 * @param warnings warnings, including what the parser could not read
 */
public record ImportOutcome(Path source, Status status, Path target, String message, int cells, int unknown,
                            int errors, int warnings) {

    public enum Status { IMPORTED, SKIPPED, FAILED }

    static ImportOutcome failed(Path source, String message) {
        return new ImportOutcome(source, Status.FAILED, null, message, 0, 0, 0, 0);
    }
}
