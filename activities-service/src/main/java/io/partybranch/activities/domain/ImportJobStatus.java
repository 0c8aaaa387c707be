package io.partybranch.activities.domain;

/** Where an import job stands; SUCCEEDED and FAILED are final. */
public enum ImportJobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
