package vn.motcua.desk;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.engine.Privileged;

/**
 * The names the card prints instead of ids: units (groups, or an agency of an inter-agency procedure) and
 * the officers who worked a step. Read without the engine's checks, because a user may read only the
 * accounts of their own department, while the card names whoever worked the dossier before (first and last
 * name only, never an e-mail address).
 */
@Component
class StaffNames {

    private final ProcessEngine engine;
    private final ProcedureCatalog catalog;

    private final vn.motcua.organisation.Organisation organisation;

    StaffNames(ProcessEngine engine, ProcedureCatalog catalog, vn.motcua.organisation.Organisation organisation) {
        this.engine = engine;
        this.catalog = catalog;
        this.organisation = organisation;
    }

    /** Each unit's name by its id; a step's unit may be several groups ("a,b"), each is named. */
    Map<String, String> units(Collection<String> unitFields) {
        Set<String> ids = new LinkedHashSet<>();
        unitFields.stream().filter(field -> field != null && !field.isBlank())
                .forEach(field -> ids.addAll(List.of(field.split(","))));
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        // units of the organisation, those that no longer exist too (a former district's office), by their name
        ids.forEach(id -> organisation.unit(id).or(() -> organisation.unitOfGroup(id))
                .ifPresent(unit -> names.put(id, unit.name())));
        catalog.all().stream().filter(procedure -> ids.contains(procedure.agencyCode()))
                .forEach(procedure -> names.putIfAbsent(procedure.agencyCode(), procedure.agencyName()));
        List<Group> groups = Privileged.call(engine, () -> engine.getIdentityService().createGroupQuery()
                .groupIdIn(ids.toArray(String[]::new)).list());
        groups.forEach(group -> names.put(group.getId(), group.getName() == null ? group.getId() : group.getName()));
        return names;
    }

    /** The name of a step's unit field ("a,b" → "Name A, Name B"). */
    static String unitName(String unitField, Map<String, String> names) {
        if (unitField == null || unitField.isBlank()) {
            return null;
        }
        return List.of(unitField.split(",")).stream().map(id -> names.getOrDefault(id, id))
                .collect(Collectors.joining(", "));
    }

    /** Officers' full names by user id. */
    Map<String, String> people(Collection<String> userIds) {
        Set<String> ids = userIds.stream().filter(id -> id != null && !id.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<User> users = Privileged.call(engine, () -> engine.getIdentityService().createUserQuery()
                .userIdIn(ids.toArray(String[]::new)).list());
        users.forEach(user -> names.put(user.getId(), fullName(user)));
        return names;
    }

    private static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
