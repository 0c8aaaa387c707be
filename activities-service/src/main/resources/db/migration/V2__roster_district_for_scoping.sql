-- Callers are scoped by district as well as by subtree, so the roster copy keeps the district.
alter table roster_organization add column district_code char(6);
