package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/**
 * Every process in a deployed file must be executable: the engine silently skips the others. The one
 * exception is Camunda practice: in a collaboration with an executable pool, another pool may document
 * the other party's side (the citizen submitting and collecting) and is left not executable.
 */
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
        boolean anyExecutable = processes.stream().anyMatch(Process::isExecutable);
        Set<String> pools = new HashSet<>();
        for (Participant participant : model.getModelElementsByType(Participant.class)) {
            if (participant.getProcess() != null) {
                pools.add(participant.getProcess().getId());
            }
        }
        for (Process process : processes) {
            boolean documentsAnotherParty = anyExecutable && pools.contains(process.getId());
            if (!process.isExecutable() && !documentsAnotherParty) {
                problems.add(problem(process.getId(), "the process is not executable: tick \"Executable\" in Camunda "
                        + "Modeler (only a second pool of a collaboration, documenting another party's side, may stay "
                        + "not executable)"));
            }
        }
        return problems;
    }
}
