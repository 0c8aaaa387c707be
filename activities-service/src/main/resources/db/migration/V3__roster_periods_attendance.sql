-- The roster over time: who belonged to which branch, group and committee on which dates, so that
-- attendance is checked against the activity's date, not against today's roster.
alter table roster_member
    add column full_name         varchar(100),
    add column joined_on         date,
    add column full_since        date,
    add column membership_state  varchar(20) not null default 'NORMAL',
    add column state_since       date,
    add column party_group_id    uuid;

create table roster_branch_period (
    member_id        uuid not null,
    organization_id  uuid not null,
    from_date        date not null,
    to_date          date,
    primary key (member_id, from_date)
);
create index roster_branch_period_org on roster_branch_period (organization_id);

create table roster_group_period (
    member_id   uuid not null,
    group_id    uuid not null,
    from_date   date not null,
    to_date     date,
    primary key (member_id, group_id, from_date)
);
create index roster_group_period_group on roster_group_period (group_id);

create table roster_committee_post (
    committee_id  uuid not null,
    branch_id     uuid not null,
    member_id     uuid not null,
    post          varchar(20) not null,
    from_date     date not null,
    to_date       date,
    primary key (committee_id, member_id, post, from_date)
);
create index roster_committee_post_branch on roster_committee_post (branch_id);

-- What was recorded when the activity was held.
alter table activity
    add column start_time        time,
    add column end_time          time,
    add column host_member_id    uuid,
    add column recorder_member_id uuid,
    add column speaker           varchar(100),
    add column documents         text,
    add column minutes           text,
    add column resolutions       text,
    add column held_on           date,
    add column cancel_reason     varchar(500),
    add column expected_count    integer,
    add column present_count     integer,
    add column attendance_rate   numeric(5, 4),
    add column voting_expected   integer,
    add column voting_present    integer,
    add column quorum_met        boolean;

create table attendance (
    activity_id  uuid not null references activity (id),
    member_id    uuid not null,
    status       varchar(10) not null,
    reason       varchar(300),
    expected     boolean not null,
    primary key (activity_id, member_id)
);

create table activity_guest (
    activity_id  uuid not null references activity (id),
    position     integer not null,
    name         varchar(100) not null,
    primary key (activity_id, position)
);

-- Corrections keep every earlier version: who changed it, when, and what it was.
create table activity_revision (
    activity_id  uuid not null references activity (id),
    version      bigint not null,
    changed_by   varchar(200) not null,
    changed_at   timestamptz not null,
    snapshot     text not null,
    primary key (activity_id, version)
);
