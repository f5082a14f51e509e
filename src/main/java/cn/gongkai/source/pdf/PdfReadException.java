package cn.gongkai.source.pdf;

/**
 * A PDF that cannot be read, with a one-line message naming the file and what is wrong with it (empty, not a
 * PDF, damaged, encrypted, scanned images without text, too large), in words a clerk can act on.
 */
public final class PdfReadException extends Exception {
    public PdfReadException(String message) {
        super(message);
    }
}
