package cn.gongkai.content.generate;

/** 镇, 乡 or 街道: decides the name suffix, the slug suffix, the issuer and how the report says "we". */
enum TownshipKind {
    ZHEN("镇", "zhen", "人民政府", "我镇", "镇政府", 101),
    XIANG("乡", "xiang", "人民政府", "我乡", "乡政府", 201),
    JIEDAO("街道", "jiedao", "办事处", "本街道", "街道办事处", 1);

    private final String suffix;
    private final String slugSuffix;
    private final String issuerSuffix;
    private final String we;
    private final String office;
    private final int firstCode;

    TownshipKind(String suffix, String slugSuffix, String issuerSuffix, String we, String office, int firstCode) {
        this.suffix = suffix;
        this.slugSuffix = slugSuffix;
        this.issuerSuffix = issuerSuffix;
        this.we = we;
        this.office = office;
        this.firstCode = firstCode;
    }

    /** 镇, 乡 or 街道. */
    String suffix() {
        return suffix;
    }

    /** zhen, xiang or jiedao: the slug is {@code <pinyin>-<slugSuffix>}. */
    String slugSuffix() {
        return slugSuffix;
    }

    /** 人民政府 or 办事处, appended to county and township name to make the issuer. */
    String issuerSuffix() {
        return issuerSuffix;
    }

    /** How the report refers to itself: 我镇, 我乡, 本街道. */
    String we() {
        return we;
    }

    /** 镇政府, 乡政府, 街道办事处. */
    String office() {
        return office;
    }

    /** The first three-digit township code of this kind in a county (统计用区划代码: 街道 0xx, 镇 1xx, 乡 2xx). */
    int firstCode() {
        return firstCode;
    }

    static TownshipKind ofName(String name) {
        if (name.endsWith("街道")) {
            return JIEDAO;
        }
        return name.endsWith("乡") ? XIANG : ZHEN;
    }
}
