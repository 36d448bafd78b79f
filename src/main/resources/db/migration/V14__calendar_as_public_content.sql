-- The calendar of public holidays is kept in memory by every node, like the catalogue: a change
-- bumps this row and notifies the other nodes (PublicContent).
insert into content_version (area, version) values ('calendar', 0);
