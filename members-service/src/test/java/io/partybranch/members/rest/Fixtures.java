package io.partybranch.members.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Creates organisations and members through the public API, as a client would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String createOrganization(String name, String type, String parentId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "type", type, "districtCode", "320412"));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
    }

    public static String createBranch() {
        String committee = createOrganization("武进区教育局党委", "ORG_PARTY_COMMITTEE", null);
        return createOrganization("实验小学党支部", "BRANCH", committee);
    }

    public static String registerMember(String branchId, String name, String status) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organizationId", branchId, "fullName", name, "gender", "FEMALE",
                        "birthDate", "1986-03-02", "politicalStatus", status, "statusSince", "2012-07-01"))
                .post("/api/v1/members")
                .then().statusCode(201).extract().path("id");
    }
}
