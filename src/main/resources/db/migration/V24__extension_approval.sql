-- Form 04 of Circular 03/2025/TT-VPCP asks the competent person to extend the processing time: the new return date
-- holds once approved, and who approved it is kept with the apology (README: 'Deadlines, escalations').
alter table motcua_dossier add column apology_approved_by varchar(64);
