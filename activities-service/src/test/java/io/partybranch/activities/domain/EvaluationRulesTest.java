package io.partybranch.activities.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluationRulesTest {

    @Test
    void atMostAThirdOfThoseGradedAreExcellent() {
        assertTrue(EvaluationRules.excellentWithinAThird(1, 5));
        assertFalse(EvaluationRules.excellentWithinAThird(2, 5), "2 of 5 is more than a third");
        assertTrue(EvaluationRules.excellentWithinAThird(3, 9), "exactly a third");
        assertFalse(EvaluationRules.excellentWithinAThird(4, 9));
        assertTrue(EvaluationRules.excellentWithinAThird(0, 0));
        assertEquals(1, EvaluationRules.mostExcellent(5));
        assertEquals(3, EvaluationRules.mostExcellent(9));
        assertEquals(0, EvaluationRules.mostExcellent(2));
    }

    @Test
    void aTrustRateHasFourPlaces() {
        assertEquals(new BigDecimal("0.9524"), EvaluationRules.trustRate(20, 21));
        assertEquals(new BigDecimal("0.8889"), EvaluationRules.trustRate(8, 9));
        assertEquals(new BigDecimal("1.0000"), EvaluationRules.trustRate(9, 9));
    }
}
