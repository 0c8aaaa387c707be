package io.partybranch.activities.mapping;

import io.partybranch.activities.domain.Grade;
import io.partybranch.activities.mapping.SheetColumn.Spec;
import io.partybranch.activities.model.EvaluationModels.EvaluationRequest;
import io.partybranch.activities.model.EvaluationModels.GradeEntry;
import io.partybranch.activities.model.EvaluationModels.NotEvaluated;
import io.partybranch.common.http.Problem;
import io.partybranch.common.workbook.BoundedWorkbookReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Democratic evaluations (民主评议党员) as a workbook: sheet 民主评议, one row per member and round;
 * the rows of one branch and 评议期间 make one round, as POST /api/v1/evaluations takes it. A row
 * with an 等次 grades the member; a row with a 未评原因 instead lists them as not evaluated. Problems
 * name the row and column ({@code evaluations.rows[9].grade}).
 */
public final class EvaluationWorkbook {

    public static final String SHEET = "民主评议";
    static final String EVALUATIONS = "evaluations";

    public enum Column implements SheetColumn {
        BRANCH(new Spec("支部ID", "branchId", true)), PERIOD(new Spec("评议期间", "period", true)), HELD_ON(
                new Spec("评议日期", "heldOn", true)), MEMBER(new Spec("党员ID", "memberId", true)), NAME(
                        new Spec("姓名", "fullName", false)), GRADE(new Spec("等次", "grade", true)), NOT_EVALUATED(
                                new Spec("未评原因", "reason", false)), SELF_REVIEW(
                                        new Spec("自评", "selfReview", false)), PEER_REVIEW(new Spec("互评", "peerReview", false));

        private final Spec spec;

        Column(Spec spec) {
            this.spec = spec;
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    static final BoundedWorkbookReader.Layout<Column> LAYOUT = SheetColumn.layout(Column.class, SHEET, "evaluation sheet", 5_000);

    private EvaluationWorkbook() {
    }

    public static ImportFile<EvaluationRequest> read(byte[] workbook) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<List<Object>, Round> rounds = new LinkedHashMap<>();
        for (BoundedWorkbookReader.Row<Column> row : BoundedWorkbookReader.readNamedSheet(workbook, LAYOUT)) {
            SheetRow<Column> cells = new SheetRow<>(EVALUATIONS, row, errors);
            UUID branch = cells.uuid(Column.BRANCH);
            String period = cells.text(Column.PERIOD);
            LocalDate heldOn = cells.date(Column.HELD_ON);
            Round round = rounds.computeIfAbsent(Arrays.<Object>asList(branch, period), key -> new Round(cells, branch, period, heldOn));
            if (!Objects.equals(round.heldOn, heldOn)) {
                cells.error(Column.HELD_ON, "differs from the 评议日期 of the round's first row, " + round.field);
            }
            UUID member = cells.uuid(Column.MEMBER);
            Grade grade = cells.choice(Column.GRADE, Grade.class, Grade::label);
            String reason = cells.text(Column.NOT_EVALUATED);
            if (grade != null && reason != null) {
                cells.error(Column.NOT_EVALUATED, "is for members not graded; this row has an 等次");
            } else if (grade == null && reason != null) {
                round.places.put("notEvaluated[" + round.notEvaluated.size() + "]", cells.field());
                round.places.put("notEvaluated[" + round.notEvaluated.size() + "].reason", cells.field(Column.NOT_EVALUATED));
                round.notEvaluated.add(new NotEvaluated(member, reason));
            } else {
                if (cells.text(Column.GRADE) == null) {
                    cells.error(Column.GRADE, "must grade the member, or 未评原因 say why they were not evaluated");
                }
                round.places.put("grades[" + round.grades.size() + "]", cells.field());
                round.grades.add(new GradeEntry(member, grade, cells.text(Column.SELF_REVIEW), cells.text(Column.PEER_REVIEW)));
            }
        }
        return new ImportFile<>(rounds.values().stream().map(Round::item).toList(), errors);
    }

    /** One round as its rows are read. */
    private static final class Round {

        final String field;
        final UUID branch;
        final String period;
        final LocalDate heldOn;
        final List<GradeEntry> grades = new ArrayList<>();
        final List<NotEvaluated> notEvaluated = new ArrayList<>();
        final Map<String, String> places = new HashMap<>();

        Round(SheetRow<Column> first, UUID branch, String period, LocalDate heldOn) {
            this.field = first.field();
            this.branch = branch;
            this.period = period;
            this.heldOn = heldOn;
            places.put("branchId", first.field(Column.BRANCH));
            places.put("period", first.field(Column.PERIOD));
            places.put("heldOn", first.field(Column.HELD_ON));
        }

        ImportFile.Item<EvaluationRequest> item() {
            return new ImportFile.Item<>(new EvaluationRequest(branch, period, heldOn, List.copyOf(grades), List.copyOf(notEvaluated)),
                    field, places);
        }
    }
}
