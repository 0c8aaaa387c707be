-- Cross-cutting tables every service owns in its own schema (shipped by platform-common).

create table outbox_event (
    id             uuid primary key,
    seq            bigint generated always as identity unique,
    event_type     varchar(200) not null,
    subject        varchar(200) not null,
    partition_key  varchar(200) not null,
    topic          varchar(200) not null,
    payload        text not null,
    occurred_at    timestamptz not null,
    published_at   timestamptz,
    attempts       integer not null default 0,
    last_error     text
);
-- The relay only ever looks for unpublished rows in order.
create index outbox_event_pending on outbox_event (seq) where published_at is null;

create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid not null,
    event_type    varchar(200) not null,
    processed_at  timestamptz not null,
    primary key (consumer, event_id)
);

create table idempotency_record (
    operation          varchar(200) not null,
    idempotency_key    varchar(200) not null,
    request_hash       varchar(64) not null,
    response_status    integer not null,
    response_location  text,
    response_body      text,
    created_at         timestamptz not null,
    primary key (operation, idempotency_key)
);
