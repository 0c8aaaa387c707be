-- Every (ancestor, descendant) pair of the service's own copy of the organisation tree, an
-- organisation being its own ancestor at depth 0, with the ancestor's district code. Subtree queries
-- and the scope filter join it instead of walking the tree or binding lists of ids. Kept by
-- OrganizationTree in the same transaction as the tree; each service fills it once from its tree
-- in a migration of its own.
create table organization_closure (
    ancestor_id        uuid not null,
    descendant_id      uuid not null,
    depth              integer not null,
    ancestor_district  char(6),
    primary key (ancestor_id, descendant_id)
);
create index organization_closure_descendant on organization_closure (descendant_id, ancestor_id);
create index organization_closure_district on organization_closure (ancestor_district, descendant_id);
