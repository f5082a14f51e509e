package cn.gongkai.source.places;

/** The three levels of the bundled divisions, told apart by the length of their code (2, 4 or 6 digits). */
public enum DivisionLevel {
    PROVINCE(2), CITY(4), COUNTY(6);

    private final int digits;

    DivisionLevel(int digits) {
        this.digits = digits;
    }

    /** Digits of the code at this level. */
    public int digits() {
        return digits;
    }

    static DivisionLevel ofCode(String code) {
        for (DivisionLevel l : values()) {
            if (l.digits == code.length()) {
                return l;
            }
        }
        throw new IllegalArgumentException("a division code has 2, 4 or 6 digits: " + code);
    }
}
