package cn.gongkai.data;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;

/** {@link JsonOut} through a Jackson generator (its pretty printer, any target). */
final class JacksonOut implements JsonOut {
    private final JsonGenerator g;

    JacksonOut(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    public void name(CompactJson.Key name) throws IOException {
        g.writeFieldName(name.name());
    }

    @Override
    public void string(String text) throws IOException {
        g.writeString(text);
    }

    @Override
    public void number(BigDecimal value) throws IOException {
        g.writeNumber(value.toPlainString());
    }

    @Override
    public void number(int value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void nul() throws IOException {
        g.writeNull();
    }
}
