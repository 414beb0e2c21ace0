package vn.motcua.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Unit;

/**
 * The names papers and exports print for a unit instead of its group id: a department's name as the
 * administrators wrote it (Sở Công Thương – Phòng Quản lý Thương mại), the one-stop desk's for its role groups.
 * Every unit a dossier passes through is a group; a group no longer in the engine (an office of a former district)
 * is named by the unit it worked for in the organisation ({@code app.organisation}); an id nobody named is printed
 * as it is.
 */
@Component
public class UnitNames {

    /** The desk is a unit of work whose groups are roles (Role.UNIT_ROLES): its name as a unit, not as a job. */
    static final String DESK = "Bộ phận Một cửa";

    private final ProcessEngine engine;
    private final Organisation organisation;

    UnitNames(@Lazy ProcessEngine engine, Organisation organisation) {
        this.engine = engine;
        this.organisation = organisation;
    }

    /** The unit's name; empty for null or blank. */
    public String name(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return "";
        }
        if (Role.ONE_STOP_CLERK.groupId().equals(groupId)) {
            return DESK;
        }
        if (Role.ONE_STOP_DESK_HEAD.groupId().equals(groupId)) {
            return DESK + " – " + Role.ONE_STOP_DESK_HEAD.displayName();
        }
        Group group = Privileged.call(engine, () -> engine.getIdentityService().createGroupQuery().groupId(groupId)
                .singleResult());
        if (group != null && group.getName() != null && !group.getName().isBlank()) {
            return group.getName();
        }
        // a group that no longer exists (an office of a former district): the unit it worked for, by its name
        return organisation.unitOfGroup(groupId).map(Unit::name).orElse(groupId);
    }
}
