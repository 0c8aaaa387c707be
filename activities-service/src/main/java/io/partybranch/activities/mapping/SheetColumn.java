package io.partybranch.activities.mapping;

import io.partybranch.common.workbook.BoundedWorkbookReader;
import java.util.Arrays;

/** A column of an import sheet: its Chinese header, the request property it fills, whether the header must be there. */
public interface SheetColumn {

    /** @param property the request property the column fills, as problems name it ({@code rows[7].heldOn}) */
    record Spec(String header, String property, boolean required) {
    }

    Spec spec();

    default String header() {
        return spec().header();
    }

    default String property() {
        return spec().property();
    }

    default boolean required() {
        return spec().required();
    }

    static <C extends Enum<C> & SheetColumn> BoundedWorkbookReader.Layout<C> layout(Class<C> type, String sheetName, String kind,
            int maxDataRows) {
        return new BoundedWorkbookReader.Layout<>(type, sheetName, kind, maxDataRows,
                text -> Arrays.stream(type.getEnumConstants())
                        .filter(column -> column.header().equals(BoundedWorkbookReader.bareHeader(text))).findFirst().orElse(null),
                SheetColumn::header, SheetColumn::required);
    }
}
