package cn.gongkai.source;

/** A source file cannot be read as a report; the message names the file and says what is wrong, for a clerk. */
public final class SourceReadException extends Exception {
    public SourceReadException(String message) {
        super(message);
    }

    public SourceReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
