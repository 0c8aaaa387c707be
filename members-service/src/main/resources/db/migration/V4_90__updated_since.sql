-- The lists' updatedSince filter (and sort=updatedAt) reads recent changes by index.
create index member_updated_at on member (updated_at, id);
create index organization_updated_at on organization (updated_at, id);
