package io.partybranch.reporting;

import io.partybranch.common.testing.EventFixtures;

/** The shared event fixtures under their earlier name here; new tests use {@link EventFixtures} directly. */
public final class TestEvents extends EventFixtures {
}
