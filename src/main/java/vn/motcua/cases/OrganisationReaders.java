package vn.motcua.cases;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.engine.ProcessReaders;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitKind;

/**
 * Models that name their units through {@code dossierUnits} (README "Organisation") cannot tell deployment which
 * groups work them, so once the models are deployed: every group of every commune and of the communes' offices may
 * read the commune-level procedures' definitions, and every desk's clerks' group every procedure's and the shared
 * intake and return blocks' (their diagrams in Tasklist), as the groups a model names may read it.
 */
@Component
class OrganisationReaders {

    static final String INTAKE = "DossierIntakeProcess";
    static final String RETURN = "ResultReturnProcess";

    private final ProcedureCatalog catalog;
    private final Organisation organisation;
    private final ProcessReaders readers;

    OrganisationReaders(ProcedureCatalog catalog, Organisation organisation, ProcessReaders readers) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.readers = readers;
    }

    @EventListener(ApplicationReadyEvent.class)
    void grant() {
        Set<String> communeGroups = new TreeSet<>();
        Set<String> deskGroups = new TreeSet<>();
        for (Unit unit : organisation.units()) {
            boolean commune = unit.kind() == UnitKind.COMMUNE;
            boolean office = unit.kind() == UnitKind.OFFICE && organisation.unit(unit.parent())
                    .filter(parent -> parent.kind() == UnitKind.COMMUNE).isPresent();
            if (commune || office) {
                communeGroups.addAll(unit.groups().values());
            }
            if (unit.kind() == UnitKind.DESK) {
                deskGroups.addAll(unit.groups().values());
            }
        }
        for (Procedure procedure : catalog.all()) {
            if (procedure.decidedByCommune() && !communeGroups.isEmpty()) {
                readers.grantRead(communeGroups, procedure.processDefinitionKey());
            }
            if (!deskGroups.isEmpty()) {
                readers.grantRead(deskGroups, procedure.processDefinitionKey());
            }
        }
        if (!deskGroups.isEmpty()) {
            readers.grantRead(deskGroups, INTAKE);
            readers.grantRead(deskGroups, RETURN);
        }
    }
}
