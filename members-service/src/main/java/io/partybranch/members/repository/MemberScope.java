package io.partybranch.members.repository;

import io.partybranch.common.security.ScopeFilter;

/** Records of a member (dues, development steps) travel with the member: whoever may see the member sees them all. */
final class MemberScope {

    static final String OF_MEMBER = "{alias}.member_id in (select m.id from member m where m.organization_id"
            + ScopeFilter.VISIBLE + ")";

    private MemberScope() {
    }
}
