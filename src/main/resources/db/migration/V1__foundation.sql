-- Foundation schema: accounts, catalogue, documents, dossiers, outbox, sessions, scheduler locks.
-- Every constraint is named so that errors and later migrations can refer to it.

create extension if not exists pg_trgm;

-- catalog ---------------------------------------------------------------------------------------

create table agency (
    id              uuid         not null,
    code            varchar(40)  not null,
    name            varchar(255) not null,
    admin_level     varchar(16)  not null,
    address         varchar(255),
    hotline         varchar(20),
    email           varchar(255),
    support_contact varchar(255),
    constraint agency_pk primary key (id),
    constraint agency_code_uk unique (code),
    constraint agency_admin_level_ck check (admin_level in ('PROVINCE', 'DISTRICT', 'COMMUNE'))
);

create table procedure (
    id                      uuid         not null,
    code                    varchar(40)  not null,
    name                    varchar(500) not null,
    field                   varchar(255) not null,
    agency_id               uuid         not null,
    service_level           varchar(16)  not null,
    admin_level             varchar(16)  not null,
    processing_days         integer      not null,
    fee_vnd                 bigint       not null,
    fee_note                varchar(500),
    postal_return_offered   boolean      not null,
    online_payment_offered  boolean      not null,
    legal_basis             text,
    result_type_code        varchar(40),
    accepting_dossiers      boolean      not null,
    search_text             text         not null,
    constraint procedure_pk primary key (id),
    constraint procedure_code_uk unique (code),
    constraint procedure_agency_fk foreign key (agency_id) references agency (id),
    constraint procedure_service_level_ck check (service_level in ('FULL_ONLINE', 'PARTIAL_ONLINE')),
    constraint procedure_admin_level_ck check (admin_level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    constraint procedure_processing_days_ck check (processing_days > 0),
    constraint procedure_fee_ck check (fee_vnd >= 0)
);
create index procedure_agency_ix on procedure (agency_id);
create index procedure_search_text_ix on procedure using gin (search_text gin_trgm_ops);
create index procedure_name_ix on procedure (name);

-- account ---------------------------------------------------------------------------------------

create table account (
    id             uuid         not null,
    login          varchar(64)  not null,
    id_type        varchar(16),
    full_name      varchar(120) not null,
    date_of_birth  date,
    address        varchar(255),
    email          varchar(255),
    phone          varchar(15),
    password_hash  varchar(255) not null,
    role           varchar(16)  not null,
    agency_id      uuid,
    status         varchar(24)  not null,
    created_at     timestamptz  not null,
    activated_at   timestamptz,
    version        bigint       not null,
    constraint account_pk primary key (id),
    constraint account_login_uk unique (login),
    constraint account_agency_fk foreign key (agency_id) references agency (id),
    constraint account_id_type_ck check (id_type in ('CMND', 'CCCD', 'PASSPORT')),
    constraint account_role_ck check (role in ('CITIZEN', 'OFFICER', 'ADMIN')),
    constraint account_status_ck check (status in ('PENDING_ACTIVATION', 'ACTIVE', 'DISABLED')),
    constraint account_officer_agency_ck check (role <> 'OFFICER' or agency_id is not null),
    constraint account_citizen_identity_ck check (role <> 'CITIZEN' or (id_type is not null and date_of_birth is not null))
);
create index account_agency_ix on account (agency_id);

create table activation_token (
    id          uuid        not null,
    account_id  uuid        not null,
    kind        varchar(16) not null,
    token_hash  varchar(64)    not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    attempts    integer     not null,
    created_at  timestamptz not null,
    constraint activation_token_pk primary key (id),
    constraint activation_token_hash_uk unique (token_hash),
    constraint activation_token_account_fk foreign key (account_id) references account (id) on delete cascade,
    constraint activation_token_kind_ck check (kind in ('EMAIL_LINK', 'SMS_CODE'))
);
create index activation_token_account_ix on activation_token (account_id);

-- documents -------------------------------------------------------------------------------------

create table stored_file (
    id             uuid         not null,
    owner_id       uuid,
    original_name  varchar(255) not null,
    media_type     varchar(127) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)     not null,
    storage_key    varchar(255) not null,
    created_at     timestamptz  not null,
    constraint stored_file_pk primary key (id),
    constraint stored_file_storage_key_uk unique (storage_key),
    constraint stored_file_owner_fk foreign key (owner_id) references account (id),
    constraint stored_file_size_ck check (size_bytes >= 0)
);
create index stored_file_owner_ix on stored_file (owner_id);

create table document_requirement (
    id                uuid         not null,
    procedure_id      uuid         not null,
    position          integer      not null,
    name              varchar(500) not null,
    mandatory         boolean      not null,
    accepted_types    varchar(255) not null,
    max_size_bytes    bigint,
    template_file_id  uuid,
    constraint document_requirement_pk primary key (id),
    constraint document_requirement_procedure_fk foreign key (procedure_id) references procedure (id) on delete cascade,
    constraint document_requirement_template_fk foreign key (template_file_id) references stored_file (id),
    constraint document_requirement_position_uk unique (procedure_id, position)
);

-- dossier ---------------------------------------------------------------------------------------

create table dossier (
    id                  uuid         not null,
    code                varchar(40),
    form_key            uuid         not null,
    procedure_id        uuid         not null,
    agency_id           uuid         not null,
    applicant_id        uuid         not null,
    channel             varchar(16)  not null,
    status              varchar(24)  not null,
    submitter_name      varchar(120) not null,
    submitter_id_number varchar(20),
    submitter_phone     varchar(15),
    submitter_email     varchar(255),
    submitter_address   varchar(255),
    owner_name          varchar(120),
    owner_id_number     varchar(20),
    owner_phone         varchar(15),
    owner_email         varchar(255),
    owner_address       varchar(255),
    content             text,
    postal_return       boolean      not null,
    recipient_name      varchar(120),
    recipient_phone     varchar(15),
    recipient_address   varchar(255),
    recipient_province  varchar(80),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    submitted_at        timestamptz,
    version             bigint       not null,
    constraint dossier_pk primary key (id),
    constraint dossier_code_uk unique (code),
    constraint dossier_form_key_uk unique (applicant_id, form_key),
    constraint dossier_procedure_fk foreign key (procedure_id) references procedure (id),
    constraint dossier_agency_fk foreign key (agency_id) references agency (id),
    constraint dossier_applicant_fk foreign key (applicant_id) references account (id),
    constraint dossier_channel_ck check (channel in ('ONLINE', 'COUNTER', 'POSTAL')),
    constraint dossier_status_ck check (status in ('DRAFT', 'SUBMITTED', 'RECEIVED', 'IN_PROGRESS',
        'AMENDMENT_REQUESTED', 'RESOLVED', 'RETURNED', 'REJECTED', 'WITHDRAWN')),
    constraint dossier_code_issued_ck check (status = 'DRAFT' or code is not null),
    constraint dossier_submitted_at_ck check (status = 'DRAFT' or submitted_at is not null),
    constraint dossier_postal_recipient_ck check (not postal_return or status = 'DRAFT'
        or (recipient_name is not null and recipient_phone is not null and recipient_address is not null
            and recipient_province is not null))
);
create index dossier_applicant_ix on dossier (applicant_id, created_at desc);
create index dossier_agency_status_ix on dossier (agency_id, status, submitted_at);

create table dossier_attachment (
    id               uuid         not null,
    dossier_id       uuid         not null,
    requirement_id   uuid,
    requirement_name varchar(500) not null,
    file_id          uuid         not null,
    added_at         timestamptz  not null,
    constraint dossier_attachment_pk primary key (id),
    constraint dossier_attachment_dossier_fk foreign key (dossier_id) references dossier (id) on delete cascade,
    constraint dossier_attachment_requirement_fk foreign key (requirement_id) references document_requirement (id),
    constraint dossier_attachment_file_fk foreign key (file_id) references stored_file (id)
);
create index dossier_attachment_dossier_ix on dossier_attachment (dossier_id);
create index dossier_attachment_file_ix on dossier_attachment (file_id);

create table dossier_transition (
    id           uuid        not null,
    dossier_id   uuid        not null,
    occurred_at  timestamptz not null,
    actor_id     uuid,
    actor_name   varchar(120),
    from_status  varchar(24),
    to_status    varchar(24) not null,
    note         text,
    constraint dossier_transition_pk primary key (id),
    constraint dossier_transition_dossier_fk foreign key (dossier_id) references dossier (id) on delete cascade
);
create index dossier_transition_dossier_ix on dossier_transition (dossier_id, occurred_at);

-- Daily sequence behind dossier codes: one row per agency and day, incremented atomically.
create table dossier_code_sequence (
    agency_id   uuid    not null,
    day         date    not null,
    last_value  integer not null,
    constraint dossier_code_sequence_pk primary key (agency_id, day),
    constraint dossier_code_sequence_agency_fk foreign key (agency_id) references agency (id)
);

-- notify ----------------------------------------------------------------------------------------

create table outbox_message (
    id               uuid         not null,
    channel          varchar(8)   not null,
    recipient        varchar(255) not null,
    subject          varchar(255),
    body             text         not null,
    status           varchar(16)  not null,
    attempts         integer      not null,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(500),
    created_at       timestamptz  not null,
    sent_at          timestamptz,
    constraint outbox_message_pk primary key (id),
    constraint outbox_message_channel_ck check (channel in ('EMAIL', 'SMS')),
    constraint outbox_message_status_ck check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index outbox_message_due_ix on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_message_created_ix on outbox_message (created_at desc);

-- infrastructure --------------------------------------------------------------------------------

create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
