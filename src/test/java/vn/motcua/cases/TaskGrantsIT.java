package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grants a task gives its candidate groups as it is created (engine.TaskAssignmentRule, without Camunda's
 * look-up of an existing grant for a new task): one for the task, one for its history, each once; a group offered
 * the task later gets its grants the usual way.
 */
class TaskGrantsIT extends DeskIT {

    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");

    @Autowired
    AuthorizationService authorizations;

    private Task aNewDossiersFirstTask() throws Exception {
        String code = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB", PAPERS, "COMPLETE")).get("code").asText();
        return desk.openTask(code);
    }

    private String candidateGroupOf(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    @Test
    void aNewTaskGrantsItsCandidateGroupTheTaskAndItsHistoryOnce() throws Exception {
        Task task = aNewDossiersFirstTask();
        String group = candidateGroupOf(task);

        List<Authorization> onTask = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(task.getId()).list();
        List<Authorization> onHistory = authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId(task.getId()).list();

        assertThat(onTask).hasSize(1).first().satisfies(grant -> {
            assertThat(grant.getGroupId()).isEqualTo(group);
            assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(grant.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
        });
        assertThat(onHistory).hasSize(1).first().satisfies(grant -> {
            assertThat(grant.getGroupId()).isEqualTo(group);
            assertThat(grant.isPermissionGranted(HistoricTaskPermissions.READ)).isTrue();
            assertThat(grant.getRootProcessInstanceId()).isNotNull();
        });
        assertThat(authorizations.isUserAuthorized(desk.workerOf(task), List.of(group), Permissions.READ, Resources.TASK,
                task.getId())).isTrue();
    }

    @Test
    void aGroupOfferedAnExistingTaskAgainKeepsOneGrant() throws Exception {
        Task task = aNewDossiersFirstTask();
        String group = candidateGroupOf(task);

        // the engine's own call, as an administrator's would be: the existing grant is found and kept
        taskService.addCandidateGroup(task.getId(), group);

        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
                .groupIdIn(group).count()).isOne();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId(task.getId()).groupIdIn(group).count()).isOne();
    }
}
