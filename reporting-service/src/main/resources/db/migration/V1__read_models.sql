-- Read models, fed only by events. last_event_at is the time of the latest event applied to a row,
-- which answers "how fresh is this figure".

create table organization_view (
    id             uuid primary key,
    name           varchar(200) not null,
    type           varchar(40) not null,
    parent_id      uuid,
    district_code  char(6) not null,
    version        bigint not null,
    last_event_at  timestamptz not null
);
create index organization_view_parent on organization_view (parent_id);

create table member_view (
    id                uuid primary key,
    organization_id   uuid not null,
    gender            varchar(10) not null,
    birth_date        date not null,
    political_status  varchar(20) not null,
    status_since      date not null,
    own_unit          varchar(200),
    version           bigint not null,
    last_event_at     timestamptz not null
);
create index member_view_organization on member_view (organization_id);

create table activity_view (
    id                uuid primary key,
    -- the branch an activity counts for (a group meeting counts for its group's branch)
    branch_id         uuid not null,
    type              varchar(40) not null,
    status            varchar(20) not null,
    planned_for       date not null,
    version           bigint not null,
    last_event_at     timestamptz not null
);
create index activity_view_branch on activity_view (branch_id, type);
