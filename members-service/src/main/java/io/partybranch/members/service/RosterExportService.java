package io.partybranch.members.service;

import io.partybranch.common.tree.OrganizationTree;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.mapping.RosterWorkbookWriter;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The roster workbooks a branch downloads: the blank template, and its active members. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RosterExportService {

    @Inject
    MemberService members;

    @Inject
    OrganizationService organizations;

    @Inject
    CitizenIdProtector citizenIds;

    public byte[] template(UUID organizationId) {
        organizations.find(organizationId);
        return RosterWorkbookWriter.template();
    }

    /** Active members of the organisation (or its whole subtree), by organisation and name, with personal data masked. */
    public byte[] export(UUID organizationId, boolean subtree) {
        organizations.find(organizationId);
        Map<UUID, String> names = Organization.<Organization>list(subtree ? OrganizationTree.inSubtree("id", "root") : "id = :root",
                Parameters.with("root", organizationId))
                .stream().collect(Collectors.toMap(o -> o.id, o -> o.name));
        Collator chinese = Collator.getInstance(Locale.CHINA);
        String rosterOf = subtree ? OrganizationTree.inSubtree("organizationId", "root") : "organizationId = :root";
        List<Member> roster = Member.<Member>list(rosterOf + " and membershipState in :states",
                Parameters.with("root", organizationId).and("states", MembershipState.active()))
                .stream()
                .sorted(Comparator.comparing((Member m) -> names.get(m.organizationId), chinese)
                        .thenComparing(m -> m.fullName, chinese)
                        .thenComparing(m -> m.id))
                .toList();
        return RosterWorkbookWriter.export(roster, names, member -> citizenIds.decrypt(member.citizenIdCipher),
                members.mayRevealCitizenIds());
    }
}
