package io.partybranch.reporting.service;

import io.partybranch.common.http.ProblemException;
import io.partybranch.reporting.config.WebhookConfig;
import io.partybranch.reporting.domain.WebhookTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps webhooks off the platform's own network: a target that resolves to a non-public address is
 * refused at registration and again before every delivery (a name can be re-pointed after it was checked).
 */
@ApplicationScoped
public class WebhookTargetCheck {

    @Inject
    WebhookConfig config;

    /** @return why the target may not be called, or null when it may */
    public String refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "is not a valid URL";
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            return "must be an http or https URL";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "must name a host, with no user information or fragment";
        }
        if (config.allowPrivateTargets()) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (WebhookTargets.isNonPublic(address)) {
                    return "resolves to a private, loopback or link-local address, which this platform does not call";
                }
            }
        } catch (UnknownHostException e) {
            return "names a host that does not resolve";
        }
        return null;
    }

    public void requireAllowed(String field, String url) {
        String refusal = refusal(url);
        if (refusal != null) {
            throw ProblemException.invalid(field, refusal);
        }
    }
}
