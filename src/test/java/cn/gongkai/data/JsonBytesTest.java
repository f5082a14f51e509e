package cn.gongkai.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CompactJson} and {@link PrettyJson} write exactly the bytes of Jackson's generator (compact, and with the
 * program's pretty printer), whatever the text holds: names, values, nesting, empty containers, numbers.
 */
class JsonBytesTest {

    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("短");
        out.add("金乡县卜集镇人民政府");
        out.add("本年度共收到政府信息公开申请 3 件，\"全部\"按期答复。\n\n二、主动公开政府信息情况\\见表");
        for (char c = 0; c < 0x80; c++) {
            out.add("前面的文字" + c + "后面 text");   // every ASCII character, controls included
        }
        out.add("Ünïcödé Latin-1 and two-byte ß é ÿ ĀĒ characters");
        out.add("a character beyond the BMP: 𠀀 and 😀 in the text");
        out.add("a lone high surrogate \uD800 and a lone low surrogate \uDC00");
        out.add("the edges \u007F\u0080\u07FF\u0800\uD7FF\uE000\uFFFD\uFFFF \u2028");
        out.add("报".repeat(5000) + "\n" + "a".repeat(70_000));   // longer than the first buffers
        return out;
    }

    @Test
    void compactJsonWritesWhatJacksonsCompactGeneratorWrites() throws IOException {
        ByteArrayOutputStream jackson = new ByteArrayOutputStream();
        CompactJson ours = new CompactJson(16);
        List<String> texts = texts();
        try (JsonGenerator g = JsonMapper.create().writer().createGenerator(jackson, JsonEncoding.UTF8)) {
            g.writeStartObject();
            ours.startObject();
            for (String t : texts) {
                g.writeStringField(t, t);
                ours.name(t);
                ours.string(t);
            }
            g.writeNullField("nothing");
            ours.name(CompactJson.Key.of("nothing"));
            ours.string(null);
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
                g.writeStartArray();
                ours.startArray();
                g.writeNumber(0);
                ours.number(0);
                g.writeEndArray();
                ours.endArray();
                g.writeNumber(-12);
                ours.number(-12);
                g.writeNumber(1_000_000);
                ours.number(1_000_000);
                for (String n : List.of("12.50", "7", "999", "1000", "-3", "0.005", "123456789012345678901234")) {
                    g.writeNumber(new BigDecimal(n).toPlainString());
                    ours.number(new BigDecimal(n));
                }
                g.writeNull();
                ours.nul();
            }
            g.writeEndArray();
            ours.endArray();
            g.writeEndObject();
            ours.endObject();
        }
        assertEquals(jackson.toString(StandardCharsets.UTF_8),
                new String(ours.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void prettyJsonWritesWhatJacksonsPrettyPrinterWrites() throws IOException {
        ObjectWriter pretty = JsonMapper.prettyWriter(JsonMapper.create());
        ByteArrayOutputStream jackson = new ByteArrayOutputStream();
        ByteArrayOutputStream oursOut = new ByteArrayOutputStream();
        PrettyJson ours = new PrettyJson(oursOut);
        List<String> texts = texts();
        try (JsonGenerator g = pretty.createGenerator(jackson, JsonEncoding.UTF8)) {
            g.writeStartObject();
            ours.startObject();
            g.writeArrayFieldStart("empty list");
            g.writeEndArray();
            ours.name("empty list");
            ours.startArray();
            ours.endArray();
            g.writeObjectFieldStart("empty object");
            g.writeEndObject();
            ours.name("empty object");
            ours.startObject();
            ours.endObject();
            g.writeArrayFieldStart("list");
            ours.name("list");
            ours.startArray();
            for (String t : texts) {
                g.writeStartObject();
                ours.startObject();
                g.writeStringField(t, t);
                ours.name(t);
                ours.string(t);
                g.writeStringField("again", t);
                ours.name("again");
                ours.string(PrettyJson.quote(t));
                g.writeNumberField("bytes", 20_867_722_000L);
                ours.name("bytes");
                ours.number(20_867_722_000L);
                g.writeBooleanField("header", true);
                ours.name("header");
                ours.bool(true);
                g.writeBooleanField("no", false);
                ours.name("no");
                ours.bool(false);
                g.writeNullField("nothing");
                ours.name("nothing");
                ours.string((String) null);
                g.writeArrayFieldStart("inner");
                ours.name("inner");
                ours.startArray();
                g.writeString(t);
                ours.string(t);
                g.writeStartObject();
                ours.startObject();
                g.writeEndObject();
                ours.endObject();
                g.writeEndArray();
                ours.endArray();
                g.writeEndObject();
                ours.endObject();
                ours.flush();
            }
            g.writeEndArray();
            ours.endArray();
            g.writeEndObject();
            ours.endObject();
        }
        ours.flush();
        assertEquals(jackson.toString(StandardCharsets.UTF_8), oursOut.toString(StandardCharsets.UTF_8));
    }
}
