-- A step record says which unit worked a dossier, and so who may read it. Until now the steps of a
-- nonconformity's process were recorded on the dossier it named (through its dossierCode variable),
-- granting the nonconformity's responsible unit access to that dossier. Steps are now recorded only for
-- the process instance registered for a dossier: remove the ones recorded from nonconformities.
delete from motcua_dossier_step
where process_instance_id in (select process_instance_id from motcua_nonconformity where process_instance_id is not null);
