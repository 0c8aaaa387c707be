-- The 工作总结 as a branch sends it up: one summary per branch and period, edited as a draft, submitted,
-- reviewed by the bureau (or the general branch above), returned and resubmitted. These tables are written
-- by requests, never by the event consumers, and are not emptied by a rebuild of the read models.

create table work_summary (
    id                 uuid primary key,
    branch_id          uuid not null,
    period             varchar(20) not null,
    period_from        date not null,
    period_to          date not null,
    status             varchar(20) not null,
    title              text not null,
    closing            text not null,
    -- What the draft shows now (JSON texts): the generated text per section, the figures it was generated from, and
    -- the time of the latest event behind them; narratives are the secretary's own words per section.
    generated          text not null,
    figures            text not null,
    figures_as_of      timestamptz,
    narratives         text not null,
    submissions        integer not null default 0,
    first_submitted_at timestamptz,
    created_by         varchar(200) not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null,
    constraint work_summary_branch_period unique (branch_id, period)
);
create index work_summary_status on work_summary (period, status);

-- Every submitted version, kept unchanged: the .docx is stored as sent, so every download is the same bytes.
create table work_summary_version (
    summary_id     uuid not null references work_summary (id),
    number         integer not null,
    title          text not null,
    closing        text not null,
    generated      text not null,
    figures        text not null,
    figures_as_of  timestamptz,
    narratives     text not null,
    docx           bytea not null,
    docx_sha256    char(64) not null,
    submitted_by   varchar(200) not null,
    submitted_role varchar(40) not null,
    submitted_at   timestamptz not null,
    decision       varchar(20),
    decided_by     varchar(200),
    decided_role   varchar(40),
    decided_at     timestamptz,
    comment        text,
    primary key (summary_id, number)
);

-- Who did what when, in order: creation, every edit (with the text written), refreshes, submissions and decisions.
create table work_summary_history (
    summary_id  uuid not null references work_summary (id),
    seq         integer not null,
    action      varchar(20) not null,
    actor       varchar(200) not null,
    actor_role  varchar(40) not null,
    at          timestamptz not null,
    version     integer,
    section     varchar(40),
    details     text,
    primary key (summary_id, seq)
);

-- A bureau's (or general branch's) deadline for the summaries of a period, for every branch under it;
-- the nearest ancestor's deadline is a branch's deadline.
create table summary_deadline (
    organization_id uuid not null,
    period          varchar(20) not null,
    due_on          date not null,
    set_by          varchar(200) not null,
    set_at          timestamptz not null,
    version         bigint not null,
    primary key (organization_id, period)
);
