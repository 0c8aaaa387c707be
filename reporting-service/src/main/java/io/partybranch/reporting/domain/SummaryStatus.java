package io.partybranch.reporting.domain;

/** Where a branch's work summary stands: written as a DRAFT, SUBMITTED up, then ACCEPTED or RETURNED (to be edited and resubmitted). */
public enum SummaryStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
