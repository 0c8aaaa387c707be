package io.partybranch.members.mapping;

import io.partybranch.common.http.ProblemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads each workbook named on the command line and prints what became of it; run in a JVM with the service's heap. */
public final class ReadRosterInSmallHeap {

    private ReadRosterInSmallHeap() {
    }

    public static void main(String[] files) throws Exception {
        for (String file : files) {
            byte[] workbook = Files.readAllBytes(Path.of(file));
            try {
                System.out.println(file + ": rows " + RosterWorkbookReader.read(workbook).size());
            } catch (ProblemException refused) {
                System.out.println(file + ": refused " + refused.errors().get(0).message());
            }
        }
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    }
}
