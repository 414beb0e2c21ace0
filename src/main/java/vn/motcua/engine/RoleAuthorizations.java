package vn.motcua.engine;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;

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
 * <li>managers read everything in Cockpit, and change nothing;</li>
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

        String manager = Role.MANAGER.groupId();
        grants.grant(manager, Resources.APPLICATION, "cockpit", ACCESS);
        grants.grant(manager, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE);
        grants.grant(manager, Resources.PROCESS_INSTANCE, "*", READ);
        grants.grant(manager, Resources.TASK, "*", READ, READ_HISTORY);
        grants.grant(manager, Resources.DEPLOYMENT, "*", READ);
        grants.grant(manager, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY);
        grants.grant(manager, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
        grants.grant(manager, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
        grants.grant(manager, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);

        // the province's roles see every agency side by side on Cockpit's dashboard (README: 'The province view'); they
        // read no definition, instance or task of an agency
        grants.grant(Role.PROVINCE_QMS_OFFICER.groupId(), Resources.APPLICATION, "cockpit", ACCESS);
        grants.grant(Role.PROVINCE_LEADER.groupId(), Resources.APPLICATION, "cockpit", ACCESS);

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
