package cn.gongkai.data;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Where {@link ReportJson} writes a report object: {@link CompactJson} for the data files, or Jackson's generator
 * ({@link JacksonOut}: pretty for {@code parse --json}). Names and values in the order written; {@link #name} is
 * followed by exactly one value.
 */
interface JsonOut {
    void startObject() throws IOException;

    void endObject() throws IOException;

    void startArray() throws IOException;

    void endArray() throws IOException;

    void name(String name) throws IOException;

    /** A name encoded once, for the keys every report repeats (the table rows and columns). */
    void name(CompactJson.Key name) throws IOException;

    /** A text value, or null. */
    void string(String text) throws IOException;

    /** A number in plain notation (no exponent). */
    void number(BigDecimal value) throws IOException;

    void number(int value) throws IOException;

    void nul() throws IOException;

    /**
     * Writes a value given as its compact JSON bytes and returns true, when this target writes compact JSON bytes;
     * otherwise writes nothing and returns false, and the caller writes the value piece by piece.
     */
    default boolean encoded(byte[] compactJson) throws IOException {
        return false;
    }
}
