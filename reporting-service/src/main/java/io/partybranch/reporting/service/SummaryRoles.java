package io.partybranch.reporting.service;

import io.partybranch.common.security.CallerScope;
import io.partybranch.common.security.Roles;
import io.partybranch.common.tree.OrganizationTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Who may do what with work summaries, on top of the scope filter (which already hides what a caller
 * may not see): a school writes and submits its own branches'; a bureau, or a school caller over an
 * organisation above the branch (a general branch, a school's committee), reviews them and sets
 * deadlines; auditors only read; platform administrators may do everything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryRoles {

    @Inject
    CallerScope caller;

    @Inject
    OrganizationTree tree;

    public void requireWriter() {
        if (!caller.unrestricted() && !caller.hasRole(Roles.SCHOOL)) {
            throw CallerScope.forbidden(
                    "A branch's own school writes and submits its work summary; a " + caller.role() + " may only read or review it");
        }
    }

    /** A reviewer of a branch's summary (or a setter of deadlines for the branches under an organisation). */
    public void requireSuperiorOf(UUID organizationId, String what) {
        if (caller.unrestricted() || caller.hasRole(Roles.BUREAU) && caller.canSee(organizationId)) {
            return;
        }
        if (caller.hasRole(Roles.SCHOOL)) {
            for (UUID root : caller.roots()) {
                if (!root.equals(organizationId) && tree.inSubtreeOf(organizationId, root)) {
                    return;
                }
            }
        }
        throw CallerScope.forbidden("Only a bureau, or an organisation above " + organizationId + ", may " + what);
    }

    public String subject() {
        return caller.subject();
    }

    public String role() {
        return caller.role();
    }
}
