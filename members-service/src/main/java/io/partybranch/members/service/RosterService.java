package io.partybranch.members.service;

import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.members.domain.CitizenIdNumbers;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.mapping.RosterColumn;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import io.partybranch.members.rest.model.MemberRequest;
import io.partybranch.members.rest.model.RosterImportResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.logging.Logger;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The 党员花名册 as an Excel workbook: the blank template, the import that registers a whole branch
 * at once (all rows or none), and the export. Logs never carry cell contents: rows hold citizen IDs
 * and phone numbers.
 */
@ApplicationScoped
public class RosterService {

    @jakarta.inject.Inject
    MemberService memberService;

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_ROWS = 2000;

    private static final Logger LOG = Logger.getLogger(RosterService.class);
    // A roster of MAX_ROWS unpacks to a few MiB; the limit keeps a zip bomb within the body limit from filling the heap.
    private static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;
    // Hand-made rosters put a title or two above the header row; past this, the sheet is not a roster.
    private static final int MAX_ROWS_BEFORE_HEADER = 10;
    private static final List<MembershipState> ACTIVE = List.of(MembershipState.NORMAL, MembershipState.SUSPENDED,
            MembershipState.RETAINED);
    private static final int FLUSH_EVERY = 50;
    private static final List<RosterColumn> COLUMNS = List.of(RosterColumn.values());

    @Inject
    MemberService members;

    @Inject
    OrganizationService organizations;

    @Inject
    CitizenIdProtector citizenIds;

    @Inject
    Validator validator;

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] template(UUID organizationId) {
        organizations.find(organizationId);
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
                            new CellRangeAddressList(1, MAX_ROWS, index, index));
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
     * Reads the roster and checks every row as a single registration is checked, plus citizen IDs
     * repeated within the file, and answers the problems of all rows at once, so a branch fixes its
     * spreadsheet in one round. As for a single registration, a row's registration rules are checked
     * once its cells are valid. Runs outside any transaction: a refused row would otherwise mark the
     * import's transaction rollback-only.
     *
     * @return the members, unsaved, in row order, for {@link #persistImport}
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Member> prepareImport(UUID branchId, byte[] workbook) {
        requireOpenBranch(branchId);
        List<RosterRow> rows = readRows(branchId, workbook);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Member> prepared = new ArrayList<>(rows.size());
        Map<String, Integer> rowByCitizenId = new HashMap<>();
        for (RosterRow row : rows) {
            int errorsBefore = errors.size();
            Map<RosterColumn, Object> values = new EnumMap<>(RosterColumn.class);
            Set<String> unreadable = new HashSet<>();
            row.cells().forEach((column, text) -> {
                try {
                    values.put(column, column.parse(text));
                } catch (IllegalArgumentException e) {
                    errors.add(row.error(column.property(), e.getMessage()));
                    unreadable.add(column.property());
                }
            });
            MemberRequest request = RosterColumn.toRequest(branchId, values);
            // A cell that could not be read already has its error; its null would only add "must not be null".
            validator.validate(request).stream()
                    .filter(violation -> !unreadable.contains(violation.getPropertyPath().toString()))
                    .map(violation -> row.error(violation.getPropertyPath().toString(), violation.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .forEach(errors::add);
            String citizenId = CitizenIdNumbers.normalize(request.citizenId());
            if (citizenId != null) {
                Integer earlier = rowByCitizenId.putIfAbsent(citizenId, row.number());
                if (earlier != null) {
                    errors.add(row.error("citizenId", "repeats the citizen ID of row " + earlier));
                }
            }
            if (errors.size() > errorsBefore) {
                continue;
            }
            try {
                prepared.add(members.prepareRegistration(request));
            } catch (ProblemException refused) {
                if (refused.errors().isEmpty()) {
                    errors.add(new Problem.FieldError(row.field(), refused.getMessage()));
                } else {
                    refused.errors().forEach(e -> errors.add(row.error(e.field(), e.message())));
                }
            }
        }
        if (!errors.isEmpty()) {
            LOG.infof("Roster import into %s refused: %d problem(s) in %d row(s)", branchId, errors.size(), rows.size());
            throw ProblemException.invalid(errors);
        }
        return prepared;
    }

    /** Registers the members {@link #prepareImport} accepted, all in one transaction: a roster is imported whole or not at all. */
    @Transactional
    public RosterImportResponse persistImport(List<Member> prepared) {
        List<UUID> ids = new ArrayList<>(prepared.size());
        for (Member member : prepared) {
            ids.add(members.persistRegistration(member).id());
            if (ids.size() % FLUSH_EVERY == 0) {
                // Every registration's uniqueness query flushes the session; without a clear, each flush would
                // dirty-check every member written so far (2,000 rows took 17 s instead of 7 s).
                entityManager.flush();
                entityManager.clear();
            }
        }
        LOG.infof("Roster import registered %d member(s)", ids.size());
        return new RosterImportResponse(ids.size(), ids);
    }

    /** Active members of the organisation (or its whole subtree), by organisation and name, with personal data masked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(UUID organizationId, boolean subtree) {
        organizations.find(organizationId);
        List<UUID> scope = subtree ? organizations.subtreeIds(organizationId) : List.of(organizationId);
        Map<UUID, String> names = Organization.<Organization>list("id in ?1", scope).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<Member> roster = Member.<Member>list("organizationId in ?1 and membershipState in ?2", scope, ACTIVE).stream()
                .sorted(Comparator.comparing((Member m) -> names.get(m.organizationId), chinese)
                        .thenComparing(m -> m.fullName, chinese)
                        .thenComparing(m -> m.id))
                .toList();
        // Streaming keeps only a window of rows in memory, whatever the size of a district's subtree.
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (workbook) {
            Sheet sheet = workbook.createSheet(RosterColumn.SHEET_NAME);
            List<String> headers = new ArrayList<>(COLUMNS.stream().map(RosterColumn::header).toList());
            headers.add(RosterColumn.ORGANIZATION_HEADER);
            writeHeader(sheet, headers);
            COLUMNS.forEach(column -> sheet.setColumnWidth(column.ordinal(), column.width() * 256));
            sheet.setColumnWidth(COLUMNS.size(), 24 * 256);
            int rowIndex = 1;
            boolean reveal = memberService.mayRevealCitizenIds();
            for (Member member : roster) {
                Row row = sheet.createRow(rowIndex++);
                String citizenId = citizenIds.decrypt(member.citizenIdCipher);
                for (RosterColumn column : COLUMNS) {
                    String text = column.exportText(member, citizenId, reveal);
                    if (text != null) {
                        row.createCell(column.ordinal()).setCellValue(text);
                    }
                }
                row.createCell(COLUMNS.size()).setCellValue(names.get(member.organizationId));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new IllegalStateException("writing the roster export failed", e);
        } finally {
            workbook.dispose();
        }
    }

    /** The refusals registration gives for the branch, answered once for the file instead of once per row. */
    private void requireOpenBranch(UUID branchId) {
        Organization branch = organizations.find(branchId);
        if (!branch.type.isBranch()) {
            throw ProblemException.ruleViolation("member-belongs-to-branch", "党员须编入党支部",
                    "Members belong to a BRANCH or JOINT_BRANCH, not to a " + branch.type);
        }
        if (branch.closedOn != null) {
            throw ProblemException.ruleViolation("organization-closed", "组织已撤销",
                    "The branch was closed on " + branch.closedOn);
        }
    }

    private static List<RosterRow> readRows(UUID branchId, byte[] workbook) {
        requireWorkbook(workbook);
        RosterSheet sheet = new RosterSheet();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook))) {
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), reader.getSharedStringsTable(),
                    sheet, new CellText(), false));
            try (InputStream data = rosterSheet(reader)) {
                parser.parse(new InputSource(data));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            // The parser may wrap what the sheet handler threw.
            if (sheet.refusal != null) {
                throw sheet.refusal;
            }
            // The class only: parser messages may quote cell contents.
            LOG.infof("Roster import into %s: unreadable workbook (%s)", branchId, e.getClass().getName());
            throw invalidBody("is not a readable .xlsx workbook");
        }
        return sheet.rows();
    }

    /** Rejects what is not an .xlsx, or would unpack to far more than any roster, before POI reads it. */
    private static void requireWorkbook(byte[] workbook) {
        if (workbook == null || workbook.length == 0) {
            throw invalidBody("is empty; send the .xlsx file itself as the body");
        }
        FileMagic magic = FileMagic.valueOf(workbook);
        if (magic == FileMagic.OLE2) {
            // Password-protected .xlsx files are OLE2 containers too.
            throw invalidBody("is an Excel 97-2003 (.xls) or password-protected workbook; save it as an unprotected .xlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw invalidBody("is not an .xlsx workbook");
        }
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            while (zip.getNextEntry() != null) {
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw invalidBody("unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                                + " MiB, far more than a roster of " + MAX_ROWS + " rows");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw invalidBody("is not a readable .xlsx workbook");
        }
    }

    /** The sheet named like the template's, else the first: a roster saved from another file keeps its own sheet name. */
    private static InputStream rosterSheet(XSSFReader reader) throws Exception {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        InputStream first = null;
        while (sheets.hasNext()) {
            InputStream data = sheets.next();
            if (RosterColumn.SHEET_NAME.equals(sheets.getSheetName())) {
                return data;
            }
            if (first == null) {
                first = data;
            }
        }
        if (first == null) {
            throw invalidBody("has no sheet");
        }
        return first;
    }

    private static ProblemException invalidBody(String message) {
        return ProblemException.invalid("body", message);
    }

    private static void writeHeader(Sheet sheet, List<String> headers) {
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

    private static void addHint(Workbook workbook, Drawing<?> drawing, Row header, int column, String text) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 3);
        anchor.setRow1(0);
        anchor.setRow2(3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        header.getCell(column).setCellComment(comment);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** One data row: its spreadsheet row number (1-based, as Excel shows it) and its non-blank cells. */
    private record RosterRow(int number, Map<RosterColumn, String> cells) {

        String field() {
            return "rows[" + number + "]";
        }

        Problem.FieldError error(String property, String message) {
            return new Problem.FieldError(field() + "." + property, message);
        }
    }

    /**
     * Collects the rows of one sheet as the SAX parser streams it: the header row maps columns by
     * their Chinese header (any order, unknown ones ignored), then each non-blank row becomes a
     * {@link RosterRow}. Stops the parse with {@link #refusal} set when the sheet cannot be a roster.
     */
    private static final class RosterSheet implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<RosterRow> rows = new ArrayList<>();
        private final Map<Integer, String> cells = new HashMap<>();
        private Map<Integer, RosterColumn> columns;
        private int rowNumber;
        private int lastColumn;
        ProblemException refusal;

        @Override
        public void startRow(int rowIndex) {
            rowNumber = rowIndex + 1;
            lastColumn = -1;
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // Some writers leave out cell references; such cells follow one another.
            int column = reference == null ? lastColumn + 1 : new CellAddress(reference).getColumn();
            lastColumn = column;
            if (value != null) {
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
            Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
            cells.forEach((index, text) -> {
                RosterColumn column = columns.get(index);
                if (column != null) {
                    values.put(column, text);
                }
            });
            if (values.isEmpty()) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                refuse(invalidBody("has more than " + MAX_ROWS + " data rows; split the roster into several files"));
            }
            rows.add(new RosterRow(rowNumber, values));
        }

        List<RosterRow> rows() {
            if (columns == null) {
                throw noHeader();
            }
            if (rows.isEmpty()) {
                throw invalidBody("has no data rows under its header row");
            }
            return rows;
        }

        private void readHeader() {
            Map<Integer, RosterColumn> found = new HashMap<>();
            List<Problem.FieldError> errors = new ArrayList<>();
            String field = "rows[" + rowNumber + "]";
            cells.forEach((index, text) -> {
                RosterColumn column = RosterColumn.byHeader(text);
                if (column != null) {
                    if (found.containsValue(column)) {
                        errors.add(new Problem.FieldError(field, "has the column " + column.header() + " twice"));
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
            Set<RosterColumn> present = Set.copyOf(found.values());
            for (RosterColumn column : COLUMNS) {
                if (column.required() && !present.contains(column)) {
                    errors.add(new Problem.FieldError(field, "lacks the required column " + column.header()));
                }
            }
            if (!errors.isEmpty()) {
                refuse(ProblemException.invalid(errors));
            }
            columns = found;
        }

        private static ProblemException noHeader() {
            return invalidBody("has no header row with the template's column names (" + COLUMNS.stream()
                    .map(RosterColumn::header).limit(5).collect(Collectors.joining("、")) + "…) in its first "
                    + MAX_ROWS_BEFORE_HEADER + " rows");
        }

        private void refuse(ProblemException problem) {
            refusal = problem;
            throw problem;
        }
    }

    /**
     * Cell text as a person reads it, whatever the cell's type: real Excel dates as yyyy-MM-dd, and
     * whole numbers (phone numbers typed into General cells) without a decimal point or exponent.
     */
    private static final class CellText extends DataFormatter {

        CellText() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
