-- The development file (发展党员工作细则): each step as a dated record with who did it and its evidence.
-- Votes come from activities-service's general meetings (vote.held.v1); vote_id keeps each vote once.
create table development_step (
    id               uuid primary key,
    member_id        uuid not null references member (id),
    organization_id  uuid not null,
    kind             varchar(40) not null,
    done_on          date not null,
    ends_on          date,
    outcome          varchar(20),
    done_by          varchar(200),
    evidence         varchar(2000),
    vote_id          uuid unique,
    activity_id      uuid,
    yes_votes        integer,
    no_votes         integer,
    abstentions      integer,
    voting_expected  integer,
    applied          boolean not null default false,
    note             varchar(500),
    recorded_by      varchar(200),
    recorded_at      timestamptz not null
);
create index development_step_member on development_step (member_id, kind, done_on);
