package io.partybranch.members.model;

final class Patterns {

    /** Six digits whose first two name a province-level unit of GB/T 2260. */
    static final String DISTRICT_CODE = "^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|81|82)\\d{4}$";

    static final String PHONE = "^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";

    private Patterns() {
    }
}
