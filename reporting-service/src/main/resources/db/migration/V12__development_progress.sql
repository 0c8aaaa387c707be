-- Each person's development file as members-service publishes it (development-step.recorded.v1): the
-- latest step by its day and the file's next time limit. One row per person, scoped by the branch it
-- counts for: the person's branch as member events tell it, else the one the step's event named.
-- in_development and deadline_holds say how the row counts (DevelopmentProgress): its current step while
-- the person is not yet a full member and is followed; its next time limit while also still in the stage
-- it was set for. No evidence, documents or names: kinds and dates.
create table development_progress_view (
    member_id        uuid primary key,
    branch_id        uuid not null,
    political_status varchar(20) not null,
    current_step     varchar(40) not null,
    current_step_on  date not null,
    next_step        varchar(40),
    next_due_on      date,
    in_development   boolean not null,
    deadline_holds   boolean not null,
    version          bigint not null,
    last_event_at    timestamptz not null
);
create index development_progress_branch on development_progress_view (branch_id);

-- Kept by deltas like V6's pre-aggregates, per branch and per ancestor through organization_closure:
-- persons in development by current step, and next time limits by the day they fall due (what is
-- overdue on a day is the sum over the days before it), so a district reads a bounded number of rows.
create table development_step_branch (
    branch_id  uuid not null,
    step       varchar(40) not null,
    n          integer not null,
    primary key (branch_id, step)
);
create table development_step_rollup (
    ancestor_id  uuid not null,
    step         varchar(40) not null,
    n            bigint not null,
    primary key (ancestor_id, step)
);
create table development_due (
    branch_id  uuid not null,
    kind       varchar(40) not null,
    due_on     date not null,
    n          integer not null,
    primary key (branch_id, kind, due_on)
);
create table development_due_rollup (
    ancestor_id  uuid not null,
    kind         varchar(40) not null,
    due_on       date not null,
    n            bigint not null,
    primary key (ancestor_id, kind, due_on)
);
