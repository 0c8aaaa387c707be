package io.partybranch.common.http;

import java.util.Locale;

/**
 * A business rule a service refuses requests by. Each service lists its rules once, as an enum in
 * its {@code domain/} package implementing this, named by {@code platform.rules.catalogue}; every
 * refusal goes through {@link ProblemException#refused}, and {@link RuleCatalogueInDocument} publishes
 * the list in the service's OpenAPI document, so clients, docs and code share one catalogue.
 */
public interface Rule {

    /** The enum constant's name, which the id is derived from. */
    String name();

    /** Stable kebab-case id, the constant's name (APPLICANT_UNDER_18: applicant-under-18); the problem type is {@code /problems/rule-violation/<id>}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Chinese title for people, the problem's {@code title}. */
    String title();

    /** English description of what the rule requires, for developers. */
    String description();

    default String problemType() {
        return "/problems/rule-violation/" + id();
    }
}
