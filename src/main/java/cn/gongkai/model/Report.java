package cn.gongkai.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One annual report of one government body for one year: the report object of the data contract.
 *
 * @param id               stable, URL-safe, unique per issuer and year, e.g. {@code shandong/jining/jinxiang/buji-zhen/2024};
 *                         null for a report read by {@code parse} that has no place in a portal yet
 * @param issuer           as written in the report, or null when the source does not say
 * @param region           where the issuer sits (fields may be null)
 * @param year             the year the statistics cover, or null when unknown
 * @param format           the table layout
 * @param proactiveTotal   主动公开 count stated in 总体情况, or null
 * @param art20            part 二 in the 2021 format, or null (absent, or another format)
 * @param art20Format2019  part 二 in the 2019 format, or null
 * @param applications     part 三, or null when the table is absent
 * @param reviewLitigation part 四, or null when the table is absent
 * @param sections         Markdown text of parts 一…六
 * @param source           where the data came from, or null
 * @param published        date published, or null
 * @param diagnostics      everything a reader should know (parser findings and check results), sorted
 * @param provenance       where each cell was read, cell path ({@code applications.granted.total}) to
 *                         location ({@code page 4, line 12}); sorted by path
 */
public record Report(String id, String issuer, Region region, Integer year, ReportFormat format,
                     Integer proactiveTotal, Art20 art20, Art20Format2019 art20Format2019,
                     ApplicationTable applications, ReviewLitigation reviewLitigation, Sections sections,
                     SourceRef source, LocalDate published, List<Diagnostic> diagnostics,
                     SortedMap<String, String> provenance) {

    public Report {
        region = region == null ? Region.NONE : region;
        Objects.requireNonNull(format, "format");
        sections = sections == null ? Sections.EMPTY : sections;
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        provenance = provenance == null || provenance.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(provenance));
        if (applications != null && applications.format() != format) {
            throw new IllegalArgumentException("application table is in format " + applications.format().key()
                    + " but the report is " + format.key());
        }
    }

    public static Builder builder(ReportFormat format) {
        return new Builder(format);
    }

    public Builder toBuilder() {
        Builder b = new Builder(format);
        b.id = id;
        b.issuer = issuer;
        b.region = region;
        b.year = year;
        b.proactiveTotal = proactiveTotal;
        b.art20 = art20;
        b.art20Format2019 = art20Format2019;
        b.applications = applications;
        b.reviewLitigation = reviewLitigation;
        b.sections = sections;
        b.source = source;
        b.published = published;
        b.diagnostics = new ArrayList<>(diagnostics);
        b.provenance = new TreeMap<>(provenance);
        return b;
    }

    /** A copy with more diagnostics, kept sorted and free of duplicates. */
    public Report withMoreDiagnostics(List<Diagnostic> more) {
        if (more.isEmpty() && isSorted(diagnostics)) {
            return this;
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        for (Diagnostic d : more) {
            if (!all.contains(d)) {
                all.add(d);
            }
        }
        all.sort(Diagnostic.ORDER);
        return toBuilder().diagnostics(all).build();
    }

    /** True when the list is in {@link Diagnostic#ORDER} without duplicates, as a copy would make it. */
    private static boolean isSorted(List<Diagnostic> list) {
        for (int i = 1; i < list.size(); i++) {
            if (Diagnostic.ORDER.compare(list.get(i - 1), list.get(i)) > 0 || list.get(i - 1).equals(list.get(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Every table cell of the report in contract order, with its table, row and column keys. */
    public List<TableCell> cells() {
        return TableCell.allOf(this);
    }

    /** Mutable builder for the many-field record; use once, then {@link #build()}. */
    public static final class Builder {
        private final ReportFormat format;
        private String id;
        private String issuer;
        private Region region;
        private Integer year;
        private Integer proactiveTotal;
        private Art20 art20;
        private Art20Format2019 art20Format2019;
        private ApplicationTable applications;
        private ReviewLitigation reviewLitigation;
        private Sections sections;
        private SourceRef source;
        private LocalDate published;
        private List<Diagnostic> diagnostics = new ArrayList<>();
        private SortedMap<String, String> provenance = new TreeMap<>();

        private Builder(ReportFormat format) {
            this.format = format;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder issuer(String v) { issuer = v; return this; }
        public Builder region(Region v) { region = v; return this; }
        public Builder year(Integer v) { year = v; return this; }
        public Builder proactiveTotal(Integer v) { proactiveTotal = v; return this; }
        public Builder art20(Art20 v) { art20 = v; return this; }
        public Builder art20Format2019(Art20Format2019 v) { art20Format2019 = v; return this; }
        public Builder applications(ApplicationTable v) { applications = v; return this; }
        public Builder reviewLitigation(ReviewLitigation v) { reviewLitigation = v; return this; }
        public Builder sections(Sections v) { sections = v; return this; }
        public Builder source(SourceRef v) { source = v; return this; }
        public Builder published(LocalDate v) { published = v; return this; }
        public Builder diagnostics(List<Diagnostic> v) { diagnostics = new ArrayList<>(v); return this; }
        public Builder diagnostic(Diagnostic v) { diagnostics.add(v); return this; }
        public Builder provenance(Map<String, String> v) { provenance = new TreeMap<>(v); return this; }
        public Builder provenance(String cellPath, String location) { provenance.put(cellPath, location); return this; }

        public Report build() {
            List<Diagnostic> sorted = new ArrayList<>(diagnostics);
            sorted.sort(Diagnostic.ORDER);
            return new Report(id, issuer, region, year, format, proactiveTotal, art20, art20Format2019,
                    applications, reviewLitigation, sections, source, published, sorted, provenance);
        }
    }
}
