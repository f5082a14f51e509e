package cn.gongkai.source.places;

import cn.gongkai.model.Diagnostic;
import cn.gongkai.model.Region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the region a report states with the bundled gazetteer, never by guessing:
 * <ul>
 *   <li>a county-level name the report states (金乡县, 抚远市, 榆阳区) gets its city and province when the name
 *       is one division within what else is known (朝阳区 alone is two: left as it is, with a note);</li>
 *   <li>a bare {@code X市} in the issuer is a county when the data has a county-level 市 of that name and no
 *       prefecture-level city of it, and a city in the opposite case;</li>
 *   <li>a zone (综合实验区, 开发区, 新区 …) is in a county only when the data lists the zone itself at county
 *       level, or when exactly one county-level division carries the zone's place name (平潭综合实验区 →
 *       平潭县);</li>
 *   <li>when the county is still unknown, the government web address the report was published at (the
 *       source's URL, else a {@code .gov.cn} address in its text) names it when its pinyin is exactly one
 *       county within the known province or city ({@code www.yuyang.gov.cn} → 榆阳区).</li>
 * </ul>
 * Every level filled in this way carries an info diagnostic saying from what. Immutable; create once.
 */
public final class RegionResolver {
    private static final Pattern ZONE = Pattern.compile(
            "^(.+?)(?:综合|经济技术|经济|高新技术产业|高新技术|高新|工业|旅游|生态|现代农业)*"
                    + "(?:实验区|开发区|新区|示范区|园区|管理区|景区|高新区|保税区|合作区)$");

    private final Gazetteer gazetteer;
    private final Map<String, List<Division>> bySpelling = new HashMap<>();
    private final List<Division> provinces;

    public RegionResolver(Gazetteer gazetteer, PinyinTable pinyin) {
        this.gazetteer = gazetteer;
        this.provinces = gazetteer.all().stream().filter(d -> d.level() == DivisionLevel.PROVINCE).toList();
        for (Division d : gazetteer.all()) {
            String stem = NameStems.stem(d.name());
            Set<String> spellings = new LinkedHashSet<>(pinyin.spellings(d.name()));
            if (stem.length() >= 2) {
                spellings.addAll(pinyin.spellings(stem));
            }
            for (String s : spellings) {
                bySpelling.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
            }
        }
    }

    /** The region completed, and a note for every level that was filled or could not be told apart. */
    public record Resolution(Region region, List<Diagnostic> notes) {
    }

    /**
     * @param stated      what the text states (from the issuer and the text, as the report parser read it)
     * @param issuerUnits the place names in the issuer, in order (e.g. [抚远市] for 抚远市自然资源局)
     * @param text        the report's text, to see which provinces it names and which .gov.cn addresses
     * @param sourceUrl   where the report was published, or null
     */
    public Resolution resolve(Region stated, List<String> issuerUnits, String text, String sourceUrl) {
        List<Diagnostic> notes = new ArrayList<>();
        List<Division> named = provincesNamedIn(text == null ? "" : text);
        Division province = stated.province() == null ? null : only(at(gazetteer.named(stated.province()),
                DivisionLevel.PROVINCE, null));
        Division city = stated.city() == null ? null : only(at(gazetteer.named(stated.city()), DivisionLevel.CITY,
                province));
        Division area = city != null ? city : province;
        Division county = null;
        String how = null;
        if (stated.county() != null) {
            List<Division> c = at(gazetteer.named(stated.county()), DivisionLevel.COUNTY, area);
            county = pick(c, named);
            if (county == null && c.size() > 1) {
                notes.add(Diagnostic.info("region-ambiguous", stated.county() + " 在区划代码中有 " + c.size()
                        + " 处（" + places(c) + "），报告未写明所属省市，上级地区留空", null));
            }
        } else {
            for (String unit : issuerUnits) {
                if (unit.equals(stated.province()) || unit.equals(stated.city()) || unit.equals(stated.township())) {
                    continue;
                }
                if (unit.endsWith("市") && city == null) {
                    List<Division> asCity = at(gazetteer.named(unit), DivisionLevel.CITY, province);
                    List<Division> asCounty = at(gazetteer.named(unit), DivisionLevel.COUNTY, area);
                    if (asCity.isEmpty() && !asCounty.isEmpty()) {
                        county = pick(asCounty, named);
                        how = unit + " 是县级市";
                    } else if (!asCity.isEmpty()) {
                        city = pick(asCity, named);
                        area = city != null ? city : area;
                    }
                } else if (ZONE.matcher(unit).matches()) {
                    county = zoneCounty(unit, area, named);
                    how = county == null ? null : unit + " 不是行政区划，区划代码中以其地名为名的县级区划只有 "
                            + county.name();
                }
                if (county != null) {
                    break;
                }
            }
            if (county == null) {
                county = countyOfWebsite(sourceUrl, text, area);
                how = county == null ? null : "发布网站 " + hostOf(sourceUrl, text, area) + " 的拼音只对应县级区划 "
                        + county.name();
            }
        }
        return new Resolution(complete(stated, province, city, county, how, notes), notes);
    }

    private Region complete(Region stated, Division province, Division city, Division county, String how,
                            List<Diagnostic> notes) {
        String p = stated.province();
        String c = stated.city();
        String k = stated.county();
        List<String> filled = new ArrayList<>();
        if (county != null) {
            if (k == null) {
                k = county.name();
                filled.add("县（区）" + k);
            }
            city = city != null ? city : gazetteer.city(county);
            province = province != null ? province : gazetteer.province(county);
        } else if (city != null) {
            province = province != null ? province : gazetteer.province(city);
        }
        if (c == null && city != null) {
            c = city.name();
            filled.add("市 " + c);
        }
        if (p == null && province != null) {
            p = province.name();
            filled.add("省 " + p);
        }
        if (!filled.isEmpty()) {
            Division basis = county != null ? county : city;
            notes.add(Diagnostic.info("region-from-gazetteer", "报告未写明的" + String.join("、", filled) + "按统计用区划代码（2023）补出"
                    + (how != null ? "：" + how : basis != null ? "：" + basis.name() + " 的上级" : ""), null));
        }
        String code = stated.code();
        if (code == null && stated.township() == null) {
            Division most = county != null ? county : city != null ? city : province;
            code = most == null ? null : most.code12();
        }
        return new Region(p, c, k, stated.township(), code);
    }

    private Division zoneCounty(String zone, Division area, List<Division> named) {
        List<Division> exact = at(gazetteer.named(zone), DivisionLevel.COUNTY, area);
        if (!exact.isEmpty()) {
            return pick(exact, named);
        }
        Matcher m = ZONE.matcher(zone);
        if (!m.matches()) {
            return null;
        }
        String place = m.group(1);
        List<Division> byName = at(gazetteer.named(place), DivisionLevel.COUNTY, area);
        if (!byName.isEmpty()) {
            return pick(byName, named);
        }
        return pick(at(gazetteer.countiesWithStem(place), DivisionLevel.COUNTY, area), named);
    }

    private Division countyOfWebsite(String sourceUrl, String text, Division area) {
        if (sourceUrl != null && !GovDomain.labels(sourceUrl).isEmpty()) {
            return countyOfHost(sourceUrl, area);
        }
        Set<Division> found = new LinkedHashSet<>();
        for (String host : GovDomain.hostsIn(text == null ? "" : text)) {
            Division d = countyOfHost(host, area);
            if (d != null) {
                found.add(d);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private String hostOf(String sourceUrl, String text, Division area) {
        if (sourceUrl != null && !GovDomain.labels(sourceUrl).isEmpty()) {
            return sourceUrl.replaceFirst("^[a-z]+://", "").replaceFirst("[/:?#].*$", "");
        }
        for (String host : GovDomain.hostsIn(text == null ? "" : text)) {
            if (countyOfHost(host, area) != null) {
                return host;
            }
        }
        return "?";
    }

    /**
     * The county a host names: its nearest place label spells exactly one county-level division within the
     * area and no city or province (a city's portal says nothing about the county); or that label names a
     * city or province and the next label one county within it.
     */
    private Division countyOfHost(String url, Division area) {
        Division within = area;
        for (String label : GovDomain.labels(url)) {
            List<Division> all = bySpelling.getOrDefault(label, List.of());
            Division scope = within;
            List<Division> higher = all.stream().filter(d -> d.level() != DivisionLevel.COUNTY
                    && (scope == null || Gazetteer.within(d, scope) || Gazetteer.within(scope, d))).toList();
            List<Division> counties = at(all, DivisionLevel.COUNTY, within);
            if (higher.isEmpty()) {
                return counties.size() == 1 ? counties.get(0) : null;
            }
            if (higher.size() != 1 || !counties.isEmpty()) {
                return null;
            }
            within = higher.get(0);
        }
        return null;
    }

    private List<Division> provincesNamedIn(String text) {
        List<Division> out = new ArrayList<>();
        for (Division p : provinces) {
            if (text.contains(p.name())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The one candidate, or the one in the only province the text names; else null. */
    private static Division pick(List<Division> candidates, List<Division> provincesNamed) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (provincesNamed.size() == 1) {
            List<Division> in = candidates.stream().filter(d -> Gazetteer.within(d, provincesNamed.get(0))).toList();
            return in.size() == 1 ? in.get(0) : null;
        }
        return null;
    }

    private static Division only(List<Division> candidates) {
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static List<Division> at(List<Division> divisions, DivisionLevel level, Division area) {
        return divisions.stream().filter(d -> d.level() == level && (area == null || Gazetteer.within(d, area)))
                .toList();
    }

    private String places(List<Division> divisions) {
        List<String> out = new ArrayList<>();
        for (Division d : divisions) {
            Division c = gazetteer.city(d);
            out.add(gazetteer.province(d).name() + (c == null ? "" : c.name()));
        }
        return String.join("、", out);
    }
}
