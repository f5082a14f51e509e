package cn.gongkai.model;

/** The seven columns of the application table (part 三), in table order. */
public enum ApplicantColumn {
    NATURAL_PERSON("natural_person", "自然人"),
    COMMERCIAL_ENTERPRISE("commercial_enterprise", "商业企业"),
    RESEARCH_INSTITUTION("research_institution", "科研机构"),
    PUBLIC_WELFARE_ORG("public_welfare_org", "社会公益组织"),
    LEGAL_SERVICE_ORG("legal_service_org", "法律服务机构"),
    OTHER_ORG("other_org", "其他"),
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    ApplicantColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** True for the five 法人或其他组织 columns. */
    public boolean isOrganisation() {
        return this != NATURAL_PERSON && this != TOTAL;
    }
}
