-- Each QMS record belongs to an agency (README: 'Agencies and who sees them'): the tenant of the process instance that
-- keeps it, the agency its quality team started it for. Nonconformities, corrective actions and objectives' results
-- have had their agency since V6/V8. A record without one (started by its timer, by an administrator without naming
-- an agency, or before this change) is the installation's, shared by every agency as its instance is.
alter table motcua_audit_programme add column agency_code varchar(64);
alter table motcua_management_review add column agency_code varchar(64);
alter table motcua_risk add column agency_code varchar(64);
-- an agency's review of its expired records takes up that agency's records only
alter table motcua_records_review add column agency_code varchar(64);
create index ix_motcua_audit_programme_agency on motcua_audit_programme (agency_code, audit_year);
create index ix_motcua_management_review_agency on motcua_management_review (agency_code, period_to);
create index ix_motcua_risk_agency on motcua_risk (agency_code, status);
create index ix_motcua_nonconformity_agency on motcua_nonconformity (agency_code, status);
