package cn.gongkai.content.generate;

import cn.gongkai.content.RegionLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides which provinces, cities, counties and townships exist and which years each township reports, for
 * a given report count and seed. About five years (2020–2024) per township; some townships start later, so
 * the count comes out exact. The first counties hold look-alike names (卜集镇/卜塔集镇, 上口街道/上口镇) so
 * search can be tested; one county sits directly under its province and, in larger plans, one township has no
 * parent folders at all, as the content format allows.
 */
final class RegionPlanner {
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2024;
    static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;

    /** A plan needs this many townships before one of them is placed without parents. */
    private static final int ORPHAN_FROM = 40;

    private final SplittableRandom random;
    private final long seed;
    private final Set<String> cityNames = new HashSet<>();
    private final Set<String> countyNames = new HashSet<>();
    private final List<PlannedRegion> regions = new ArrayList<>();
    private final List<PlannedTownship> townships = new ArrayList<>();
    private int countiesMade;

    private RegionPlanner(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** The plan for exactly {@code reports} reports. */
    static RegionPlan plan(int reports, long seed) {
        if (reports < 1) {
            throw new IllegalArgumentException("the number of reports must be at least 1, not " + reports);
        }
        return new RegionPlanner(seed).build(reports);
    }

    private RegionPlan build(int reports) {
        int townshipCount = Math.max(1, (reports + YEARS - 1) / YEARS + reports / 50);
        boolean orphan = townshipCount >= ORPHAN_FROM;
        int inCounties = orphan ? townshipCount - 1 : townshipCount;
        int provinceOrder = 0;
        for (PlaceNames.Province p : PlaceNames.PROVINCES) {
            if (townships.size() >= inCounties) {
                break;
            }
            provinceOrder++;
            PlannedRegion province = new PlannedRegion(p.slug(), p.name(), RegionLevel.PROVINCE,
                    code(p.code(), 0, 0, 0), provinceOrder, null);
            regions.add(province);
            addCities(province, p.code(), inCounties);
        }
        if (townships.size() < inCounties) {
            throw new IllegalArgumentException("too many reports: the synthetic provinces hold only "
                    + townships.size() + " townships");
        }
        if (orphan) {
            addOrphanTownship();
        }
        return new RegionPlan(sorted(regions), assignYears(reports));
    }

    private void addCities(PlannedRegion province, int provinceCode, int inCounties) {
        int cities = 4 + random.nextInt(9);
        Set<String> slugs = new HashSet<>();
        int order = 0;
        for (int c = 1; c <= cities && townships.size() < inCounties; c++) {
            PlaceNames.Name name = uniqueName(cityNames, "市");
            String slug = uniqueSlug(slugs, name.pinyin());
            PlannedRegion city = new PlannedRegion(province.path() + "/" + slug, name.hanzi() + "市",
                    RegionLevel.CITY, code(provinceCode, c, 0, 0), ++order, null);
            regions.add(city);
            int counties = 3 + random.nextInt(7);
            Set<String> countySlugs = new HashSet<>();
            int districts = 0;
            int plainCounties = 0;
            for (int d = 1; d <= counties && townships.size() < inCounties; d++) {
                boolean district = d == 1 || (d == 2 && random.nextBoolean());
                int number = district ? ++districts : 20 + ++plainCounties;
                addCounty(city, countySlugs, district ? "区" : "县", code(provinceCode, c, number, 0), d,
                        inCounties);
            }
        }
        // A county-level city directly under the province (省直辖县级行政单位): a skipped level.
        if (cities >= 2 && townships.size() < inCounties && random.nextBoolean()) {
            addCounty(province, slugs, "市", code(provinceCode, 90, 1, 0), ++order, inCounties);
        }
    }

    private void addCounty(PlannedRegion parent, Set<String> siblingSlugs, String suffix, String code, int order,
                           int inCounties) {
        PlaceNames.Name name = uniqueName(countyNames, suffix);
        String slug = uniqueSlug(siblingSlugs, name.pinyin());
        String countyName = name.hanzi() + suffix;
        PlannedRegion county = new PlannedRegion(parent.path() + "/" + slug, countyName, RegionLevel.COUNTY, code,
                order, null);
        regions.add(county);
        int countyIndex = countiesMade++;
        int wanted = Math.min(8 + random.nextInt(13), inCounties - townships.size());
        List<String> forced = forcedNames(countyIndex, wanted >= inCounties - townships.size());
        String portal = "中国·" + name.hanzi();
        String url = "http://www." + name.pinyin() + ".gov.cn/";
        String areaCode = "0" + (530 + random.nextInt(370));
        Set<String> names = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        int[] nextCode = {TownshipKind.ZHEN.firstCode(), TownshipKind.XIANG.firstCode(),
                TownshipKind.JIEDAO.firstCode()};
        for (int t = 0; t < wanted; t++) {
            String townName;
            String pinyin;
            if (t < forced.size()) {
                townName = forced.get(t).split(":")[0];
                pinyin = forced.get(t).split(":")[1];
            } else if (t == 0 && random.nextInt(10) == 0) {
                townName = "城关镇";
                pinyin = "chengguan";
            } else {
                TownshipKind kind = pickKind("区".equals(suffix));
                PlaceNames.Name n;
                do {
                    n = PlaceNames.compose(random, true);
                } while (names.contains(n.hanzi() + kind.suffix()));
                townName = n.hanzi() + kind.suffix();
                pinyin = n.pinyin();
            }
            TownshipKind kind = TownshipKind.ofName(townName);
            names.add(townName);
            String townSlug = uniqueSlug(slugs, pinyin + "-" + kind.slugSuffix());
            String townCode = code.substring(0, 6) + String.format("%03d", nextCode[kind.ordinal()]++) + "000";
            PlannedRegion town = new PlannedRegion(county.path() + "/" + townSlug, townName, RegionLevel.TOWNSHIP,
                    townCode, t + 1, null);
            regions.add(town);
            String phone = areaCode + "-" + (2 + random.nextInt(7)) + String.format("%06d", random.nextInt(1_000_000));
            townships.add(new PlannedTownship(town, kind, countyName, countyName + townName + kind.issuerSuffix(),
                    List.of(), portal, url, phone, townshipSeed(townships.size())));
        }
    }

    /** Look-alike names in the first counties (name:pinyin), all four in one county when there is only one. */
    private static List<String> forcedNames(int countyIndex, boolean onlyCounty) {
        if (countyIndex == 0) {
            return onlyCounty ? List.of("卜集镇:buji", "上口街道:shangkou", "卜塔集镇:butaji", "上口镇:shangkou")
                    : List.of("卜集镇:buji", "上口街道:shangkou");
        }
        if (countyIndex == 1) {
            return List.of("卜塔集镇:butaji", "上口镇:shangkou");
        }
        return List.of();
    }

    private TownshipKind pickKind(boolean district) {
        int r = random.nextInt(100);
        if (district) {
            return r < 50 ? TownshipKind.JIEDAO : r < 90 ? TownshipKind.ZHEN : TownshipKind.XIANG;
        }
        return r < 10 ? TownshipKind.JIEDAO : r < 75 ? TownshipKind.ZHEN : TownshipKind.XIANG;
    }

    /** A township whose reports do not say which county it belongs to: a folder at the content root. */
    private void addOrphanTownship() {
        PlannedRegion town = new PlannedRegion("maying-zhen", "马营镇", RegionLevel.TOWNSHIP, null,
                PlaceNames.PROVINCES.size() + 1, "报告未说明所属县（区）");
        regions.add(town);
        townships.add(new PlannedTownship(town, TownshipKind.ZHEN, null, "马营镇人民政府", List.of(), "马营镇政务公开专栏",
                "http://www.maying.gov.cn/", "0" + (530 + random.nextInt(370)) + "-6" + String.format("%06d",
                random.nextInt(1_000_000)), townshipSeed(townships.size())));
    }

    /** Drops the earliest years of random townships until exactly {@code reports} reports remain. */
    private List<PlannedTownship> assignYears(int reports) {
        int[] counts = new int[townships.size()];
        java.util.Arrays.fill(counts, YEARS);
        long surplus = (long) YEARS * counts.length - reports;
        while (surplus > 0) {
            int i = random.nextInt(counts.length);
            if (counts[i] > 1) {
                counts[i]--;
                surplus--;
            }
        }
        List<PlannedTownship> out = new ArrayList<>(townships.size());
        for (int i = 0; i < counts.length; i++) {
            PlannedTownship t = townships.get(i);
            List<Integer> years = new ArrayList<>();
            for (int y = LAST_YEAR - counts[i] + 1; y <= LAST_YEAR; y++) {
                years.add(y);
            }
            out.add(new PlannedTownship(t.region(), t.kind(), t.county(), t.issuer(), years, t.portal(), t.url(),
                    t.phone(), t.seed()));
        }
        out.sort(Comparator.comparing(t -> t.region().path()));
        return out;
    }

    private PlaceNames.Name uniqueName(Set<String> taken, String suffix) {
        for (int attempt = 0; ; attempt++) {
            PlaceNames.Name n = PlaceNames.compose(random, attempt > 50);
            if (taken.add(n.hanzi() + suffix)) {
                return n;
            }
        }
    }

    private static String uniqueSlug(Set<String> taken, String wanted) {
        String slug = wanted;
        for (int i = 2; !taken.add(slug); i++) {
            slug = wanted + "-" + i;
        }
        return slug;
    }

    private long townshipSeed(int index) {
        return seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1;
    }

    private static String code(int province, int city, int county, int township) {
        return String.format("%02d%02d%02d%03d000", province, city, county, township);
    }

    private static List<PlannedRegion> sorted(List<PlannedRegion> list) {
        List<PlannedRegion> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(PlannedRegion::path));
        return out;
    }
}
