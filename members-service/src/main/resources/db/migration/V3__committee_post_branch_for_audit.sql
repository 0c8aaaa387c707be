-- A post holding names its branch so the audit trail of a branch finds its committee changes.
alter table committee_post add column branch_id uuid;
update committee_post p set branch_id = c.branch_id from committee c where c.id = p.committee_id;
alter table committee_post alter column branch_id set not null;
