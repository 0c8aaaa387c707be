-- The roster copy is fed only by members-service events; this service never calls it over HTTP.
create table roster_organization (
    id             uuid primary key,
    name           varchar(200) not null,
    type           varchar(40) not null,
    parent_id      uuid,
    version        bigint not null
);

create table roster_member (
    id                uuid primary key,
    organization_id   uuid not null,
    political_status  varchar(20) not null,
    status_since      date not null,
    version           bigint not null
);
create index roster_member_organization on roster_member (organization_id);

create table activity (
    id               uuid primary key,
    organization_id  uuid not null,
    branch_id        uuid not null,
    type             varchar(40) not null,
    title            varchar(300) not null,
    planned_for      date not null,
    place            varchar(200),
    status           varchar(20) not null,
    version          bigint not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index activity_branch on activity (branch_id, planned_for);
