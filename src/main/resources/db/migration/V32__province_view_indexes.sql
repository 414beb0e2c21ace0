-- The province view at a province's size (100 agencies, 3 million dossiers a year; README 'Benchmarks').
-- The trend's roll-ups: each resolved metric's months of every agency are one range of this index, read without
-- the rows (the value is in it), instead of every metric of every month.
create index ix_motcua_monthly_stat_metric on motcua_monthly_stat (breakdown, metric, stat_month, agency_code, stat_value);
-- The open dossiers by agency (measurement.OnTimeReport openByAgency): counted from this index's entries, the
-- overdue ones from the range of each status due before now. It replaces V30's (status, agency, due moment), which
-- made the overdue count read every open dossier's entry.
create index ix_motcua_dossier_open_due_agency on motcua_dossier (status, due_at, agency_code);
drop index ix_motcua_dossier_open_agency;
