package vn.motcua.cases;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.engine.Role;
import vn.motcua.measurement.StepRecords;
import vn.motcua.organisation.Organisation;

/**
 * Who may read a dossier (its record, steps and printed forms, the applicant's personal data included):
 * <ul>
 *   <li>the one-stop desks that have to do with it: a clerk ({@code one-stop-clerk}) of the desk that received it, of
 *       the deciding agency's desk (it is forwarded there) or of the desk where the citizen collects the result, by the
 *       clerk's desk group (README "Organisation"; a clerk in no desk group works at the provincial centre); a clerk of
 *       any other desk does not read it. Without an organisation every clerk reads every dossier;</li>
 *   <li>the units that worked, or are working, one of its procedure steps: a candidate group of a user task
 *       of the procedure's own process instance or of the shared intake and return blocks it called, as the
 *       step records say; those are written only for the process instance registered for the dossier, so no
 *       variable, business key, other model or nonconformity adds a unit;</li>
 *   <li>its agency's leaders: members of {@code agency-leader} who are also in the agency's leader group
 *       ({@code app.cases.agency-leader-groups}, e.g. {@code 000.00.12.H42 → sct-lanh-dao});</li>
 *   <li>an internal auditor while auditing: the auditor of a department audit not yet done, when that
 *       department worked one of the dossier's steps;</li>
 *   <li>managers of its agency (read only: a manager's agency comes from their units' groups, {@link UserAgencies}),
 *       the province's QMS officer and leaders (read only, every agency) and administrators.</li>
 * </ul>
 * The applicant's ID number is shown in full only to those whose work needs it: the desk, the units that
 * worked the dossier and its agency's leaders; managers, auditors and administrators see it masked
 * ({@code 0010******45}), as do the province's roles, and the tracking ledger never shows it.
 */
@Component
public class DossierAccess {

    /** How much of a dossier a user sees. */
    public enum Reading {
        /** Not at all: 403. */
        NONE,
        /** Everything but the applicant's ID number, which is masked. */
        MASKED,
        /** Everything. */
        FULL
    }

    private static final Set<String> SEE_ALL = Set.of(Groups.CAMUNDA_ADMIN, Role.MANAGER.groupId(),
            Role.ONE_STOP_CLERK.groupId());

    private final StepRecords steps;
    private final CasesSettings settings;
    private final JdbcClient jdbc;
    private final DossierUnits units;
    private final Organisation organisation;
    private final UserAgencies agencies;

    DossierAccess(StepRecords steps, CasesSettings settings, JdbcClient jdbc, DossierUnits units,
                  Organisation organisation, UserAgencies agencies) {
        this.agencies = agencies;
        this.steps = steps;
        this.settings = settings;
        this.jdbc = jdbc;
        this.units = units;
        this.organisation = organisation;
    }

    /** How much of the dossier the user sees, by the rule above. */
    public Reading reading(Dossier dossier, String userId, List<String> groupIds) {
        if (clerkOfItsDesks(dossier, groupIds) || workedOn(dossier, groupIds) || leadsAgencyOf(dossier, groupIds)) {
            return Reading.FULL;
        }
        if (groupIds.contains(Groups.CAMUNDA_ADMIN) || readsForTheProvince(groupIds)
                || groupIds.contains(Role.MANAGER.groupId()) && agencies.scope(groupIds).includes(dossier.agencyCode())
                || auditsAUnitOf(dossier, userId, groupIds)) {
            return Reading.MASKED;
        }
        return Reading.NONE;
    }

    public boolean canRead(Dossier dossier, String userId, List<String> groupIds) {
        return reading(dossier, userId, groupIds) != Reading.NONE;
    }

    /**
     * Whether one of the groups worked, or is working, a step of the dossier. The desk's role group is no unit here
     * once desks are units: a step the role worked (before desks were units) opens the dossier to the desks that
     * had to do with it only ({@link #clerkOfItsDesks}).
     */
    public boolean workedOn(Dossier dossier, List<String> groupIds) {
        List<String> units = organisation.provinceDesk() == null ? groupIds
                : groupIds.stream().filter(group -> !Role.ONE_STOP_CLERK.groupId().equals(group)).toList();
        return !units.isEmpty() && steps.anyStepOfUnits(dossier.code(), units);
    }

    /** A clerk of the desk that received the dossier, of the deciding agency's desk or of its return desk. */
    private boolean clerkOfItsDesks(Dossier dossier, List<String> groupIds) {
        if (!groupIds.contains(Role.ONE_STOP_CLERK.groupId())) {
            return false;
        }
        String desk = organisation.deskOfMember(groupIds);
        if (desk == null) {
            return true;
        }
        return units.desks(dossier).includes(desk);
    }

    /**
     * The desk, managers and administrators see the tracking ledger: the desk and administrators every agency's,
     * a manager their agency's ({@link UserAgencies#scope}).
     */
    public boolean seesAll(List<String> groupIds) {
        return groupIds.stream().anyMatch(SEE_ALL::contains);
    }

    /**
     * The desk whose ledger the caller reads: a clerk's own desk (README "Organisation"; the provincial centre's for
     * a clerk of no desk's group), as a clerk reads only the dossiers of their desk ({@link #reading}); null, every
     * desk, for administrators and managers, and without an organisation.
     */
    public String ledgerDesk(List<String> groupIds) {
        if (groupIds.contains(Groups.CAMUNDA_ADMIN) || groupIds.contains(Role.MANAGER.groupId())
                || !groupIds.contains(Role.ONE_STOP_CLERK.groupId())) {
            return null;
        }
        return organisation.deskOfMember(groupIds);
    }

    /** The province's QMS officer and leaders read every agency's dossiers, masked, and change none. */
    private static boolean readsForTheProvince(List<String> groupIds) {
        return groupIds.contains(Role.PROVINCE_QMS_OFFICER.groupId()) || groupIds.contains(Role.PROVINCE_LEADER.groupId());
    }

    /** Withdrawals and supplements are handed in at the desk. */
    public boolean isDesk(List<String> groupIds) {
        return groupIds.contains(Role.ONE_STOP_CLERK.groupId()) || groupIds.contains(Groups.CAMUNDA_ADMIN);
    }

    private boolean leadsAgencyOf(Dossier dossier, List<String> groupIds) {
        String leaders = settings.agencyLeaderGroups().get(dossier.agencyCode());
        return leaders != null && groupIds.contains(Role.AGENCY_LEADER.groupId()) && groupIds.contains(leaders);
    }

    /** The departments the user audits now (assigned, not yet audited), from the audit records the application keeps. */
    private boolean auditsAUnitOf(Dossier dossier, String userId, List<String> groupIds) {
        if (userId == null || !groupIds.contains(Role.INTERNAL_AUDITOR.groupId())) {
            return false;
        }
        List<String> audited = jdbc.sql("select department from motcua_internal_audit where auditor = :user "
                + "and status = 'ASSIGNED'").param("user", userId).query(String.class).list();
        return !audited.isEmpty() && steps.anyStepOfUnits(dossier.code(), audited);
    }
}
