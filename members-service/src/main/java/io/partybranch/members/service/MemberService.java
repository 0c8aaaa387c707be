package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.Problem;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.common.tree.OrganizationTree;
import io.partybranch.members.domain.CitizenIdNumbers;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.mapping.MemberMapper;
import io.partybranch.members.model.MemberHistoryEntry;
import io.partybranch.members.model.MemberRequest;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.model.MemberUpdateRequest;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.MemberHistory;
import io.partybranch.members.repository.Organization;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
@Transactional
public class MemberService {

    private static final UUID NO_MEMBER = new UUID(0, 0);

    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "fullName", "birthDate", "birthDate", "politicalStatus", "politicalStatus",
            "statusSince", "statusSince", "fullSince", "fullSince", "updatedAt", "updatedAt", "id", "id");

    @Inject
    EventPublisher events;

    @Inject
    OrganizationService organizations;

    @Inject
    CitizenIdProtector citizenIds;

    @Inject
    CallerScope caller;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "platform.security.reveal-citizen-id-roles", defaultValue = "platform-admin")
    List<String> revealRoles;

    public MemberResponse register(MemberRequest request) {
        return persistRegistration(prepareRegistration(request));
    }

    /**
     * Checks a registration completely without writing anything; the import uses it to validate
     * every row before it writes the first one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Member prepareRegistration(MemberRequest request) {
        caller.requireWritable(request.organizationId());
        Organization branch = Organization.findById(request.organizationId());
        if (branch == null) {
            throw ProblemException.invalid("organizationId", "names no existing organisation");
        }
        OrganizationService.checkTakesMembers(branch);
        String citizenId = CitizenIdNumbers.normalize(request.citizenId());
        List<Problem.FieldError> errors = new ArrayList<>();
        checkIdentity(citizenId, request.birthDate(), request.gender(), errors);
        PipelineDates dates = PipelineDates.of(request, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        DevelopmentRules.checkRegistration(request.politicalStatus(), request.birthDate(), dates);
        if (request.partyGroupId() != null) {
            MemberStateService.requireGroupOf(branch.id, request.partyGroupId());
        }
        String hash = citizenIds.hash(citizenId);
        ensureUniqueAmongActive(hash, null);

        Member member = new Member();
        member.id = UUID.randomUUID();
        member.organizationId = branch.id;
        member.fullName = request.fullName().trim();
        member.gender = request.gender();
        member.ethnicity = request.ethnicity();
        member.birthDate = request.birthDate();
        member.citizenIdCipher = citizenIds.encrypt(citizenId);
        member.citizenIdHash = hash;
        member.education = request.education();
        member.jobTitle = request.jobTitle();
        member.phone = request.phone();
        member.politicalStatus = request.politicalStatus();
        member.statusSince = request.statusSince();
        dates.applyTo(member);
        member.membershipState = MembershipState.NORMAL;
        member.stateSince = request.statusSince();
        member.ownUnit = request.ownUnit();
        member.responsibilityZone = request.responsibilityZone();
        member.partyGroupId = request.partyGroupId();
        member.createdAt = BusinessCalendar.now();
        member.updatedAt = member.createdAt;
        return member;
    }

    /** Writes a member prepared (and fully checked) by {@link #prepareRegistration}. */
    public MemberResponse persistRegistration(Member member) {
        ensureUniqueAmongActive(member.citizenIdHash, null);
        member.persistAndFlush();
        MemberHistory.record(member.id, "REGISTERED", null, member.politicalStatus, member.statusSince, null);
        publish(MembersEvents.MEMBER_REGISTERED, member, member.statusSince);
        return toResponse(member);
    }

    /**
     * Writes members prepared (and fully checked) by {@link #prepareRegistration}, all in the caller's
     * transaction: one look-up for every citizen ID at once, then the rows, their history and their
     * events, flushed together so the inserts go to the database in batches.
     */
    public List<UUID> persistRegistrations(List<Member> prepared) {
        List<String> hashes = prepared.stream().map(member -> member.citizenIdHash).toList();
        if (Member.count("citizenIdHash in ?1 and membershipState in ?2", hashes, MembershipState.active()) > 0) {
            throw ProblemException.conflict("citizen-id-registered", "身份证号已登记",
                    "An active member with one of these citizen ID numbers is already registered");
        }
        List<UUID> ids = new ArrayList<>(prepared.size());
        for (Member member : prepared) {
            member.persist();
            MemberHistory.record(member.id, "REGISTERED", null, member.politicalStatus, member.statusSince, null);
            publish(MembersEvents.MEMBER_REGISTERED, member, member.statusSince);
            ids.add(member.id);
        }
        Member.flush();
        return ids;
    }

    public MemberResponse update(UUID id, String ifMatch, MemberUpdateRequest request) {
        Member member = find(id);
        ETags.requireMatch(ifMatch, member.version);
        String citizenId = CitizenIdNumbers.normalize(request.citizenId());
        List<Problem.FieldError> errors = new ArrayList<>();
        checkIdentity(citizenId, request.birthDate(), request.gender(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String hash = citizenIds.hash(citizenId);
        if (!hash.equals(member.citizenIdHash)) {
            ensureUniqueAmongActive(hash, member.id);
            member.citizenIdCipher = citizenIds.encrypt(citizenId);
            member.citizenIdHash = hash;
        }
        List<String> changed = new ArrayList<>();
        if (!request.fullName().trim().equals(member.fullName)) {
            changed.add("fullName");
        }
        if (!request.birthDate().equals(member.birthDate)) {
            changed.add("birthDate");
        }
        member.fullName = request.fullName().trim();
        member.gender = request.gender();
        member.ethnicity = request.ethnicity();
        member.birthDate = request.birthDate();
        member.education = request.education();
        member.jobTitle = request.jobTitle();
        member.phone = request.phone();
        member.ownUnit = request.ownUnit();
        member.responsibilityZone = request.responsibilityZone();
        member.updatedAt = BusinessCalendar.now();
        member.persistAndFlush();
        LocalDate today = BusinessCalendar.today();
        MemberHistory.record(member.id, "UPDATE", null, null, today, changed.isEmpty() ? null : "changed: " + String.join(", ", changed));
        publish(MembersEvents.MEMBER_UPDATED, member, today);
        return toResponse(member);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberResponse get(UUID id) {
        return toResponse(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberHistoryEntry> history(UUID id) {
        find(id);
        return MemberHistory.<MemberHistory>find("memberId", Sort.by("effectiveDate").and("recordedAt"), id)
                .list().stream().map(MemberMapper::toResponse).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<MemberResponse> list(PageQuery page, UUID organizationId, boolean subtree,
            PoliticalStatus status, MembershipState state, String nameContains) {
        return list(page, organizationId, subtree, status, state, nameContains, null);
    }

    public PageResponse<MemberResponse> list(PageQuery page, UUID organizationId, boolean subtree,
            PoliticalStatus status, MembershipState state, String nameContains, OffsetDateTime updatedSince) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (updatedSince != null) {
            where.add("updatedAt > :updatedSince");
            parameters.and("updatedSince", updatedSince);
        }
        if (organizationId != null) {
            organizations.find(organizationId);
            if (subtree) {
                where.add(OrganizationTree.inSubtree("organizationId", "organizations"));
                parameters.and("organizations", organizationId);
            } else {
                where.add("organizationId = :organization");
                parameters.and("organization", organizationId);
            }
        }
        if (status != null) {
            where.add("politicalStatus = :status");
            parameters.and("status", status);
        }
        if (state != null) {
            where.add("membershipState = :state");
            parameters.and("state", state);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            where.add("fullName like :name");
            parameters.and("name", "%" + nameContains.trim().replace("%", "").replace("_", "") + "%");
        }
        PanacheQuery<Member> query = Member.find(String.join(" and ", where), page.panacheSort("fullName", SORTABLE),
                parameters.map()).page(page.panachePage());
        return page.toResponse(query.list().stream().map(this::toResponse).toList(), query.count());
    }

    Member find(UUID id) {
        Member member = Member.findById(id);
        if (member == null) {
            throw ProblemException.notFound("Member", id);
        }
        return member;
    }

    MemberResponse toResponse(Member member) {
        return MemberMapper.toResponse(member, citizenIds.decrypt(member.citizenIdCipher), mayRevealCitizenIds());
    }

    /** Whether this caller sees citizen ID numbers whole (configured roles; everyone else sees them masked). */
    public boolean mayRevealCitizenIds() {
        return revealRoles.stream().anyMatch(caller::hasRole);
    }

    /** Saves a dated change of a member: the row, its history entry and its event, together. */
    MemberResponse recordChange(Member member, String kind, Object from, Object to, LocalDate effective, String details,
            String eventType) {
        member.updatedAt = BusinessCalendar.now();
        member.persistAndFlush();
        MemberHistory.record(member.id, kind, from, to, effective, details);
        publish(eventType, member, effective);
        return toResponse(member);
    }

    void publish(String type, Member member, LocalDate effectiveDate) {
        publish(type, member, effectiveDate, null);
    }

    void publish(String type, Member member, LocalDate effectiveDate, UUID previousBranch) {
        events.publish(type, member.id, member.organizationId, MemberMapper.toEvent(member, effectiveDate, previousBranch));
    }

    /**
     * Across every school, not only the caller's scope: the answer must be the same 409 wherever the
     * other member is, or a school could probe whether someone is a member elsewhere. A native query,
     * so the scope filter does not apply; the unique index stays the final guard for a race
     * ({@link MemberConstraintRefusals}).
     */
    private void ensureUniqueAmongActive(String hash, UUID self) {
        long duplicates = ((Number) entityManager.createNativeQuery("""
                select count(*) from member where citizen_id_hash = :hash and membership_state in (:active)
                and id <> :self""")
                .setParameter("hash", hash)
                .setParameter("active", MembershipState.active().stream().map(Enum::name).toList())
                .setParameter("self", self == null ? NO_MEMBER : self)
                .getSingleResult()).longValue();
        if (duplicates > 0) {
            throw MemberConstraintRefusals.citizenIdRegistered();
        }
    }

    private static void checkIdentity(String citizenId, LocalDate birthDate, Gender gender, List<Problem.FieldError> errors) {
        String problem = CitizenIdNumbers.problem(citizenId);
        if (problem != null) {
            errors.add(new Problem.FieldError("citizenId", problem));
            return;
        }
        if (birthDate != null && !birthDate.equals(CitizenIdNumbers.birthDate(citizenId))) {
            errors.add(new Problem.FieldError("birthDate", "does not match the birth date in citizenId"));
        }
        if (gender != null && gender != CitizenIdNumbers.gender(citizenId)) {
            errors.add(new Problem.FieldError("gender", "does not match the gender digit of citizenId"));
        }
    }
}
