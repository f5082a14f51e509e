package cn.gongkai.model;

/** The six parts of every report, in order. */
public enum Section {
    OVERVIEW("overview", "一、总体情况"),
    PROACTIVE("proactive", "二、主动公开政府信息情况"),
    APPLICATIONS("applications", "三、收到和处理政府信息公开申请情况"),
    REVIEW_LITIGATION("review_litigation", "四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("problems", "五、存在的主要问题及改进情况"),
    OTHER("other", "六、其他需要报告的事项");

    private final String key;
    private final String heading;

    Section(String key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    /** The JSON key under {@code sections}. */
    public String key() {
        return key;
    }

    /** The official heading, e.g. {@code 一、总体情况}. */
    public String heading() {
        return heading;
    }

    /** The numeral of the part: 一 … 六. */
    public String numeral() {
        return heading.substring(0, 1);
    }
}
