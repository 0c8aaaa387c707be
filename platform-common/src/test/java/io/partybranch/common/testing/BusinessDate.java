package io.partybranch.common.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stops the business clock at noon (Asia/Shanghai) of the given ISO date while the annotated test
 * method, or every test method of the annotated class, runs in a {@code @QuarkusTest}; the clock the
 * application had before (the system's, or the one configuration moved) is put back afterwards.
 * For tests whose expectation is a fact about one day: a letter still valid, a standing of n years.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BusinessDate {
    String value();
}
