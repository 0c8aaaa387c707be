-- Pre-aggregates kept by deltas, twice each: per branch (the branch's own facts) and per ancestor
-- (summed over the ancestor's subtree through organization_closure, the branch itself included), so
-- that a district or a province reads a bounded number of rows whatever its size. Month-end member
-- figures are kept as changes (the month a person starts or stops counting under a value): a figure
-- at the end of month M is the sum of the changes up to M. Freshness is kept apart, as the latest
-- event time per branch and per ancestor. Zero rows are deleted, so a figure that is gone leaves no row.
-- The tables replaced here are refilled from the facts at start-up (AggregateRecompute).

drop table activity_month, member_month, member_month_breakdown, honour_month, evaluation_month, trust_month;

create table activity_month (
    branch_id        uuid not null,
    organization_id  uuid not null,
    type             varchar(40) not null,
    month            date not null,
    held             integer not null,
    expected         integer not null,
    present          integer not null,
    primary key (branch_id, organization_id, type, month)
);
create table activity_rollup (
    ancestor_id  uuid not null,
    type         varchar(40) not null,
    month        date not null,
    held         bigint not null,
    expected     bigint not null,
    present      bigint not null,
    primary key (ancestor_id, month, type)
);

-- Held activities per cadence unit (MONTH, QUARTER, YEAR) and holder: the branch (every activity of the
-- type) or one of its party groups (the group's own). unit_met counts the holders that held at least one.
create table unit_held (
    branch_id   uuid not null,
    holder_id   uuid not null,
    type        varchar(40) not null,
    unit_kind   varchar(10) not null,
    unit_start  date not null,
    held        integer not null,
    primary key (branch_id, holder_id, type, unit_kind, unit_start)
);
create table unit_met (
    branch_id    uuid not null,
    type         varchar(40) not null,
    unit_kind    varchar(10) not null,
    unit_start   date not null,
    holder_kind  varchar(10) not null,
    holders      integer not null,
    primary key (branch_id, unit_start, type, unit_kind, holder_kind)
);
create table unit_rollup (
    ancestor_id  uuid not null,
    type         varchar(40) not null,
    unit_kind    varchar(10) not null,
    unit_start   date not null,
    holder_kind  varchar(10) not null,
    holders      bigint not null,
    primary key (ancestor_id, unit_start, type, unit_kind, holder_kind)
);

create table member_change (
    branch_id  uuid not null,
    month      date not null,
    dimension  varchar(20) not null,
    value      varchar(30) not null,
    n          integer not null,
    primary key (branch_id, month, dimension, value)
);
create table member_change_rollup (
    ancestor_id  uuid not null,
    month        date not null,
    dimension    varchar(20) not null,
    value        varchar(30) not null,
    n            bigint not null,
    primary key (ancestor_id, month, dimension, value)
);
create table member_flow (
    branch_id  uuid not null,
    month      date not null,
    kind       varchar(20) not null,
    n          integer not null,
    primary key (branch_id, month, kind)
);
create table member_flow_rollup (
    ancestor_id  uuid not null,
    month        date not null,
    kind         varchar(20) not null,
    n            bigint not null,
    primary key (ancestor_id, month, kind)
);
-- What falls due, by the day it becomes overdue (an activist a year in training, a probation over).
create table member_due (
    branch_id  uuid not null,
    kind       varchar(30) not null,
    due_on     date not null,
    n          integer not null,
    primary key (branch_id, kind, due_on)
);
create table member_due_rollup (
    ancestor_id  uuid not null,
    kind         varchar(30) not null,
    due_on       date not null,
    n            bigint not null,
    primary key (ancestor_id, kind, due_on)
);

-- Honours and sanctions per month and level (an undated honour counts in December of its year).
create table honour_month (
    branch_id  uuid not null,
    month      date not null,
    kind       varchar(20) not null,
    level      varchar(20) not null,
    count      integer not null,
    primary key (branch_id, month, kind, level)
);
create table honour_rollup (
    ancestor_id  uuid not null,
    month        date not null,
    kind         varchar(20) not null,
    level        varchar(20) not null,
    count        bigint not null,
    primary key (ancestor_id, month, kind, level)
);

-- Democratic evaluation grades and trust ballots per month of the evaluation.
create table evaluation_month (
    branch_id  uuid not null,
    month      date not null,
    grade      varchar(30) not null,
    count      integer not null,
    primary key (branch_id, month, grade)
);
create table evaluation_rollup (
    ancestor_id  uuid not null,
    month        date not null,
    grade        varchar(30) not null,
    count        bigint not null,
    primary key (ancestor_id, month, grade)
);
create table trust_month (
    branch_id  uuid not null,
    month      date not null,
    ballots    integer not null,
    trusted    integer not null,
    primary key (branch_id, month)
);
create table trust_rollup (
    ancestor_id  uuid not null,
    month        date not null,
    ballots      bigint not null,
    trusted      bigint not null,
    primary key (ancestor_id, month)
);

-- Organisations of each type in a subtree, the ancestor itself included.
create table organization_count (
    ancestor_id  uuid not null,
    type         varchar(40) not null,
    n            bigint not null,
    primary key (ancestor_id, type)
);

create table branch_freshness (
    branch_id      uuid primary key,
    last_event_at  timestamptz not null
);
create table subtree_freshness (
    ancestor_id    uuid primary key,
    last_event_at  timestamptz not null
);

-- Evaluations are corrected by later events carrying the producer's version; an older one never overwrites.
alter table evaluation_view add column version bigint not null default 0;

-- Facts read by branch and date for the subtree answers and the recount.
create index activity_view_held on activity_view (branch_id, held_on) where status = 'HELD';
create index member_view_due on member_view (organization_id) where political_status in ('ACTIVIST', 'PROBATIONARY');

-- Filled from the facts by AggregateRecompute at the next start-up, then emptied.
create table aggregate_recompute (requested_at timestamptz not null);
insert into aggregate_recompute values (now());

-- Each branch's figures for the standard periods (StandardPeriod: month, quarter, year, semester),
-- for ranking every branch of a province by one row each. Kept by the same deltas; met counts the
-- units of the configured cadences (branch_period_basis) wholly inside the period.
create table branch_period (
    period_key  varchar(10) not null,
    branch_id   uuid not null,
    expected    bigint not null,
    present     bigint not null,
    met         bigint not null,
    primary key (period_key, branch_id)
);
create table branch_period_basis (cadences text not null);
