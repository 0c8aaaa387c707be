package io.partybranch.deploy.faults;

import io.partybranch.deploy.LocalStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One local stack (run.sh: PostgreSQL, Kafka broker process, three services, nginx) shared by every
 * fault scenario of a test run, started on first use and stopped when the run ends. Each scenario
 * breaks it in its own way and leaves it healthy.
 */
public final class FaultStack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static LocalStack stack;

    public static LocalStack stack() {
        return stack;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(FaultStack.class, key -> {
            try {
                // A load well above what a school sends: the gateway's per-client limit is raised for it.
                stack = new LocalStack("fault-stack", Map.of("GATEWAY_RATE", "2000",
                        "SERVICE_JAVA_OPTS", "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"));
                stack.start();
                // Read now: a killed process's command line is gone, and restarts need it.
                for (String component : List.of("postgres", "kafka", "members", "activities", "reporting")) {
                    stack.commandOf(component);
                }
            } catch (Exception e) {
                throw new IllegalStateException("the fault stack did not start", e);
            }
            return new FaultStack();
        }, FaultStack.class);
        stack.defaultToAdminThroughGateway();
    }

    @Override
    public void close() throws Exception {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
