package io.partybranch.common.audit;

import java.util.UUID;

/** An entity whose every insert, update and delete is written to the audit trail. */
public interface Audited {

    /** The organisation the change concerns, by which admins and auditors look the trail up. */
    UUID auditOrganization();
}
