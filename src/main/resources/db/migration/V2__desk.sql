-- The one-stop desk: receipt and deadlines, the single amendment request, results, returns,
-- apologies, counter intake, the personal document store and the holiday calendar.

-- catalog: the holidays that working-day deadlines skip ------------------------------------------

create table holiday (
    day   date         not null,
    name  varchar(120) not null,
    constraint holiday_pk primary key (day)
);

-- documents: the personal document store (kho dữ liệu cá nhân) -----------------------------------

create table personal_document (
    id                   uuid         not null,
    file_id              uuid         not null,
    kind                 varchar(16)  not null,
    owner_id_number      varchar(20),
    owner_name           varchar(120) not null,
    owner_birth_year     integer,
    owner_id_issue_date  date,
    owner_id_issuer      varchar(120),
    type_code            varchar(40)  not null,
    name                 varchar(255) not null,
    summary              text,
    valid_from           date,
    valid_until          date,
    scope                varchar(255),
    document_code        varchar(80),
    source_dossier_code  varchar(40),
    created_at           timestamptz  not null,
    constraint personal_document_pk primary key (id),
    constraint personal_document_file_fk foreign key (file_id) references stored_file (id),
    constraint personal_document_code_uk unique (document_code),
    constraint personal_document_kind_ck check (kind in ('DIGITISED', 'RESULT')),
    -- Decree 107/2021: the owner's ID number, or else name, birth year, issue date and issuer.
    constraint personal_document_owner_ck check (owner_id_number is not null
        or (owner_birth_year is not null and owner_id_issue_date is not null and owner_id_issuer is not null)),
    constraint personal_document_validity_ck check (valid_until is null or valid_from is null or valid_until >= valid_from),
    constraint personal_document_result_code_ck check (kind <> 'RESULT' or document_code is not null)
);
create index personal_document_owner_ix on personal_document (owner_id_number, created_at desc);

-- dossier: deadlines, receipt, resolution, return ------------------------------------------------

alter table dossier alter column applicant_id drop not null;
alter table dossier
    add column owner_name_folded      text,
    add column receipt_due_at         timestamptz,
    add column received_at            timestamptz,
    add column original_due_date      date,
    add column due_date               date,
    add column processing_started_at  timestamptz,
    add column resolved_at            timestamptz,
    add column returned_at            timestamptz,
    add column return_method          varchar(16),
    add column postal_item_number     varchar(40),
    add column dispatch_date          date,
    add column closed_at              timestamptz,
    add column closing_reason         text,
    add column resolution_note        text;

alter table dossier
    add constraint dossier_applicant_ck check (channel <> 'ONLINE' or applicant_id is not null),
    add constraint dossier_received_ck check (status not in ('RECEIVED', 'IN_PROGRESS', 'AMENDMENT_REQUESTED', 'RESOLVED', 'RETURNED')
        or (received_at is not null and due_date is not null and original_due_date is not null)),
    add constraint dossier_resolved_ck check (status not in ('RESOLVED', 'RETURNED') or resolved_at is not null),
    add constraint dossier_returned_ck check (status <> 'RETURNED'
        or (returned_at is not null and return_method is not null)),
    add constraint dossier_return_method_ck check (return_method in ('COUNTER', 'POSTAL')),
    add constraint dossier_postal_return_ck check (return_method is distinct from 'POSTAL'
        or (postal_item_number is not null and dispatch_date is not null)),
    add constraint dossier_closing_reason_ck check (status not in ('REJECTED', 'WITHDRAWN')
        or (closed_at is not null and closing_reason is not null));

create index dossier_agency_due_ix on dossier (agency_id, due_date) where status in ('RECEIVED', 'IN_PROGRESS');
create index dossier_agency_receipt_due_ix on dossier (agency_id, receipt_due_at) where status = 'SUBMITTED';
create index dossier_agency_updated_ix on dossier (agency_id, updated_at desc);
create index dossier_owner_id_number_ix on dossier (owner_id_number);
create index dossier_submitter_id_number_ix on dossier (submitter_id_number);
create index dossier_owner_name_folded_ix on dossier using gin (owner_name_folded gin_trgm_ops);

alter table dossier_attachment
    add column superseded_at  timestamptz,
    add column amendment      boolean not null default false;

-- The amendment request: at most one per dossier, ever.
create table amendment_request (
    id                   uuid         not null,
    dossier_id           uuid         not null,
    requested_at         timestamptz  not null,
    requested_by         uuid,
    requested_by_name    varchar(120),
    reason               text         not null,
    answered_at          timestamptz,
    paused_working_days  integer,
    changes              text,
    constraint amendment_request_pk primary key (id),
    constraint amendment_request_dossier_uk unique (dossier_id),
    constraint amendment_request_dossier_fk foreign key (dossier_id) references dossier (id) on delete cascade,
    constraint amendment_request_answer_ck check ((answered_at is null) = (paused_working_days is null))
);

create table amendment_item (
    id              uuid         not null,
    amendment_id    uuid         not null,
    position        integer      not null,
    kind            varchar(16)  not null,
    requirement_id  uuid,
    field           varchar(40),
    label           varchar(500) not null,
    constraint amendment_item_pk primary key (id),
    constraint amendment_item_amendment_fk foreign key (amendment_id) references amendment_request (id) on delete cascade,
    constraint amendment_item_kind_ck check (kind in ('DOCUMENT', 'FIELD')),
    constraint amendment_item_target_ck check ((kind = 'DOCUMENT' and requirement_id is not null)
        or (kind = 'FIELD' and field is not null))
);
create index amendment_item_amendment_ix on amendment_item (amendment_id);

create table dossier_result (
    id                    uuid         not null,
    dossier_id            uuid         not null,
    file_id               uuid         not null,
    personal_document_id  uuid         not null,
    document_code         varchar(80)  not null,
    added_at              timestamptz  not null,
    constraint dossier_result_pk primary key (id),
    constraint dossier_result_dossier_fk foreign key (dossier_id) references dossier (id) on delete cascade,
    constraint dossier_result_file_fk foreign key (file_id) references stored_file (id),
    constraint dossier_result_document_fk foreign key (personal_document_id) references personal_document (id)
);
create index dossier_result_dossier_ix on dossier_result (dossier_id);

create table apology_letter (
    id              uuid         not null,
    dossier_id      uuid         not null,
    issued_at       timestamptz  not null,
    issued_by_name  varchar(120),
    reason          text         not null,
    new_return_date date         not null,
    constraint apology_letter_pk primary key (id),
    constraint apology_letter_dossier_fk foreign key (dossier_id) references dossier (id) on delete cascade
);
create index apology_letter_dossier_ix on apology_letter (dossier_id);

-- A dossier keeps the names of the procedure and agency it was filed under, whatever the catalogue
-- later becomes.
alter table dossier
    add column procedure_code varchar(40),
    add column procedure_name varchar(500),
    add column agency_name    varchar(255);
update dossier d set procedure_code = p.code, procedure_name = p.name, agency_name = a.name
    from procedure p join agency a on a.id = p.agency_id where p.id = d.procedure_id;
update dossier set owner_name_folded = lower(owner_name) where owner_name is not null;
alter table dossier
    alter column procedure_code set not null,
    alter column procedure_name set not null,
    alter column agency_name set not null;

-- For owners without an ID number (Decree 107/2021): birth year, and issue date and issuer of the
-- document that identifies them.
alter table dossier
    add column owner_birth_year     integer,
    add column owner_id_issue_date  date,
    add column owner_id_issuer      varchar(120);

-- A draft may be saved before the submitter's name is typed; submission needs it.
alter table dossier alter column submitter_name drop not null;
alter table dossier add constraint dossier_submitter_name_ck check (status = 'DRAFT' or submitter_name is not null);

-- Rate limit buckets (Bucket4j), shared by every copy of the portal. Keys are hashed: no address is stored.
create table rate_limit_bucket (
    id          varchar(100) not null,
    state       bytea,
    expires_at  bigint,
    constraint rate_limit_bucket_pk primary key (id)
);
