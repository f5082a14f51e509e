package cn.gongkai.source.report;

import cn.gongkai.model.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the places named in an issuer's name ({@code 金乡县卜集镇人民政府} → county 金乡县, township 卜集镇) and,
 * when the issuer names only its township, the county written right before the township elsewhere in the text
 * ({@code 地址：微山县两城镇…}). Nothing is inferred from outside the text: a level the report does not state
 * stays null. A bare {@code X市} that is followed by no district is ambiguous (a prefecture city or a
 * county-level city) and is left out.
 */
final class RegionNames {
    private static final Pattern UNIT = Pattern.compile(
            "([\\u4e00-\\u9fff]{2,12}?)(自治区|自治州|自治县|街道|苏木|省|市|州|盟|县|区|旗|镇|乡)");
    private static final Pattern ONE_CHAR_COUNTY = Pattern.compile("[\\u4e00-\\u9fff](县|区|旗)");
    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "天津市", "上海市", "重庆市");
    /** Prefecture-level cities with towns directly under them (no districts). */
    private static final Set<String> CITIES_WITHOUT_DISTRICTS = Set.of("东莞市", "中山市", "嘉峪关市", "儋州市");
    private static final Pattern ZONE = Pattern.compile(".*(实验区|开发区|新区|示范区|园区|管理区|景区|高新区|保税区|合作区)$");
    private static final Pattern CONNECTOR = Pattern.compile("^(人民政府|政府)");
    private static final Pattern FUNCTION_WORDS = Pattern.compile("^(请与|地址|位于|在|由|与|和|及|对|向|从|是|为|经|至|到|址)+");

    /** Places named in the issuer, in order, e.g. [金乡县, 卜集镇]. */
    List<String> units(String issuer) {
        List<String> out = new ArrayList<>();
        if (issuer == null) {
            return out;
        }
        String s = issuer;
        while (!s.isEmpty()) {
            Matcher c = CONNECTOR.matcher(s);
            if (c.find() && !out.isEmpty()) {
                s = s.substring(c.end());
                continue;
            }
            Matcher one = ONE_CHAR_COUNTY.matcher(s);
            if (one.lookingAt() && out.isEmpty() && !s.substring(one.end()).matches("^(镇|乡|街道|苏木).*")) {
                out.add(one.group());
                s = s.substring(one.end());
                continue;
            }
            Matcher m = UNIT.matcher(s);
            if (!m.lookingAt()) {
                break;
            }
            out.add(m.group());
            s = s.substring(m.end());
        }
        return out;
    }

    Region fromIssuer(String issuer, String compactText) {
        String province = null;
        String city = null;
        String county = null;
        String township = null;
        List<String> units = units(issuer);
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            boolean last = i == units.size() - 1;
            if (u.endsWith("省") || u.endsWith("自治区") && !ZONE.matcher(u).matches()) {
                province = u;
            } else if (MUNICIPALITIES.contains(u)) {
                province = u;
            } else if (u.endsWith("自治州") || u.endsWith("州") || u.endsWith("盟")) {
                city = u;
            } else if (u.endsWith("市")) {
                if (!last && county == null && township == null) {
                    String nextUnit = units.get(i + 1);
                    if (nextUnit.endsWith("区") || nextUnit.endsWith("县") || nextUnit.endsWith("旗")
                            || nextUnit.endsWith("市") || CITIES_WITHOUT_DISTRICTS.contains(u)) {
                        city = u;
                    } else if (city != null || isTownship(nextUnit)) {
                        county = u; // a 市 with towns directly under it is a county-level city
                    }
                } else if (city != null && county == null) {
                    county = u;
                }
            } else if (u.endsWith("县") || u.endsWith("旗") || u.endsWith("区") && !ZONE.matcher(u).matches()) {
                if (county == null) {
                    county = u;
                }
            } else if (u.endsWith("镇") || u.endsWith("乡") || u.endsWith("苏木") || u.endsWith("街道")) {
                township = u;
            }
        }
        if (township != null && county == null && compactText != null) {
            county = countyBefore(township, compactText);
        }
        return new Region(province, city, county, township, null);
    }

    private static boolean isTownship(String u) {
        return u.endsWith("镇") || u.endsWith("乡") || u.endsWith("苏木") || u.endsWith("街道");
    }

    /** A county written directly before the township somewhere in the text, e.g. 绥滨县连生乡. */
    private String countyBefore(String township, String text) {
        int at = text.indexOf(township);
        while (at >= 0) {
            int start = at;
            while (start > 0 && at - start < 12 && Character.UnicodeScript.of(text.charAt(start - 1))
                    == Character.UnicodeScript.HAN) {
                start--;
            }
            String run = FUNCTION_WORDS.matcher(text.substring(start, at)).replaceFirst("");
            if (run.length() >= 2 && run.length() <= 8 && (run.endsWith("县") || run.endsWith("旗")
                    || run.endsWith("区") && !ZONE.matcher(run).matches())) {
                List<String> u = units(run);
                if (!u.isEmpty() && String.join("", u).equals(run)) {
                    return u.get(u.size() - 1);
                }
            }
            at = text.indexOf(township, at + township.length());
        }
        return null;
    }
}
