create table vote (
    id                   uuid primary key,
    activity_id          uuid not null references activity (id),
    branch_id            uuid not null,
    subject              varchar(30) not null,
    candidate_member_id  uuid,
    motion               varchar(500) not null,
    yes_count            integer not null,
    no_count             integer not null,
    abstain_count        integer not null,
    voting_expected      integer not null,
    passed               boolean not null,
    held_on              date not null,
    created_at           timestamptz not null
);
create index vote_branch on vote (branch_id, held_on);

create table ballot (
    vote_id   uuid not null references vote (id),
    voter_id  uuid not null,
    choice    varchar(10) not null,
    primary key (vote_id, voter_id)
);

create table evaluation (
    id           uuid primary key,
    branch_id    uuid not null,
    period       varchar(50) not null,
    held_on      date not null,
    created_at   timestamptz not null,
    unique (branch_id, period)
);

create table evaluation_grade (
    evaluation_id  uuid not null references evaluation (id),
    member_id      uuid not null,
    grade          varchar(30),
    self_review    text,
    peer_review    text,
    not_evaluated_reason varchar(300),
    primary key (evaluation_id, member_id)
);

create table trust_ballot (
    evaluation_id  uuid not null references evaluation (id),
    member_id      uuid not null,
    ballots        integer not null,
    trusted        integer not null,
    primary key (evaluation_id, member_id)
);
