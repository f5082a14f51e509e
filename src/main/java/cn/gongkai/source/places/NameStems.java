package cn.gongkai.source.places;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place word of a division's name without its level word: 榆阳区 → 榆阳, 长白朝鲜族自治县 → 长白,
 * 广西壮族自治区 → 广西, 卜集镇 → 卜集. Web domains and folder names are made from this stem.
 */
final class NameStems {
    /** Level words, longest first so 自治县 is cut before 县 and 街道办事处 before 办事处. */
    private static final List<String> SUFFIXES = List.of("特别行政区", "街道办事处", "自治区", "自治州", "自治县",
            "自治旗", "办事处", "地区", "林区", "特区", "街道", "苏木", "省", "市", "州", "盟", "县", "区", "旗", "镇", "乡");
    /** The 55 ethnic minorities' names, as written before 自治… (with 族, except 维吾尔 which goes without). */
    private static final Pattern ETHNIC = Pattern.compile("(?:(?:蒙古|回|藏|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克"
            + "|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米"
            + "|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族|维吾尔)$");

    private NameStems() {
    }

    /** The level word the name ends with (e.g. 自治县, 街道, 区), or "" when it ends with none. */
    static String suffix(String name) {
        for (String s : SUFFIXES) {
            if (name.endsWith(s) && name.length() > s.length()) {
                return s;
            }
        }
        return "";
    }

    /** The name without its level word and, before 自治…, without the ethnic names; never empty. */
    static String stem(String name) {
        String suffix = suffix(name);
        String stem = name.substring(0, name.length() - suffix.length());
        if (suffix.startsWith("自治")) {
            while (true) {
                Matcher m = ETHNIC.matcher(stem);
                if (!m.find() || m.start() == 0) {
                    break;
                }
                stem = stem.substring(0, m.start());
            }
        }
        return stem;
    }
}
