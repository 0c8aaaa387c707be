package io.partybranch.reporting.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A figure of a summary that the records now give differently: what the draft holds and what it would hold if refreshed. */
public record FigureChange(String figure, String was, String now) {

    /** Every figure whose value differs, in the order of the newer figures (then the ones gone); null stands for absent. */
    public static List<FigureChange> between(Map<String, String> held, Map<String, String> current) {
        Set<String> figures = new LinkedHashSet<>(current.keySet());
        figures.addAll(held.keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (String figure : figures) {
            if (!Objects.equals(held.get(figure), current.get(figure))) {
                changes.add(new FigureChange(figure, held.get(figure), current.get(figure)));
            }
        }
        return changes;
    }
}
