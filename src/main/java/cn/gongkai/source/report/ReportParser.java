package cn.gongkai.source.report;

import cn.gongkai.model.ApplicationTable;
import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Region;
import cn.gongkai.model.Report;
import cn.gongkai.model.ReportFormat;
import cn.gongkai.model.ReviewLitigation;
import cn.gongkai.model.Section;
import cn.gongkai.model.SourceRef;
import cn.gongkai.source.SourceLine;
import cn.gongkai.source.SourceText;
import cn.gongkai.source.places.Gazetteer;
import cn.gongkai.source.places.PinyinTable;
import cn.gongkai.source.places.RegionResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a report's content from its lines, whatever the format reader: metadata (issuer, region, year, format
 * era, 主动公开 total), the six parts' text, and the tables of parts 二, 三 and 四. Never guesses: a cell it
 * cannot place with certainty is unknown and a diagnostic says where and why; a table that is not there is
 * null, not zeros. Create once and reuse; it holds no state between reports.
 */
public final class ReportParser {
    private static final Pattern MARK_2019 = Pattern.compile(
            "本年新制作|本年新公开|对外公开总数|上一年项目数|本年增/减|本年增减|第二十条第\\(九\\)项|政府集中采购|采购项目数|采购总金额");
    private static final Pattern MARK_2021 = Pattern.compile(
            "本年制发件数|本年废止件数|本年度止件数|现行有效件|本年处理决定数量|本年收费金额|逾期不补正|未按收费通知");
    private static final Pattern FORMAT_2021_NOTICE = Pattern.compile("\\[2021\\]30号|〔2021〕30号|2021\\]30号");
    private static final Pattern OLD_OUTLINE = Pattern.compile("收费和减免|收费及减免|政府信息主动公开情况|依申请公开政府信息和不予公开");
    private static final Pattern TABLE_START = Pattern.compile("第二十条|本年新收|申请人情况");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final SectionFinder sectionFinder = new SectionFinder();
    private final TableRowReader rowReader = new TableRowReader();
    private final MetadataReader metadata = new MetadataReader();
    private final RegionNames regionNames = new RegionNames();
    private final SectionText sectionText = new SectionText();
    private final RegionResolver regions;

    /** With the bundled gazetteer and pinyin table. */
    public ReportParser() {
        this(new RegionResolver(Gazetteer.load(), PinyinTable.load()));
    }

    public ReportParser(RegionResolver regions) {
        this.regions = regions;
    }

    public Report parse(SourceText source) {
        return parse(source, null);
    }

    /**
     * @param sourceUrl where the source was published, or null: its {@code .gov.cn} domain may name the county
     *                  when the text does not
     */
    public Report parse(SourceText source, String sourceUrl) {
        boolean exactKind = "html".equals(source.kind()) || "pdf".equals(source.kind());
        List<NormLine> lines = new ArrayList<>();
        for (SourceLine l : source.lines()) {
            String norm = normalizer.normalize(l.text());
            lines.add(new NormLine(l.text(), norm, norm.replaceAll("\\s+", ""), l.location(), exactKind));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<Section, Integer> headings = sectionFinder.find(lines);

        int tableStart = firstTableLine(lines, headings);
        int tableEnd = headings.getOrDefault(Section.PROBLEMS, lines.size());
        if (tableEnd < tableStart) {
            tableEnd = lines.size();
        }
        int overviewEnd = Math.min(tableStart, headings.getOrDefault(Section.PROACTIVE, lines.size()));

        List<String> compactLines = lines.stream().map(NormLine::compact).toList();
        String body = String.join("", compactLines);
        String overview = String.join("", compactLines.subList(0, Math.min(overviewEnd, lines.size())));
        String tables = tableStart < tableEnd ? String.join("", compactLines.subList(tableStart, tableEnd)) : "";

        String issuer = metadata.issuer(compactLines, body);
        RegionResolver.Resolution resolved = regions.resolve(regionNames.fromIssuer(issuer, body),
                regionNames.units(issuer), body, sourceUrl);
        Region region = resolved.region();
        diagnostics.addAll(resolved.notes());
        Integer year = metadata.year(compactLines, body, overview);
        Integer proactive = metadata.proactiveTotal(overview);
        if (issuer == null) {
            diagnostics.add(Diagnostic.warning("issuer-unknown", "报告没有写明发文机关（既无标题行，正文也未提到）", null));
        }
        if (year == null) {
            diagnostics.add(Diagnostic.warning("year-unknown", "没有找到统计期限、标题年份或总体情况中的年份", null));
        }

        ReportFormat format = format(tables, body, year, diagnostics);
        Report.Builder b = Report.builder(format).issuer(issuer).region(region).year(year).proactiveTotal(proactive);
        if (format != ReportFormat.PRE2019 && tableStart < tableEnd) {
            readTables(lines, tableStart, tableEnd, headings, format, tables, b, diagnostics);
        }
        b.sections(sectionText.sections(lines, headings, source.kind()));
        b.source(new SourceRef(source.kind(), source.file(), null, sourceUrl));
        b.diagnostics(diagnostics);
        return b.build();
    }

    private void readTables(List<NormLine> lines, int from, int to, Map<Section, Integer> headings,
                            ReportFormat format, String tables, Report.Builder b, List<Diagnostic> diagnostics) {
        boolean endsAtEof = to >= lines.size();
        TableRowReader.Result read = rowReader.read(lines, from, to, endsAtEof);
        TableAssembler assembler = new TableAssembler(format);
        int reviewStart = headings.getOrDefault(Section.REVIEW_LITIGATION, Integer.MAX_VALUE);
        List<RowRead> rows = new ArrayList<>();
        List<CellToken> reviewTokens = new ArrayList<>();
        boolean reviewCut = false;
        String reviewLocation = null;
        for (RowRead r : read.rows()) {
            boolean inReview = !r.tokens().isEmpty() && r.tokens().get(0).lineIndex() > reviewStart;
            if (inReview && r.target() == null) {
                reviewTokens.addAll(r.exact() ? r.tokens() : r.values());
                reviewCut |= r.cutOff();
                if (reviewLocation == null && !r.tokens().isEmpty()) {
                    reviewLocation = r.tokens().get(0).location();
                }
            } else {
                rows.add(r);
            }
        }
        assembler.place(rows);
        boolean art20Marked = tables.contains("第二十条");
        if (assembler.hasArt20Rows() || art20Marked) {
            if (format == ReportFormat.F2019) {
                b.art20Format2019(assembler.art20Format2019());
            } else {
                b.art20(assembler.art20());
            }
        }
        if (assembler.hasApplicationRows() || tables.contains("本年新收") || tables.contains("申请人情况")) {
            ApplicationTable apps = assembler.applications();
            b.applications(apps);
        }
        ReviewLitigation review = null;
        if (!read.reviewLines().isEmpty()) {
            review = assembler.review(read.reviewLines().get(0).tokens());
        } else if (!reviewTokens.isEmpty()) {
            List<CellToken> tokens = new ArrayList<>(reviewTokens);
            while (tokens.size() > TableRowReader.REVIEW_CELLS && tokens.get(tokens.size() - 1).isEmpty()) {
                tokens.remove(tokens.size() - 1);
            }
            if (tokens.size() == TableRowReader.REVIEW_CELLS) {
                review = assembler.review(tokens);
            } else if (reviewCut && tokens.size() < TableRowReader.REVIEW_CELLS) {
                List<CellToken> padded = new ArrayList<>(tokens);
                review = partialReview(assembler, padded);
                diagnostics.add(Diagnostic.warning("row-cut-off", "原文在第四部分表格读到第 " + tokens.size()
                        + " 格（共 15 格）时结束，其余单元格未知", reviewLocation));
            } else {
                review = ReviewLitigation.of(java.util.Collections.nCopies(15, cn.gongkai.model.Cell.UNKNOWN));
                diagnostics.add(Diagnostic.warning("cell-unplaced", "第四部分表格读到 " + tokens.size()
                        + " 个数字，但表格有 15 格，数字所在的位置已丢失，无法确定属于哪一格，整张表记为未知", reviewLocation));
            }
        }
        b.reviewLitigation(review);
        diagnostics.addAll(assembler.diagnostics());
        b.provenance(assembler.provenance());
    }

    private static ReviewLitigation partialReview(TableAssembler assembler, List<CellToken> tokens) {
        ReviewLitigation full = assembler.review(padTo15(tokens));
        List<cn.gongkai.model.Cell> cells = new ArrayList<>(full.cells());
        for (int i = tokens.size(); i < 15; i++) {
            cells.set(i, cn.gongkai.model.Cell.UNKNOWN);
        }
        return ReviewLitigation.of(cells);
    }

    private static List<CellToken> padTo15(List<CellToken> tokens) {
        List<CellToken> out = new ArrayList<>(tokens);
        CellToken filler = new CellToken(cn.gongkai.model.Cell.UNKNOWN, null, -1);
        while (out.size() < 15) {
            out.add(filler);
        }
        return out;
    }

    private static int firstTableLine(List<NormLine> lines, Map<Section, Integer> headings) {
        int start = lines.size();
        for (Section s : List.of(Section.PROACTIVE, Section.APPLICATIONS, Section.REVIEW_LITIGATION)) {
            start = Math.min(start, headings.getOrDefault(s, lines.size()));
        }
        for (int i = 0; i < start; i++) {
            NormLine l = lines.get(i);
            boolean tableLike = l.compact().length() <= 40 || l.norm().indexOf('|') >= 0 || l.norm().indexOf('\t') >= 0;
            if (tableLike && TABLE_START.matcher(l.compact()).find()) {
                return i; // a table line, not narrative that names 本年新收 in a sentence
            }
        }
        return start;
    }

    private static ReportFormat format(String tables, String body, Integer year, List<Diagnostic> diagnostics) {
        int m2019 = count(MARK_2019, tables);
        int m2021 = count(MARK_2021, tables);
        if (m2019 > 0 && m2019 >= m2021) {
            return ReportFormat.F2019;
        }
        if (m2021 > 0) {
            return ReportFormat.F2021;
        }
        if (FORMAT_2021_NOTICE.matcher(body).find()) {
            return ReportFormat.F2021;
        }
        if (year != null && year < 2019 || OLD_OUTLINE.matcher(body).find() && (year == null || year < 2021)) {
            return ReportFormat.PRE2019;
        }
        if (year != null && year < 2021) {
            return ReportFormat.F2019;
        }
        if (year == null) {
            diagnostics.add(Diagnostic.info("format-assumed", "没有表格也没有年份可以判断格式，按 2021 年格式处理", null));
        }
        return ReportFormat.F2021;
    }

    private static int count(Pattern p, String s) {
        var m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
