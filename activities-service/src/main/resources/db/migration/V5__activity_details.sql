-- Type-specific record details (talk partners, pairing, decision stages) as JSON; pupils appear only
-- by a pseudonymous reference, never by name or ID.
alter table activity add column details text;
