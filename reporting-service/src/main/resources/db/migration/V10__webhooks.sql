-- Webhook subscriptions of integrating systems: each follows the change feed from its own position.
create table webhook_subscription (
    id uuid primary key,
    owner varchar(200) not null,
    url varchar(2000) not null,
    types text[] not null,
    -- both null: everything (registered by a platform administrator)
    scope_districts text[],
    scope_roots uuid[],
    reveal_personal_data boolean not null,
    secret varchar(100) not null,
    previous_secret varchar(100),
    previous_secret_until timestamptz,
    status varchar(20) not null,
    -- the last feed position delivered (or parked)
    position bigint not null,
    -- failed attempts at the event after position, since head_failing_since
    attempts int not null default 0,
    head_failing_since timestamptz,
    next_attempt_at timestamptz,
    lease_until timestamptz,
    created_at timestamptz not null,
    version bigint not null default 0
);
create index webhook_subscription_owner on webhook_subscription (owner, created_at, id);

create table webhook_delivery (
    id uuid primary key,
    subscription_id uuid not null references webhook_subscription (id) on delete cascade,
    event_id uuid not null,
    position bigint not null,
    event_type varchar(120) not null,
    attempt int not null,
    attempted_at timestamptz not null,
    status_code int,
    latency_ms bigint not null,
    outcome varchar(20) not null,
    error varchar(500)
);
create index webhook_delivery_subscription on webhook_delivery (subscription_id, attempted_at desc, id);
create index webhook_delivery_age on webhook_delivery (attempted_at);

create table webhook_parked (
    id uuid primary key,
    subscription_id uuid not null references webhook_subscription (id) on delete cascade,
    position bigint not null,
    event_id uuid not null,
    event_type varchar(120) not null,
    parked_at timestamptz not null,
    reason varchar(500) not null,
    attempts int not null,
    replayed_at timestamptz
);
create index webhook_parked_subscription on webhook_parked (subscription_id, position);
