package io.partybranch.members.mapping;

import io.partybranch.members.domain.DevelopmentDeadlines;
import io.partybranch.members.domain.DocumentType;
import io.partybranch.members.repository.DevelopmentDocument;
import io.partybranch.members.repository.DevelopmentStep;
import io.partybranch.members.repository.Member;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A member's development file as one Word document, the way the higher committee reads it before it
 * approves: who the person is in the pipeline (dates, 培养联系人, 入党介绍人), then every step with its
 * date, outcome, who did it, its evidence and the vote's tally, the time limits, and the attached
 * documents by name and type (never their content). No citizen ID, phone or birth date.
 */
public final class DevelopmentFileDocument {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DevelopmentFileDocument() {
    }

    /** @param branchName the member's branch; mentors and introducers by name; documents by name and type only */
    public static byte[] write(Member member, String branchName, List<String> mentors, List<String> introducers,
            List<DevelopmentStep> steps, List<DevelopmentDocument> documents, LocalDate today) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(member.fullName + "同志发展党员档案");
            table(document, List.of(
                    List.of("姓名", member.fullName),
                    List.of("所在党支部", branchName),
                    List.of("政治面貌", member.politicalStatus.label()),
                    List.of("递交入党申请书", day(member.appliedOn)),
                    List.of("确定为入党积极分子", day(member.activistSince)),
                    List.of("确定为发展对象", day(member.candidateSince)),
                    List.of("接收为预备党员", day(member.joinedOn)),
                    List.of("预备期满", day(member.probationEndsOn)),
                    List.of("转为正式党员", day(member.fullSince)),
                    List.of("培养联系人", String.join("、", mentors)),
                    List.of("入党介绍人", String.join("、", introducers))));
            document.createParagraph().createRun().setText("发展程序记录");
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("步骤", "日期", "结果", "经办", "依据与材料", "表决情况", "备注"));
            for (DevelopmentStep step : steps) {
                rows.add(List.of(step.kind.label(), step.endsOn == null ? day(step.doneOn) : day(step.doneOn) + "至" + day(step.endsOn),
                        DevelopmentFileMapper.outcomeLabel(step), text(step.doneBy), evidence(step),
                        step.voteId == null
                                ? ""
                                : "应到" + step.votingExpected + "人，赞成" + step.yes + "票，反对" + step.no + "票，弃权"
                                        + step.abstentions + "票",
                        step.applied ? "已生效" : text(step.note)));
            }
            table(document, rows);
            List<DevelopmentDeadlines.Deadline> deadlines = DevelopmentFileMapper.deadlines(member, steps, today);
            if (!deadlines.isEmpty()) {
                document.createParagraph().createRun().setText("时限（截至" + day(today) + "）");
                List<List<String>> limits = new ArrayList<>();
                limits.add(List.of("步骤", "应于", "完成于", "情况"));
                deadlines.forEach(d -> limits.add(List.of(d.kind().label(), day(d.dueOn()), day(d.doneOn()), stateLabel(d.state()))));
                table(document, limits);
            }
            if (!documents.isEmpty()) {
                Map<UUID, DevelopmentStep> stepsById = steps.stream().collect(Collectors.toMap(s -> s.id, s -> s));
                document.createParagraph().createRun().setText("附件材料");
                List<List<String>> attached = new ArrayList<>();
                attached.add(List.of("步骤", "材料名称", "类型", "大小"));
                for (DevelopmentDocument file : documents) {
                    DevelopmentStep step = stepsById.get(file.stepId);
                    attached.add(List.of(step == null ? "" : step.kind.label() + " " + day(step.doneOn), file.fileName,
                            DocumentType.ofMediaType(file.contentType).map(Enum::name).orElse(file.contentType),
                            (file.sizeBytes + 1023) / 1024 + " KB"));
                }
                table(document, attached);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String evidence(DevelopmentStep step) {
        return step.classHours == null
                ? text(step.evidence)
                : (step.classHours + "学时" + (step.evidence == null ? "" : "；" + step.evidence));
    }

    private static String stateLabel(DevelopmentDeadlines.State state) {
        return switch (state) {
            case DONE -> "按时完成";
            case DONE_LATE -> "逾期完成";
            case OPEN -> "未到期";
            case OVERDUE -> "已逾期";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
