-- The Department of Science and Technology's yearly inspection of the agencies' QMS (Decision 19/2014/QĐ-TTg):
-- the plan (agencies, on site or by documents, team, dates) approved by the provincial leader; per agency the
-- evidence compiled from the engine and the inspector's finding on each check; the report to the People's Committee.
create table motcua_inspection (
    code                varchar(32)   primary key,
    inspection_year     integer       not null,
    team                varchar(1000) not null,
    starts_on           date          not null,
    ends_on             date          not null,
    status              varchar(32)   not null,
    process_instance_id varchar(64),
    planned_by          varchar(64)   not null,
    approved_by         varchar(64),
    decision_note       varchar(4000),
    conclusion          varchar(4000),
    planned_at          timestamp with time zone not null,
    reported_at         timestamp with time zone,
    report_pdf          bytea
);

create table motcua_inspection_agency (
    inspection_code     varchar(32)   not null references motcua_inspection (code),
    agency_code         varchar(64)   not null,
    agency_name         varchar(255)  not null,
    mode                varchar(16)   not null,
    status              varchar(16)   not null,
    period_from         date,
    period_to           date,
    inspector           varchar(64),
    inspected_at        timestamp with time zone,
    task_id             varchar(64),
    primary key (inspection_code, agency_code)
);

create table motcua_inspection_check (
    inspection_code     varchar(32)   not null,
    agency_code         varchar(64)   not null,
    check_id            varchar(32)   not null,
    evidence            varchar(4000) not null,
    met_by_evidence     boolean,
    finding             varchar(16),
    note                varchar(4000),
    nonconformity_code  varchar(32),
    primary key (inspection_code, agency_code, check_id),
    foreign key (inspection_code, agency_code) references motcua_inspection_agency (inspection_code, agency_code)
);
