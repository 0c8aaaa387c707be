package io.partybranch.reporting.model;

import io.partybranch.common.events.CloudEvent;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the change feed, oldest first")
public record ChangeFeedPage(
        @Schema(description = "CloudEvents 1.0 as the services published them, personal data masked by the caller's role") List<CloudEvent> items,
        @Schema(description = "Send back as 'after' to continue; the same cursor when nothing new has come") String next,
        @Schema(description = "True when more events are already waiting after this page") boolean more) {
}
