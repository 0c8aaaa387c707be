-- Honours carry the date they were awarded on when the branch recorded it (the year always).
alter table honour_view add column awarded_on date;

-- Pre-aggregated figures for subtree and district queries, kept up to date by the consumers in the
-- same transaction as the facts they summarise, so a district answer never scans every fact.
-- Every cadence unit (month, quarter, year) is made of whole months, so compliance is decided from
-- these rows exactly as from the activities themselves.

-- Held activities per branch, holding organisation (the branch or one of its party groups), type
-- and calendar month, with attendance sums for rates.
create table activity_month (
    branch_id        uuid not null,
    organization_id  uuid not null,
    type             varchar(40) not null,
    month            date not null,
    held             integer not null,
    expected         integer not null,
    present          integer not null,
    last_event_at    timestamptz not null,
    primary key (branch_id, organization_id, type, month)
);

-- Each branch's people at the end of every month since its earliest recorded date (at most
-- reporting.aggregates.years back), and the month's movements (joins, conversions, confirmed transfers).
create index transfer_view_to on transfer_view (to_branch_id, decided_on);
-- Branch look-ups the pre-aggregates, the district answer and its freshness make.
create index committee_view_branch on committee_view (branch_id);
create index honour_view_branch on honour_view (branch_id);
create index evaluation_view_branch on evaluation_view (branch_id, held_on);
create index transfer_view_from on transfer_view (from_branch_id, decided_on);

create table member_month (
    branch_id       uuid not null,
    month           date not null,
    full_members    integer not null,
    probationary    integer not null,
    candidates      integer not null,
    activists       integer not null,
    applicants      integer not null,
    attached        integer not null,
    joined          integer not null,
    converted       integer not null,
    transfers_in    integer not null,
    transfers_out   integer not null,
    last_event_at   timestamptz,
    primary key (branch_id, month)
);

-- Each branch's people at every month-end by dimension, for district breakdowns: state over everyone
-- in the pipeline; gender, education, age band and 党龄 band over party members. Same months as member_month.
create table member_month_breakdown (
    branch_id   uuid not null,
    month       date not null,
    dimension   varchar(20) not null,
    value       varchar(30) not null,
    count       integer not null,
    primary key (branch_id, month, dimension, value)
);

-- Honours and sanctions per branch, month and level (an undated honour counts in December of its year).
create table honour_month (
    branch_id  uuid not null,
    month      date not null,
    kind       varchar(20) not null,
    level      varchar(20) not null,
    count      integer not null,
    last_event_at timestamptz not null,
    primary key (branch_id, month, kind, level)
);

-- Democratic evaluation grades, and trust ballots, per branch and month of the evaluation.
create table evaluation_month (
    branch_id  uuid not null,
    month      date not null,
    grade      varchar(30) not null,
    count      integer not null,
    last_event_at timestamptz not null,
    primary key (branch_id, month, grade)
);

create table trust_month (
    branch_id  uuid not null,
    month      date not null,
    ballots    integer not null,
    trusted    integer not null,
    last_event_at timestamptz not null,
    primary key (branch_id, month)
);
