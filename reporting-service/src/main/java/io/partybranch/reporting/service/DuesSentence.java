package io.partybranch.reporting.service;

import io.partybranch.reporting.domain.Rates;
import io.partybranch.reporting.model.DuesStatistics;
import java.math.BigDecimal;
import java.time.YearMonth;

/** The sentence on party dues a summary carries, from the figures only. */
final class DuesSentence {

    private DuesSentence() {
    }

    /** @param who how the sentence names those who paid: "支部" for a branch, "各支部" for a bureau's summary */
    static String of(DuesStatistics dues, String who) {
        if (dues.bills() == 0) {
            return "本期没有党费收缴的记录。";
        }
        long billedFen = fen(dues.billed());
        long paidFen = fen(dues.paid());
        StringBuilder sentence = new StringBuilder("本期" + who + "应交党费" + dues.billed().toPlainString() + "元，实交"
                + dues.paid().toPlainString() + "元，收缴率" + Rates.percent(paidFen, billedFen) + "。");
        YearMonth asOf = YearMonth.parse(dues.behindAsOf());
        String end = "截至" + asOf.getYear() + "年" + asOf.getMonthValue() + "月底，";
        if (dues.membersBehind() == 0) {
            return sentence.append(end).append("党员均已按月交清党费。").toString();
        }
        sentence.append(end).append("欠交党费的党员").append(dues.membersBehind()).append("名");
        if (dues.membersSixMonthsBehind() > 0) {
            sentence.append("，其中连续六个月以上未交纳的").append(dues.membersSixMonthsBehind()).append("名，应及时教育并按规定处理");
        }
        return sentence.append("。").toString();
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }
}
