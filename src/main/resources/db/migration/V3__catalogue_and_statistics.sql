-- Administration of the catalogue (versions, yearly publications, imports), password resets, and
-- the indexes the statistics read.

-- statistics ------------------------------------------------------------------------------------

-- When a received dossier stopped being in progress: resolved, rejected or withdrawn.
alter table dossier add column finished_at timestamptz generated always as (coalesce(resolved_at, closed_at)) stored;

-- A report of a period reads the received dossiers that finished in or after it, or not at all:
-- two ranges instead of the whole history before the period's end.
create index dossier_stats_finished_ix on dossier (agency_id, finished_at)
    include (received_at, procedure_id, channel, due_date, resolved_at, closed_at, status)
    where received_at is not null and finished_at is not null;
create index dossier_stats_finished_all_ix on dossier (finished_at)
    include (agency_id, received_at, procedure_id, channel, due_date, resolved_at, closed_at, status)
    where received_at is not null and finished_at is not null;
create index dossier_stats_unfinished_ix on dossier (agency_id, received_at)
    include (procedure_id, channel, due_date, resolved_at, closed_at, status, finished_at)
    where received_at is not null and finished_at is null;
create index dossier_stats_posted_ix on dossier (agency_id, returned_at) where return_method = 'POSTAL';
create index dossier_stats_received_ix on dossier (received_at) where received_at is not null;
create index dossier_stats_resolved_ix on dossier (resolved_at) include (due_date) where resolved_at is not null;
create index dossier_stats_open_ix on dossier (due_date) where status in ('RECEIVED', 'IN_PROGRESS', 'AMENDMENT_REQUESTED');
create index dossier_stats_refused_ix on dossier (agency_id, closed_at) where received_at is null and closed_at is not null;
create index dossier_waiting_return_ix on dossier (resolved_at desc) where status = 'RESOLVED';
create index amendment_request_requested_ix on amendment_request (requested_at);

-- The home page's figures of past days, over all agencies, counted once: a dossier is received and
-- resolved at the moment it happens, so a day's counts are final once the day is over.
create table dossier_day_figures (
    day              date        not null,
    received         bigint      not null,
    resolved         bigint      not null,
    resolved_on_time bigint      not null,
    counted_at       timestamptz not null default now(),
    constraint dossier_day_figures_pk primary key (day)
);

-- catalogue versions ----------------------------------------------------------------------------

alter table procedure add column revision integer not null default 1;
alter table procedure add constraint procedure_revision_ck check (revision >= 1);

-- Every version of a procedure as it was published; a dossier keeps the one it was filed under.
create table procedure_revision (
    procedure_id  uuid        not null,
    revision      integer     not null,
    snapshot      text        not null,
    changed_at    timestamptz not null,
    changed_by    varchar(120),
    constraint procedure_revision_pk primary key (procedure_id, revision),
    constraint procedure_revision_procedure_fk foreign key (procedure_id) references procedure (id) on delete cascade
);

alter table dossier add column procedure_revision integer not null default 1;

alter table document_requirement add column retired boolean not null default false;

-- yearly publication of the procedures eligible for online service (annexes 1A-3A, 1B-3B) --------

create table catalog_import (
    id            uuid         not null,
    file_name     varchar(255) not null,
    created_at    timestamptz  not null,
    created_by    varchar(120),
    status        varchar(16)  not null,
    error_key     varchar(80),
    constraint catalog_import_pk primary key (id),
    constraint catalog_import_status_ck check (status in ('PREVIEW', 'REFUSED', 'PUBLISHED'))
);

create table catalog_import_row (
    id              uuid         not null,
    import_id       uuid         not null,
    line            integer      not null,
    code            varchar(40),
    name            varchar(500),
    agency_text     varchar(255),
    agency_id       uuid,
    admin_level     varchar(16),
    service_level   varchar(16),
    outcome         varchar(16)  not null,
    problem_key     varchar(80),
    procedure_id    uuid,
    constraint catalog_import_row_pk primary key (id),
    constraint catalog_import_row_import_fk foreign key (import_id) references catalog_import (id) on delete cascade,
    constraint catalog_import_row_outcome_ck check (outcome in ('NEW', 'CHANGED', 'UNCHANGED', 'UNKNOWN', 'MALFORMED')),
    constraint catalog_import_row_line_uk unique (import_id, line)
);

create table publication (
    id               uuid         not null,
    decision_number  varchar(80)  not null,
    decision_date    date         not null,
    effective_from   date         not null,
    published_at     timestamptz  not null,
    published_by     varchar(120),
    import_id        uuid         not null,
    constraint publication_pk primary key (id),
    constraint publication_decision_uk unique (decision_number),
    constraint publication_import_fk foreign key (import_id) references catalog_import (id),
    constraint publication_import_uk unique (import_id)
);

create table publication_entry (
    publication_id  uuid        not null,
    procedure_id    uuid        not null,
    service_level   varchar(16) not null,
    admin_level     varchar(16) not null,
    constraint publication_entry_pk primary key (publication_id, procedure_id),
    constraint publication_entry_publication_fk foreign key (publication_id) references publication (id) on delete cascade,
    constraint publication_entry_procedure_fk foreign key (procedure_id) references procedure (id)
);

-- accounts: password resets by e-mail link --------------------------------------------------------

alter table activation_token drop constraint activation_token_kind_ck;
alter table activation_token add constraint activation_token_kind_ck check (kind in ('EMAIL_LINK', 'SMS_CODE', 'PASSWORD_RESET'));
create index account_role_ix on account (role, agency_id);

-- A file picked from the citizen's document store is shared, never deleted with the dossier.
alter table dossier_attachment add column from_store boolean not null default false;
