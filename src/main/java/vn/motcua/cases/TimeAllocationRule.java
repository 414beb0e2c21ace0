package vn.motcua.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import vn.motcua.deployment.ModelProblem;
import vn.motcua.deployment.ModelRule;

/**
 * Every step of a procedure (user task or call activity), at any depth (in sub-processes and event
 * sub-processes too), has a time allocation in working days, in steps of 0.5: the engine gives each task
 * its due date and escalations from it. The allocations of the main path add up to the statutory time;
 * an agency's sub-process with its own share adds up to that share; an event sub-process (withdrawal,
 * supplement) is outside that sum (quy trình nội bộ; README: 'For process modellers').
 */
@Component
public final class TimeAllocationRule implements ModelRule {

    @Override
    public String id() {
        return "time-allocation";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!ProcedureModel.isProcedure(process)) {
                continue;
            }
            BigDecimal total = sum(process.getFlowElements(), problems);
            BigDecimal statutory = ProcedureModel.parseAllocation(
                    ProcedureModel.property(process, ProcedureProperties.STATUTORY_WORKING_DAYS));
            if (statutory != null && total.compareTo(statutory) != 0) {
                problems.add(problem(process.getId(), "the steps' allocations add up to " + total.stripTrailingZeros()
                        .toPlainString() + " working days, the statutory time is " + statutory.toPlainString()));
            }
        }
        return problems;
    }

    private BigDecimal sum(java.util.Collection<FlowElement> elements, List<ModelProblem> problems) {
        BigDecimal total = BigDecimal.ZERO;
        for (FlowElement element : elements) {
            if (element instanceof SubProcess subProcess) {
                if (subProcess.triggeredByEvent()) {
                    sum(subProcess.getFlowElements(), problems);
                    continue;
                }
                BigDecimal inside = sum(subProcess.getFlowElements(), problems);
                String share = ProcedureModel.property(subProcess, ProcedureProperties.ALLOCATION);
                if (share != null) {
                    BigDecimal parsed = allocation(subProcess, problems);
                    if (parsed != null && parsed.compareTo(inside) != 0) {
                        problems.add(problem(subProcess.getId(), "the steps inside add up to "
                                + inside.stripTrailingZeros().toPlainString() + " working days, the share is "
                                + parsed.toPlainString()));
                    }
                }
                total = total.add(inside);
            } else if (element instanceof UserTask || element instanceof CallActivity) {
                BigDecimal allocation = allocation((Activity) element, problems);
                if (allocation != null) {
                    total = total.add(allocation);
                }
            }
        }
        return total;
    }

    private BigDecimal allocation(Activity activity, List<ModelProblem> problems) {
        String text = ProcedureModel.property(activity, ProcedureProperties.ALLOCATION);
        BigDecimal allocation = ProcedureModel.parseAllocation(text);
        if (allocation == null) {
            problems.add(problem(activity.getId(), text == null
                    ? "the step has no time allocation: add the extension property \"" + ProcedureProperties.ALLOCATION
                    + "\" (working days, in steps of 0.5), from which the engine sets its due date and escalations"
                    : "\"" + ProcedureProperties.ALLOCATION + "\" must be a number of working days in steps of 0.5, not '"
                    + text + "'"));
        }
        return allocation;
    }
}
