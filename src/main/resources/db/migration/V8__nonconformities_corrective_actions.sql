-- Nonconforming output (ISO 9001:2015, 8.7) followed up by a process instance each, and the corrective
-- actions (10.2) some of them need.
alter table motcua_nonconformity add column code varchar(32);
alter table motcua_nonconformity add column responsible_unit varchar(255);
alter table motcua_nonconformity add column dossier_code varchar(64);
alter table motcua_nonconformity add column process_instance_id varchar(64);
alter table motcua_nonconformity add column details varchar(4000);
alter table motcua_nonconformity add column correction varchar(4000);
alter table motcua_nonconformity add column corrective_action_needed boolean;
alter table motcua_nonconformity add column decision_note varchar(4000);
alter table motcua_nonconformity add column opened_by varchar(64);
alter table motcua_nonconformity add column closed_at timestamp with time zone;
alter table motcua_nonconformity alter column status set data type varchar(32);
update motcua_nonconformity set code = 'KPH-' || cast(id as varchar(20)) where code is null;
create unique index uk_motcua_nonconformity_code on motcua_nonconformity (code);

create table motcua_corrective_action (
    nonconformity_code  varchar(32)   primary key,
    agency_code         varchar(32),
    responsible_unit    varchar(255)  not null,
    process_instance_id varchar(64)   not null,
    status              varchar(16)   not null,
    round               integer       not null,
    root_cause          varchar(4000),
    action_plan         varchar(4000),
    action_owner        varchar(64),
    action_deadline     date,
    implementation      varchar(4000),
    implemented_at      timestamp with time zone,
    effectiveness_note  varchar(4000),
    opened_at           timestamp with time zone not null,
    closed_at           timestamp with time zone
);
create index ix_motcua_corrective_action_open on motcua_corrective_action (status, action_deadline);
