package io.partybranch.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void aKnownCodeIsNamedAsASecretaryWritesIt() {
        assertEquals("支部党员大会", Labels.of(Labels.ACTIVITY_TYPES, "GENERAL_MEETING"));
        assertEquals("纪检委员", Labels.of(Labels.POSTS, "DISCIPLINE"));
        assertEquals("区级", Labels.of(Labels.HONOUR_LEVELS, "DISTRICT"));
        assertEquals(13, Labels.ACTIVITY_TYPES.size(), "every activity type the producers know");
    }

    @Test
    void anUnknownCodeIsShownAsItIsAndNoneAsNothing() {
        assertEquals("NEW_KIND", Labels.of(Labels.ACTIVITY_TYPES, "NEW_KIND"));
        assertEquals("", Labels.of(Labels.GRADES, null));
    }
}
