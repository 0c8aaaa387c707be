package io.partybranch.deploy.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The external programs the manifest checks run: kubectl (kustomize), node and npm. */
final class Tools {

    static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path VALIDATOR = K8S.resolve("validate");

    private Tools() {
    }

    record Result(int exitCode, String output) {
    }

    /** kubectl from .tools/bin (where deploy/k8s/install-kubectl.sh puts it when the machine has none), else from PATH. */
    static String kubectl() {
        Path local = ROOT.resolve(".tools/bin/kubectl");
        return Files.isExecutable(local) ? local.toString() : "kubectl";
    }

    /** The overlay as kubectl kustomize renders it (the load restrictor is off: the base includes deploy/gateway and deploy/keycloak files). */
    static String render(String overlay) throws Exception {
        Result result = run(ROOT, 120, kubectl(), "kustomize", "--load-restrictor", "LoadRestrictionsNone",
                K8S.resolve("overlays/" + overlay).toString());
        if (result.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed:\n" + result.output());
        }
        return result.output();
    }

    /** Installs the validator's packages from its lockfile into its git-ignored node_modules, once. */
    static synchronized void ensureValidatorInstalled() throws Exception {
        Path installed = VALIDATOR.resolve("node_modules/.package-lock.json");
        if (Files.exists(installed)
                && Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(VALIDATOR.resolve("package-lock.json"))) >= 0) {
            return;
        }
        Result result = run(VALIDATOR, 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        if (result.exitCode() != 0) {
            throw new AssertionError("npm ci in " + VALIDATOR + " failed:\n" + result.output());
        }
    }

    /** Runs validate.mjs on rendered manifests; Strimzi's group is left to {@link StrimziValidator}. */
    static Result validateWithKubernetesModels(String rendered, Path scratch) throws Exception {
        ensureValidatorInstalled();
        Path file = scratch.resolve("rendered.yaml");
        Files.writeString(file, rendered);
        return run(VALIDATOR, 120, "node", "validate.mjs", file.toString(), "--skip-group", StrimziValidator.GROUP);
    }

    static Result run(Path directory, int timeoutSeconds, String... command) throws Exception {
        Path output = Files.createTempFile("tool-", ".out");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Could not run " + command[0] + " (" + e.getMessage() + "): .ci/run installs it", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
