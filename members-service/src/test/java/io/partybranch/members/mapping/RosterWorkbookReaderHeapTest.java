package io.partybranch.members.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.partybranch.members.rest.CraftedWorkbooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader holds within the heap the service runs with (-Xmx192m): each crafted workbook, a few KiB
 * packed, is read in a JVM of that size, which must end normally with every file refused for its reason
 * and a full legitimate roster read.
 */
class RosterWorkbookReaderHeapTest {

    private static final String HEAP = "-Xmx192m";

    @Test
    void craftedWorkbooksAreRefusedWithinTheServicesHeap(@TempDir Path directory) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("styles", CraftedWorkbooks.stylesBomb());
        files.put("shared-strings", CraftedWorkbooks.sharedStringsBomb());
        files.put("cells", CraftedWorkbooks.wideRow());
        files.put("characters", CraftedWorkbooks.longCell());
        files.put("rows", CraftedWorkbooks.manyRows());
        files.put("parts", CraftedWorkbooks.manyParts());
        files.put("zip-bomb", CraftedWorkbooks.zipBomb());
        files.put("full-roster", CraftedWorkbooks.roster(RosterWorkbookReader.MAX_DATA_ROWS));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ReadRosterInSmallHeap.class.getName()));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = directory.resolve(file.getKey() + ".xlsx");
            Files.write(path, file.getValue());
            command.add(path.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the reader finished");
        System.out.println(output);
        assertEquals(0, process.exitValue(), "no OutOfMemoryError in " + HEAP + ":\n" + output);
        for (String name : List.of("styles", "shared-strings", "cells", "characters", "rows", "parts", "zip-bomb")) {
            assertTrue(output.contains(name + ".xlsx: refused"), name + " is refused:\n" + output);
        }
        assertTrue(output.contains("full-roster.xlsx: rows " + RosterWorkbookReader.MAX_DATA_ROWS), "a full roster is read:\n" + output);
    }

    @Test
    void theCraftedFilesAreSmall() throws IOException {
        for (byte[] file : List.of(CraftedWorkbooks.stylesBomb(), CraftedWorkbooks.sharedStringsBomb(), CraftedWorkbooks.wideRow(),
                CraftedWorkbooks.longCell(), CraftedWorkbooks.manyRows(), CraftedWorkbooks.manyParts(), CraftedWorkbooks.zipBomb())) {
            assertTrue(file.length < 1024 * 1024, "under the body limit: " + file.length);
        }
    }
}
