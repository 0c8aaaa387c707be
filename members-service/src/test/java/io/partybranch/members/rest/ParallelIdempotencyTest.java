package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Parallel retries with one Idempotency-Key create one resource, and every one of them gets its 201. */
@QuarkusTest
class ParallelIdempotencyTest {

    private static final int PARALLEL = 8;

    @Test
    void parallelRequestsWithOneKeyCreateOneOrganizationAndAllGetTheFirstResult() throws Exception {
        String district = "327001";
        String name = "并发党委" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("name", name, "type", "ORG_PARTY_COMMITTEE", "districtCode", district);
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/organizations");
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 201) {
                    ids.add(response.jsonPath().getString("id"));
                }
            }
            assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201), statuses, "every request gets the first result");
            assertEquals(1, ids.size(), "one organisation: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, given().queryParam("name", name).get("/api/v1/organizations").then().statusCode(200).extract()
                .jsonPath().getInt("total"), "created once");
    }
}
