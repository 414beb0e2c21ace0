package vn.motcua.cases;

import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

import vn.motcua.deployment.ControlledModels;

/** Procedure models are controlled documents: they reach the engine from processes/ or through document control. */
@Component
class ProceduresAreControlled implements ControlledModels {

    @Override
    public boolean isControlled(Process process) {
        return ProcedureModel.isProcedure(process);
    }
}
