-- Records control (ISO 9001:2015, 7.5.3): each review of records whose retention period has expired,
-- and what it decided for each record (destroy, or keep in the archive), with its minute.
create table motcua_records_review (
    code                varchar(32)   primary key,
    process_instance_id varchar(64)   not null,
    status              varchar(16)   not null,
    record_count        integer       not null,
    minute_text         varchar(4000),
    proposed_by         varchar(64),
    approved_by         varchar(64),
    approval_note       varchar(4000),
    started_at          timestamp with time zone not null,
    disposed_at         timestamp with time zone
);

create table motcua_record_disposal (
    record_type         varchar(32)   not null,
    reference           varchar(64)   not null,
    review_code         varchar(32)   not null references motcua_records_review (code),
    closed_on           date          not null,
    expired_on          date          not null,
    decision            varchar(16)   not null,
    primary key (record_type, reference)
);
create index ix_motcua_record_disposal_review on motcua_record_disposal (review_code, record_type, reference);
-- the monthly search for dossiers past their retention reads closed dossiers by closing day
create index ix_motcua_dossier_closed on motcua_dossier (closed_at);
