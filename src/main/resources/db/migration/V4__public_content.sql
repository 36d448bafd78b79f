-- The version of each area of public content: a change bumps it (and notifies) in its own
-- transaction, so that every node drops the pages and indexes it derived from the old content.
create table content_version (
    area     varchar(40) not null,
    version  bigint      not null,
    constraint content_version_pk primary key (area),
    constraint content_version_ck check (version >= 0)
);
insert into content_version (area, version) values ('catalog', 0);
