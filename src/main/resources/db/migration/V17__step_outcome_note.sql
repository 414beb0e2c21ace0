-- The process-control sheet (README: 'A dossier, end to end') says how each step ended, not only when:
-- done, sent back to the step before (with its reason), a supplement asked of the citizen, or stopped;
-- and the step's note: the opinion its officer wrote, or the reason of a send-back.
alter table motcua_dossier_step add column outcome varchar(24);
alter table motcua_dossier_step add column note varchar(4000);
-- Steps ended before this version: completed ones (judged, or completed by someone) were done, an
-- agency's share too; the others were ended by the process moving on (withdrawal, abandonment).
update motcua_dossier_step set outcome = 'DONE'
where ended_at is not null and (timeliness is not null or completed_by is not null or kind = 'AGENCY');
update motcua_dossier_step set outcome = 'STOPPED' where ended_at is not null and outcome is null;
