package io.partybranch.activities.rest;

import io.partybranch.activities.service.RosterRebuild;
import io.partybranch.common.inbox.RebuildEndpoints;
import io.partybranch.common.inbox.RebuildTarget;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/activities/roster/rebuild} and {@code GET /api/v1/activities/roster/rebuilds/{id}}. */
@Path("/api/v1/activities/roster")
@Tag(name = "Roster copy", description = "运维: the copy of members-service's organisations and members, rebuilt from members.events")
public class RosterResource extends RebuildEndpoints {

    @Inject
    RosterRebuild rebuild;

    @Override
    protected RebuildTarget target() {
        return rebuild;
    }
}
