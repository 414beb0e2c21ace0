package vn.motcua.engine;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.ApplicationContext;

/**
 * The beans expressions may resolve, as the map Camunda's {@code SpringExpressionManager} takes: only the
 * names of {@link AllowedBeans}, each looked up in the application context when an expression first
 * names it (the beans themselves need the engine, so they do not exist yet when it is built). The quality
 * system's beans ({@link AllowedBeans#shippedOnly}) resolve only in instances of the models shipped under
 * processes/ that no other model called: the deployment rule refuses them elsewhere, and this holds for a
 * deployment stored before it did and for a shipped QMS process called from another model.
 */
final class AllowListedBeans extends AbstractMap<Object, Object> {

    private final ApplicationContext context;
    /** Whether a deployment is of the shipped models, by deployment id: a deployment's source never changes. */
    private final Map<String, Boolean> shippedDeployments = new ConcurrentHashMap<>();

    AllowListedBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String bean && AllowedBeans.names().contains(bean)
                && (!AllowedBeans.shippedOnly(bean) || runsShippedModel());
    }

    @Override
    public Object get(Object name) {
        return containsKey(name) ? context.getBean((String) name) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        Map<Object, Object> beans = new LinkedHashMap<>();
        for (String name : AllowedBeans.names()) {
            if (containsKey(name)) {
                beans.put(name, context.getBean(name));
            }
        }
        return beans.entrySet();
    }

    /**
     * True unless the expression runs for an instance whose model, or the model of any instance that called it, was
     * not deployed from processes/: a modeller's model calling a shipped QMS process with a record's code of its
     * choosing gets no further than its own model. Without an execution (a timer start event scheduled as a model
     * is deployed) the deployment rule has already decided.
     */
    private boolean runsShippedModel() {
        BpmnExecutionContext executionContext = Context.getBpmnExecutionContext();
        ExecutionEntity execution = executionContext == null ? null : executionContext.getExecution();
        for (ExecutionEntity instance = execution == null ? null : execution.getProcessInstance(); instance != null;
             instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
            if (instance.getProcessDefinition() != null && !shippedDeployments.computeIfAbsent(
                    instance.getProcessDefinition().getDeploymentId(), AllowListedBeans::isShipped)) {
                return false;
            }
        }
        return true;
    }

    static boolean isShipped(String deploymentId) {
        DeploymentEntity deployment = Context.getCommandContext().getDeploymentManager().findDeploymentById(deploymentId);
        return deployment != null && AllowedBeans.SHIPPED_SOURCE.equals(deployment.getSource());
    }
}
