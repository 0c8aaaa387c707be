-- Party dues as members-service publishes them (dues-month.updated.v1): each branch month's latest
-- state in figures, no member and no income. Amounts are kept in fen, so the pre-aggregates stay
-- integer sums like every other one.
create table dues_month_view (
    id                          uuid primary key,
    branch_id                   uuid not null,
    month                       date not null,
    members_billed              integer not null,
    members_exempt              integer not null,
    members_paid                integer not null,
    billed_fen                  bigint not null,
    paid_fen                    bigint not null,
    members_behind              integer not null,
    members_six_months_behind   integer not null,
    version                     bigint not null,
    last_event_at               timestamptz not null
);
create index dues_month_view_branch on dues_month_view (branch_id, month);

-- The same figures per branch and month, and summed per ancestor (kept by deltas, like V6's tables).
create table dues_branch_month (
    branch_id                   uuid not null,
    month                       date not null,
    members_billed              bigint not null,
    members_exempt              bigint not null,
    members_paid                bigint not null,
    billed_fen                  bigint not null,
    paid_fen                    bigint not null,
    members_behind              bigint not null,
    members_six_months_behind   bigint not null,
    primary key (branch_id, month)
);
create table dues_rollup (
    ancestor_id                 uuid not null,
    month                       date not null,
    members_billed              bigint not null,
    members_exempt              bigint not null,
    members_paid                bigint not null,
    billed_fen                  bigint not null,
    paid_fen                    bigint not null,
    members_behind              bigint not null,
    members_six_months_behind   bigint not null,
    primary key (ancestor_id, month)
);
