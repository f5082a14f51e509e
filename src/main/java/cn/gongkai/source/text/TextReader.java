package cn.gongkai.source.text;

import cn.gongkai.source.SourceLine;
import cn.gongkai.source.SourceReadException;
import cn.gongkai.source.SourceText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UTF-8 text or Markdown file into lines ({@code line N}). Refuses, with one message naming the file,
 * what is not UTF-8 text: an empty file, a binary file (NUL bytes or control characters), and text in the
 * GBK/GB18030 encoding, which is refused rather than guessed so that no character is ever read wrongly.
 */
public final class TextReader {
    private static final Charset GB18030 = Charset.forName("GB18030");

    public SourceText read(Path file) throws SourceReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceReadException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return read(file.toString(), bytes);
    }

    public SourceText read(String name, byte[] bytes) throws SourceReadException {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new SourceReadException(name + ": the file is empty; there is no report text to read");
        }
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new SourceReadException(name + ": this is a binary file, not text (it contains NUL bytes); "
                        + "give the report as .txt, .html or .pdf");
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > 8 && control * 50 > bytes.length) {
            throw new SourceReadException(name + ": this is a binary file, not text (" + control
                    + " control characters); give the report as .txt, .html or .pdf");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (looksLikeGb(bytes)) {
                throw new SourceReadException(name + ": the text is GBK/GB18030-encoded, not UTF-8; convert it "
                        + "first, e.g. iconv -f GB18030 -t UTF-8 '" + name + "' > report.txt");
            }
            throw new SourceReadException(name + ": the file is not UTF-8 text (invalid byte sequence); "
                    + "save it as UTF-8 or give the original .pdf or .html");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(raw[i], "line " + (i + 1)));
        }
        return new SourceText(name, "text", List.copyOf(lines));
    }

    /** True when the bytes decode cleanly as GB18030 and contain Chinese characters. */
    private static boolean looksLikeGb(byte[] bytes) {
        try {
            String s = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
