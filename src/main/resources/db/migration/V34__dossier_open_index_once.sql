-- ix_motcua_dossier_open (status, due_at) is the first two columns of ix_motcua_dossier_open_due_agency
-- (status, due_at, agency_code, V32): every query it served, the overdue lists and the counts of open dossiers by
-- status and due moment, reads the wider index the same way. Each change of a dossier's status or due moment wrote
-- both (README "Benchmarks").
drop index ix_motcua_dossier_open;
