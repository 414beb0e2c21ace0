-- Any desk receives (Decree 118/2025/NĐ-CP: intake regardless of administrative boundaries): the desk that
-- received a dossier and the desk where the citizen collects the result, both unit codes of app.organisation.
-- The deciding agency stays agency_code. Dossiers received before desks were units were received and returned at
-- the provincial centre (app.organisation.province-desk; null without an organisation).
alter table motcua_dossier add column receiving_desk varchar(32);
alter table motcua_dossier add column return_desk varchar(32);
update motcua_dossier set receiving_desk = nullif('${province_desk}', ''), return_desk = nullif('${province_desk}', '')
where receiving_desk is null;
