package io.partybranch.common.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Every /api operation needs the bearer token: say so once, so Swagger UI sends it everywhere. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BearerEverywhere implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
    }
}
