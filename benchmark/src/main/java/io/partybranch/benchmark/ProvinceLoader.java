package io.partybranch.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Loads a {@link Province} through the public API, as bureaus and schools would: organisations one by
 * one, members and held activities through the bulk endpoints (each item checked as a single call is,
 * each with its own event), then committees, honours, evaluations with trust ballots, transfers and
 * changes of standing. Everything reporting shows of it therefore came through the outbox and the topics.
 */
public final class ProvinceLoader {

    /** What was created, by the ids the API gave. */
    public record Loaded(UUID province, List<LoadedDistrict> districts) {
        public List<LoadedBranch> branches() {
            return districts.stream().flatMap(d -> d.branches().stream()).toList();
        }
    }

    public record LoadedDistrict(String code, UUID committee, List<LoadedBranch> branches) {
    }

    public record LoadedBranch(UUID id, List<UUID> groups, List<LoadedPerson> people, List<UUID> committee) {
    }

    public record LoadedPerson(UUID id, Province.Person plan) {
    }

    private static final int MEMBERS_PER_REQUEST = 480;
    private static final int ACTIVITIES_PER_REQUEST = 100;

    private final Api api;
    private final Database database;
    private final int clients;
    private final Consumer<String> log;

    public ProvinceLoader(Api api, Database database, int clients, Consumer<String> log) {
        this.api = api;
        this.database = database;
        this.clients = clients;
        this.log = log;
    }

    public Loaded load(Province province) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            UUID root = id(api.post("/api/v1/organizations", Map.of("name", "某省教育工委", "type", "ORG_PARTY_COMMITTEE",
                    "districtCode", Province.PROVINCE_CODE)));
            Map<Province.District, UUID> committees = all(pool, province.districts(), district -> id(api.post("/api/v1/organizations",
                    Map.of("name", district.name(), "type", "ORG_PARTY_COMMITTEE", "districtCode", district.code(), "parentId", root))));
            List<Object[]> schools = new ArrayList<>();
            province.districts().forEach(d -> d.schools().forEach(s -> schools.add(new Object[]{d, s})));
            Map<Object[], UUID> parents = all(pool, schools, pair -> {
                Province.District district = (Province.District) pair[0];
                Province.School school = (Province.School) pair[1];
                return school.general()
                        ? id(api.post("/api/v1/organizations", Map.of("name", school.name() + "党总支", "type", "GENERAL_BRANCH",
                                "districtCode", district.code(), "parentId", committees.get(district))))
                        : committees.get(district);
            });
            List<Object[]> branchPlans = new ArrayList<>();
            schools.forEach(pair -> ((Province.School) pair[1]).branches().forEach(b -> branchPlans.add(new Object[]{pair[0], pair[1], b,
                    parents.get(pair)})));
            Map<Object[], UUID> branchIds = all(pool, branchPlans, plan -> id(api.post("/api/v1/organizations", Map.of(
                    "name", ((Province.School) plan[1]).name() + ((Province.Branch) plan[2]).name(), "type", "BRANCH",
                    "districtCode", ((Province.District) plan[0]).code(), "parentId", plan[3]))));
            Map<Object[], List<UUID>> groups = all(pool, branchPlans, plan -> {
                List<UUID> ids = new ArrayList<>();
                for (int g = 0; g < ((Province.Branch) plan[2]).groups(); g++) {
                    ids.add(id(api.post("/api/v1/organizations", Map.of("name", "第" + (g + 1) + "党小组", "type", "PARTY_GROUP",
                            "districtCode", ((Province.District) plan[0]).code(), "parentId", branchIds.get(plan)))));
                }
                return ids;
            });
            log.accept(String.format("organisations: %d in %d s", 1 + committees.size() + branchIds.size() * 2, seconds(started)));

            long members = System.nanoTime();
            Map<Object[], List<LoadedPerson>> people = registerPeople(pool, branchPlans, branchIds, groups);
            log.accept(String.format("members: %d in %d s", province.people(), seconds(members)));

            Map<Province.District, List<LoadedBranch>> byDistrict = new LinkedHashMap<>();
            province.districts().forEach(d -> byDistrict.put(d, new ArrayList<>()));
            Random random = new Random(7);
            Map<Object[], LocalDate> elected = new HashMap<>();
            branchPlans.forEach(plan -> elected.put(plan, LocalDate.of(2023, 9, 1).plusDays(random.nextInt(700))));
            Map<Object[], List<UUID>> committeeSeats = all(pool, branchPlans,
                    plan -> elect(branchIds.get(plan), people.get(plan), elected.get(plan)));
            for (Object[] plan : branchPlans) {
                byDistrict.get((Province.District) plan[0]).add(new LoadedBranch(branchIds.get(plan), groups.get(plan), people.get(plan),
                        committeeSeats.get(plan)));
            }
            Loaded loaded = new Loaded(root, province.districts().stream()
                    .map(d -> new LoadedDistrict(d.code(), committees.get(d), byDistrict.get(d))).toList());
            database.awaitRosterCopy();

            long activities = System.nanoTime();
            List<List<Map<String, Object>>> requests = new ArrayList<>();
            List<Map<String, Object>> pending = new ArrayList<>();
            int count = 0;
            for (LoadedBranch branch : loaded.branches()) {
                for (Map<String, Object> activity : ActivityPlan.of(branch, new Random(branch.id().getMostSignificantBits()))) {
                    pending.add(activity);
                    count++;
                    if (pending.size() == ACTIVITIES_PER_REQUEST) {
                        requests.add(pending);
                        pending = new ArrayList<>();
                    }
                }
            }
            if (!pending.isEmpty()) {
                requests.add(pending);
            }
            all(pool, requests, batch -> api.post("/api/v1/activities/held", Map.of("activities", batch)));
            log.accept(String.format("held activities: %d in %d s", count, seconds(activities)));

            long rest = System.nanoTime();
            all(pool, loaded.branches(), branch -> {
                recognise(branch, new Random(branch.id().getLeastSignificantBits()));
                return null;
            });
            all(pool, loaded.districts(), district -> {
                moveAndChange(district, new Random(district.code().hashCode()));
                return null;
            });
            log.accept(String.format("honours, evaluations, transfers, changes of standing in %d s", seconds(rest)));
            return loaded;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<Object[], List<LoadedPerson>> registerPeople(ExecutorService pool, List<Object[]> branchPlans,
            Map<Object[], UUID> branchIds,
            Map<Object[], List<UUID>> groups) {
        List<List<Object[]>> chunks = new ArrayList<>();
        List<Object[]> chunk = new ArrayList<>();
        int size = 0;
        for (Object[] plan : branchPlans) {
            int people = ((Province.Branch) plan[2]).people().size();
            if (size + people > MEMBERS_PER_REQUEST && !chunk.isEmpty()) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(plan);
            size += people;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        Map<Object[], List<LoadedPerson>> registered = new ConcurrentHashMap<>();
        all(pool, chunks, plans -> {
            List<Map<String, Object>> bodies = new ArrayList<>();
            List<Province.Person> order = new ArrayList<>();
            for (Object[] plan : plans) {
                for (Province.Person person : ((Province.Branch) plan[2]).people()) {
                    bodies.add(registration(branchIds.get(plan), person, person.group() < 0 ? null : groups.get(plan).get(person.group())));
                    order.add(person);
                }
            }
            JsonNode answer = api.post("/api/v1/members/batch", Map.of("members", bodies));
            int i = 0;
            for (Object[] plan : plans) {
                List<LoadedPerson> people = new ArrayList<>();
                for (Province.Person ignored : ((Province.Branch) plan[2]).people()) {
                    people.add(new LoadedPerson(UUID.fromString(answer.get("memberIds").get(i).asText()), order.get(i)));
                    i++;
                }
                registered.put(plan, people);
            }
            return null;
        });
        return registered;
    }

    private static Map<String, Object> registration(UUID branch, Province.Person p, UUID group) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", branch, "fullName", p.name(), "gender", p.gender(),
                "birthDate", p.birthDate(), "citizenId", p.citizenId(), "education", p.education(), "politicalStatus", p.status(),
                "statusSince", p.statusSince(), "ethnicity", "汉族"));
        putIfSet(body, "appliedOn", p.appliedOn());
        putIfSet(body, "activistSince", p.activistSince());
        putIfSet(body, "candidateSince", p.candidateSince());
        if (p.joinedOn() != null) {
            body.put("joinedOn", p.joinedOn());
        }
        putIfSet(body, "ownUnit", p.ownUnit());
        putIfSet(body, "partyGroupId", group);
        return body;
    }

    private static void putIfSet(Map<String, Object> body, String field, Object value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    /** A committee of five full members who were full on election day: secretary, organisation, propaganda, discipline, youth. */
    private List<UUID> elect(UUID branch, List<LoadedPerson> people, LocalDate on) {
        List<String> posts = List.of("SECRETARY", "ORGANIZATION", "PROPAGANDA", "DISCIPLINE", "YOUTH");
        List<Map<String, Object>> seats = new ArrayList<>();
        List<UUID> members = new ArrayList<>();
        for (LoadedPerson person : people) {
            if (seats.size() < posts.size() && person.plan().fullSince() != null && person.plan().fullSince().isBefore(on)) {
                seats.add(Map.of("memberId", person.id(), "posts", List.of(posts.get(seats.size()))));
                members.add(person.id());
            }
        }
        api.post("/api/v1/committees", Map.of("branchId", branch, "electedOn", on, "termYears", 3, "members", seats));
        return members;
    }

    /** Honours of the branch and two members, now and then a sanction; the branch's democratic evaluation with trust ballots. */
    private void recognise(LoadedBranch branch, Random random) {
        String[] levels = {"SCHOOL", "DISTRICT", "CITY", "PROVINCE"};
        api.post("/api/v1/honours", Map.of("organizationId", branch.id(), "kind", "HONOUR", "title", "先进基层党组织",
                "level", levels[random.nextInt(levels.length)], "year", 2025, "awardedOn", LocalDate.of(2025, 12, 20)));
        for (int i = 0; i < 2; i++) {
            LoadedPerson person = branch.people().get(random.nextInt(10));
            api.post("/api/v1/honours", Map.of("memberId", person.id(), "kind", "HONOUR", "title", "优秀共产党员",
                    "level", levels[random.nextInt(levels.length)], "year", 2026, "awardedOn", LocalDate.of(2026, 6, 28)));
        }
        if (random.nextInt(20) == 0) {
            api.post("/api/v1/honours", Map.of("memberId", branch.people().get(12).id(), "kind", "SANCTION", "title", "警告",
                    "level", "SCHOOL", "year", 2026, "awardedOn", LocalDate.of(2026, 3, 15)));
        }
        LocalDate heldOn = ActivityPlan.evaluationDay();
        List<Map<String, Object>> grades = new ArrayList<>();
        List<LoadedPerson> party = branch.people().stream().filter(p -> p.plan().partyMemberOn(heldOn)).toList();
        for (int i = 0; i < party.size(); i++) {
            String grade = i < party.size() / 4
                    ? "EXCELLENT"
                    : i == party.size() - 1 && random.nextBoolean() ? "BASICALLY_QUALIFIED" : "QUALIFIED";
            grades.add(Map.of("memberId", party.get(i).id(), "grade", grade));
        }
        JsonNode evaluation = api.post("/api/v1/evaluations", Map.of("branchId", branch.id(), "period", "2025学年", "heldOn", heldOn,
                "grades", grades));
        List<Map<String, Object>> ballots = new ArrayList<>();
        for (UUID seat : branch.committee()) {
            ballots.add(Map.of("memberId", seat, "ballots", party.size(), "trusted", party.size() - random.nextInt(3)));
        }
        api.act("/api/v1/evaluations/" + evaluation.get("id").asText() + "/trust-ballots", Map.of("results", ballots));
    }

    /** A few members per district move to another branch of it; a few are suspended, retained or leave. */
    private void moveAndChange(LoadedDistrict district, Random random) {
        List<LoadedBranch> branches = district.branches();
        if (branches.size() < 2) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            LoadedBranch from = branches.get(random.nextInt(branches.size()));
            LoadedBranch to = branches.get((branches.indexOf(from) + 1) % branches.size());
            UUID member = from.people().get(15 + i).id();
            JsonNode transfer = api.post("/api/v1/transfers",
                    Map.of("memberId", member, "toBranchId", to.id(), "issuedOn", LocalDate.of(2026, 3, 2)));
            api.act("/api/v1/transfers/" + transfer.get("id").asText() + "/confirmation", Map.of("decidedOn", LocalDate.of(2026, 3, 9)));
        }
        String[] states = {"SUSPENDED", "RETAINED", "LEFT"};
        for (int i = 0; i < 3; i++) {
            LoadedBranch branch = branches.get(random.nextInt(branches.size()));
            LoadedPerson person = branch.people().get(19 + i);
            // A state never changes before the status it follows began: late probationers joined after April.
            LocalDate effective = later(LocalDate.of(2026, 4, 1), person.plan().statusSince());
            api.act("/api/v1/members/" + person.id() + "/state-changes", Map.of("state", states[i],
                    "effectiveDate", effective, "reason", "基准数据"));
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static UUID id(JsonNode created) {
        return UUID.fromString(created.get("id").asText());
    }

    private static long seconds(long started) {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }

    /** Runs one task per item on the pool and waits for all; the first failure fails the load. Results by item (identity). */
    static <T, R> Map<T, R> all(ExecutorService pool, List<T> items, Function<T, R> task) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> task.apply(item)));
        }
        Map<T, R> results = new IdentityHashMap<>();
        try {
            for (int i = 0; i < items.size(); i++) {
                R result = futures.get(i).get();
                if (result != null) {
                    results.put(items.get(i), result);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("loading failed: " + e.getCause().getMessage(), e.getCause());
        }
        return results;
    }
}
