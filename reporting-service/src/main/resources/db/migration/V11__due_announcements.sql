-- Due items announced to integrating systems (due-item.coming-due.v1 on reporting.events): one row per
-- item and occurrence, written in the transaction that writes the event's outbox row. The primary key is
-- what makes the announcement happen once, however often the job runs and on however many instances:
-- a second insert of the same occurrence does nothing, and nothing is published for it.
-- Written by the announcing job, never by the event consumers; a rebuild of the read models leaves it alone.
create table due_announcement (
    branch_id    uuid not null,
    kind         varchar(20) not null,
    type         varchar(60) not null,
    -- what the item is about (the branch or party group for a cadence, the activity, member, committee or deadline's organisation)
    reference    uuid not null,
    -- the day the occurrence falls due: the last day of a cadence's month, quarter or year, a planned date, a deadline
    due_on       date not null,
    -- the event's subject
    id           uuid not null unique,
    announced_on date not null,
    announced_at timestamptz not null,
    primary key (branch_id, kind, type, reference, due_on)
);
