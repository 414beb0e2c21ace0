-- Measuring on-time resolution (DOMAIN.md §5): each dossier's own figures at close, and daily
-- counters kept as things happen, so a report sums days, never scans dossiers.
alter table motcua_dossier add column department varchar(255);
alter table motcua_dossier add column timeliness varchar(16);
alter table motcua_dossier add column processing_days numeric(8, 2);
alter table motcua_dossier add column decision766_days numeric(8, 2);
alter table motcua_dossier add column decision766_late boolean;
create index ix_motcua_dossier_open on motcua_dossier (status, due_at);

create table motcua_daily_stat (
    stat_day       date         not null,
    agency_code    varchar(32)  not null,
    department     varchar(255) not null,
    procedure_code varchar(64)  not null,
    metric         varchar(40)  not null,
    stat_value     numeric(14, 2) not null,
    primary key (stat_day, agency_code, department, procedure_code, metric)
);
