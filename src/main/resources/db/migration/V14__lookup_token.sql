-- The secret lookup token (mã tra cứu) printed on a dossier's receipt beside its code: the public lookup
-- shows a dossier's details, and takes the citizen's feedback, only with it (dossier codes are sequential
-- and guessable). Dossiers registered before this column get their token when the desk reprints their
-- receipt (vn.motcua.cases.LookupTokens).
alter table motcua_dossier add column lookup_token varchar(32);
