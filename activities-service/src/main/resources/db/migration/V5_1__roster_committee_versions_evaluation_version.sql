-- A committee's version as last applied to the roster copy: an older committee event arriving late
-- (a replay, a resend) must not replace newer posts.
create table roster_committee (
    id         uuid primary key,
    branch_id  uuid not null,
    version    bigint not null
);
insert into roster_committee (id, branch_id, version)
select committee_id, min(branch_id::text)::uuid, 0 from roster_committee_post group by committee_id;

-- Evaluations are versioned like every other published state.
alter table evaluation add column version bigint not null default 0;
