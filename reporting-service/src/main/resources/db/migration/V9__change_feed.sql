-- The change feed (GET /api/v1/changes, webhooks): every event reporting consumes, in the order the
-- consumer committed it. position is handed out under a transaction-level advisory lock (see
-- ChangeFeedRecorder), so no transaction can commit a smaller position after a reader saw a larger one.
create table change_event (
    position bigint generated always as identity primary key,
    event_id uuid not null unique,
    type varchar(120) not null,
    -- the organisation whose scope sees the event: the organisation itself for organization.*, the branch otherwise
    organization_id uuid not null,
    -- the other branch of a transfer, whose scope sees it too
    counterpart_id uuid,
    event jsonb not null,
    recorded_at timestamptz not null default now()
);
create index change_event_type_position on change_event (type, position);
create index change_event_organization on change_event (organization_id, position);
create index change_event_counterpart on change_event (counterpart_id, position) where counterpart_id is not null;
