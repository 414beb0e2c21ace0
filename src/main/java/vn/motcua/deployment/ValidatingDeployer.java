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
 * {@code /engine-rest/deployment/create}, Java API). Throwing rolls the whole deployment back.
 */
final class ValidatingDeployer implements Deployer {

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
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(problems);
        }
    }
}
