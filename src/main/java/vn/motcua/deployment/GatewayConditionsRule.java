package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * A branching gateway says which way each flow goes: every outgoing flow but the default one has a
 * condition. The engine only warns, then guesses; a dossier must never take a guessed path. Gateways of
 * a pool the engine does not run ({@link Pools}) are drawn for reading only.
 */
@Component
final class GatewayConditionsRule implements ModelRule {

    @Override
    public String id() {
        return "gateway-conditions";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (!Pools.isRun(gateway)) {
                continue;
            }
            check(gateway.getOutgoing(), gateway.getDefault(), problems);
        }
        for (InclusiveGateway gateway : model.getModelElementsByType(InclusiveGateway.class)) {
            if (!Pools.isRun(gateway)) {
                continue;
            }
            check(gateway.getOutgoing(), gateway.getDefault(), problems);
        }
        return problems;
    }

    private void check(java.util.Collection<SequenceFlow> outgoing, SequenceFlow defaultFlow,
                       List<ModelProblem> problems) {
        if (outgoing.size() < 2) {
            return;
        }
        for (SequenceFlow flow : outgoing) {
            if (flow != defaultFlow && flow.getConditionExpression() == null) {
                problems.add(problem(flow.getId(), "the flow leaves a gateway without a condition and is not its "
                        + "default flow: give it a condition or mark it as the default flow"));
            }
        }
    }
}
