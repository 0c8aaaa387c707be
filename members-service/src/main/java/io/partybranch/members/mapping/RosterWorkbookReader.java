package io.partybranch.members.mapping;

import io.partybranch.common.workbook.BoundedWorkbookReader;
import java.util.List;

/** The 党员花名册 as {@link BoundedWorkbookReader} reads it. */
public final class RosterWorkbookReader {

    public static final int MAX_DATA_ROWS = 2000;

    static final BoundedWorkbookReader.Layout<RosterColumn> LAYOUT = new BoundedWorkbookReader.Layout<>(RosterColumn.class,
            RosterColumn.SHEET_NAME, "roster", MAX_DATA_ROWS, RosterColumn::byHeader, RosterColumn::header, RosterColumn::required);

    private RosterWorkbookReader() {
    }

    /** @return the data rows, in sheet order; at least one */
    public static List<RosterRow> read(byte[] workbook) {
        return BoundedWorkbookReader.read(workbook, LAYOUT).stream().map(row -> new RosterRow(row.number(), row.cells())).toList();
    }
}
