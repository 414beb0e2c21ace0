-- Monthly roll-ups of the daily counters, kept in the same transaction as the daily ones, so that a
-- year's report sums twelve months instead of 365 days. Three breakdowns, each read on its own:
-- DEPARTMENT (every procedure summed, procedure_code = '*'), PROCEDURE (department = '*') and FULL
-- (both, for reports that filter or group by department and procedure together).
create table motcua_monthly_stat (
    breakdown      varchar(16)  not null,
    stat_month     date         not null,
    agency_code    varchar(32)  not null,
    department     varchar(255) not null,
    procedure_code varchar(64)  not null,
    metric         varchar(40)  not null,
    stat_value     numeric(16, 2) not null,
    primary key (breakdown, stat_month, agency_code, department, procedure_code, metric)
);

insert into motcua_monthly_stat (breakdown, stat_month, agency_code, department, procedure_code, metric, stat_value)
select 'FULL', cast(date_trunc('month', stat_day) as date), agency_code, department, procedure_code, metric, sum(stat_value)
from motcua_daily_stat group by cast(date_trunc('month', stat_day) as date), agency_code, department, procedure_code, metric;

insert into motcua_monthly_stat (breakdown, stat_month, agency_code, department, procedure_code, metric, stat_value)
select 'DEPARTMENT', stat_month, agency_code, department, '*', metric, sum(stat_value)
from motcua_monthly_stat where breakdown = 'FULL' group by stat_month, agency_code, department, metric;

insert into motcua_monthly_stat (breakdown, stat_month, agency_code, department, procedure_code, metric, stat_value)
select 'PROCEDURE', stat_month, agency_code, '*', procedure_code, metric, sum(stat_value)
from motcua_monthly_stat where breakdown = 'FULL' group by stat_month, agency_code, procedure_code, metric;
