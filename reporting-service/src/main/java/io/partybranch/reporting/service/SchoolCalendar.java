package io.partybranch.reporting.service;

import io.partybranch.reporting.config.CalendarConfig;
import io.partybranch.reporting.domain.Period;
import io.partybranch.reporting.repository.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/** Turns a period asked about an organisation into dates, with its district's own semester dates where set. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SchoolCalendar {

    @Inject
    CalendarConfig config;

    public Period period(UUID organizationId, String period, LocalDate from, LocalDate to) {
        Period parsed = Period.parse(period, from, to);
        if (period == null || !period.matches("\\d{4}-S[12]")) {
            return parsed;
        }
        // An organisation outside the caller's scope is not found here either; the service answers 404 for it.
        OrganizationView organization = OrganizationView.findById(organizationId);
        Map<String, String> years = organization == null ? null : config.semesters().get(organization.districtCode);
        String dates = years == null ? null : years.get(period.substring(0, 4));
        return dates == null ? parsed : semester(dates, period.endsWith("1") ? 0 : 1, parsed.label());
    }

    static Period semester(String configured, int which, String label) {
        String[] semesters = configured.split(",");
        String[] range = semesters.length == 2 ? semesters[which].trim().split("\\.\\.") : new String[0];
        try {
            if (range.length == 2) {
                LocalDate from = LocalDate.parse(range[0].trim());
                LocalDate to = LocalDate.parse(range[1].trim());
                if (!to.isBefore(from)) {
                    return new Period(from, to, label);
                }
            }
        } catch (DateTimeParseException ignored) {
            // reported below, with the value
        }
        throw new IllegalStateException("reporting.calendar.semesters holds '" + configured
                + "'; expected two ranges like 2025-08-25..2026-01-23,2026-02-16..2026-07-03");
    }
}
