package io.partybranch.reporting.service;

import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.reporting.config.WebhookConfig;
import io.partybranch.reporting.domain.WebhookSignature;
import io.partybranch.reporting.model.WebhookModels.SubscriptionRequest;
import io.partybranch.reporting.repository.WebhookDelivery;
import io.partybranch.reporting.repository.WebhookParked;
import io.partybranch.reporting.repository.WebhookSubscription;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registering and managing webhook subscriptions. A subscription belongs to the token subject that
 * registered it (platform administrators see all) and is scoped within that token's scope.
 */
@ApplicationScoped
@Transactional
public class WebhookSubscriptionService {

    @Inject
    CallerScope caller;

    @Inject
    WebhookTargetCheck targets;

    @Inject
    WebhookConfig config;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "platform.security.reveal-citizen-id-roles", defaultValue = "platform-admin")
    List<String> revealRoles;

    public WebhookSubscription register(SubscriptionRequest request) {
        if (!caller.canWrite()) {
            throw CallerScope.forbidden("This role may only read");
        }
        targets.requireAllowed("url", request.url());
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.owner = caller.subject();
        subscription.url = request.url();
        subscription.types = request.types() == null ? new String[0] : new LinkedHashSet<>(request.types()).toArray(String[]::new);
        scope(subscription, request);
        subscription.revealPersonalData = revealRoles.stream().anyMatch(caller::hasRole);
        subscription.secret = WebhookSignature.newSecret();
        subscription.status = WebhookSubscription.ACTIVE;
        // From now on: what the feed already holds is there to read at GET /api/v1/changes.
        subscription.position = ((Number) entityManager.createNativeQuery("select coalesce(max(position), 0) from change_event")
                .getSingleResult()).longValue();
        subscription.createdAt = BusinessCalendar.now();
        subscription.persist();
        return subscription;
    }

    private void scope(WebhookSubscription subscription, SubscriptionRequest request) {
        List<String> districts = request.districts() == null ? List.of() : request.districts();
        List<UUID> roots = request.organizationIds() == null ? List.of() : request.organizationIds();
        if (districts.isEmpty() && roots.isEmpty()) {
            if (!caller.unrestricted()) {
                subscription.scopeDistricts = caller.districts().toArray(String[]::new);
                subscription.scopeRoots = caller.roots().toArray(UUID[]::new);
            }
            return;
        }
        if (!caller.unrestricted()) {
            for (String district : districts) {
                if (!caller.districts().contains(district)) {
                    throw CallerScope.forbidden("District " + district + " is outside the caller's scope");
                }
            }
            for (UUID root : roots) {
                caller.requireWritable(root);
            }
        }
        subscription.scopeDistricts = Set.copyOf(districts).toArray(String[]::new);
        subscription.scopeRoots = Set.copyOf(roots).toArray(UUID[]::new);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookSubscription> list(PageQuery page) {
        var query = caller.unrestricted()
                ? WebhookSubscription.findAll(Sort.by("createdAt").and("id"))
                : WebhookSubscription.find("owner", Sort.by("createdAt").and("id"), caller.subject());
        return query.page(page.panachePage()).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return caller.unrestricted() ? WebhookSubscription.count() : WebhookSubscription.count("owner", caller.subject());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription get(UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null || !(caller.unrestricted() || subscription.owner.equals(caller.subject()))) {
            throw ProblemException.notFound("Webhook subscription", id);
        }
        return subscription;
    }

    public WebhookSubscription setStatus(UUID id, String status) {
        WebhookSubscription subscription = get(id);
        subscription.status = status;
        if (WebhookSubscription.ACTIVE.equals(status)) {
            subscription.nextAttemptAt = null; // a resumed subscription tries at once
        }
        return subscription;
    }

    /** The new secret signs from now on; the old one beside it for a while, so receivers can switch without losing deliveries. */
    public WebhookSubscription rotateSecret(UUID id) {
        WebhookSubscription subscription = get(id);
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = BusinessCalendar.now().plus(config.previousSecretValidity());
        subscription.secret = WebhookSignature.newSecret();
        return subscription;
    }

    public void delete(UUID id) {
        get(id).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(UUID id, PageQuery page) {
        get(id);
        return WebhookDelivery.find("subscriptionId", Sort.descending("attemptedAt").and("id", Sort.Direction.Descending), id)
                .page(page.panachePage()).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long deliveryCount(UUID id) {
        return WebhookDelivery.count("subscriptionId", id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookParked> parked(UUID id, boolean open, PageQuery page) {
        get(id);
        return WebhookParked.find("subscriptionId = ?1" + (open ? " and replayedAt is null" : ""), Sort.by("position"), id)
                .page(page.panachePage()).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long parkedCount(UUID id, boolean open) {
        return WebhookParked.count("subscriptionId = ?1" + (open ? " and replayedAt is null" : ""), id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookParked parkedEntry(UUID subscription, UUID id) {
        get(subscription);
        WebhookParked parked = WebhookParked.findById(id);
        if (parked == null || !parked.subscriptionId.equals(subscription)) {
            throw ProblemException.notFound("Parked delivery", id);
        }
        return parked;
    }
}
