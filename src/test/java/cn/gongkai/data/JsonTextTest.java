package cn.gongkai.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link JsonText} writes exactly the bytes of Jackson's {@code writeString}, whatever the text holds. */
class JsonTextTest {

    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add(null);
        out.add("");
        out.add("短");
        out.add("金乡县卜集镇人民政府");
        out.add("本年度共收到政府信息公开申请 3 件，\"全部\"按期答复。\n\n二、主动公开政府信息情况\\见表");
        for (char c = 0; c < 0x80; c++) {
            out.add("前面的文字" + c + "后面的文字 text");   // every ASCII character, controls included
        }
        out.add("Ünïcödé Latin-1 and two-byte ß é ÿ ĀĒ characters");
        out.add("a character beyond the BMP: 𠀀 and 😀 in the text");
        out.add("a lone high surrogate \uD800 in the middle of the text");
        out.add("a lone low surrogate \uDC00 in the middle of the text");
        out.add("the last characters of the BMP \uFFFD\uFFFF and \u0800\u07FF edges");
        out.add("tab\tcarriage\rreturn\u0001 and \u001F and \u007F delete");
        out.add("报".repeat(5000) + "\n" + "a".repeat(7000));   // longer than the first buffers
        return out;
    }

    @Test
    void writesWhatJacksonWritesWithTheCompactAndThePrettyGenerator() throws IOException {
        ObjectWriter compact = JsonMapper.create().writer();
        ObjectWriter pretty = JsonMapper.prettyWriter(JsonMapper.create());
        for (ObjectWriter w : List.of(compact, pretty)) {
            assertEquals(bytes(w, false), bytes(w, true));
            assertEquals(chars(w, false), chars(w, true));
        }
    }

    /** CompactJson writes every text, as a name and as a value, as Jackson's compact generator does. */
    @Test
    void compactJsonWritesWhatJacksonWrites() throws IOException {
        ByteArrayOutputStream jackson = new ByteArrayOutputStream();
        CompactJson ours = new CompactJson(16);
        List<String> texts = texts();
        try (JsonGenerator g = JsonMapper.create().writer().createGenerator(jackson, JsonEncoding.UTF8)) {
            g.writeStartObject();
            ours.startObject();
            for (int i = 0; i < texts.size(); i++) {
                String name = texts.get(i) == null ? "null" : texts.get(i);
                g.writeStringField(name, texts.get(i));
                ours.name(name);
                ours.string(texts.get(i));
            }
            g.writeArrayFieldStart("list");
            ours.name(CompactJson.Key.of("list"));
            ours.startArray();
            for (String t : texts) {
                g.writeString(t);
                ours.string(t);
                g.writeStartObject();
                ours.startObject();
                g.writeEndObject();
                ours.endObject();
                g.writeNumber(-12);
                ours.number(-12);
                g.writeNumber(new java.math.BigDecimal("12.50").toPlainString());
                ours.number(new java.math.BigDecimal("12.50"));
                g.writeNumber(7);
                ours.number(java.math.BigDecimal.valueOf(7));
            }
            g.writeEndArray();
            ours.endArray();
            g.writeEndObject();
            ours.endObject();
        }
        assertEquals(jackson.toString(StandardCharsets.UTF_8),
                new String(ours.toByteArray(), StandardCharsets.UTF_8));
    }

    /** Every text as a field and as an array element, by Jackson or by JsonText (one JsonText for all). */
    private static String bytes(ObjectWriter w, boolean ours) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = w.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, ours);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The same through a generator writing characters, which JsonText leaves to Jackson. */
    private static String chars(ObjectWriter w, boolean ours) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = w.createGenerator(out)) {
            write(g, ours);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, boolean ours) throws IOException {
        JsonText text = new JsonText();
        List<String> texts = texts();
        g.writeStartObject();
        for (int i = 0; i < texts.size(); i++) {
            if (ours) {
                text.field(g, "k" + i, texts.get(i));
            } else {
                g.writeStringField("k" + i, texts.get(i));
            }
        }
        g.writeArrayFieldStart("list");
        for (String t : texts) {
            if (ours) {
                text.write(g, t);
            } else {
                g.writeString(t);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
