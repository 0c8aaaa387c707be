package io.partybranch.members.domain;

/** Posts of a branch committee (支部委员会). One person may hold two. */
public enum CommitteePost {
    SECRETARY("书记"), DEPUTY_SECRETARY("副书记"), ORGANIZATION("组织委员"), PROPAGANDA("宣传委员"), DISCIPLINE("纪检委员"), YOUTH("青年委员"), UNITED_FRONT(
            "统战委员");

    private final String label;

    CommitteePost(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
