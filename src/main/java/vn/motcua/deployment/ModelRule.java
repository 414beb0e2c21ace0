package vn.motcua.deployment;

import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A rule every BPMN model must pass before the engine stores it. Each rule is a Spring bean
 * ({@code @Component}) in the module that owns its knowledge (procedure properties and time
 * allocations live in {@code cases}); {@link ModelValidator} gets them all injected.
 */
public interface ModelRule {

    /** A short, stable id that names the rule in error messages, e.g. {@code candidate-group}. */
    String id();

    List<ModelProblem> check(BpmnModelInstance model);

    default ModelProblem problem(String elementId, String message) {
        return new ModelProblem(elementId, id(), message);
    }
}
