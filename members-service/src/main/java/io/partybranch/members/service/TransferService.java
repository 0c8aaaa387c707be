package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.ETags;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.MemberResponse;
import io.partybranch.members.model.TransferModels.Decision;
import io.partybranch.members.model.TransferModels.IncomingTransferRequest;
import io.partybranch.members.model.TransferModels.TransferRequest;
import io.partybranch.members.model.TransferModels.TransferResponse;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.MemberHistory;
import io.partybranch.members.repository.Organization;
import io.partybranch.members.repository.Transfer;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Transfers: the sending branch stays responsible until the receiving side confirms; only then
 * does the member belong to the new branch. Expired or rejected letters leave the member where
 * they were. Time already served in the pipeline keeps counting, since its dates travel with the member.
 */
@ApplicationScoped
@Transactional
public class TransferService {

    static final int LETTER_MONTHS = 3;
    static final int LETTER_MONTHS_ACROSS_PROVINCES = 6;
    private static final Map<String, String> SORTABLE = Map.of("issuedOn", "issuedOn", "validUntil", "validUntil", "id", "id");

    @Inject
    EventPublisher events;

    @Inject
    MemberService members;

    @Inject
    CallerScope caller;

    public TransferResponse issue(TransferRequest request) {
        Member member = members.find(request.memberId());
        caller.requireWritable(member.organizationId);
        if (member.membershipState != MembershipState.NORMAL) {
            throw ProblemException.refused(MembersRule.MEMBER_NOT_ACTIVE,
                    "Only a member in NORMAL standing can be transferred; this one is " + member.membershipState);
        }
        if ((request.toBranchId() == null) == (request.externalUnit() == null || request.externalUnit().isBlank())) {
            throw ProblemException.invalid("toBranchId", "give either toBranchId (a branch on this platform) or externalUnit, not both");
        }
        LocalDate today = BusinessCalendar.today();
        boolean open = Transfer.<Transfer>list("memberId = ?1 and status = ?2", member.id, Transfer.ISSUED).stream()
                .anyMatch(t -> !t.validUntil.isBefore(today));
        if (open) {
            throw ProblemException.refused(MembersRule.TRANSFER_ALREADY_OPEN,
                    "The member already has an issued letter that is still valid; reject it or let it expire first");
        }
        Organization from = Organization.findById(member.organizationId);
        boolean acrossProvinces;
        if (request.toBranchId() != null) {
            // The destination is usually another school's branch, outside the sender's scope.
            Organization to = caller.unscoped(() -> Organization.<Organization>findById(request.toBranchId()));
            if (to == null) {
                throw ProblemException.invalid("toBranchId", "names no existing organisation");
            }
            if (!to.type.isBranch() || to.closedOn != null) {
                throw ProblemException.refused(MembersRule.TRANSFER_TO_BRANCH,
                        "A member can only be transferred to an open BRANCH or JOINT_BRANCH");
            }
            if (to.id.equals(member.organizationId)) {
                throw ProblemException.refused(MembersRule.TRANSFER_SAME_BRANCH, "The member already belongs to that branch");
            }
            acrossProvinces = !to.districtCode.substring(0, 2).equals(from.districtCode.substring(0, 2));
        } else {
            acrossProvinces = Boolean.TRUE.equals(request.acrossProvinces());
        }
        Transfer transfer = new Transfer();
        transfer.id = UUID.randomUUID();
        transfer.memberId = member.id;
        transfer.direction = Transfer.OUT;
        transfer.fromBranchId = member.organizationId;
        transfer.toBranchId = request.toBranchId();
        transfer.externalUnit = request.externalUnit();
        transfer.acrossProvinces = acrossProvinces;
        transfer.issuedOn = request.issuedOn();
        transfer.validUntil = request.issuedOn().plusMonths(acrossProvinces ? LETTER_MONTHS_ACROSS_PROVINCES : LETTER_MONTHS);
        transfer.status = Transfer.ISSUED;
        transfer.createdAt = BusinessCalendar.now();
        transfer.persistAndFlush();
        TransferResponse response = toResponse(transfer);
        events.publish(MembersEvents.TRANSFER_ISSUED, transfer.id, transfer.fromBranchId, response);
        return response;
    }

    public TransferResponse confirm(UUID id, String ifMatch, Decision decision) {
        Transfer transfer = findIssued(id, ifMatch, decision.decidedOn());
        if (decision.decidedOn().isAfter(transfer.validUntil)) {
            throw ProblemException.refused(MembersRule.TRANSFER_LETTER_EXPIRED,
                    "The letter was valid until " + transfer.validUntil + "; issue a new one");
        }
        if (transfer.toBranchId != null) {
            caller.requireWritable(transfer.toBranchId);
        }
        // The receiving branch confirms for a member it cannot see yet: that is the point of the step.
        Member member = caller.unscoped(() -> members.find(transfer.memberId));
        UUID previousBranch = member.organizationId;
        if (transfer.toBranchId != null) {
            member.organizationId = transfer.toBranchId;
            member.partyGroupId = null;
        } else {
            member.membershipState = MembershipState.TRANSFERRED_OUT;
            member.stateSince = decision.decidedOn();
        }
        member.updatedAt = BusinessCalendar.now();
        member.persistAndFlush();
        transfer.status = Transfer.CONFIRMED;
        transfer.decidedOn = decision.decidedOn();
        transfer.reason = decision.reason();
        transfer.persistAndFlush();
        MemberHistory.record(member.id, "TRANSFER", previousBranch,
                transfer.toBranchId != null ? transfer.toBranchId : transfer.externalUnit, decision.decidedOn(), "transfer " + transfer.id);
        // Keyed by the new branch, so the data names the branch left: a reader may see this before the member's earlier events.
        members.publish(MembersEvents.MEMBER_TRANSFERRED, member, decision.decidedOn(), previousBranch);
        return toResponse(transfer);
    }

    public TransferResponse reject(UUID id, String ifMatch, Decision decision) {
        Transfer transfer = findIssued(id, ifMatch, decision.decidedOn());
        transfer.status = Transfer.REJECTED;
        transfer.decidedOn = decision.decidedOn();
        transfer.reason = decision.reason();
        transfer.persistAndFlush();
        TransferResponse response = toResponse(transfer);
        events.publish(MembersEvents.TRANSFER_REJECTED, transfer.id, transfer.fromBranchId, response);
        return response;
    }

    /** A member arriving from outside the platform: registered in the receiving branch, with the letter kept. */
    public MemberResponse receiveFromOutside(IncomingTransferRequest request) {
        if (request.receivedOn().isBefore(request.letterIssuedOn())) {
            throw ProblemException.invalid("receivedOn", "cannot be before letterIssuedOn");
        }
        boolean acrossProvinces = Boolean.TRUE.equals(request.acrossProvinces());
        LocalDate validUntil = request.letterIssuedOn().plusMonths(acrossProvinces ? LETTER_MONTHS_ACROSS_PROVINCES : LETTER_MONTHS);
        if (request.receivedOn().isAfter(validUntil)) {
            throw ProblemException.refused(MembersRule.TRANSFER_LETTER_EXPIRED,
                    "The letter was valid until " + validUntil + "; the sending unit must issue a new one");
        }
        Member member = members.prepareRegistration(request.member());
        MemberResponse registered = members.persistRegistration(member);
        Transfer transfer = new Transfer();
        transfer.id = UUID.randomUUID();
        transfer.memberId = member.id;
        transfer.direction = Transfer.IN_EXTERNAL;
        transfer.toBranchId = member.organizationId;
        transfer.externalUnit = request.fromUnit();
        transfer.acrossProvinces = acrossProvinces;
        transfer.issuedOn = request.letterIssuedOn();
        transfer.validUntil = validUntil;
        transfer.status = Transfer.CONFIRMED;
        transfer.decidedOn = request.receivedOn();
        transfer.createdAt = BusinessCalendar.now();
        transfer.persist();
        MemberHistory.record(member.id, "TRANSFER", request.fromUnit(), member.organizationId, request.receivedOn(),
                "transfer " + transfer.id + " from outside the platform");
        members.publish(MembersEvents.MEMBER_TRANSFERRED, member, request.receivedOn());
        return registered;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TransferResponse get(UUID id) {
        return toResponse(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TransferResponse> list(PageQuery page, UUID branchId, UUID memberId, String status) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (branchId != null) {
            where.add("(fromBranchId = :branch or toBranchId = :branch)");
            parameters.and("branch", branchId);
        }
        if (memberId != null) {
            where.add("memberId = :member");
            parameters.and("member", memberId);
        }
        LocalDate today = BusinessCalendar.today();
        if (status != null) {
            switch (status) {
                case Transfer.EXPIRED -> where.add("status = 'ISSUED' and validUntil < :today");
                case Transfer.ISSUED -> where.add("status = 'ISSUED' and validUntil >= :today");
                case Transfer.CONFIRMED, Transfer.REJECTED -> where.add("status = '" + status + "'");
                default -> throw ProblemException.invalid("status", "must be one of ISSUED, CONFIRMED, REJECTED, EXPIRED");
            }
            if (status.equals(Transfer.EXPIRED) || status.equals(Transfer.ISSUED)) {
                parameters.and("today", today);
            }
        }
        PanacheQuery<Transfer> query = Transfer.find(String.join(" and ", where), page.panacheSort("issuedOn", SORTABLE),
                parameters.map()).page(page.panachePage());
        return page.toResponse(query.list().stream().map(TransferService::toResponse).toList(), query.count());
    }

    private Transfer findIssued(UUID id, String ifMatch, LocalDate decidedOn) {
        Transfer transfer = find(id);
        ETags.requireMatch(ifMatch, transfer.version);
        String status = transfer.effectiveStatus(BusinessCalendar.today());
        if (!Transfer.ISSUED.equals(status) && !Transfer.EXPIRED.equals(status)) {
            throw ProblemException.refused(MembersRule.TRANSFER_ALREADY_DECIDED, "The transfer is already " + status);
        }
        DevelopmentRules.checkNotBefore(decidedOn, transfer.issuedOn, "the letter's issue date");
        return transfer;
    }

    private static Transfer find(UUID id) {
        Transfer transfer = Transfer.findById(id);
        if (transfer == null) {
            throw ProblemException.notFound("Transfer", id);
        }
        return transfer;
    }

    static TransferResponse toResponse(Transfer t) {
        String status = t.effectiveStatus(BusinessCalendar.today());
        String label = switch (status) {
            case Transfer.ISSUED -> "已开具";
            case Transfer.CONFIRMED -> "已回执";
            case Transfer.REJECTED -> "已退回";
            default -> "已过期";
        };
        return new TransferResponse(t.id, t.memberId, t.direction, t.fromBranchId, t.toBranchId, t.externalUnit,
                t.acrossProvinces, t.issuedOn, t.validUntil, status, label, t.decidedOn, t.reason, t.version);
    }
}
