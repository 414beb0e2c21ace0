package vn.motcua.models.procedures;

import java.util.List;

/**
 * What one procedure model has of its own inside the shape all procedures share: the steps of its
 * processing sub-process in order, each with the unit it is offered to, and the step whose form may ask
 * for a supplement ({@code appraisalOutcome = SUPPLEMENT}); its folder is the agency kind.
 */
record Procedure(String processKey, String folder, List<Step> steps, String supplementStep) {

    record Step(String taskKey, String candidateGroup) {
    }

    static Step step(String taskKey, String candidateGroup) {
        return new Step(taskKey, candidateGroup);
    }

    /** The model on the classpath: processes/procedures/{folder}/{processKey}.bpmn (file name = process id). */
    String resource() {
        return "processes/procedures/" + folder + "/" + processKey + ".bpmn";
    }

    String firstStep() {
        return steps.get(0).taskKey();
    }
}
