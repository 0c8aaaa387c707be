-- Imports that run as jobs (POST …/imports with Prefer: respond-async, or files of many requests).
-- The requests are kept as read from the file until the job ends, so that a job survives a restart;
-- the caller's scope is kept (not the token) so that a resumed job runs with the same rights.
create table import_job (
    id uuid primary key,
    kind varchar(40) not null,
    status varchar(20) not null,
    total integer not null,
    checked integer not null default 0,
    requests jsonb,
    result jsonb,
    problem jsonb,
    submitted_by varchar(200) not null,
    caller jsonb not null,
    scope_key varchar(2000) not null,
    created_at timestamp with time zone not null,
    started_at timestamp with time zone,
    finished_at timestamp with time zone
);

create index import_job_unfinished on import_job (created_at) where status in ('QUEUED', 'RUNNING');
create index import_job_scope on import_job (scope_key, created_at);
