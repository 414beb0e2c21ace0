package vn.motcua.cases;

import org.springframework.stereotype.Component;

import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Unit;

/**
 * The name of the agency that decides a dossier, as papers, e-mails and the ledger print it: the unit of its agency
 * code in the organisation (the commune that decides a commune-level dossier, a former district for a dossier it
 * decided), else the agency its procedure names.
 */
@Component
public class AgencyNames {

    private final Organisation organisation;
    private final ProcedureCatalog catalog;

    AgencyNames(Organisation organisation, ProcedureCatalog catalog) {
        this.organisation = organisation;
        this.catalog = catalog;
    }

    public String of(Dossier dossier) {
        return organisation.unit(dossier.agencyCode()).map(Unit::name)
                .or(() -> catalog.byDefinitionId(dossier.processDefinitionId()).map(Procedure::agencyName))
                .filter(name -> !name.isBlank()).orElse(dossier.agencyCode());
    }

    /** The agency's name by its code: the organisation's unit, else a procedure's agency. */
    public String of(String agencyCode) {
        return organisation.unit(agencyCode).map(Unit::name)
                .orElseGet(() -> catalog.all().stream().filter(procedure -> agencyCode.equals(procedure.agencyCode()))
                        .map(Procedure::agencyName).findFirst().orElse(agencyCode));
    }
}
