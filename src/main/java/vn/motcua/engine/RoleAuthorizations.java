package vn.motcua.engine;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each role may do, beyond what the models grant (candidate groups work their own tasks;
 * candidate starter groups start their processes):
 * <ul>
 * <li>everybody with a role uses Tasklist, and reads the accounts of their own departments only (granted
 * per member by {@link MotcuaIdentityProvider}), not every account;</li>
 * <li>managers read their agency's definitions, instances and tasks in Cockpit, the province's roles every agency's,
 * and change nothing;</li>
 * <li>process modellers deploy models (the model rules still apply);</li>
 * <li>administrators administer.</li>
 * </ul>
 */
final class RoleAuthorizations {

    private RoleAuthorizations() {
    }

    static void grant(Grants grants) {
        for (Role role : Role.values()) {
            grants.grant(role.groupId(), Resources.APPLICATION, "tasklist", ACCESS);
            // Tasklist shows the names of the groups a task is offered to; groups are the organisation
            // chart, not personal data. Which groups a user is in is limited with the user's account.
            grants.grant(role.groupId(), Resources.GROUP, "*", READ);
            // Before issue 11 every role read every account, e-mail included: taken back.
            grants.revoke(role.groupId(), Resources.USER, "*", READ);
        }

        // managers read their agency's instances and tasks in Cockpit (the engine's tenant check keeps them to it), the
        // province's roles every agency's (README: 'Agencies and who sees them'); none of them changes anything
        for (Role reader : List.of(Role.MANAGER, Role.PROVINCE_QMS_OFFICER, Role.PROVINCE_LEADER)) {
            String group = reader.groupId();
            grants.grant(group, Resources.APPLICATION, "cockpit", ACCESS);
            grants.grant(group, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE);
            grants.grant(group, Resources.PROCESS_INSTANCE, "*", READ);
            grants.grant(group, Resources.TASK, "*", READ, READ_HISTORY);
            grants.grant(group, Resources.DEPLOYMENT, "*", READ);
            grants.grant(group, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY);
            grants.grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
            grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
            grants.grant(group, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        }

        String modeller = Role.PROCESS_MODELLER.groupId();
        grants.grant(modeller, Resources.APPLICATION, "cockpit", ACCESS);
        grants.grant(modeller, Resources.DEPLOYMENT, "*", READ, CREATE);
        grants.grant(modeller, Resources.PROCESS_DEFINITION, "*", READ);
        grants.grant(modeller, Resources.DECISION_DEFINITION, "*", READ);

        for (Resources resource : Resources.values()) {
            grants.grant(Groups.CAMUNDA_ADMIN, resource, "*", ALL);
        }
    }
}
