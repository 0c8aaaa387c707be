-- Everything the statistics and the work summary count, kept from the events (data is full state).
alter table member_view
    add column ethnicity           varchar(40),
    add column education           varchar(30),
    add column applied_on          date,
    add column activist_since      date,
    add column candidate_since     date,
    add column joined_on           date,
    add column probation_ends_on   date,
    add column full_since          date,
    add column membership_state    varchar(20) not null default 'NORMAL',
    add column state_since         date,
    add column flowing             boolean not null default false,
    add column lost_contact        boolean not null default false,
    add column retired             boolean not null default false,
    add column party_group_id      uuid;

alter table activity_view
    add column organization_id  uuid,
    add column held_on          date,
    add column expected_count   integer,
    add column present_count    integer,
    add column attendance_rate  numeric(5, 4),
    add column quorum_met       boolean;

create table attendance_view (
    activity_id  uuid not null,
    member_id    uuid not null,
    status       varchar(10) not null,
    expected     boolean not null,
    primary key (activity_id, member_id)
);

create table committee_view (
    id            uuid primary key,
    branch_id     uuid not null,
    elected_on    date not null,
    term_ends_on  date not null,
    ended_on      date,
    version       bigint not null,
    last_event_at timestamptz not null
);

create table committee_post_view (
    committee_id  uuid not null,
    member_id     uuid not null,
    post          varchar(20) not null,
    from_date     date not null,
    to_date       date,
    primary key (committee_id, member_id, post, from_date)
);

create table evaluation_view (
    id             uuid primary key,
    branch_id      uuid not null,
    period         varchar(50) not null,
    held_on        date not null,
    distribution   text not null,
    last_event_at  timestamptz not null
);

create table trust_view (
    evaluation_id  uuid not null,
    member_id      uuid not null,
    ballots        integer not null,
    trusted        integer not null,
    primary key (evaluation_id, member_id)
);

create table honour_view (
    id               uuid primary key,
    branch_id        uuid not null,
    member_id        uuid,
    organization_id  uuid,
    kind             varchar(20) not null,
    title            varchar(200) not null,
    level            varchar(20) not null,
    year             integer not null,
    last_event_at    timestamptz not null
);

create table transfer_view (
    id              uuid primary key,
    member_id       uuid not null,
    from_branch_id  uuid,
    to_branch_id    uuid,
    status          varchar(20) not null,
    issued_on       date not null,
    decided_on      date,
    last_event_at   timestamptz not null
);
