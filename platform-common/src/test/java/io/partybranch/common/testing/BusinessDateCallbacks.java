package io.partybranch.common.testing;

import io.partybranch.common.time.BusinessCalendar;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;

/** Applies {@link BusinessDate} around each test method of a {@code @QuarkusTest}. */
public class BusinessDateCallbacks implements QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {

    /** The clocks replaced, so nested or repeated use restores exactly what was there. */
    private static final Deque<Clock> REPLACED = new ArrayDeque<>();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        BusinessDate date = annotation(context);
        if (date != null) {
            REPLACED.push(BusinessCalendar.clock());
            BusinessCalendar.useClock(fixedAt(LocalDate.parse(date.value())));
        }
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        if (annotation(context) != null && !REPLACED.isEmpty()) {
            BusinessCalendar.useClock(REPLACED.pop());
        }
    }

    /** A clock stopped at noon of the day in the business zone, far from either midnight. */
    public static Clock fixedAt(LocalDate day) {
        return Clock.fixed(day.atTime(LocalTime.NOON).atZone(BusinessCalendar.ZONE).toInstant(), BusinessCalendar.ZONE);
    }

    private static BusinessDate annotation(QuarkusTestMethodContext context) {
        BusinessDate onMethod = context.getTestMethod().getAnnotation(BusinessDate.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Class<?> type = context.getTestInstance().getClass(); type != null; type = type.getEnclosingClass()) {
            BusinessDate onClass = type.getAnnotation(BusinessDate.class);
            if (onClass != null) {
                return onClass;
            }
        }
        return null;
    }
}
