package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.springframework.stereotype.Component;

/** Every flow node has a shape and every sequence flow an edge, so the diagram renders in Modeler and Cockpit. */
@Component
final class CompleteDiagramRule implements ModelRule {

    @Override
    public String id() {
        return "complete-diagram";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        Set<String> drawn = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                drawn.add(shape.getBpmnElement().getId());
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null) {
                drawn.add(((BaseElement) edge.getBpmnElement()).getId());
            }
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                problems.add(problem(node.getId(), "the element has no shape in the diagram: open the file in "
                        + "Camunda Modeler and place it"));
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawn.contains(flow.getId())) {
                problems.add(problem(flow.getId(), "the sequence flow has no edge in the diagram: open the file in "
                        + "Camunda Modeler and draw it"));
            }
        }
        return problems;
    }
}
