-- Statistics fed by the dossiers' events (issue 11): the stats module owns these tables and fills
-- them from dossier :: events through Spring Modulith's event publication registry. The figures of
-- the dossiers that already exist are counted by the Java migration V10.1 (stats.StatisticsBackfill,
-- a Spring bean that Spring Boot hands to Flyway), with the rules of stats.FigureRecount.

-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1, schema v2 for
-- PostgreSQL; its own schema initialisation is off so that Flyway stays the only schema path). A
-- publication is written in the transaction of the change and deleted once its listener completed.
create table event_publication (
    id                     uuid        not null,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz,
    constraint event_publication_pk primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- The figures of a day, per agency and procedure. A figure is added when its step happens, so every
-- step counts on the day it happened; "open" figures are running sums (received minus finished,
-- turned overdue minus left overdue) up to a day.
create table stats_day_figures (
    agency_id            uuid    not null,
    procedure_id         uuid    not null,
    day                  date    not null,
    received_online      integer not null default 0,
    received_counter     integer not null default 0,
    received_postal      integer not null default 0,
    resolved_on_time     integer not null default 0,
    resolved_late        integer not null default 0,
    rejected             integer not null default 0,
    withdrawn            integer not null default 0,
    refused              integer not null default 0,
    amendments_requested integer not null default 0,
    returned_by_post     integer not null default 0,
    -- An open dossier turns overdue the day after its due date; this is dated that day when it is
    -- received, and taken back if it finishes first or its due date moves.
    turned_overdue       integer not null default 0,
    -- A dossier that finished while overdue.
    left_overdue         integer not null default 0,
    constraint stats_day_figures_pk primary key (agency_id, day, procedure_id)
);
create index stats_day_figures_day_ix on stats_day_figures (day);

-- The same figures by month (month = its first day), written with the day's, so that a report or
-- a year reads a few dozen rows.
create table stats_month_figures (
    agency_id            uuid    not null,
    procedure_id         uuid    not null,
    month                date    not null,
    received_online      integer not null default 0,
    received_counter     integer not null default 0,
    received_postal      integer not null default 0,
    resolved_on_time     integer not null default 0,
    resolved_late        integer not null default 0,
    rejected             integer not null default 0,
    withdrawn            integer not null default 0,
    refused              integer not null default 0,
    amendments_requested integer not null default 0,
    returned_by_post     integer not null default 0,
    turned_overdue       integer not null default 0,
    left_overdue         integer not null default 0,
    constraint stats_month_figures_pk primary key (agency_id, month, procedure_id),
    constraint stats_month_figures_month_ck check (extract(day from month) = 1)
);

-- One row per dossier that reached the agency: which of its steps were counted (a bit each, so a
-- step delivered twice counts once), and, while it can be listed, what the late list and the home
-- page's list of results waiting show. The latest step seen (sequence) wins, whatever the order
-- the steps arrive in.
create table stats_dossier (
    dossier_id     uuid        not null,
    agency_id      uuid        not null,
    counted        integer     not null default 0,
    sequence       integer     not null,
    status         varchar(32) not null,
    code           text,
    procedure_name text,
    agency_name    text,
    due_date       date,
    held_by        text,
    resolved_at    timestamptz,
    owner_name     text,
    constraint stats_dossier_pk primary key (dossier_id)
);
create index stats_dossier_late_ix on stats_dossier (agency_id, due_date, code) where status in ('RECEIVED', 'IN_PROGRESS');
create index stats_dossier_late_all_ix on stats_dossier (due_date, code) where status in ('RECEIVED', 'IN_PROGRESS');
create index stats_dossier_waiting_ix on stats_dossier (resolved_at desc) where status = 'RESOLVED';

-- The home page's day cache goes: the day figures above replace it. The dossier indexes V3 made for
-- the statistics' queries stay for now (the desk's queries may use some of them); dropping the
-- unused ones is a follow-up that needs the desk benchmark.
drop table dossier_day_figures;
