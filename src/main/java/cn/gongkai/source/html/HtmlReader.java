package cn.gongkai.source.html;

import cn.gongkai.source.SourceLine;
import cn.gongkai.source.SourceReadException;
import cn.gongkai.source.SourceText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an HTML page into lines. Block elements become lines ({@code block N}); each table row becomes one
 * line of its cells joined by {@code " | "} and ending in {@code " |"} ({@code table T, row R}), where a cell
 * spanning rows appears on its first row only and a label split over several elements or {@code <br>}s is one
 * cell. The page's charset (from its meta tag) is honoured. Scripts and styles are skipped; a page whose text
 * is (nearly) all script is refused with a message naming the file.
 */
public final class HtmlReader {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "head",
            "object", "embed", "svg", "canvas", "select", "button", "input", "textarea");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "blockquote", "pre", "dl", "dt", "dd", "center", "form", "main",
            "nav", "aside", "figure", "figcaption", "hr", "body", "html", "address", "caption");
    private static final int MIN_HAN = 30;
    /** A bold run that is a part heading ({@code <p><b>一、总体情况</b>2024年……</p>}) is a line of its own. */
    private static final java.util.regex.Pattern HEADING =
            java.util.regex.Pattern.compile("\\s*[一二三四五六]\\s*、.{2,30}");

    public SourceText read(Path file) throws SourceReadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceReadException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new SourceReadException(file + ": the file is empty; there is no report page to read");
        }
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                throw new SourceReadException(file + ": this is a binary file, not an HTML page");
            }
        }
        Document doc;
        try (var in = new java.io.ByteArrayInputStream(bytes)) {
            doc = Jsoup.parse(in, null, "");
        } catch (IOException e) {
            throw new SourceReadException(file + ": cannot be read as HTML (" + e.getMessage() + ")", e);
        }
        return read(file.toString(), doc);
    }

    SourceText read(String name, Document doc) throws SourceReadException {
        Emitter emitter = new Emitter();
        String title = doc.title().strip();
        if (!title.isEmpty()) {
            emitter.lines.add(new SourceLine(title, "title"));
        }
        emitter.walk(doc.body());
        emitter.flush();
        long han = emitter.lines.stream().flatMap(l -> l.text().codePoints().boxed())
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        int scripts = doc.select("script").size();
        if (han < MIN_HAN) {
            if (scripts > 0) {
                throw new SourceReadException(name + ": the page is scripts, not report text (" + scripts
                        + " <script> blocks and " + han + " Chinese characters of text); the report is probably "
                        + "loaded by JavaScript: save the page after it has rendered, or copy its text into a .txt file");
            }
            throw new SourceReadException(name + ": the page has no report text (" + han + " Chinese characters)");
        }
        return new SourceText(name, "html", List.copyOf(emitter.lines));
    }

    /** Walks the page once, collecting lines. */
    private static final class Emitter {
        private final List<SourceLine> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int blocks;
        private int tables;

        void walk(Node node) {
            if (node instanceof TextNode t) {
                current.append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (SKIP.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                flush();
                return;
            }
            if (tag.equals("table")) {
                flush();
                table(e);
                return;
            }
            boolean block = BLOCKS.contains(tag)
                    || (tag.equals("strong") || tag.equals("b")) && HEADING.matcher(e.text()).matches();
            if (block) {
                flush();
            }
            for (Node child : e.childNodes()) {
                walk(child);
            }
            if (block) {
                flush();
            }
        }

        void flush() {
            String t = tidy(current.toString());
            current.setLength(0);
            if (!t.isEmpty()) {
                blocks++;
                lines.add(new SourceLine(t, "block " + blocks));
            }
        }

        private void table(Element table) {
            if (!table.select("td table, th table").isEmpty()) {
                // a layout table holding real tables: read its cells as ordinary blocks
                for (Element row : rows(table)) {
                    for (Element cell : row.children()) {
                        flush();
                        for (Node child : cell.childNodes()) {
                            walk(child);
                        }
                        flush();
                    }
                }
                return;
            }
            tables++;
            int r = 0;
            for (Element row : rows(table)) {
                r++;
                List<String> cells = new ArrayList<>();
                boolean any = false;
                for (Element cell : row.children()) {
                    if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                        continue;
                    }
                    String text = cellText(cell);
                    any |= !text.isEmpty();
                    cells.add(text);
                }
                if (any) {
                    lines.add(new SourceLine(String.join(" | ", cells) + " |", "table " + tables + ", row " + r));
                }
            }
        }

        private static List<Element> rows(Element table) {
            List<Element> out = new ArrayList<>();
            for (Element child : table.children()) {
                String n = child.normalName();
                if (n.equals("tr")) {
                    out.add(child);
                } else if (n.equals("tbody") || n.equals("thead") || n.equals("tfoot")) {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            out.add(tr);
                        }
                    }
                }
            }
            return out;
        }

        private static String cellText(Element cell) {
            StringBuilder sb = new StringBuilder();
            collect(cell, sb);
            return tidy(sb.toString()).replace("|", "｜");
        }

        private static void collect(Node node, StringBuilder sb) {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (node instanceof Element e && !SKIP.contains(e.normalName())) {
                boolean block = e.normalName().equals("br") || BLOCKS.contains(e.normalName());
                if (block) {
                    sb.append(' ');
                }
                for (Node child : e.childNodes()) {
                    collect(child, sb);
                }
                if (block) {
                    sb.append(' ');
                }
            }
        }

        private static String tidy(String s) {
            return s.replace('\u00A0', ' ').replace('\u3000', ' ').replaceAll("[\\s\\u200B]+", " ").strip();
        }
    }
}
