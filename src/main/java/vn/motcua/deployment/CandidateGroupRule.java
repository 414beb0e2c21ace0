package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Every user task the engine runs names the group that works it: a task nobody is responsible for is
 * never done on time. A pool that only documents another party's side is not run ({@link Pools}).
 */
@Component
final class CandidateGroupRule implements ModelRule {

    @Override
    public String id() {
        return "candidate-group";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (!Pools.isRun(task)) {
                continue;
            }
            String groups = task.getCamundaCandidateGroups();
            if (groups == null || groups.isBlank()) {
                problems.add(problem(task.getId(), "the user task has no candidate group: set \"Candidate groups\" "
                        + "to the responsible role or department, e.g. one-stop-clerk"));
            }
        }
        return problems;
    }
}
