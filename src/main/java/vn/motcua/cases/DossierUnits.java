package vn.motcua.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Organisation;

/**
 * The groups a commune-level procedure's steps are offered to: one model serves every commune, and each task goes
 * to the office of the commune that decides the dossier, as its record says (chosen at receipt, written by the
 * server, never a variable a caller can change). In a model: {@code camunda:candidateGroups=
 * "${dossierUnits.group(execution, 'kinh-te')}"}: the group of role {@code kinh-te} of the deciding commune or
 * of one of its offices ({@code app.organisation}).
 * <p>
 * The desks' steps go to the desk that does them, a desk's clerks' group: {@code receivingDesk} (the intake's check
 * and the forwarding of a dossier received at another desk than the deciding agency's), {@code decidingDesk} (the
 * deciding agency's desk: the handover to the deciding unit, a supplement), {@code returnDesk} (where the citizen
 * chose to collect the result). Without an organisation every desk step goes to {@code one-stop-clerk}.
 */
@Component("dossierUnits")
public class DossierUnits {

    /** How the catalogue notes a first unit of processing that depends on the deciding commune. */
    static final String ROLE_PREFIX = "role:";
    private static final Pattern GROUP_EXPRESSION =
            Pattern.compile("^\\$\\{\\s*dossierUnits\\.group\\(\\s*execution\\s*,\\s*'([^']+)'\\s*\\)\\s*}$");

    private final DossierRepository dossiers;
    private final Organisation organisation;

    DossierUnits(DossierRepository dossiers, Organisation organisation) {
        this.dossiers = dossiers;
        this.organisation = organisation;
    }

    /** The group of the role in the agency deciding the dossier of this execution. */
    public String group(DelegateExecution execution, String role) {
        String agency = dossiers.ofExecution(execution).agencyCode();
        return organisation.group(agency, role).orElseThrow(() -> new ProcessEngineException(
                "Đơn vị " + organisation.name(agency) + " (" + agency + ") chưa khai báo nhóm \"" + role
                        + "\" trong cơ cấu tổ chức (app.organisation)"));
    }

    /** The group of the clerks of the desk that received the dossier. */
    public String receivingDesk(DelegateExecution execution) {
        return deskGroup(desks(dossiers.ofExecution(execution)).receivingDesk());
    }

    /** The group of the clerks of the deciding agency's desk. */
    public String decidingDesk(DelegateExecution execution) {
        return deskGroup(desks(dossiers.ofExecution(execution)).decidingDesk());
    }

    /** The group of the clerks of the desk where the citizen collects the result. */
    public String returnDesk(DelegateExecution execution) {
        return deskGroup(desks(dossiers.ofExecution(execution)).returnDesk());
    }

    /** Whether the dossier was received at another desk than the deciding agency's, and is forwarded there. */
    public boolean forwarded(DelegateExecution execution) {
        return desks(dossiers.ofExecution(execution)).forwarded();
    }

    /** The dossier's desks: as recorded at registration, the deciding agency's from the organisation. */
    public DossierDesks desks(Dossier dossier) {
        return dossiers.desks(dossier.code(), organisation.deskOf(dossier.agencyCode()));
    }

    private String deskGroup(String desk) {
        String group = desk == null ? null : organisation.deskGroup(desk);
        return group != null ? group : vn.motcua.engine.Role.ONE_STOP_CLERK.groupId();
    }

    /** The role a candidate-group expression names, empty for any other text. */
    static Optional<String> roleOf(String candidateGroups) {
        Matcher matcher = GROUP_EXPRESSION.matcher(candidateGroups == null ? "" : candidateGroups.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
