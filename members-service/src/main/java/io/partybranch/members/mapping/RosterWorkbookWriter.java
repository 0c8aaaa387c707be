package io.partybranch.members.mapping;

import io.partybranch.members.repository.Member;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the 党员花名册 workbooks: the blank template an import takes, and the export of a roster. */
public final class RosterWorkbookWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<RosterColumn> COLUMNS = List.of(RosterColumn.values());
    // Streaming keeps only this many rows in memory, whatever the size of a district's subtree.
    private static final int EXPORT_WINDOW = 100;

    private RosterWorkbookWriter() {
    }

    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(RosterColumn.SHEET_NAME);
            writeHeader(sheet, COLUMNS.stream().map(RosterColumn::header).toList());
            // Text format, or Excel turns a typed citizen ID into a 15-digit number and dates into serials.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (RosterColumn column : COLUMNS) {
                int index = column.ordinal();
                sheet.setDefaultColumnStyle(index, text);
                sheet.setColumnWidth(index, column.width() * 256);
                addHint(workbook, drawing, sheet.getRow(0), index, hint(column));
                if (column.kind() == RosterColumn.Kind.CHOICE) {
                    DataValidation choice = validations.createValidation(
                            validations.createExplicitListConstraint(column.labels().toArray(String[]::new)),
                            new CellRangeAddressList(1, RosterWorkbookReader.MAX_DATA_ROWS, index, index));
                    // Inverted in the file format: "suppress" here is what makes Excel show the arrow.
                    choice.setSuppressDropDownArrow(true);
                    choice.setShowErrorBox(true);
                    sheet.addValidationData(choice);
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new IllegalStateException("writing the roster template failed", e);
        }
    }

    /**
     * @param members in the order to write them
     * @param organizationNames the name of each member's organisation, for the extra column 所在组织
     * @param citizenId the decrypted number of a member
     * @param reveal whether the reader may see citizen IDs and birth dates whole (otherwise masked as in every answer)
     */
    public static byte[] export(List<Member> members, Map<UUID, String> organizationNames, Function<Member, String> citizenId,
            boolean reveal) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(EXPORT_WINDOW);
        try (workbook) {
            Sheet sheet = workbook.createSheet(RosterColumn.SHEET_NAME);
            List<String> headers = new ArrayList<>(COLUMNS.stream().map(RosterColumn::header).toList());
            headers.add(RosterColumn.ORGANIZATION_HEADER);
            writeHeader(sheet, headers);
            COLUMNS.forEach(column -> sheet.setColumnWidth(column.ordinal(), column.width() * 256));
            sheet.setColumnWidth(COLUMNS.size(), 24 * 256);
            int rowIndex = 1;
            for (Member member : members) {
                Row row = sheet.createRow(rowIndex++);
                String number = citizenId.apply(member);
                for (RosterColumn column : COLUMNS) {
                    String text = column.exportText(member, number, reveal);
                    if (text != null) {
                        row.createCell(column.ordinal()).setCellValue(text);
                    }
                }
                row.createCell(COLUMNS.size()).setCellValue(organizationNames.get(member.organizationId));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new IllegalStateException("writing the roster export failed", e);
        } finally {
            workbook.dispose();
        }
    }

    static void writeHeader(Sheet sheet, List<String> headers) {
        Workbook workbook = sheet.getWorkbook();
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private static String hint(RosterColumn column) {
        String requirement = column.required() ? "必填" : "选填";
        return switch (column.kind()) {
            case DATE -> requirement + "，日期格式 yyyy-MM-dd，如 1985-04-12";
            case CHOICE -> requirement + "，可选：" + String.join("、", column.labels());
            case TEXT -> column == RosterColumn.CITIZEN_ID ? requirement + "，18位，末位可为X" : requirement;
        };
    }

    static void addHint(Workbook workbook, Drawing<?> drawing, Row header, int column, String text) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 3);
        anchor.setRow1(0);
        anchor.setRow2(3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        header.getCell(column).setCellComment(comment);
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
