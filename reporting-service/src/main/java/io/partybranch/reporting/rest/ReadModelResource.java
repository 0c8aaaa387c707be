package io.partybranch.reporting.rest;

import io.partybranch.common.inbox.RebuildEndpoints;
import io.partybranch.common.inbox.RebuildTarget;
import io.partybranch.reporting.service.RebuildService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/read-models/rebuild} and {@code GET /api/v1/read-models/rebuilds/{id}}. */
@Path("/api/v1/read-models")
@Tag(name = "Read models", description = "运维: rebuilding the read models from the event topics")
public class ReadModelResource extends RebuildEndpoints {

    @Inject
    RebuildService rebuild;

    @Override
    protected RebuildTarget target() {
        return rebuild;
    }
}
