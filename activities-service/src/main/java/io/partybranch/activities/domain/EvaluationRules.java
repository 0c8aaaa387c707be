package io.partybranch.activities.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 民主评议 and 信任度测评: at most a third of those graded excellent; a trust rate from the ballots. */
public final class EvaluationRules {

    private EvaluationRules() {
    }

    public static boolean excellentWithinAThird(long excellent, int graded) {
        return excellent * 3 <= graded;
    }

    /** The most who may be graded excellent. */
    public static int mostExcellent(int graded) {
        return graded / 3;
    }

    public static BigDecimal trustRate(int trusted, int ballots) {
        return BigDecimal.valueOf(trusted).divide(BigDecimal.valueOf(ballots), 4, RoundingMode.HALF_UP);
    }
}
