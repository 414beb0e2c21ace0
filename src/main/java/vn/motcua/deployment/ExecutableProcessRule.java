package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/** Every process in a deployed file must be executable: the engine silently skips the others. */
@Component
final class ExecutableProcessRule implements ModelRule {

    @Override
    public String id() {
        return "executable";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        var processes = model.getModelElementsByType(Process.class);
        if (processes.isEmpty()) {
            problems.add(problem(null, "the file holds no process"));
        }
        for (Process process : processes) {
            if (!process.isExecutable()) {
                problems.add(problem(process.getId(), "the process is not executable: tick \"Executable\" in Camunda Modeler"));
            }
        }
        return problems;
    }
}
