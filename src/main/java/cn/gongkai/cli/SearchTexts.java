package cn.gongkai.cli;

import cn.gongkai.site.PageTexts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The search texts of a build's pages kept for the next build ({@link PageTexts}): what the last build kept is read
 * for the pages kept unrendered, and every searched page's text goes into the new file. Only ever saves work: when
 * the file cannot be written the build goes on without it (and the next build reads its kept pages back).
 * Safe for several threads.
 */
final class SearchTexts {
    private final Path file;
    private final PageTexts.Reader last;
    private PageTexts.Writer next;
    private volatile boolean broken;
    /** Kept pages whose text came from the last build's file. */
    final AtomicInteger cached = new AtomicInteger();
    /** Kept pages whose text was read back from the page (no entry for them). */
    final AtomicInteger parsed = new AtomicInteger();

    /** Reads the texts kept for the output {@code out} and starts the file that will replace them. */
    SearchTexts(Path out) {
        this.file = PageTexts.fileFor(out);
        this.last = PageTexts.Reader.open(file);
        try {
            next = PageTexts.Writer.create(file);
        } catch (IOException e) {
            broken = true;
        }
    }

    /** The text of a page kept unrendered, as the last build read it, or null when it has none for this key. */
    PageTexts.Text kept(String path, String key) {
        PageTexts.Text t = last == null ? null : last.get(path, key);
        if (t != null) {
            cached.incrementAndGet();
        }
        return t;
    }

    /** Keeps the text of a page, just rendered or kept from the last build. */
    void put(String path, String key, String title, char[] text) {
        if (!broken) {
            try {
                next.put(path, key, title, text);
            } catch (IOException e) {
                broken = true;
            }
        }
    }

    /** After a build that succeeded: the new file replaces the last one (or, when it could not be written, none). */
    void finish() {
        closeLast();
        if (!broken) {
            try {
                next.finish();
                return;
            } catch (IOException e) {
                broken = true;
            }
        }
        close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale file is harmless: its entries are found only for pages made from the same inputs
        }
    }

    /** After a build that failed: the last build's file stays, the new one is dropped. */
    void close() {
        closeLast();
        if (next != null) {
            try {
                next.close();
            } catch (IOException ignored) {
                // the unfinished file is replaced by the next build's
            }
        }
    }

    private void closeLast() {
        if (last != null) {
            try {
                last.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }
}
