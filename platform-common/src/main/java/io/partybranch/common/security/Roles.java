package io.partybranch.common.security;

import java.util.Set;

/** The kinds of caller (the token's {@code groups} claim). */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    /** A district bureau: its districts' organisations and everything under them. */
    public static final String BUREAU = "bureau";
    /** A school portal: one organisation subtree. */
    public static final String SCHOOL = "school";
    /** Read-only over a scope. */
    public static final String AUDITOR = "auditor";

    public static final Set<String> WRITERS = Set.of(PLATFORM_ADMIN, BUREAU, SCHOOL);
    public static final Set<String> ALL = Set.of(PLATFORM_ADMIN, BUREAU, SCHOOL, AUDITOR);

    /** Claims carrying the scope: district codes and organisation ids whose subtrees are visible. */
    public static final String DISTRICTS_CLAIM = "districts";
    public static final String ORGANIZATIONS_CLAIM = "organizations";

    private Roles() {
    }
}
