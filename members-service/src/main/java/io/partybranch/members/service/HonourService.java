package io.partybranch.members.service;

import io.partybranch.common.events.EventPublisher;
import io.partybranch.common.http.PageQuery;
import io.partybranch.common.http.PageResponse;
import io.partybranch.common.http.ProblemException;
import io.partybranch.common.security.CallerScope;
import io.partybranch.common.time.BusinessCalendar;
import io.partybranch.members.domain.MembersRule;
import io.partybranch.members.domain.OrganizationType;
import io.partybranch.members.events.MembersEvents;
import io.partybranch.members.model.HonourModels.HonourRequest;
import io.partybranch.members.model.HonourModels.HonourResponse;
import io.partybranch.members.repository.Honour;
import io.partybranch.members.repository.Member;
import io.partybranch.members.repository.Organization;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class HonourService {

    private static final Map<String, String> SORTABLE = Map.of("year", "year", "level", "level", "title", "title", "id", "id");

    @Inject
    EventPublisher events;

    @Inject
    CallerScope caller;

    public HonourResponse record(HonourRequest request) {
        if ((request.memberId() == null) == (request.organizationId() == null)) {
            throw ProblemException.invalid("memberId", "give exactly one of memberId and organizationId");
        }
        if (request.year() > BusinessCalendar.today().getYear()) {
            throw ProblemException.invalid("year", "cannot be in the future");
        }
        UUID branchKey;
        if (request.memberId() != null) {
            Member member = Member.findById(request.memberId());
            if (member == null) {
                throw ProblemException.invalid("memberId", "names no existing member");
            }
            caller.requireWritable(member.organizationId);
            branchKey = member.organizationId;
        } else {
            if (Honour.SANCTION.equals(request.kind())) {
                throw ProblemException.refused(MembersRule.SANCTION_FOR_MEMBERS_ONLY,
                        "Sanctions are recorded for members; organisations receive honours only");
            }
            caller.requireWritable(request.organizationId());
            Organization organization = Organization.findById(request.organizationId());
            if (organization == null) {
                throw ProblemException.invalid("organizationId", "names no existing organisation");
            }
            branchKey = organization.type == OrganizationType.PARTY_GROUP ? organization.parentId : organization.id;
        }
        Honour honour = new Honour();
        honour.id = UUID.randomUUID();
        honour.memberId = request.memberId();
        honour.organizationId = request.organizationId();
        honour.kind = request.kind();
        honour.title = request.title().trim();
        honour.level = request.level();
        honour.year = request.year();
        honour.awardedBy = request.awardedBy();
        honour.awardedOn = request.awardedOn();
        honour.createdAt = BusinessCalendar.now();
        honour.branchId = branchKey;
        honour.persistAndFlush();
        HonourResponse response = toResponse(honour);
        events.publish(Honour.SANCTION.equals(honour.kind) ? MembersEvents.SANCTION_RECORDED : MembersEvents.HONOUR_AWARDED,
                honour.id, branchKey, response);
        return response;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HonourResponse get(UUID id) {
        Honour honour = Honour.findById(id);
        if (honour == null) {
            throw ProblemException.notFound("Honour", id);
        }
        return toResponse(honour);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<HonourResponse> list(PageQuery page, UUID memberId, UUID organizationId, Integer year, String kind) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (memberId != null) {
            where.add("memberId = :member");
            parameters.and("member", memberId);
        }
        if (organizationId != null) {
            where.add("organizationId = :organization");
            parameters.and("organization", organizationId);
        }
        if (year != null) {
            where.add("year = :year");
            parameters.and("year", year);
        }
        if (kind != null) {
            where.add("kind = :kind");
            parameters.and("kind", kind);
        }
        PanacheQuery<Honour> query = Honour.find(String.join(" and ", where), page.panacheSort("year", SORTABLE),
                parameters.map()).page(page.panachePage());
        return page.toResponse(query.list().stream().map(HonourService::toResponse).toList(), query.count());
    }

    static HonourResponse toResponse(Honour h) {
        return new HonourResponse(h.id, h.memberId, h.organizationId, h.kind, h.title, h.level, h.level.label(), h.year,
                h.awardedBy, h.awardedOn);
    }
}
