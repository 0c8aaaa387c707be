package io.partybranch.common.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * The first guard of an upload: the package itself, measured before POI opens it, so that no part
 * (and no zip bomb) grows past what the sheet it should hold needs.
 */
final class WorkbookPackageGuard {

    static final int MAX_PARTS = 64;
    static final long MAX_SHEET_PART_BYTES = 16L * 1024 * 1024;
    static final long MAX_SHARED_STRINGS_BYTES = 4L * 1024 * 1024;
    static final long MAX_STYLES_BYTES = 512L * 1024;
    static final long MAX_OTHER_PART_BYTES = 1024L * 1024;
    static final long MAX_UNPACKED_BYTES = 24L * 1024 * 1024;

    private WorkbookPackageGuard() {
    }

    /** Rejects what is not an .xlsx, or holds parts far larger or more numerous than any such sheet's, before POI reads it. */
    static void requireBounded(byte[] workbook, BoundedWorkbookReader.Layout<?> layout) {
        if (workbook == null || workbook.length == 0) {
            throw BoundedWorkbookReader.invalidBody("is empty; send the .xlsx file itself as the body");
        }
        FileMagic magic = FileMagic.valueOf(workbook);
        if (magic == FileMagic.OLE2) {
            // Password-protected .xlsx files are OLE2 containers too.
            throw BoundedWorkbookReader
                    .invalidBody("is an Excel 97-2003 (.xls) or password-protected workbook; save it as an unprotected .xlsx");
        }
        if (magic != FileMagic.OOXML) {
            throw BoundedWorkbookReader.invalidBody("is not an .xlsx workbook");
        }
        long unpacked = 0;
        int parts = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw BoundedWorkbookReader.invalidBody("has more than " + MAX_PARTS + " parts; a " + layout.kind() + " has about ten");
                }
                PartLimit limit = PartLimit.of(entry.getName(), layout);
                long part = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    part += read;
                    unpacked += read;
                    if (part > limit.bytes()) {
                        throw BoundedWorkbookReader.invalidBody(limit.refusal());
                    }
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw BoundedWorkbookReader.invalidBody("unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                                + " MiB, far more than a " + layout.kind() + " of " + layout.maxDataRows() + " rows");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw BoundedWorkbookReader.invalidBody("is not a readable .xlsx workbook");
        }
        if (parts == 0) {
            throw BoundedWorkbookReader.invalidBody("is not a readable .xlsx workbook");
        }
    }

    /** What one part may unpack to: the parts held in memory get the tightest bounds. */
    private record PartLimit(long bytes, String refusal) {

        static PartLimit of(String name, BoundedWorkbookReader.Layout<?> layout) {
            String kind = layout.kind();
            if (name.equals("xl/styles.xml")) {
                return new PartLimit(MAX_STYLES_BYTES, "has a styles part (xl/styles.xml) of more than "
                        + MAX_STYLES_BYTES / 1024 + " KiB; a " + kind + " needs a few cell formats");
            }
            if (name.equals("xl/sharedStrings.xml")) {
                return new PartLimit(MAX_SHARED_STRINGS_BYTES, "has a shared strings part (xl/sharedStrings.xml) of more than "
                        + MAX_SHARED_STRINGS_BYTES / (1024 * 1024) + " MiB, far more text than a " + kind + " of "
                        + layout.maxDataRows() + " rows");
            }
            if (name.startsWith("xl/worksheets/")) {
                return new PartLimit(MAX_SHEET_PART_BYTES, "has a sheet (" + name + ") of more than "
                        + MAX_SHEET_PART_BYTES / (1024 * 1024) + " MiB, far more than a " + kind + " of "
                        + layout.maxDataRows() + " rows");
            }
            return new PartLimit(MAX_OTHER_PART_BYTES, "has a part (" + name + ") of more than "
                    + MAX_OTHER_PART_BYTES / (1024 * 1024) + " MiB that a " + kind + " does not need");
        }
    }
}
