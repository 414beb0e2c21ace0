-- Management review (ISO 9001:2015, 9.3): a review per period with its compiled inputs (a PDF kept as
-- compiled), the meeting's conclusions, and the decided actions followed up one by one. Citizen
-- feedback on dossiers (9.1.2), one of the review's inputs.
create table motcua_management_review (
    code                varchar(32)   primary key,
    period_from         date          not null,
    period_to           date          not null,
    process_instance_id varchar(64)   not null,
    status              varchar(16)   not null,
    inputs_pdf          bytea,
    compiled_at         timestamp with time zone,
    meeting_date        date,
    attendees           varchar(4000),
    conclusions         varchar(4000),
    decided_by          varchar(64),
    decided_at          timestamp with time zone,
    started_at          timestamp with time zone not null,
    closed_at           timestamp with time zone
);

create table motcua_review_action (
    id                  varchar(40)   primary key,
    review_code         varchar(32)   not null references motcua_management_review (code),
    number              integer       not null,
    action_text         varchar(2000) not null,
    action_owner        varchar(64)   not null,
    action_deadline     date          not null,
    status              varchar(16)   not null,
    round               integer       not null,
    implementation      varchar(4000),
    verification_note   varchar(4000),
    closed_at           timestamp with time zone
);
create index ix_motcua_review_action_review on motcua_review_action (review_code, number);

create table motcua_feedback (
    dossier_code        varchar(64)   primary key,
    rating              varchar(16)   not null,
    comment             varchar(1000),
    given_at            timestamp with time zone not null
);
create index ix_motcua_feedback_given on motcua_feedback (given_at);
