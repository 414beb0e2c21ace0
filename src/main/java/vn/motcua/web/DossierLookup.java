package vn.motcua.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.DossierService;
import vn.motcua.security.EngineUser;

/**
 * Finds the dossier a request names, as the user may see it (DossierAccess): 404 when unknown, 403 when
 * not theirs, the applicant's ID number masked when their role does not need it.
 */
@Component
class DossierLookup {

    private final DossierService dossiers;
    private final DossierAccess access;

    DossierLookup(DossierService dossiers, DossierAccess access) {
        this.dossiers = dossiers;
        this.access = access;
    }

    Dossier readable(String code, EngineUser user) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> new NotFoundException("Không có hồ sơ " + code));
        return switch (access.reading(dossier, user.id(), user.groupIds())) {
            case NONE -> throw new AccessDeniedException("Hồ sơ này không thuộc đơn vị của ông/bà");
            case MASKED -> dossier.withIdNumberMasked();
            case FULL -> dossier;
        };
    }

    /** Withdrawals and supplements are handed in at the desk. */
    Dossier atTheDesk(String code, EngineUser user) {
        Dossier dossier = readable(code, user);
        if (!access.isDesk(user.groupIds())) {
            throw new AccessDeniedException("Chỉ Bộ phận Một cửa được ghi nhận việc này");
        }
        return dossier;
    }
}
