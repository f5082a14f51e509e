package cn.gongkai.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The Markdown text of the six parts; a part the source does not have is null. */
public final class Sections {
    public static final Sections EMPTY = new Sections(Map.of());

    private final Map<Section, String> text;

    private Sections(Map<Section, String> text) {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        text.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        this.text = Collections.unmodifiableMap(copy);
    }

    public static Sections of(Map<Section, String> text) {
        return new Sections(text);
    }

    /** The part's Markdown, or null when the report has no such part. */
    public String get(Section section) {
        return text.get(section);
    }

    public Map<Section, String> asMap() {
        return text;
    }

    /** All parts joined, for text comparisons. */
    public String joined() {
        StringBuilder sb = new StringBuilder();
        for (Section s : Section.values()) {
            String t = text.get(s);
            if (t != null) {
                sb.append(t).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sections s && s.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "Sections" + text.keySet();
    }
}
