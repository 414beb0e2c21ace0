package vn.motcua.web;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.security.access.AccessDeniedException;

import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.security.EngineUser;

/** The group checks the API's controllers share: who may call, and which unit a request names. */
final class Groups {

    private Groups() {
    }

    /**
     * The group a request names as responsible (a department, or the one-stop desk), trimmed; a problem of the field is
     * added when there is no such group.
     */
    static String responsible(ProcessEngine engine, String value, List<InvalidRequestException.FieldProblem> problems) {
        String unit = value == null ? "" : value.trim();
        if (!FieldLimits.check(problems, "responsibleUnit", unit, FieldLimits.RESPONSIBLE_UNIT)) {
            return unit;
        }
        // a unit that does work: a department, or the one-stop desk; never a role such as manager or
        // camunda-admin, whose members would then be offered the nonconformity's or risk's tasks to work
        boolean unitOfWork = !unit.isEmpty() && (Role.ONE_STOP_CLERK.groupId().equals(unit)
                || Privileged.call(engine, () -> engine.getIdentityService().createGroupQuery().groupId(unit)
                        .groupType(Role.DEPARTMENT_GROUP_TYPE).count()) > 0);
        if (!unitOfWork) {
            problems.add(new InvalidRequestException.FieldProblem("responsibleUnit",
                    "'" + unit + "' không phải phòng, đơn vị của hệ thống (cũng không phải Bộ phận Một cửa)"));
        }
        return unit;
    }

    /** Throws a 403 saying who the resource is for, unless the user is in one of the groups. */
    static void require(EngineUser user, Set<String> allowed, String whoFor) {
        if (user.groupIds().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException(whoFor);
        }
    }
}
