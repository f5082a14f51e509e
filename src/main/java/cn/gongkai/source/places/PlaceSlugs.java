package cn.gongkai.source.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folder names in {@code [a-z0-9-]} made from place names with the pinyin table, the way the content folders
 * are named: a province, city or county by the pinyin of its place word (山东省 → {@code shandong}, 济宁市 →
 * {@code jining}, 榆阳区 → {@code yuyang}; a one-character place word keeps its level word: 沛县 →
 * {@code peixian}); a township by its place word and its kind (卜集镇 → {@code buji-zhen}, 驼峰路街道 →
 * {@code tuofenglu-jiedao}); any other name (an issuer) by the pinyin of all of it. Each character takes its
 * most common reading, so the same name always gives the same slug; a character the table does not have is
 * written as its code point ({@code u4dc0}). Two different names with the same slug under one parent are told
 * apart by whoever creates the folders (import adds {@code -2}, {@code -3} in the order it meets them).
 */
public final class PlaceSlugs {
    /** Names whose customary spelling differs from the syllables: 陕西 is written Shaanxi to differ from 山西. */
    private static final Map<String, String> CUSTOMARY = Map.of("陕西", "shaanxi");
    private static final Map<String, String> TOWNSHIP_KINDS = Map.of("镇", "zhen", "乡", "xiang", "街道", "jiedao",
            "街道办事处", "jiedao", "苏木", "sumu");

    private final PinyinTable pinyin;

    public PlaceSlugs(PinyinTable pinyin) {
        this.pinyin = pinyin;
    }

    /** The slug of a province, city or county name. */
    public String division(String name) {
        String stem = NameStems.stem(name);
        return spell(stem.length() >= 2 ? stem : name);
    }

    /** The slug of a township name: place word, a hyphen, and its kind (zhen, xiang, jiedao, sumu). */
    public String township(String name) {
        String suffix = NameStems.suffix(name);
        String kind = TOWNSHIP_KINDS.get(suffix);
        if (kind == null) {
            return spell(name);
        }
        return spell(name.substring(0, name.length() - suffix.length())) + "-" + kind;
    }

    /** The slug of any other name: the pinyin of all of it. */
    public String name(String name) {
        return spell(name);
    }

    /** The pinyin of a text as one word per run of Han characters (other letters and digits kept, lower case). */
    String spell(String text) {
        String customary = CUSTOMARY.get(text);
        if (customary != null) {
            return customary;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            String reading = pinyin.first(cp);
            if (reading != null) {
                word.append(reading);
            } else if (cp < 128 && Character.isLetterOrDigit(cp)) {
                word.append(Character.toLowerCase((char) cp));
            } else {
                if (word.length() > 0) {
                    parts.add(word.toString());
                    word.setLength(0);
                }
                if (Character.isLetterOrDigit(cp)) {
                    parts.add("u" + Integer.toHexString(cp).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (word.length() > 0) {
            parts.add(word.toString());
        }
        String slug = String.join("-", parts);
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
