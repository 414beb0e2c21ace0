package vn.motcua.cases;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.engine.AgencyTenants;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.Role;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.UnitKind;

/**
 * Which agencies a user belongs to and sees (README: 'Agencies and who sees them'), from their groups only:
 * <ul>
 * <li>the units of the organisation their groups work for, each counted for its agency (a commune's office for the
 * commune): their agency, whose dossiers, reports and QMS they see;</li>
 * <li>the roles whose work spans the province see every agency: the one-stop desks (any desk receives for any agency,
 * the deciding agency's desk hands over and returns), the province's QMS officer and leaders, administrators;</li>
 * <li>as tenants only, the agencies of the procedures whose steps their groups work (a commune police office's step
 * in the commune's joint procedure): without it the engine would hide the step from them.</li>
 * </ul>
 * An installation without an organisation is one agency: everybody sees all of it, as before agencies existed.
 */
@Component
public class UserAgencies implements AgencyTenants {

    /** The roles that see every agency. */
    static final Set<String> PROVINCE_WIDE = Set.of(Role.ADMINISTRATOR.groupId(), Role.PROVINCE_QMS_OFFICER.groupId(),
            Role.PROVINCE_LEADER.groupId(), Role.ONE_STOP_CLERK.groupId(), Role.ONE_STOP_DESK_HEAD.groupId());

    /** The agencies a user sees: every one, or these. */
    public record Scope(boolean every, SortedSet<String> agencies) {

        static final Scope EVERY = new Scope(true, Collections.emptySortedSet());

        public boolean includes(String agencyCode) {
            return every || agencies.contains(agencyCode);
        }
    }

    private final Organisation organisation;
    private final ProcedureCatalog catalog;
    private final ProcessEngine engine;

    UserAgencies(Organisation organisation, @Lazy ProcedureCatalog catalog, @Lazy ProcessEngine engine) {
        this.organisation = organisation;
        this.catalog = catalog;
        this.engine = engine;
    }

    /** The agencies whose dossiers, reports and QMS records the user reads (besides dossiers their unit worked). */
    public Scope scope(Collection<String> groupIds) {
        if (organisation.isEmpty() || groupIds.stream().anyMatch(this::provinceWide)) {
            return Scope.EVERY;
        }
        return new Scope(false, Collections.unmodifiableSortedSet(organisation.agenciesOfGroups(groupIds)));
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> agencies = new TreeMap<>();
        organisation.agencies().forEach(agency -> agencies.put(agency.code(), agency.name()));
        return agencies;
    }

    @Override
    public Set<String> ofGroups(Collection<String> groupIds) {
        Scope scope = scope(groupIds);
        if (scope.every()) {
            return all().keySet();
        }
        SortedSet<String> tenants = new TreeSet<>(scope.agencies());
        tenants.addAll(agenciesOfProceduresWorkedBy(groupIds));
        return tenants;
    }

    private boolean provinceWide(String groupId) {
        return PROVINCE_WIDE.contains(groupId)
                || organisation.unitOfGroup(groupId).filter(unit -> unit.kind() == UnitKind.DESK).isPresent();
    }

    /**
     * The fixed agencies of the procedures whose models offer a step to one of the groups: the engine grants such
     * a group the reading of the procedure's definition when the model is deployed (ModelAuthorizations).
     */
    private Set<String> agenciesOfProceduresWorkedBy(Collection<String> groupIds) {
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new TreeSet<>();
        Privileged.call(engine, () -> engine.getAuthorizationService().createAuthorizationQuery()
                        .authorizationType(Authorization.AUTH_TYPE_GRANT)
                        .groupIdIn(groupIds.toArray(String[]::new)).resourceType(Resources.PROCESS_DEFINITION).list())
                .forEach(authorization -> keys.add(authorization.getResourceId()));
        Set<String> agencies = new TreeSet<>();
        catalog.all().stream().filter(procedure -> keys.contains(procedure.processDefinitionKey()))
                .filter(procedure -> !procedure.decidedByCommune())
                .filter(procedure -> organisation.unit(procedure.agencyCode()).isPresent())
                .forEach(procedure -> agencies.add(procedure.agencyCode()));
        return agencies;
    }
}
