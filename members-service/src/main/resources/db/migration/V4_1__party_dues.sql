-- Party dues (党费) under 《关于中国共产党党费收缴、使用和管理的规定》 (中组发〔2008〕3号).
-- Incomes are personal data: stored only encrypted (the citizen ID's keys), never in events or logs.

-- The base (基数) set for a member and year, from a month on; an adjustment adds a row, so the
-- history stays. The row in force for a month is the latest from_month not after it, and among
-- rows of the same from_month the latest recorded.
create table dues_assessment (
    id               uuid primary key,
    member_id        uuid not null references member (id),
    organization_id  uuid not null references organization (id),
    year             integer not null,
    from_month       integer not null check (from_month between 1 and 12),
    category         varchar(20) not null,
    income_cipher    text,
    monthly_amount   numeric(10, 2) not null check (monthly_amount >= 0),
    rate             numeric(6, 4),
    reason           varchar(500),
    recorded_by      varchar(200) not null,
    recorded_at      timestamptz not null
);
create index dues_assessment_member on dues_assessment (member_id, year, from_month, recorded_at);

-- 免交 / 少交 approved by the higher committee for a run of months.
create table dues_exemption (
    id               uuid primary key,
    member_id        uuid not null references member (id),
    organization_id  uuid not null references organization (id),
    from_month       date not null,
    to_month         date not null,
    kind             varchar(10) not null,
    monthly_amount   numeric(10, 2) not null check (monthly_amount >= 0),
    approved_by      varchar(200) not null,
    approved_on      date not null,
    reason           varchar(500) not null,
    recorded_by      varchar(200) not null,
    recorded_at      timestamptz not null,
    check (from_month <= to_month)
);
create index dues_exemption_member on dues_exemption (member_id, from_month);

-- One bill per member and month, in the branch the member belonged to when it was issued. paid
-- and settled_on are what the member's payments (oldest month first) leave on it.
create table dues_bill (
    id               uuid primary key,
    member_id        uuid not null references member (id),
    organization_id  uuid not null references organization (id),
    month            date not null,
    amount           numeric(10, 2) not null check (amount >= 0),
    basis            varchar(20) not null,
    paid             numeric(10, 2) not null default 0,
    settled_on       date,
    issued_by        varchar(200) not null,
    issued_at        timestamptz not null,
    version          bigint not null,
    constraint dues_bill_once_a_month unique (member_id, month)
);
create index dues_bill_branch_month on dues_bill (organization_id, month);

create table dues_payment (
    id               uuid primary key,
    member_id        uuid not null references member (id),
    organization_id  uuid not null references organization (id),
    paid_on          date not null,
    amount           numeric(10, 2) not null check (amount > 0),
    method           varchar(20) not null,
    receipt_number   varchar(50),
    note             varchar(500),
    cancelled        boolean not null default false,
    recorded_by      varchar(200) not null,
    recorded_at      timestamptz not null,
    version          bigint not null
);
create index dues_payment_member on dues_payment (member_id, paid_on);

-- Every change of a bill or payment after it was first written: what, from, to, why, by whom.
create table dues_history (
    id               uuid primary key,
    member_id        uuid not null references member (id),
    subject          varchar(20) not null,
    subject_id       uuid not null,
    change           varchar(20) not null,
    from_value       varchar(200),
    to_value         varchar(200),
    reason           varchar(500),
    recorded_by      varchar(200) not null,
    recorded_at      timestamptz not null
);
create index dues_history_member on dues_history (member_id, recorded_at);

-- A branch's month in figures, kept with every change of its bills or their payments; its version
-- orders the dues-month.updated events reporting reads.
create table dues_month (
    id                          uuid primary key,
    organization_id             uuid not null references organization (id),
    month                       date not null,
    members_billed              integer not null,
    members_exempt              integer not null,
    members_paid                integer not null,
    billed                      numeric(12, 2) not null,
    paid                        numeric(12, 2) not null,
    members_behind              integer not null,
    members_six_months_behind   integer not null,
    version                     bigint not null,
    updated_at                  timestamptz not null,
    constraint dues_month_once unique (organization_id, month)
);
