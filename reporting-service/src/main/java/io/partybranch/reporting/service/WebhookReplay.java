package io.partybranch.reporting.service;

import io.partybranch.common.http.PageQuery;
import io.partybranch.reporting.model.WebhookModels.ReplayResponse;
import io.partybranch.reporting.repository.WebhookParked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** Sends parked events again, now, outside the subscription's order; each attempt is logged. */
@ApplicationScoped
public class WebhookReplay {

    @Inject
    WebhookSubscriptionService subscriptions;

    @Inject
    WebhookProgress progress;

    @Inject
    WebhookSender sender;

    public ReplayResponse replay(UUID subscription, UUID parkedId, int limit) {
        PageQuery page = new PageQuery();
        page.page = 0;
        page.size = limit;
        List<WebhookParked> open = parkedId != null
                ? List.of(subscriptions.parkedEntry(subscription, parkedId))
                : subscriptions.parked(subscription, true, page);
        int delivered = 0;
        int failing = 0;
        for (WebhookParked parked : open) {
            WebhookSender.Delivery delivery = progress.replayOf(parked.id);
            if (delivery == null) {
                failing++;
                continue;
            }
            WebhookSender.Result result = sender.send(delivery);
            progress.recordReplay(parked, result);
            if (result.delivered()) {
                delivered++;
            } else {
                failing++;
            }
        }
        return new ReplayResponse(delivered, failing);
    }
}
