package io.partybranch.reporting.document;

import io.partybranch.reporting.document.Document.Block;
import io.partybranch.reporting.document.Document.Heading;
import io.partybranch.reporting.document.Document.Narrative;
import io.partybranch.reporting.document.Document.Paragraph;
import io.partybranch.reporting.document.Document.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes a {@link Document} as Markdown, HTML or Word, and tables as an Excel workbook. */
public final class Renderers {

    /** The face Chinese official documents are set in; Word falls back when it is missing. */
    private static final String FONT = "宋体";

    private Renderers() {
    }

    public static byte[] render(Document document, Formats format) {
        return switch (format) {
            case MARKDOWN -> markdown(document).getBytes(StandardCharsets.UTF_8);
            case HTML -> html(document).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(document);
        };
    }

    public static String markdown(Document document) {
        StringBuilder out = new StringBuilder("# ").append(document.title()).append("\n\n");
        for (Block block : document.blocks()) {
            switch (block) {
                case Heading heading -> out.append("## ").append(heading.text()).append("\n\n");
                case Paragraph paragraph -> out.append(paragraph.text()).append("\n\n");
                case Narrative narrative -> out.append(Narratives.markdown(narrative.markdown())).append("\n\n");
                case Table table -> {
                    out.append(markdownRow(table.header()));
                    out.append("|").append(" --- |".repeat(table.header().size())).append('\n');
                    table.rows().forEach(row -> out.append(markdownRow(row)));
                    out.append('\n');
                }
            }
        }
        document.closing().forEach(line -> out.append("<p align=\"right\">").append(line).append("</p>\n"));
        return out.toString();
    }

    private static String markdownRow(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        cells.forEach(cell -> row.append(' ').append(cell.replace("|", "\\|")).append(" |"));
        return row.append('\n').toString();
    }

    public static String html(Document document) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(document.title())).append("</title></head><body>\n<h1>").append(escape(document.title())).append("</h1>\n");
        for (Block block : document.blocks()) {
            switch (block) {
                case Heading heading -> out.append("<h2>").append(escape(heading.text())).append("</h2>\n");
                case Paragraph paragraph -> out.append("<p>").append(escape(paragraph.text())).append("</p>\n");
                case Narrative narrative -> out.append(Narratives.html(narrative.markdown()));
                case Table table -> {
                    out.append("<table>\n<thead><tr>");
                    table.header().forEach(cell -> out.append("<th>").append(escape(cell)).append("</th>"));
                    out.append("</tr></thead>\n<tbody>\n");
                    for (List<String> row : table.rows()) {
                        out.append("<tr>");
                        row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
                        out.append("</tr>\n");
                    }
                    out.append("</tbody>\n</table>\n");
                }
            }
        }
        document.closing().forEach(line -> out.append("<p style=\"text-align:right\">").append(escape(line)).append("</p>\n"));
        return out.append("</body></html>\n").toString();
    }

    /** Names come from records typed by people: they are text, never markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static byte[] docx(Document document) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = word.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, document.title(), 18, true);
            for (Block block : document.blocks()) {
                switch (block) {
                    case Heading heading -> run(word.createParagraph(), heading.text(), 14, true);
                    case Paragraph paragraph -> {
                        XWPFParagraph text = word.createParagraph();
                        text.setFirstLineIndent(560); // two characters, as official documents indent
                        run(text, paragraph.text(), 12, false);
                    }
                    case Narrative narrative -> Narratives.docx(word, narrative.markdown(), FONT);
                    case Table table -> {
                        XWPFTable grid = word.createTable(table.rows().size() + 1, table.header().size());
                        fill(grid.getRow(0), table.header(), true);
                        for (int i = 0; i < table.rows().size(); i++) {
                            fill(grid.getRow(i + 1), table.rows().get(i), false);
                        }
                        word.createParagraph();
                    }
                }
            }
            for (String line : document.closing()) {
                XWPFParagraph signature = word.createParagraph();
                signature.setAlignment(ParagraphAlignment.RIGHT);
                run(signature, line, 12, false);
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            run(paragraph, cells.get(i), 10.5, bold);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
    }

    /** One sheet per table, a bold header row, numbers as numbers so bureaus can sum them. */
    public static byte[] xlsx(List<NamedTable> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            for (NamedTable table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.header().size(); i++) {
                    header.createCell(i).setCellValue(table.header().get(i));
                    header.getCell(i).setCellStyle(headerStyle);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                for (int i = 0; i < table.header().size(); i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(10, table.header().get(i).length() * 3)) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record NamedTable(String name, List<String> header, List<List<Object>> rows) {
    }
}
