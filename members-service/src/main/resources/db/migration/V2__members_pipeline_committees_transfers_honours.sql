-- Organisations: closing keeps the row; every structural change is kept in history.
alter table organization add column closed_on date;
create table organization_history (
    id               uuid primary key,
    organization_id  uuid not null references organization (id),
    change           varchar(20) not null,
    effective_date   date not null,
    from_parent_id   uuid,
    to_parent_id     uuid,
    name             varchar(200) not null,
    recorded_at      timestamptz not null
);
create index organization_history_org on organization_history (organization_id, effective_date);

-- Members: the fields national systems keep. The citizen ID is stored only encrypted, and found
-- by a keyed hash (HMAC) so uniqueness can be checked without decrypting.
alter table member
    add column ethnicity            varchar(40),
    add column citizen_id_cipher    text,
    add column citizen_id_hash      varchar(64),
    add column education            varchar(30),
    add column job_title            varchar(100),
    add column phone                varchar(30),
    add column applied_on           date,
    add column activist_since       date,
    add column candidate_since      date,
    add column joined_on            date,
    add column probation_ends_on    date,
    add column probation_extended   boolean not null default false,
    add column full_since           date,
    add column membership_state     varchar(20) not null default 'NORMAL',
    add column state_since          date,
    add column flowing              boolean not null default false,
    add column lost_contact         boolean not null default false,
    add column retired              boolean not null default false,
    add column party_group_id       uuid references organization (id),
    add column responsibility_zone  varchar(300);
-- Unique among active members: a member who left may be registered again elsewhere.
create unique index member_citizen_id_active on member (citizen_id_hash)
    where citizen_id_hash is not null and membership_state in ('NORMAL', 'SUSPENDED', 'RETAINED');

create table member_history (
    id              uuid primary key,
    member_id       uuid not null references member (id),
    kind            varchar(20) not null,
    from_value      varchar(100),
    to_value        varchar(100),
    effective_date  date not null,
    details         text,
    recorded_at     timestamptz not null
);
create index member_history_member on member_history (member_id, effective_date);

-- Mentors (培养联系人) of activists and introducers (入党介绍人) of candidates.
create table member_sponsor (
    member_id    uuid not null references member (id),
    sponsor_id   uuid not null references member (id),
    role         varchar(20) not null,
    assigned_on  date not null,
    primary key (member_id, sponsor_id, role)
);

create table committee (
    id             uuid primary key,
    branch_id      uuid not null references organization (id),
    elected_on     date not null,
    term_years     integer not null,
    term_ends_on   date not null,
    ended_on       date,
    version        bigint not null,
    created_at     timestamptz not null
);
create index committee_branch on committee (branch_id, elected_on);

create table committee_post (
    id            uuid primary key,
    committee_id  uuid not null references committee (id),
    member_id     uuid not null references member (id),
    post          varchar(20) not null,
    from_date     date not null,
    to_date       date
);
create index committee_post_committee on committee_post (committee_id);

create table transfer (
    id                 uuid primary key,
    member_id          uuid not null references member (id),
    direction          varchar(20) not null,
    from_branch_id     uuid references organization (id),
    to_branch_id       uuid references organization (id),
    external_unit      varchar(200),
    across_provinces   boolean not null,
    issued_on          date not null,
    valid_until        date not null,
    status             varchar(20) not null,
    decided_on         date,
    reason             varchar(500),
    version            bigint not null,
    created_at         timestamptz not null
);
create index transfer_member on transfer (member_id);
create index transfer_from on transfer (from_branch_id, status);
create index transfer_to on transfer (to_branch_id, status);

create table honour (
    id               uuid primary key,
    member_id        uuid references member (id),
    organization_id  uuid references organization (id),
    kind             varchar(20) not null,
    title            varchar(200) not null,
    level            varchar(20) not null,
    year             integer not null,
    awarded_by       varchar(200),
    awarded_on       date,
    created_at       timestamptz not null,
    constraint honour_one_holder check ((member_id is null) <> (organization_id is null))
);
create index honour_member on honour (member_id);
create index honour_organization on honour (organization_id);
