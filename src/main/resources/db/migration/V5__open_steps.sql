-- Cockpit's overdue view reads the open steps by due moment.
create index ix_motcua_step_open on motcua_dossier_step (ended_at, due_at);
