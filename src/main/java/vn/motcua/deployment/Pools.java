package vn.motcua.deployment;

import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Which part of a model the engine runs. A collaboration may draw a second pool that only documents
 * another party's side (the citizen submitting and collecting); it is not executable, the engine never
 * runs it, and the rules about running (candidate groups, gateway conditions, ids that Java refers to)
 * leave it alone.
 */
final class Pools {

    private Pools() {
    }

    /** True when the element is, or sits in, an executable process. */
    static boolean isRun(ModelElementInstance element) {
        for (ModelElementInstance current = element; current != null; current = current.getParentElement()) {
            if (current instanceof Process process) {
                return process.isExecutable();
            }
        }
        return true;
    }
}
