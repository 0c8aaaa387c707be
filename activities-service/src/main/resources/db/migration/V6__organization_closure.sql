-- Fills the closure table (platform migration V0_3) once from the tree already held; from here on
-- OrganizationTree keeps it in the same transaction as the tree.
insert into organization_closure (ancestor_id, descendant_id, depth, ancestor_district)
with recursive chain(descendant_id, ancestor_id, depth) as (
    select id, id, 0 from roster_organization
    union all
    select c.descendant_id, o.parent_id, c.depth + 1 from chain c join roster_organization o on o.id = c.ancestor_id
    where o.parent_id is not null and c.depth < 32
)
select c.ancestor_id, c.descendant_id, min(c.depth), a.district_code
from chain c join roster_organization a on a.id = c.ancestor_id
group by c.ancestor_id, c.descendant_id, a.district_code;
