package vn.motcua.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.w3c.dom.Attr;

import vn.motcua.engine.AllowedBeans;

/**
 * Runs before the engine's own deployers on every new deployment, whatever its way in (start-up,
 * {@code /engine-rest/deployment/create}, Cockpit, Java API). Throwing rolls the whole deployment back.
 * Every deployment holds only models (no HTML or script a browser would run) that pass the model rules.
 * Only the server's own deployments ({@link TrustedDeployment}) may carry procedure models or new versions
 * of the shipped models' keys: the source a caller names proves nothing.
 */
final class ValidatingDeployer implements Deployer {

    static final String RESOURCE_TYPES = "resource-types";
    static final String TRUSTED_SOURCE = "trusted-source";
    static final String SHIPPED_KEY = "shipped-key";
    static final String CONTROLLED_DOCUMENT = "controlled-document";
    static final String SHIPPED_ONLY_BEAN = "shipped-only-bean";

    private final ModelValidator validator;
    private final List<ControlledModels> controlled;
    private final Supplier<Set<String>> shippedKeys;

    ValidatingDeployer(ModelValidator validator, List<ControlledModels> controlled, Supplier<Set<String>> shippedKeys) {
        this.validator = validator;
        this.controlled = List.copyOf(controlled);
        this.shippedKeys = shippedKeys;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        // The engine also calls deployers when it reloads an already stored deployment into its cache.
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        String trusted = TrustedDeployment.current();
        Map<String, List<ModelProblem>> problems = new LinkedHashMap<>();
        for (ResourceEntity resource : new TreeMap<>(deployment.getResources()).values()) {
            List<ModelProblem> found = new ArrayList<>(validate(resource));
            if (trusted == null && found.isEmpty()) {
                found.addAll(untrustedProblems(resource));
            }
            if (!DeploymentSources.PROCESSES.equals(trusted) && found.isEmpty()) {
                found.addAll(shippedOnlyBeans(resource));
            }
            if (!found.isEmpty()) {
                problems.put(resource.getName(), found);
            }
        }
        if (trusted == null && DeploymentSources.isReserved(deployment.getSource())) {
            String where = deployment.getResources().isEmpty() ? "(deployment)"
                    : new TreeMap<>(deployment.getResources()).firstKey();
            problems.computeIfAbsent(where, name -> new ArrayList<>()).add(0, new ModelProblem(null, TRUSTED_SOURCE,
                    "the deployment source \"" + deployment.getSource() + "\" is reserved for the server's own "
                            + "deployments (processes/ at start, document control): leave deployment-source empty"));
        }
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(problems);
        }
    }

    private List<ModelProblem> validate(ResourceEntity resource) {
        String name = resource.getName();
        if (ModelValidator.isBpmn(name)) {
            return validator.validate(resource.getBytes());
        }
        if (DecisionRules.isDmn(name)) {
            return DecisionRules.validate(resource.getBytes());
        }
        if (name.endsWith(".form")) {
            return List.of();
        }
        // an HTML form or script deployed with a model would run in every Tasklist user's browser
        return List.of(new ModelProblem(null, RESOURCE_TYPES, "only .bpmn, .dmn and .form files may be deployed, not \""
                + name + "\""));
    }

    /**
     * The quality system's beans act on the record a variable names, which a model could point at any agency's
     * record: only the models shipped under processes/ may call them ({@link AllowedBeans#shippedOnly}).
     */
    private static List<ModelProblem> shippedOnlyBeans(ResourceEntity resource) {
        return ModelValidator.isBpmn(resource.getName()) ? shippedOnlyBeans(resource.getBytes()) : List.of();
    }

    /** The problems of a BPMN model (well formed: the rules have read it) that names the quality system's beans. */
    static List<ModelProblem> shippedOnlyBeans(byte[] bpmn) {
        Map<String, Set<String>> beansByElement = new TreeMap<>();
        ModelXml.forEachElement(ModelXml.of(Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn))),
                element -> {
                    List<String> texts = new ArrayList<>();
                    for (Attr attribute : ModelXml.attributes(element)) {
                        texts.add(attribute.getValue());
                    }
                    texts.add(ModelXml.ownText(element));
                    for (String text : texts) {
                        for (String bean : ModelExpressions.beansCalled(text)) {
                            if (AllowedBeans.shippedOnly(bean)) {
                                beansByElement.computeIfAbsent(String.valueOf(ModelXml.elementId(element)),
                                        id -> new TreeSet<>()).add(bean);
                            }
                        }
                    }
                });
        List<ModelProblem> problems = new ArrayList<>();
        beansByElement.forEach((element, beans) -> problems.add(new ModelProblem(element, SHIPPED_ONLY_BEAN,
                String.join(", ", beans) + ": the quality system's beans act on the record a process variable "
                        + "names, so only the models shipped with the application (processes/) may call them")));
        return problems;
    }

    /** What only the server may deploy: procedure models and new versions of the shipped keys. */
    private List<ModelProblem> untrustedProblems(ResourceEntity resource) {
        List<ModelProblem> problems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (ModelValidator.isBpmn(resource.getName())) {
            for (Process process : Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
                    .getModelElementsByType(Process.class)) {
                keys.add(process.getId());
                if (controlled.stream().anyMatch(models -> models.isControlled(process))) {
                    problems.add(new ModelProblem(process.getId(), CONTROLLED_DOCUMENT, "procedure models are "
                            + "controlled documents (ISO 9001:2015, 7.5): submit the model to POST "
                            + "/api/procedure-models; it is deployed once reviewed and approved"));
                }
            }
        } else if (DecisionRules.isDmn(resource.getName())) {
            keys.addAll(DecisionRules.decisionKeys(resource.getBytes()));
        }
        Set<String> shipped = shippedKeys.get();
        for (String key : keys) {
            if (shipped.contains(key) && problems.stream().noneMatch(p -> key.equals(p.elementId()))) {
                problems.add(new ModelProblem(key, SHIPPED_KEY, "\"" + key + "\" is the key of a model shipped "
                        + "with the application: it changes only through the repository (processes/) or, for a "
                        + "procedure, through document control; give a new model a key of its own"));
            }
        }
        return problems;
    }
}
