create table organization (
    id             uuid primary key,
    name           varchar(200) not null,
    type           varchar(40) not null,
    parent_id      uuid references organization (id),
    unit_name      varchar(200),
    district_code  char(6) not null,
    founded_on     date,
    contact_name   varchar(100),
    contact_phone  varchar(30),
    version        bigint not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index organization_parent on organization (parent_id);
create index organization_district on organization (district_code, type);

create table member (
    id                 uuid primary key,
    organization_id    uuid not null references organization (id),
    full_name          varchar(100) not null,
    gender             varchar(10) not null,
    birth_date         date not null,
    political_status   varchar(20) not null,
    status_since       date not null,
    own_unit           varchar(200),
    version            bigint not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index member_organization on member (organization_id);
