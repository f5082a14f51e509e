package cn.gongkai.source;

/** A source read into lines by a format reader (text, HTML, PDF): the input of the report parser. */
public record SourceText(String file, String kind, java.util.List<SourceLine> lines) {}
