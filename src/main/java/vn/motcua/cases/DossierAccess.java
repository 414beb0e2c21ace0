package vn.motcua.cases;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

import vn.motcua.engine.Role;
import vn.motcua.measurement.StepRecords;

/**
 * Who may read a dossier, personal data included: the desk, managers and administrators, and the
 * units that worked or are working one of its steps.
 */
@Component
public class DossierAccess {

    private static final Set<String> SEE_ALL = Set.of(Groups.CAMUNDA_ADMIN, Role.MANAGER.groupId(),
            Role.ONE_STOP_CLERK.groupId());

    private final StepRecords steps;

    DossierAccess(StepRecords steps) {
        this.steps = steps;
    }

    public boolean canRead(Dossier dossier, List<String> groupIds) {
        return seesAll(groupIds) || steps.anyStepOfUnits(dossier.code(), groupIds);
    }

    /** The desk, managers and administrators see every dossier. */
    public boolean seesAll(List<String> groupIds) {
        return groupIds.stream().anyMatch(SEE_ALL::contains);
    }

    /** Withdrawals and supplements are handed in at the desk. */
    public boolean isDesk(List<String> groupIds) {
        return groupIds.contains(Role.ONE_STOP_CLERK.groupId()) || groupIds.contains(Groups.CAMUNDA_ADMIN);
    }
}
