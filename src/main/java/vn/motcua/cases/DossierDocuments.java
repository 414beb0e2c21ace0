package vn.motcua.cases;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** The printed forms of a dossier. */
@Service
public class DossierDocuments {

    private final ProcedureCatalog catalog;
    private final IdentityService identityService;

    DossierDocuments(ProcedureCatalog catalog, IdentityService identityService) {
        this.catalog = catalog;
        this.identityService = identityService;
    }

    /** Form 01, for a received dossier. */
    public byte[] receipt(Dossier dossier) {
        if (!dossier.isReceived()) {
            throw new DossierConflictException("Dossier " + dossier.code() + " was not received ("
                    + (dossier.outcome() != null ? dossier.outcome().label() : dossier.status().label())
                    + "): it has no receipt");
        }
        String agencyName = catalog.byDefinitionId(dossier.processDefinitionId()).map(Procedure::agencyName)
                .orElse(dossier.agencyCode());
        return ReceiptForm.render(dossier, agencyName, fullName(dossier.clerk()));
    }

    private String fullName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }
}
