package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void createsAndReadsBackAnOrganizationWithLocationAndEtag() {
        String committee = Fixtures.createOrganization("武进区教育局党委", "ORG_PARTY_COMMITTEE", null);
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("name", "实验小学党支部", "type", "BRANCH", "parentId", committee,
                        "districtCode", "320412", "unitName", "实验小学", "foundedOn", "2005-06-30"))
                .post("/api/v1/organizations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .body("typeLabel", equalTo("党支部"))
                .extract().header("Location");

        given().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("实验小学党支部"))
                .body("parentId", equalTo(committee))
                .body("foundedOn", equalTo("2005-06-30"));
    }

    @Test
    void reportsEveryInvalidFieldAsProblemJson() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "type", "BRANCH", "districtCode", "990000", "contactPhone", "12"))
                .post("/api/v1/organizations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("title", equalTo("请求参数有误"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/organizations"))
                .body("errors.field", containsInAnyOrder("name", "districtCode", "contactPhone"));
    }

    @Test
    void rejectsUnknownFieldsWrongTypesAndMalformedJson() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "type", "BRANCH", "districtCode", "320412", "secretScope", "all"))
                .post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("secretScope"));

        // Fields a client may not set (ids, versions, scope, audit fields) are simply not part of the model.
        for (String forbidden : new String[]{"id", "version", "createdAt", "organizations", "districts"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("name", "x", "type", "ORG_PARTY_COMMITTEE", "districtCode", "320412", forbidden, "1"))
                    .post("/api/v1/organizations")
                    .then().statusCode(400).body("errors[0].field", equalTo(forbidden));
        }

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "type", "SCHOOL", "districtCode", "320412"))
                .post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("BRANCH"));

        given().contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/organizations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void answersProblemsFor404And415And413() {
        given().get("/api/v1/organizations/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found")).body("title", equalTo("资源不存在"));

        given().contentType(ContentType.XML).body("<organization/>")
                .post("/api/v1/organizations")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"));

        given().contentType(ContentType.JSON).body("{\"name\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/v1/organizations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void refusesAParentOfTheWrongTypeNamingTheRule() {
        String committee = Fixtures.createOrganization("区教育局党委", "ORG_PARTY_COMMITTEE", null);
        String branch = Fixtures.createOrganization("某校党支部", "BRANCH", committee);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "总支", "type", "GENERAL_BRANCH", "parentId", branch, "districtCode", "320412"))
                .post("/api/v1/organizations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/rule-violation/organization-parent-type"));
        String group = Fixtures.createOrganization("一年级党小组", "PARTY_GROUP", branch);
        // Under a branch, a party group is the right type.
        given().get("/api/v1/organizations/" + group).then().statusCode(200)
                .body("parentId", equalTo(branch)).body("type", equalTo("PARTY_GROUP"));
    }

    @Test
    void retriedCreateWithTheSameIdempotencyKeyCreatesOnlyOnce() {
        String committee = Fixtures.createOrganization("区教育局党委", "ORG_PARTY_COMMITTEE", null);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "重试党支部", "type", "BRANCH", "parentId", committee, "districtCode", "320412");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        String second = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/organizations").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .extract().path("id");
        assertEquals(first, second);
        given().queryParam("parentId", committee).get("/api/v1/organizations")
                .then().statusCode(200).body("total", equalTo(1));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "另一个", "type", "BRANCH", "parentId", committee, "districtCode", "320412"))
                .post("/api/v1/organizations").then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void staleIfMatchIsRefusedAndCurrentOneUpdates() {
        String committee = Fixtures.createOrganization("区教育局党委", "ORG_PARTY_COMMITTEE", null);
        String id = Fixtures.createOrganization("旧名党支部", "BRANCH", committee);
        Map<String, Object> update = Map.of("name", "新名党支部", "type", "BRANCH", "parentId", committee, "districtCode", "320412");
        String etag = given().get("/api/v1/organizations/" + id).then().extract().header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put("/api/v1/organizations/" + id).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("name", equalTo("新名党支部"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put("/api/v1/organizations/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("/problems/precondition-failed"));
    }

    @Test
    void pagesAreStableSortableAndCapped() {
        String committee = Fixtures.createOrganization("分页党委", "ORG_PARTY_COMMITTEE", null);
        for (String name : new String[]{"丙党支部", "甲党支部", "乙党支部"}) {
            Fixtures.createOrganization(name, "BRANCH", committee);
        }
        given().queryParam("parentId", committee).queryParam("size", 2).queryParam("sort", "name,desc")
                .get("/api/v1/organizations").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("total", equalTo(3));
        given().queryParam("size", 201).get("/api/v1/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("sort", "password").get("/api/v1/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void pagesAreStableWhenTheSortKeyTies() {
        String committee = Fixtures.createOrganization("同名分页党委", "ORG_PARTY_COMMITTEE", null);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(Fixtures.createOrganization("同名党支部", "BRANCH", committee));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(given().queryParam("parentId", committee).queryParam("size", 2).queryParam("page", page)
                    .queryParam("sort", "name").get("/api/v1/organizations").then().statusCode(200)
                    .body("total", equalTo(5)).extract().<List<String>>path("items.id"));
        }
        // Five rows with one name: the id breaks the tie, so paging shows each once, in id order, every time.
        assertEquals(created, new HashSet<>(seen));
        assertEquals(5, seen.size(), "no row on two pages: " + seen);
        assertEquals(seen.stream().sorted().toList(), seen);
        given().queryParam("parentId", committee).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "name,desc")
                .get("/api/v1/organizations").then().body("items.id", equalTo(seen.subList(2, 4)));
    }

    @Test
    void membersBelongToBranchesOnly() {
        String branch = Fixtures.createBranch();
        String member = Fixtures.registerMember(branch, "李文静", "FULL");
        given().get("/api/v1/members/" + member).then().statusCode(200)
                .body("politicalStatusLabel", equalTo("正式党员")).body("organizationId", equalTo(branch));
        given().get("/api/v1/organizations/" + branch + "/members").then().statusCode(200)
                .body("items.id", hasItem(member)).body("total", equalTo(1));

        String committee = given().get("/api/v1/organizations/" + branch).then().extract().path("parentId");
        given().contentType(ContentType.JSON)
                .body(Fixtures.memberBody(committee, "张三", "FULL"))
                .post("/api/v1/members").then().statusCode(409)
                .body("type", equalTo("/problems/rule-violation/member-belongs-to-branch"))
                .body("detail", notNullValue());
    }
}
