-- A dossier waiting for payment has its clock stopped, and its due date moves when it is paid; the
-- statistics move the day it turns overdue with it. A dossier may wait for payment more than once,
-- so each settlement counted is kept by its step's number (the other steps happen once and have a
-- bit in stats_dossier.counted).
create table stats_counted_settlement (
    dossier_id uuid    not null,
    sequence   integer not null,
    constraint stats_counted_settlement_pk primary key (dossier_id, sequence)
);
