package vn.motcua.models.procedures;

import java.util.List;

/**
 * What one procedure model has of its own inside the shape all procedures share: the steps of its
 * processing sub-process in order, each with the unit it is offered to, and the step whose form may ask
 * for a supplement ({@code appraisalOutcome = SUPPLEMENT}).
 */
record Procedure(String processKey, List<Step> steps, String supplementStep) {

    record Step(String taskKey, String candidateGroup) {
    }

    static Step step(String taskKey, String candidateGroup) {
        return new Step(taskKey, candidateGroup);
    }

    String firstStep() {
        return steps.get(0).taskKey();
    }
}
