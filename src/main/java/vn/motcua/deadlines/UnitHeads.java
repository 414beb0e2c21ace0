package vn.motcua.deadlines;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.engine.Role;

/**
 * The head of a unit: the group {@code <unit>-lanh-dao} when the agency has one (the convention of the
 * demo data and of the procedures' review steps); for the desk (the role, or a desk's clerks' group), the head of
 * the one-stop desk.
 */
@Component
class UnitHeads {

    private final IdentityService identityService;
    private final DeadlineSettings settings;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    private final vn.motcua.organisation.Organisation organisation;

    UnitHeads(@Lazy IdentityService identityService, DeadlineSettings settings,
              vn.motcua.organisation.Organisation organisation) {
        this.identityService = identityService;
        this.settings = settings;
        this.organisation = organisation;
    }

    /** The head's group, or null when the unit has none. */
    String of(String unit) {
        if (Role.ONE_STOP_CLERK.groupId().equals(unit) || organisation.unitOfGroup(unit)
                .filter(desk -> desk.kind() == vn.motcua.organisation.UnitKind.DESK).isPresent()) {
            return settings.deskHeadGroup();
        }
        String head = known.computeIfAbsent(unit, u -> identityService.createGroupQuery().groupId(u + "-lanh-dao")
                .count() > 0 ? u + "-lanh-dao" : "");
        return head.isEmpty() ? null : head;
    }
}
