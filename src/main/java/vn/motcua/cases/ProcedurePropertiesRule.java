package vn.motcua.cases;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

import vn.motcua.deployment.ModelProblem;
import vn.motcua.deployment.ModelRule;

/**
 * An administrative procedure names its national code, name, agency, legal basis, statutory time, fee
 * and papers, so every dossier, receipt and report can say what it was handled under.
 */
@Component
public final class ProcedurePropertiesRule implements ModelRule {

    @Override
    public String id() {
        return "procedure-properties";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!ProcedureModel.isProcedure(process)) {
                continue;
            }
            for (String name : ProcedureProperties.REQUIRED) {
                String value = ProcedureModel.property(process, name);
                if (value == null || value.isBlank()) {
                    problems.add(problem(process.getId(), "the procedure has no extension property \"" + name + "\""));
                }
            }
            String days = ProcedureModel.property(process, ProcedureProperties.STATUTORY_WORKING_DAYS);
            if (days != null && !days.isBlank() && !days.trim().matches("[1-9][0-9]{0,2}")) {
                problems.add(problem(process.getId(), "\"" + ProcedureProperties.STATUTORY_WORKING_DAYS
                        + "\" must be a whole number of working days, not '" + days + "'"));
            }
            long paperProperties = ProcedureModel.properties(process).stream()
                    .filter(p -> ProcedureProperties.PAPER.equals(p.getCamundaName())).count();
            if (paperProperties == 0) {
                problems.add(problem(process.getId(), "the procedure lists no \"paper\" property (\"CODE: name\")"));
            } else if (ProcedureModel.papers(process).size() != paperProperties) {
                problems.add(problem(process.getId(), "two \"paper\" properties have the same code"));
            }
        }
        return problems;
    }
}
