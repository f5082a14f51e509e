package cn.gongkai.source.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * China's provinces, prefecture-level cities and county-level divisions (县, 县级市, 市辖区, 旗, 林区, 特区 and
 * the zones the statistics code lists at county level) with their 统计用区划代码, from the bundled
 * {@code divisions.tsv} (2023 codes; see the README beside it). Immutable once loaded; load once and pass it
 * down. Code groups that are not cities (市辖区 under a municipality, 省直辖县级行政区划) are not in the data,
 * so a county there has no city.
 */
public final class Gazetteer {
    static final String RESOURCE = "divisions.tsv";

    private final List<Division> all;
    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> countiesByStem = new HashMap<>();

    Gazetteer(List<Division> divisions) {
        this.all = List.copyOf(divisions);
        for (Division d : all) {
            byCode.put(d.code(), d);
            byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            if (d.level() == DivisionLevel.COUNTY) {
                countiesByStem.computeIfAbsent(NameStems.stem(d.name()), k -> new ArrayList<>()).add(d);
            }
        }
    }

    /** The bundled data. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the place data " + RESOURCE + " is missing from the program");
            }
            return new Gazetteer(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the place data " + RESOURCE + " cannot be read", e);
        }
    }

    static List<Division> read(InputStream in) throws IOException {
        List<Division> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String code = line.substring(0, tab);
            out.add(new Division(code, line.substring(tab + 1), DivisionLevel.ofCode(code)));
        }
        return out;
    }

    /** Every division, in code order. */
    public List<Division> all() {
        return all;
    }

    /** Divisions with exactly this name, at any level, in code order (朝阳区 is in 北京市 and in 长春市). */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, Collections.emptyList());
    }

    /** County-level divisions whose name without its level word is this stem (平潭 → 平潭县). */
    public List<Division> countiesWithStem(String stem) {
        return countiesByStem.getOrDefault(stem, Collections.emptyList());
    }

    /** The province a division lies in. */
    public Division province(Division d) {
        return byCode.get(d.provinceCode());
    }

    /** The prefecture-level city a county lies in, or null (a county under a municipality or the province). */
    public Division city(Division d) {
        return d.level() == DivisionLevel.COUNTY ? byCode.get(d.cityCode()) : null;
    }

    /** True when {@code d} lies in (or is) {@code area}. */
    public static boolean within(Division d, Division area) {
        return d.code().startsWith(area.code());
    }
}
