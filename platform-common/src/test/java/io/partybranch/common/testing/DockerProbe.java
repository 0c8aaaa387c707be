package io.partybranch.common.testing;

import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers once whether a Docker engine answers; the answer holds for the JVM. */
final class DockerProbe {

    private static final String PROPERTY = "platform.test.docker";

    private DockerProbe() {
    }

    static synchronized boolean dockerAvailable() {
        if ("false".equals(System.getenv("PLATFORM_TEST_USE_DOCKER"))) {
            return false;
        }
        String known = System.getProperty(PROPERTY);
        if (known == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (Throwable e) {
                available = false;
            }
            known = Boolean.toString(available);
            System.setProperty(PROPERTY, known);
        }
        return Boolean.parseBoolean(known);
    }
}
