-- Issue 13: fees paid online. Payment orders and their attempts at the gateway, the dossier's wait
-- for a financial obligation (national status 6), and the electronic receipt in the document store.

-- The dossier waits for payment as it waits for an amendment: the clock stops, and the state it
-- left is where it goes back to once paid.
alter table dossier drop constraint dossier_status_ck;
alter table dossier add constraint dossier_status_ck check (status in ('DRAFT', 'SUBMITTED', 'RECEIVED', 'IN_PROGRESS',
    'AMENDMENT_REQUESTED', 'PAYMENT_REQUESTED', 'RESOLVED', 'RETURNED', 'REJECTED', 'WITHDRAWN'));
alter table dossier drop constraint dossier_received_ck;
alter table dossier add constraint dossier_received_ck check (status not in ('RECEIVED', 'IN_PROGRESS',
        'AMENDMENT_REQUESTED', 'PAYMENT_REQUESTED', 'RESOLVED', 'RETURNED')
    or (received_at is not null and due_date is not null and original_due_date is not null));
alter table dossier
    add column payment_requested_at  timestamptz,
    add column payment_resume_status varchar(24),
    add constraint dossier_payment_wait_ck check (status <> 'PAYMENT_REQUESTED'
        or (payment_requested_at is not null and payment_resume_status in ('RECEIVED', 'IN_PROGRESS')));

alter table personal_document drop constraint personal_document_kind_ck;
alter table personal_document add constraint personal_document_kind_ck check (kind in ('DIGITISED', 'RESULT', 'RECEIPT'));

create table payment_order (
    id               uuid         not null,
    dossier_id       uuid         not null,
    dossier_code     varchar(40)  not null,
    agency_id        uuid         not null,
    procedure_name   varchar(500) not null,
    payer_account_id uuid,
    purpose          varchar(16)  not null,
    description      varchar(255) not null,
    amount_vnd       bigint       not null,
    status           varchar(16)  not null,
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    settled_at       timestamptz,
    paid_channel     varchar(16),
    receipt_number   varchar(30),
    receipt_document_id uuid,
    version          bigint       not null,
    constraint payment_order_pk primary key (id),
    constraint payment_order_dossier_fk foreign key (dossier_id) references dossier (id),
    constraint payment_order_agency_fk foreign key (agency_id) references agency (id),
    constraint payment_order_purpose_ck check (purpose in ('FEE', 'CHARGE', 'POSTAGE', 'REQUESTED')),
    constraint payment_order_status_ck check (status in ('PENDING', 'PAID', 'FAILED', 'EXPIRED', 'CANCELLED')),
    constraint payment_order_amount_ck check (amount_vnd > 0),
    constraint payment_order_paid_ck check (status <> 'PAID'
        or (settled_at is not null and paid_channel in ('ONLINE', 'COUNTER') and receipt_number is not null)),
    constraint payment_order_receipt_uk unique (receipt_number)
);
-- At most one order waiting and at most one paid per dossier and purpose: a fee is never paid twice.
create unique index payment_order_pending_uk on payment_order (dossier_id, purpose) where status = 'PENDING';
create unique index payment_order_paid_uk on payment_order (dossier_id, purpose) where status = 'PAID';
create index payment_order_dossier_ix on payment_order (dossier_id, created_at);
create index payment_order_settled_ix on payment_order (settled_at) where status = 'PAID';

create table payment_attempt (
    id               uuid         not null,
    order_id         uuid         not null,
    txn_ref          varchar(20)  not null,
    amount_vnd       bigint       not null,
    status           varchar(16)  not null,
    created_at       timestamptz  not null,
    expires_at       timestamptz  not null,
    settled_at       timestamptz,
    gateway_txn_no   varchar(40),
    response_code    varchar(8),
    last_queried_at  timestamptz,
    constraint payment_attempt_pk primary key (id),
    constraint payment_attempt_order_fk foreign key (order_id) references payment_order (id),
    constraint payment_attempt_txn_ref_uk unique (txn_ref),
    constraint payment_attempt_status_ck check (status in ('PENDING', 'PAID', 'FAILED', 'EXPIRED', 'CANCELLED'))
);
create index payment_attempt_pending_ix on payment_attempt (created_at) where status = 'PENDING';

create sequence payment_receipt_seq;

-- A dossier waiting for payment is open: the partial indexes of open dossiers take it in, as the
-- queries that use them (Dossiers.countOpenByProcedure, the public figures) now do.
drop index dossier_procedure_open_ix;
create index dossier_procedure_open_ix on dossier (procedure_id)
    where status in ('SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'AMENDMENT_REQUESTED', 'PAYMENT_REQUESTED', 'RESOLVED');
drop index dossier_stats_open_ix;
create index dossier_stats_open_ix on dossier (due_date)
    where status in ('RECEIVED', 'IN_PROGRESS', 'AMENDMENT_REQUESTED', 'PAYMENT_REQUESTED');
