-- Sign-in with the national electronic identity (VNeID, through the national portal's single
-- sign-on): the link between an account and an identity at the provider, accounts without a local
-- password, and the sign-in states already used.

-- An account created at a first e-ID sign-in has no local password: it signs in through the
-- provider only (a null hash never matches a password, see AccountSecurityConfiguration). Staff
-- accounts always have one.
alter table account alter column password_hash drop not null;
alter table account add constraint account_password_ck check (password_hash is not null or role = 'CITIZEN');

-- Such an account may wait for the date of birth the provider did not give: the person types it
-- once, before filing anything. An account registered with a password still has one from the start.
alter table account drop constraint account_citizen_identity_ck;
alter table account add constraint account_citizen_identity_ck
    check (role <> 'CITIZEN' or (id_type is not null and (date_of_birth is not null or password_hash is null)));

-- One row per account linked to an identity at a provider. Later sign-ins find the account by the
-- provider's stable subject id, never by e-mail or ID number; a subject belongs to one account,
-- and an account has at most one identity at each provider.
create table electronic_identity_link (
    id               uuid          not null,
    account_id       uuid          not null,
    issuer           varchar(255)  not null,
    subject          varchar(255)  not null,
    account_type     varchar(40),
    assurance_level  varchar(100),
    linked_at        timestamptz   not null,
    constraint electronic_identity_link_pk primary key (id),
    constraint electronic_identity_link_subject_uk unique (issuer, subject),
    constraint electronic_identity_link_account_uk unique (account_id, issuer),
    constraint electronic_identity_link_account_fk foreign key (account_id) references account (id)
);

-- The state of every sign-in the provider answered, until it expires: the request itself travels
-- in an encrypted cookie (no server session before signing in), and a callback replayed with the
-- same cookie finds its state spent here. Keys are keyed hashes of the states.
create table sign_in_state_spent (
    state_key   varchar(64)  not null,
    expires_at  timestamptz  not null,
    constraint sign_in_state_spent_pk primary key (state_key)
);
create index sign_in_state_spent_expires_ix on sign_in_state_spent (expires_at);
