package io.partybranch.activities.domain;

import java.time.LocalDate;
import java.util.List;

/** 三重一大: a major decision goes 支委会 → 行政会 → 教代会, each stage on or after the previous one's date. */
public final class DecisionStages {

    public static final List<String> ORDER = List.of("COMMITTEE", "ADMINISTRATION", "STAFF_CONGRESS");

    private DecisionStages() {
    }

    public record Stage(String stage, LocalDate decidedOn) {
    }

    public static boolean startAtTheCommittee(List<Stage> stages) {
        return !stages.isEmpty() && stages.get(0).stage().equals(ORDER.get(0));
    }

    public static boolean inOrder(List<Stage> stages) {
        for (int i = 1; i < stages.size(); i++) {
            Stage previous = stages.get(i - 1);
            Stage stage = stages.get(i);
            if (ORDER.indexOf(stage.stage()) <= ORDER.indexOf(previous.stage()) || stage.decidedOn().isBefore(previous.decidedOn())) {
                return false;
            }
        }
        return true;
    }
}
