package vn.motcua.models.procedures;

import java.util.List;

import vn.motcua.engine.DossierVariables;

/**
 * What one procedure model has of its own inside the shape all procedures share: the steps of its
 * processing sub-process in order, each with the unit it is offered to, the step whose form may ask
 * for a supplement ({@code appraisalOutcome = SUPPLEMENT}), and the levels that may send the dossier back
 * to the step before (in the order a dossier meets them); its folder is the agency kind.
 */
record Procedure(String processKey, String folder, List<Step> steps, String supplementStep, List<SendBack> sendBacks) {

    Procedure(String processKey, String folder, List<Step> steps, String supplementStep) {
        this(processKey, folder, steps, supplementStep, List.of());
    }

    record Step(String taskKey, String candidateGroup) {
    }

    /** The step {@code from} decides on {@code decision}: SEND_BACK returns the dossier to the step {@code to}. */
    record SendBack(String from, String decision, String to) {
    }

    static Step step(String taskKey, String candidateGroup) {
        return new Step(taskKey, candidateGroup);
    }

    /** The head's review of the draft, back to the step before. */
    static SendBack reviewBackTo(String from, String to) {
        return new SendBack(from, DossierVariables.REVIEW_DECISION, to);
    }

    /** The leader's signature, back to the step before. */
    static SendBack signBackTo(String from, String to) {
        return new SendBack(from, DossierVariables.SIGN_DECISION, to);
    }

    Procedure sendingBack(SendBack... levels) {
        return new Procedure(processKey, folder, steps, supplementStep, List.of(levels));
    }

    /** The model on the classpath: processes/procedures/{folder}/{processKey}.bpmn (file name = process id). */
    String resource() {
        return "processes/procedures/" + folder + "/" + processKey + ".bpmn";
    }

    String firstStep() {
        return steps.get(0).taskKey();
    }

    Step step(String taskKey) {
        return steps.stream().filter(step -> step.taskKey().equals(taskKey)).findFirst().orElseThrow();
    }
}
