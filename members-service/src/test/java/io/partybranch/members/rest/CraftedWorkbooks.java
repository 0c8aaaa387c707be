package io.partybranch.members.rest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small .xlsx files crafted to unpack into far more than a roster: each compresses to a few KiB but
 * would make an unguarded reader hold tens or hundreds of MiB.
 */
public final class CraftedWorkbooks {

    public static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final Random RANDOM = new Random(11);
    private static final List<String> HEADERS = List.of("姓名", "性别", "出生日期", "身份证号", "党员类别", "当前类别起始日期");

    private CraftedWorkbooks() {
    }

    /** A plain roster: the header row and {@code rows} rows of text. */
    public static byte[] roster(int rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("党员花名册");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("党员" + r);
                row.createCell(1).setCellValue("男");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** 300,000 cell formats in styles.xml (about 16 MiB unpacked, within the old 20 MiB limit; parsed into a DOM, several times that). */
    public static byte[] stylesBomb() throws IOException {
        StringBuilder styles = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellXfs count=\"300000\">");
        styles.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>".repeat(300_000));
        styles.append("</cellXfs></styleSheet>");
        return replacing(roster(1), "xl/styles.xml", styles.toString());
    }

    /** 1,000,000 shared strings (17 MiB unpacked). */
    public static byte[] sharedStringsBomb() throws IOException {
        StringBuilder strings = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1000000\" uniqueCount=\"1000000\">");
        strings.append("<si><t>x</t></si>".repeat(1_000_000));
        strings.append("</sst>");
        return replacing(roster(1), "xl/sharedStrings.xml", strings.toString());
    }

    /** One row of 1,000 cells after the header, ten times the cells a row may have. */
    public static byte[] wideRow() throws IOException {
        StringBuilder cells = new StringBuilder("<row r=\"2\">");
        for (int i = 0; i < 1_000; i++) {
            cells.append("<c t=\"inlineStr\"><is><t>").append(randomText(4)).append("</t></is></c>");
        }
        return replacing(roster(0), SHEET, sheet(cells.append("</row>").toString()));
    }

    /** One cell holding 5,000 characters, five times what a cell may hold. */
    public static byte[] longCell() throws IOException {
        return replacing(roster(0), SHEET, sheet("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + randomText(5_000)
                + "</t></is></c></row>"));
    }

    /** 16 MiB of one repeated cell: fits the sheet's bound, but no real workbook packs 1,000 to 1. */
    public static byte[] zipBomb() throws IOException {
        return replacing(roster(0), SHEET, sheet("<row r=\"2\">" + "<c t=\"inlineStr\"><is><t>x</t></is></c>".repeat(400_000)
                + "</row>"));
    }

    private static String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }

    /** 20,000 empty rows under the header, twice what a sheet may hold. */
    public static byte[] manyRows() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 2; r < 20_002; r++) {
            rows.append("<row r=\"").append(r).append("\"/>");
        }
        return replacing(roster(0), SHEET, sheet(rows.toString()));
    }

    /** 2,000 extra parts in the package. */
    public static byte[] manyParts() throws IOException {
        Map<String, byte[]> parts = unzip(roster(1));
        for (int i = 0; i < 2_000; i++) {
            parts.put("xl/media/image" + i + ".png", new byte[]{1});
        }
        return zip(parts);
    }

    private static String sheet(String rows) {
        StringBuilder header = new StringBuilder("<row r=\"1\">");
        char column = 'A';
        for (String text : HEADERS) {
            header.append("<c r=\"").append(column++).append("1\" t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
        }
        header.append("</row>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + header + rows + "</sheetData></worksheet>";
    }

    public static byte[] replacing(byte[] xlsx, String part, String content) throws IOException {
        Map<String, byte[]> parts = unzip(xlsx);
        if (!parts.containsKey(part)) {
            throw new IllegalStateException("the workbook has no part " + part + ": " + parts.keySet());
        }
        parts.put(part, content.getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    private static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
