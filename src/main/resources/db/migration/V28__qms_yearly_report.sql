-- An agency's yearly report on its QMS to the province's Department of Science and Technology (Decision
-- 19/2014/QĐ-TTg): compiled from the engine's records for the year, completed with the agency's difficulties and
-- proposals, signed off by its leader, then submitted. The signed PDF is kept as signed.
create table motcua_qms_yearly_report (
    code                varchar(32)   primary key,
    agency_code         varchar(64)   not null,
    report_year         integer       not null,
    status              varchar(16)   not null,
    process_instance_id varchar(64)   not null,
    difficulties        varchar(4000),
    proposals           varchar(4000),
    return_reason       varchar(4000),
    prepared_by         varchar(64),
    signed_by           varchar(64),
    started_at          timestamp with time zone not null,
    submitted_at        timestamp with time zone,
    report_pdf          bytea
);
create index ix_motcua_qms_yearly_report on motcua_qms_yearly_report (report_year, agency_code);
