package io.partybranch.activities.rest;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;

/** Tests of records against a roster: each test method gets its own {@link BranchOnRoster}, applied before it starts. */
abstract class OnAFreshBranch {

    @Inject
    EntityManager entityManager;

    BranchOnRoster roster;

    @BeforeEach
    void aBranchAsMembersServiceDescribesIt() {
        roster = BranchOnRoster.announce(entityManager);
    }
}
