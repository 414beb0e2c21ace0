package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

/**
 * Every executable process sets a history time to live and a version tag (the revision of the internal
 * procedure, ISO 9001 §7.5). Camunda 7.24 refuses a process without a time to live; the one the model
 * sets is kept for processes records control does not know, while procedures and QMS processes get
 * their records' retention at deployment ({@code vn.motcua.iso.HistoryRetention}).
 */
@Component
final class ProcessAttributesRule implements ModelRule {

    @Override
    public String id() {
        return "process-attributes";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                continue;
            }
            String ttl = process.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                problems.add(problem(process.getId(), "camunda:historyTimeToLive is not set: set \"History cleanup\" "
                        + "> \"Time to live\" in Camunda Modeler (days; procedures and QMS processes get their "
                        + "records' retention instead)"));
            }
            String versionTag = process.getCamundaVersionTag();
            if (versionTag == null || versionTag.isBlank()) {
                problems.add(problem(process.getId(), "camunda:versionTag is not set: give the revision of the "
                        + "procedure as \"Version tag\" in Camunda Modeler"));
            }
        }
        return problems;
    }
}
