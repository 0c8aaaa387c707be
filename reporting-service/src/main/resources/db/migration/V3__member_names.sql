-- Lists of people (pipeline, overdue conversions) name them.
alter table member_view add column full_name varchar(100);
