-- Who changed what, when, through which request: written in the same transaction as the change.
create table audit_entry (
    id               uuid primary key,
    occurred_at      timestamptz not null,
    subject          varchar(200) not null,
    role             varchar(40) not null,
    request_id       varchar(100),
    action           varchar(10) not null,
    entity_type      varchar(100) not null,
    entity_id        varchar(100) not null,
    organization_id  uuid,
    changes          text not null
);
create index audit_entry_organization on audit_entry (organization_id, occurred_at);
