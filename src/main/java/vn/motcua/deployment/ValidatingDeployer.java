package vn.motcua.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before the engine's own deployers on every new deployment, whatever its way in (start-up,
 * {@code /engine-rest/deployment/create}, Java API). Throwing rolls the whole deployment back. Procedure
 * models enter only from processes/ at start or through document control.
 */
final class ValidatingDeployer implements Deployer {

    /** The id of the first administrative procedure in the model, or null. */
    private static String procedureIn(byte[] bpmn) {
        try {
            return org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(bpmn))
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).stream()
                    .filter(vn.motcua.cases.ProcedureModel::isProcedure)
                    .map(org.camunda.bpm.model.bpmn.instance.Process::getId).findFirst().orElse(null);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private final ModelValidator validator;

    ValidatingDeployer(ModelValidator validator) {
        this.validator = validator;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        // The engine also calls deployers when it reloads an already stored deployment into its cache.
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Map<String, List<ModelProblem>> problems = new LinkedHashMap<>();
        for (ResourceEntity resource : new TreeMap<>(deployment.getResources()).values()) {
            if (ModelValidator.isBpmn(resource.getName())) {
                List<ModelProblem> found = validator.validate(resource.getBytes());
                if (!found.isEmpty()) {
                    problems.put(resource.getName(), found);
                }
            }
        }
        String source = deployment.getSource();
        if (!DeploymentSources.PROCESSES.equals(source) && !DeploymentSources.DOCUMENT_CONTROL.equals(source)) {
            for (ResourceEntity resource : deployment.getResources().values()) {
                if (ModelValidator.isBpmn(resource.getName()) && !problems.containsKey(resource.getName())) {
                    String procedure = procedureIn(resource.getBytes());
                    if (procedure != null) {
                        problems.put(resource.getName(), List.of(new ModelProblem(procedure, "controlled-document",
                                "procedure models are controlled documents (ISO 9001:2015, 7.5): submit the model to "
                                        + "POST /api/procedure-models; it is deployed once reviewed and approved")));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(problems);
        }
    }
}
