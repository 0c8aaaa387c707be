package io.partybranch.reporting.domain;

import java.time.Duration;

/** Exponential backoff: the first wait after one failure, doubling, never above the maximum. */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int failures, Duration initial, Duration max) {
        if (failures <= 1) {
            return initial.compareTo(max) > 0 ? max : initial;
        }
        int doublings = Math.min(failures - 1, 40);
        long millis = initial.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
