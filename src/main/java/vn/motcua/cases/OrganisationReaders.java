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
 * A commune-level procedure names its units through {@code dossierUnits.group(...)}, so deployment cannot tell
 * which groups work it: once the models are deployed, every group of every commune and of the communes' offices
 * may read the commune-level procedures' definitions (their diagrams in Tasklist), as the groups a model names
 * may read it.
 */
@Component
class CommuneProcedureReaders {

    private final ProcedureCatalog catalog;
    private final Organisation organisation;
    private final ProcessReaders readers;

    CommuneProcedureReaders(ProcedureCatalog catalog, Organisation organisation, ProcessReaders readers) {
        this.catalog = catalog;
        this.organisation = organisation;
        this.readers = readers;
    }

    @EventListener(ApplicationReadyEvent.class)
    void grant() {
        Set<String> groups = new TreeSet<>();
        for (Unit unit : organisation.units()) {
            boolean commune = unit.kind() == UnitKind.COMMUNE;
            boolean office = unit.kind() == UnitKind.OFFICE && organisation.unit(unit.parent())
                    .filter(parent -> parent.kind() == UnitKind.COMMUNE).isPresent();
            if (commune || office) {
                groups.addAll(unit.groups().values());
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        catalog.all().stream().filter(Procedure::decidedByCommune)
                .forEach(procedure -> readers.grantRead(groups, procedure.processDefinitionKey()));
    }
}
