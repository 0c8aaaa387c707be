package io.partybranch.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A full rebuild of the read models from both topics: the job started, then watched until it has finished. */
final class Rebuild {

    private Rebuild() {
    }

    static Map<String, Object> run(Api api, Database database) {
        long events = database.processedEvents("reporting");
        String job = api.start("/api/v1/read-models/rebuild");
        JsonNode status;
        long deadline = System.nanoTime() + Duration.ofHours(3).toNanos();
        do {
            Api.sleep(1_000);
            status = api.get(job);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild was still running after three hours");
            }
        } while ("RUNNING".equals(status.path("state").asText()) || "QUEUED".equals(status.path("state").asText()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("eventsBefore", events);
        result.put("job", status);
        return result;
    }
}
