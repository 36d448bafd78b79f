-- Desk and administration usability (issue 10).

-- The desk finds a dossier by the owner's or the submitter's phone number, whatever its state.
create index dossier_owner_phone_ix on dossier (owner_phone) where owner_phone is not null;
create index dossier_submitter_phone_ix on dossier (submitter_phone) where submitter_phone is not null;

-- Before a publication stops procedures, the preview counts their open dossiers. The states are
-- those of Dossiers.countOpenByProcedure: filed and not finished.
create index dossier_procedure_open_ix on dossier (procedure_id)
    where status in ('SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'AMENDMENT_REQUESTED', 'RESOLVED');

-- A row of an imported list may name an agency ambiguously (a name without its province that
-- several agencies share).
alter table catalog_import_row drop constraint catalog_import_row_outcome_ck;
alter table catalog_import_row add constraint catalog_import_row_outcome_ck
    check (outcome in ('NEW', 'CHANGED', 'UNCHANGED', 'UNKNOWN', 'AMBIGUOUS', 'MALFORMED'));
