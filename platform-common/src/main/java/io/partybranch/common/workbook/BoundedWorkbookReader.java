package io.partybranch.common.workbook;

import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jboss.logging.Logger;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the data rows of one sheet of an uploaded workbook (a roster, a dues sheet, a branch's past
 * activities) within bounds that hold on a 192 MB heap, whatever the file claims. Before POI opens the package,
 * every part is unpacked once and measured (parts, bytes per part, bytes in all); the sheet is then
 * streamed through POI's SAX handler, which refuses more rows, cells per row or characters per cell
 * than such a sheet has. Only the styles and the shared strings are held in memory, and both are
 * bounded first. The header row maps columns by their Chinese header. Every refusal is a 400 on
 * {@code body} with the reason. No Quarkus: plain code, testable on its own.
 */
public final class BoundedWorkbookReader {

    /** Rows of any kind (blank, title, header, data) the sheet may hold. */
    public static final int MAX_SHEET_ROWS = 10_000;
    public static final int MAX_CELLS_PER_ROW = 100;
    public static final int MAX_CELL_CHARACTERS = 1000;
    // Hand-made sheets put a title or two above the header row; past this, the sheet is not of its kind.
    static final int MAX_ROWS_BEFORE_HEADER = 10;

    private static final Logger LOG = Logger.getLogger(BoundedWorkbookReader.class);
    // Hand-made sheets space out short headers ("姓  名") and mark them ("*姓名", "性别(男/女)").
    private static final Pattern HEADER_DECORATION = Pattern.compile("[\\s\\u00A0\\u3000*＊]|[(（][^)）]*[)）]$");

    private BoundedWorkbookReader() {
    }

    /**
     * What a kind of sheet looks like.
     *
     * @param kind what refusals call it ("roster")
     * @param byHeader the column a header cell names, tolerating decoration; null for none
     */
    public record Layout<C extends Enum<C>>(Class<C> type, String sheetName, String kind, int maxDataRows,
            Function<String, C> byHeader, Function<C, String> header, Predicate<C> required) {

        List<C> columns() {
            return List.of(type.getEnumConstants());
        }
    }

    /** One data row: its spreadsheet row number (1-based, as Excel shows it) and its non-blank cells. */
    public record Row<C extends Enum<C>>(int number, Map<C, String> cells) {

        /** The row as a problem's field, e.g. {@code rows[3]}. */
        public String field() {
            return "rows[" + number + "]";
        }

        public Problem.FieldError error(String property, String message) {
            return new Problem.FieldError(field() + "." + property, message);
        }
    }

    /** A header cell without the spacing and marks of hand-made sheets, to compare with a column's header. */
    public static String bareHeader(String text) {
        return HEADER_DECORATION.matcher(text).replaceAll("");
    }

    /** @return the data rows of the sheet named as the layout's, else of the first sheet, in sheet order; at least one */
    public static <C extends Enum<C>> List<Row<C>> read(byte[] workbook, Layout<C> layout) {
        return read(workbook, layout, true);
    }

    /** @return the data rows of the sheet named as the layout's, which must exist: a workbook of several sheets */
    public static <C extends Enum<C>> List<Row<C>> readNamedSheet(byte[] workbook, Layout<C> layout) {
        return read(workbook, layout, false);
    }

    private static <C extends Enum<C>> List<Row<C>> read(byte[] workbook, Layout<C> layout, boolean firstIfUnnamed) {
        WorkbookPackageGuard.requireBounded(workbook, layout);
        SheetRows<C> sheet = new SheetRows<>(layout);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook))) {
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), reader.getSharedStringsTable(),
                    sheet, new CellText(), false));
            try (InputStream data = namedSheet(reader, layout, firstIfUnnamed)) {
                parser.parse(new InputSource(data));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            // The parser may wrap what the sheet handler threw.
            if (sheet.refusal != null) {
                throw sheet.refusal;
            }
            if (isZipBomb(e)) {
                throw invalidBody("unpacks at a ratio no real workbook has (a zip bomb); save it again from Excel");
            }
            // The class only: parser messages may quote cell contents.
            LOG.infof("%s import: unreadable workbook (%s)", layout.kind(), e.getClass().getName());
            throw invalidBody("is not a readable .xlsx workbook");
        }
        return sheet.rows();
    }

    /** POI's own guard: a part that inflates more than a hundredfold (its default minimum ratio, kept). */
    private static boolean isZipBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The sheet named like the template's, else the first: a sheet saved from another file keeps its own name. */
    private static InputStream namedSheet(XSSFReader reader, Layout<?> layout, boolean firstIfUnnamed) throws Exception {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        InputStream first = null;
        while (sheets.hasNext()) {
            InputStream data = sheets.next();
            if (layout.sheetName().equals(sheets.getSheetName())) {
                if (first != null) {
                    first.close();
                }
                return data;
            }
            if (first == null) {
                first = data;
            } else {
                data.close();
            }
        }
        if (first == null || !firstIfUnnamed) {
            if (first != null) {
                first.close();
            }
            throw invalidBody(first == null ? "has no sheet" : "has no sheet named " + layout.sheetName() + " (see the template)");
        }
        return first;
    }

    public static ProblemException invalidBody(String message) {
        return ProblemException.invalid("body", message);
    }

    /**
     * Collects the rows of one sheet as the SAX parser streams it: the header row maps columns by
     * their Chinese header (any order, unknown ones ignored), then each non-blank row becomes a
     * {@link Row}. Stops the parse with {@link #refusal} set when the sheet cannot be of its layout.
     */
    private static final class SheetRows<C extends Enum<C>> implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Layout<C> layout;
        private final List<Row<C>> rows = new ArrayList<>();
        private final Map<Integer, String> cells = new HashMap<>();
        private Map<Integer, C> columns;
        private int rowNumber;
        private int lastColumn;
        private int cellsInRow;
        private int sheetRows;
        ProblemException refusal;

        SheetRows(Layout<C> layout) {
            this.layout = layout;
        }

        @Override
        public void startRow(int rowIndex) {
            if (++sheetRows > MAX_SHEET_ROWS) {
                refuse(invalidBody("has more than " + MAX_SHEET_ROWS + " rows (blank ones included); a " + layout.kind()
                        + " has at most " + layout.maxDataRows() + " data rows"));
            }
            rowNumber = rowIndex + 1;
            lastColumn = -1;
            cellsInRow = 0;
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (++cellsInRow > MAX_CELLS_PER_ROW) {
                refuse(invalidBody("row " + rowNumber + " has more than " + MAX_CELLS_PER_ROW + " cells; a " + layout.kind()
                        + " has " + layout.columns().size() + " columns"));
            }
            // Some writers leave out cell references; such cells follow one another.
            int column = reference == null ? lastColumn + 1 : new CellAddress(reference).getColumn();
            lastColumn = column;
            if (value != null) {
                if (value.length() > MAX_CELL_CHARACTERS) {
                    refuse(invalidBody("row " + rowNumber + " has a cell of more than " + MAX_CELL_CHARACTERS + " characters"));
                }
                String text = value.replace('\u00A0', ' ').strip();
                if (!text.isEmpty()) {
                    cells.put(column, text);
                }
            }
        }

        @Override
        public void endRow(int rowIndex) {
            if (columns == null) {
                readHeader();
                return;
            }
            Map<C, String> values = new EnumMap<>(layout.type());
            cells.forEach((index, text) -> {
                C column = columns.get(index);
                if (column != null) {
                    values.put(column, text);
                }
            });
            if (values.isEmpty()) {
                return;
            }
            if (rows.size() == layout.maxDataRows()) {
                refuse(invalidBody("has more than " + layout.maxDataRows() + " data rows; split the " + layout.kind()
                        + " into several files"));
            }
            rows.add(new Row<>(rowNumber, values));
        }

        List<Row<C>> rows() {
            if (columns == null) {
                throw noHeader();
            }
            if (rows.isEmpty()) {
                throw invalidBody("has no data rows under its header row");
            }
            return rows;
        }

        private void readHeader() {
            Map<Integer, C> found = new HashMap<>();
            List<Problem.FieldError> errors = new ArrayList<>();
            String field = "rows[" + rowNumber + "]";
            cells.forEach((index, text) -> {
                C column = layout.byHeader().apply(text);
                if (column != null) {
                    if (found.containsValue(column)) {
                        errors.add(new Problem.FieldError(field, "has the column " + layout.header().apply(column) + " twice"));
                    }
                    found.put(index, column);
                }
            });
            if (found.isEmpty()) {
                if (rowNumber >= MAX_ROWS_BEFORE_HEADER) {
                    refuse(noHeader());
                }
                return;
            }
            Set<C> present = Set.copyOf(found.values());
            for (C column : layout.columns()) {
                if (layout.required().test(column) && !present.contains(column)) {
                    errors.add(new Problem.FieldError(field, "lacks the required column " + layout.header().apply(column)));
                }
            }
            if (!errors.isEmpty()) {
                refuse(ProblemException.invalid(errors));
            }
            columns = found;
        }

        private ProblemException noHeader() {
            return invalidBody("has no header row with the template's column names (" + layout.columns().stream()
                    .map(layout.header()).limit(5).collect(Collectors.joining("、")) + "…) in its first "
                    + MAX_ROWS_BEFORE_HEADER + " rows");
        }

        private void refuse(ProblemException problem) {
            refusal = problem;
            throw problem;
        }
    }
}
