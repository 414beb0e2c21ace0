package vn.motcua.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.DossierService;
import vn.motcua.security.EngineUser;

/** Finds the dossier a request names, if the user may read it: 404 when unknown, 403 when not theirs. */
@Component
class DossierLookup {

    private final DossierService dossiers;
    private final DossierAccess access;

    DossierLookup(DossierService dossiers, DossierAccess access) {
        this.dossiers = dossiers;
        this.access = access;
    }

    Dossier readable(String code, EngineUser user) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new NotFoundException("No dossier " + code));
        if (!access.canRead(dossier, user.groupIds())) {
            throw new AccessDeniedException("Not a dossier of your unit");
        }
        return dossier;
    }

    /** Withdrawals and supplements are handed in at the desk. */
    Dossier atTheDesk(String code, EngineUser user) {
        Dossier dossier = readable(code, user);
        if (!access.isDesk(user.groupIds())) {
            throw new AccessDeniedException("Only the one-stop desk records this");
        }
        return dossier;
    }
}
