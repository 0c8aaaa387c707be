package io.partybranch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Readers of the project have the repository and nothing beside it, so no tracked file (README,
 * docs, code comments, configuration) may send them to a folder outside it.
 */
class SelfContainedRepositoryTest {

    /**
     * The folder beside the repository, and the reference files it held, which readers do not have
     * (the repository's own are docs/domain.md and docs/conventions.md). Spelled in pieces so that
     * this file does not match itself.
     */
    private static final List<String> OUTSIDE = List.of(".." + "/shared", "/work" + "/shared", "DOMAIN" + ".md",
            "CONVENTIONS" + ".md", "INFRA-NOTES" + ".md", "STYLE" + ".md");

    @Test
    void noTrackedFilePointsOutsideTheRepository() throws Exception {
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile()).redirectErrorStream(true).start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        git.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, git.exitValue(), "git ls-files: " + listing);

        List<String> found = new ArrayList<>();
        for (String name : listing.split("\0")) {
            Path file = root.resolve(name);
            if (name.isEmpty() || !Files.isRegularFile(file) || Files.size(file) > 5_000_000) {
                continue;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int line = 0;
            for (String content : text.split("\n", -1)) {
                line++;
                for (String outside : OUTSIDE) {
                    if (content.contains(outside)) {
                        found.add(name + ":" + line + ": " + content.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "lines that point outside the repository");
    }
}
