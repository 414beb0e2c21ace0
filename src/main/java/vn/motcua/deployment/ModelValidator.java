package vn.motcua.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Component;

/**
 * Reads a BPMN file with the Camunda BPMN Model API and checks it against every rule: in the application
 * the {@link ModelRule} beans, checked by id order so that a report always lists them the same way.
 */
@Component
public final class ModelValidator {

    static final String WELL_FORMED = "well-formed";

    private final List<ModelRule> rules;

    public ModelValidator(List<ModelRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(ModelRule::id)).toList();
    }

    /** True for the file names the engine deploys as BPMN. */
    public static boolean isBpmn(String resourceName) {
        return resourceName.endsWith(".bpmn") || resourceName.endsWith(".bpmn20.xml");
    }

    public List<ModelProblem> validate(byte[] bpmn) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        } catch (ModelException | IllegalArgumentException e) {
            return List.of(new ModelProblem(null, WELL_FORMED, "the file is not valid BPMN 2.0 XML: " + rootMessage(e)));
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (ModelRule rule : rules) {
            problems.addAll(rule.check(model));
        }
        return problems;
    }

    /**
     * As {@link #validate}, for a model that will not be deployed from processes/ (a procedure revision submitted to
     * document control): it may not name the quality system's beans either ({@link ValidatingDeployer}), refused
     * when it is submitted rather than when, reviewed and approved, it is issued.
     */
    public List<ModelProblem> validateOutsideTheShippedModels(byte[] bpmn) {
        List<ModelProblem> problems = validate(bpmn);
        return problems.isEmpty() ? ValidatingDeployer.shippedOnlyBeans(bpmn) : problems;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : error.getMessage();
    }
}
