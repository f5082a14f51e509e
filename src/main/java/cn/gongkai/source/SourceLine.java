package cn.gongkai.source;

/** One line of a source as the report parser sees it, with where it was (e.g. "page 4, line 12" or "line 37"). */
public record SourceLine(String text, String location) {}
