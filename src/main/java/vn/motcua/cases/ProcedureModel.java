package vn.motcua.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads the procedure's extension properties from a BPMN model (Camunda BPMN Model API). */
public final class ProcedureModel {

    private ProcedureModel() {
    }

    /** All extension properties of an element, in order; a repeated name keeps every value. */
    public static List<CamundaProperty> properties(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return List.of();
        }
        List<CamundaProperty> all = new ArrayList<>();
        for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
            all.addAll(properties.getCamundaProperties());
        }
        return all;
    }

    public static String property(BaseElement element, String name) {
        return properties(element).stream().filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }

    /** True when the process declares itself an administrative procedure. */
    public static boolean isProcedure(Process process) {
        return properties(process).stream().anyMatch(p -> ProcedureProperties.REQUIRED.contains(p.getCamundaName()));
    }

    /** The papers, "CODE: name" each, in model order. */
    public static Map<String, String> papers(Process process) {
        Map<String, String> papers = new LinkedHashMap<>();
        for (CamundaProperty property : properties(process)) {
            if (ProcedureProperties.PAPER.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                String[] parts = property.getCamundaValue().split(":", 2);
                papers.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : parts[0].trim());
            }
        }
        return papers;
    }

    /** A time allocation written by a modeller: a non-negative number of working days in steps of 0.5. */
    public static BigDecimal parseAllocation(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim().replace(',', '.'));
            boolean halfSteps = value.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
            return value.signum() >= 0 && halfSteps ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
