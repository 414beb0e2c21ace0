-- Internal audits (ISO 9001:2015, 9.2): a programme a year, one audit per department.
create table motcua_audit_programme (
    code                varchar(32)   primary key,
    audit_year          integer       not null,
    process_instance_id varchar(64)   not null,
    status              varchar(16)   not null,
    criteria            varchar(4000),
    conclusion          varchar(4000),
    started_at          timestamp with time zone not null,
    reported_at         timestamp with time zone
);

create table motcua_internal_audit (
    programme_code      varchar(32)   not null references motcua_audit_programme (code),
    department          varchar(255)  not null,
    status              varchar(16)   not null,
    auditor             varchar(64),
    on_time_rate        numeric(6, 4),
    late_steps          integer,
    open_nonconformities integer,
    findings            varchar(4000),
    nonconformity_code  varchar(32),
    audited_at          timestamp with time zone,
    primary key (programme_code, department)
);
