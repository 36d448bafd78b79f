-- Security hardening: the audit log of security events, the per-account login throttle, and the
-- removal of personal data that earlier versions kept in clear or in a recoverable form.

-- audit -----------------------------------------------------------------------------------------

-- Security events (logins, failures, lock-outs, denials, officers' look-ups of citizens) and every
-- dossier transition with its actor. ID numbers and phones are stored masked (0420******45).
create table audit_event (
    id              bigint generated always as identity,
    occurred_at     timestamptz  not null default now(),
    kind            varchar(40)  not null,
    actor_id        uuid,
    actor           varchar(160),
    subject         varchar(200),
    subject_key     varchar(64),
    client_address  varchar(64),
    detail          varchar(500),
    constraint audit_event_pk primary key (id)
);
create index audit_event_occurred_ix on audit_event (occurred_at desc);
create index audit_event_actor_ix on audit_event (actor_id, kind, occurred_at);

-- Append-only: no path of the application (nor a mistaken UPDATE in a console) can rewrite or
-- remove what happened. The portal connects as one database role, so a REVOKE alone would not hold
-- against it; the triggers do. Removing old rows is a deliberate act of a database administrator.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
revoke update, delete, truncate on audit_event from public;

-- Every dossier transition is audited in the transaction that records it, whatever the path that
-- made it (citizen's form, desk, counter intake).
create function dossier_transition_audit() returns trigger language plpgsql as $$
begin
    insert into audit_event (occurred_at, kind, actor_id, actor, subject, detail)
    values (new.occurred_at, 'DOSSIER_TRANSITION', new.actor_id, new.actor_name, new.dossier_id::text,
            coalesce(new.from_status, '-') || ' -> ' || new.to_status);
    return new;
end
$$;
create trigger dossier_transition_audited after insert on dossier_transition
    for each row execute function dossier_transition_audit();

-- login throttle --------------------------------------------------------------------------------

-- One row per login attempt that was let through to the password check, until it is known to have
-- succeeded (then it is removed). Keys are keyed hashes (HMAC) of the normalised login and of the
-- client address, never the values. Rows older than an hour are removed by a scheduled job.
create table login_attempt (
    id            bigint generated always as identity,
    account_key   varchar(64)  not null,
    client_key    varchar(64)  not null,
    attempted_at  timestamptz  not null,
    forgiven      boolean      not null default false,
    constraint login_attempt_pk primary key (id)
);
create index login_attempt_account_ix on login_attempt (account_key, attempted_at);
create index login_attempt_attempted_ix on login_attempt (attempted_at);

-- personal data kept by earlier versions ---------------------------------------------------------

-- Buckets were keyed by an unsalted SHA-256 of ID numbers and addresses, which a few million
-- guesses reverse; the new keys are HMACs. The old rows only held counters.
delete from rate_limit_bucket;

-- File names are shown to officers and citizens: remove control and bidirectional formatting
-- characters (a right-to-left override makes "hoso<RLO>fdp.exe" read as "hosoexe.pdf").
update stored_file
set original_name = coalesce(nullif(btrim(regexp_replace(original_name,
        '[\u0001-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]',
        '', 'g')), ''), 'tep-dinh-kem')
where original_name ~ '[\u0001-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]';
