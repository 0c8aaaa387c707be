package io.partybranch.members.mapping;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The 党费收缴 template of a branch and year: its paying members' names, the columns the import takes. */
public final class DuesWorkbookWriter {

    private DuesWorkbookWriter() {
    }

    /** @param names the branch's paying members, in the order to list them */
    public static byte[] template(int year, List<String> names) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(DuesColumn.SHEET_NAME);
            RosterWorkbookWriter.writeHeader(sheet, List.of(DuesColumn.values()).stream().map(DuesColumn::header).toList());
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (DuesColumn column : DuesColumn.values()) {
                int index = column.ordinal();
                boolean amount = column.month() > 0 || column == DuesColumn.MONTHLY_INCOME || column == DuesColumn.MONTHLY_DUES;
                sheet.setDefaultColumnStyle(index, amount ? money : text);
                sheet.setColumnWidth(index, (column.month() > 0 ? 8 : 14) * 256);
                RosterWorkbookWriter.addHint(workbook, drawing, sheet.getRow(0), index, hint(column, year));
                if (!column.labels().isEmpty()) {
                    DataValidation choice = validations.createValidation(
                            validations.createExplicitListConstraint(column.labels().toArray(String[]::new)),
                            new CellRangeAddressList(1, DuesColumn.MAX_DATA_ROWS, index, index));
                    // Inverted in the file format: "suppress" here is what makes Excel show the arrow.
                    choice.setSuppressDropDownArrow(true);
                    choice.setShowErrorBox(true);
                    sheet.addValidationData(choice);
                }
            }
            int rowIndex = 1;
            for (String name : names) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(DuesColumn.FULL_NAME.ordinal()).setCellValue(name);
            }
            return RosterWorkbookWriter.bytes(workbook);
        } catch (IOException e) {
            throw new IllegalStateException("writing the dues template failed", e);
        }
    }

    private static String hint(DuesColumn column, int year) {
        return switch (column) {
            case FULL_NAME -> "必填，本支部预备党员或正式党员";
            case CITIZEN_ID -> "选填；支部有同名党员时必填";
            case CATEGORY -> "必填，可选：" + String.join("、", column.labels());
            case MONTHLY_INCOME -> "在职、离退休必填：每月工资收入中相对固定的、经常性的部分（税后），或离退休费";
            case MONTHLY_DUES -> "选填；填写时须与按规定比例计算的数额一致";
            case METHOD -> "选填，默认现金；可选：" + String.join("、", column.labels());
            default -> year + "年" + column.header() + "实交党费（元），未交留空";
        };
    }
}
