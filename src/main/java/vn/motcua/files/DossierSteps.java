package vn.motcua.files;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.cases.Dossier;
import vn.motcua.engine.Privileged;

/**
 * The open steps of a dossier as the engine has them, and whether a user may work each. A step is a task of a
 * process instance with the dossier's code as business key whose root is the process instance registered for
 * the dossier (README, Security: 'What a caller cannot change'): another process started with the same
 * business key is no step of it. Which step it is comes from its task form.
 */
@Component
class DossierSteps {

    /** An open task of the dossier: its form, and whether the user asking is one who may work it. */
    record OpenStep(String taskId, String name, String formKey, boolean mayWork) {
    }

    private final ProcessEngine engine;

    DossierSteps(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * The dossier's open tasks. A user may work a task assigned to them, or one assigned to nobody of which they
     * are a candidate user or a member of a candidate group (README, Security: 'Who may do what'); a task a
     * colleague has claimed is theirs.
     */
    List<OpenStep> open(Dossier dossier, String userId, List<String> groupIds) {
        if (dossier.processInstanceId() == null) {
            return List.of();
        }
        // read in the application's name: the caller's own task authorizations must not hide a step from the check
        return Privileged.call(engine, () -> {
            Set<String> tree = new HashSet<>();
            for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                    .rootProcessInstanceId(dossier.processInstanceId()).list()) {
                tree.add(instance.getId());
            }
            tree.add(dossier.processInstanceId());
            return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(dossier.code()).initializeFormKeys()
                    .list().stream()
                    .filter(task -> tree.contains(task.getProcessInstanceId()))
                    .map(task -> new OpenStep(task.getId(), task.getName(), formKey(task), mayWork(task, userId, groupIds)))
                    .toList();
        });
    }

    private boolean mayWork(Task task, String userId, List<String> groupIds) {
        if (userId == null) {
            return false;
        }
        if (task.getAssignee() != null) {
            return userId.equals(task.getAssignee());
        }
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (userId.equals(link.getUserId()) || link.getGroupId() != null && groupIds.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private static String formKey(Task task) {
        CamundaFormRef ref = task.getCamundaFormRef();
        return ref != null ? ref.getKey() : task.getFormKey();
    }
}
