-- The earlier steps of the development file carry a training's class hours; documents (an application
-- letter, reports, review conclusions) are attached to a step. A document's bytes live apart from its
-- description, behind one store interface, so that another store can hold them later.
alter table development_step add column class_hours integer;

create table development_document (
    id               uuid primary key,
    member_id        uuid not null references member (id),
    organization_id  uuid not null,
    step_id          uuid not null references development_step (id),
    file_name        varchar(200) not null,
    content_type     varchar(100) not null,
    size_bytes       integer not null,
    sha256           varchar(64) not null,
    uploaded_by      varchar(200),
    uploaded_at      timestamptz not null
);
create index development_document_step on development_document (step_id, uploaded_at);

create table development_document_content (
    id       uuid primary key references development_document (id),
    content  bytea not null
);
