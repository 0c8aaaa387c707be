package io.partybranch.reporting.service;

import io.partybranch.common.persistence.BulkSql;
import io.partybranch.common.tree.OrganizationTree;
import io.partybranch.reporting.events.IncomingContracts.OrganizationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * The organisation tree as members-service announces it. When an organisation appears under a
 * parent or moves, the closure table follows and every per-ancestor aggregate moves with it, so a
 * district's figures are right whichever arrived first: the branch's facts or the branch itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OrganizationApplier {

    @Inject
    BulkSql sql;

    @Inject
    OrganizationTree tree;

    @Inject
    Rollups rollups;

    public void apply(OrganizationState state, OffsetDateTime eventTime, Rollups.Deltas deltas) {
        int applied = sql.update(
                """
                        insert into organization_view (id, name, type, parent_id, district_code, version, last_event_at) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set name = excluded.name, type = excluded.type, parent_id = excluded.parent_id,
                            district_code = excluded.district_code, version = excluded.version,
                            last_event_at = greatest(organization_view.last_event_at, excluded.last_event_at)
                        where organization_view.version <= excluded.version""",
                state.id(), state.name(), state.type(), state.parentId(), state.districtCode(), state.version(), eventTime);
        if (applied == 0) {
            return;
        }
        // Deltas already collected for this batch are written after the tree changes, to the ancestors the tree then has.
        rollups.rehome(tree.placed(state.id()));
        deltas.touched(state.id(), eventTime);
    }
}
