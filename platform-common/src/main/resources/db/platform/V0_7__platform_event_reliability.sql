-- Outbox: wall-clock time of the insert (the business clock can be moved), the last attempt, and
-- rows parked because the broker will never take them.
alter table outbox_event add column recorded_at timestamptz not null default now();
alter table outbox_event add column last_attempt_at timestamptz;
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column parked_reason text;
-- A parked row holds back the later rows of its partition key, found through this index.
create index outbox_event_parked on outbox_event (partition_key) where parked_at is not null and published_at is null;
-- Retention purges published rows by age.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

create index processed_event_age on processed_event (processed_at);
create index idempotency_record_age on idempotency_record (created_at);

-- Records a consumer will never apply as they are, kept to be listed and replayed.
create table dead_letter (
    id                uuid primary key,
    consumer          varchar(100) not null,
    topic             varchar(200) not null,
    kafka_partition   integer not null,
    kafka_offset      bigint not null,
    record_key        varchar(200),
    event_id          uuid,
    event_type        varchar(200),
    reason_code       varchar(40) not null,
    reason            text not null,
    payload           text,
    dead_lettered_at  timestamptz not null default now(),
    replay_count      integer not null default 0,
    last_replayed_at  timestamptz,
    resolved_at       timestamptz,
    resolution        varchar(30),
    -- A record redelivered after a crash is dead-lettered once.
    unique (consumer, topic, kafka_partition, kafka_offset)
);
create index dead_letter_open on dead_letter (consumer, dead_lettered_at, id) where resolved_at is null;
create index dead_letter_resolved on dead_letter (resolved_at) where resolved_at is not null;

-- Rebuilds of what a consumer derives from its topics, one running at a time per consumer.
create table rebuild_job (
    id              uuid primary key,
    consumer        varchar(100) not null,
    state           varchar(20) not null,
    requested_by    varchar(200) not null,
    records_total   bigint,
    records_done    bigint not null default 0,
    events_applied  bigint not null default 0,
    events_skipped  bigint not null default 0,
    attempts        integer not null default 0,
    started_at      timestamptz not null,
    heartbeat_at    timestamptz not null,
    finished_at     timestamptz,
    as_of           timestamptz,
    error           text
);
create unique index rebuild_job_one_running on rebuild_job (consumer) where state = 'RUNNING';
create index rebuild_job_started on rebuild_job (consumer, started_at);
