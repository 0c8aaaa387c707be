package io.partybranch.activities.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbooks to fill in for an import: the columns the import reads, every cell text, and example
 * rows whose ids are to be replaced by the branch's, its party group's and its members'.
 */
public final class ImportTemplates {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String BRANCH = "00000000-0000-0000-0000-0000000000b1";
    private static final String SECRETARY = "00000000-0000-0000-0000-0000000000e1";
    private static final String MEMBER = "00000000-0000-0000-0000-0000000000e2";

    private ImportTemplates() {
    }

    public static byte[] heldActivities() {
        return workbook(
                new SheetContent(HeldActivityWorkbook.ACTIVITIES_SHEET, headers(HeldActivityWorkbook.ActivityColumn.values()), List.of(
                        List.of("1", BRANCH, "支部委员会", "研究部署九月份党建工作", "2025-09-08", "2025-09-08", "15:30", "16:30", "党员活动室",
                                SECRETARY, MEMBER, "", "会议记录", ""),
                        List.of("2", BRANCH, "党课", "专题党课", "2025-09-26", "2025-09-26", "", "", "", "", "", "支部书记", "", ""))),
                new SheetContent(HeldActivityWorkbook.ATTENDANCE_SHEET, headers(HeldActivityWorkbook.AttendanceColumn.values()), List.of(
                        List.of("1", SECRETARY, "（姓名仅供核对）", "出席", ""),
                        List.of("1", MEMBER, "", "请假", "外出培训"),
                        List.of("2", SECRETARY, "", "出席", ""),
                        List.of("2", MEMBER, "", "出席", ""))));
    }

    public static byte[] evaluations() {
        return workbook(new SheetContent(EvaluationWorkbook.SHEET, headers(EvaluationWorkbook.Column.values()), List.of(
                List.of(BRANCH, "2025年度", "2026-01-15", SECRETARY, "", "优秀", "", "自评", "互评"),
                List.of(BRANCH, "2025年度", "2026-01-15", MEMBER, "", "", "病假", "", ""))));
    }

    public record SheetContent(String name, List<String> headers, List<List<String>> rows) {
    }

    private static List<String> headers(SheetColumn[] columns) {
        return Arrays.stream(columns).map(SheetColumn::header).toList();
    }

    public static byte[] workbook(SheetContent... sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (SheetContent content : sheets) {
                Sheet sheet = workbook.createSheet(content.name());
                Row head = sheet.createRow(0);
                for (int c = 0; c < content.headers().size(); c++) {
                    head.createCell(c).setCellValue(content.headers().get(c));
                    head.getCell(c).setCellStyle(header);
                    // Text cells: Excel would otherwise turn ids and dates into numbers.
                    sheet.setDefaultColumnStyle(c, text);
                    sheet.setColumnWidth(c, 16 * 256);
                }
                for (int r = 0; r < content.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<String> values = content.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        if (!values.get(c).isEmpty()) {
                            row.createCell(c).setCellValue(values.get(c));
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing an import template failed", e);
        }
    }
}
