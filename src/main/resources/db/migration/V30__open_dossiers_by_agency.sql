-- The province view counts every agency's open and overdue dossiers in one pass (measurement.OnTimeReport
-- openByAgency): an index holding all it reads, so the open dossiers are counted without reading their rows.
create index ix_motcua_dossier_open_agency on motcua_dossier (status, agency_code, due_at);
