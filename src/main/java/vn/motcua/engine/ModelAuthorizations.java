package vn.motcua.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Who may see and start a process is written in its model, and granted when it is deployed:
 * <ul>
 * <li>its {@code camunda:candidateStarterGroups} ("Candidate starter groups" in Camunda Modeler) see the
 * definition and start instances of it, in Tasklist and through the API;</li>
 * <li>the candidate groups of its user tasks, the departments and the desk that work it, read the
 * definition: Tasklist's diagram of their task and its process name (README: 'Security'). Reading the
 * definition reads no instance of it: a department still sees only the tasks offered to it.</li>
 * </ul>
 * Groups given as expressions ({@code ${responsibleUnit}}) are known only when a task is created and get
 * nothing here.
 */
final class ModelAuthorizations implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        List<ProcessDefinitionEntity> definitions = deployment.getDeployedArtifacts(ProcessDefinitionEntity.class);
        if (definitions == null || definitions.isEmpty()) {
            return;
        }
        CommandContext commandContext = Context.getCommandContext();
        // Whoever deploys (a modeller through REST) need not be allowed to edit authorizations.
        commandContext.runWithoutAuthorization(() -> {
            Grants grants = new Grants(Context.getProcessEngineConfiguration().getAuthorizationService());
            // grants made in this command are not visible to queries until it ends: grant each pair once
            Map<String, Map<String, Set<Permission>>> byGroup = new TreeMap<>();
            Set<String> starterGroups = new TreeSet<>();
            for (ProcessDefinitionEntity definition : definitions) {
                for (Expression group : definition.getCandidateStarterGroupIdExpressions()) {
                    for (String groupId : staticIds(group)) {
                        add(byGroup, groupId, definition.getKey(), Permissions.READ, Permissions.CREATE_INSTANCE);
                        starterGroups.add(groupId);
                    }
                }
                for (String groupId : workerGroups(definition)) {
                    add(byGroup, groupId, definition.getKey(), Permissions.READ);
                }
            }
            byGroup.forEach((groupId, keys) -> keys.forEach((key, permissions) -> grants.grant(groupId,
                    Resources.PROCESS_DEFINITION, key, permissions.toArray(Permission[]::new))));
            starterGroups.forEach(groupId -> grants.grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
            return null;
        });
    }

    /** The groups written as candidate groups of the definition's user tasks, in sub-processes too. */
    static Set<String> workerGroups(ProcessDefinitionEntity definition) {
        Set<String> groups = new TreeSet<>();
        collect(definition.getActivities(), groups);
        return groups;
    }

    private static void collect(List<ActivityImpl> activities, Set<String> groups) {
        for (ActivityImpl activity : activities) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                userTask.getTaskDefinition().getCandidateGroupIdExpressions()
                        .forEach(expression -> groups.addAll(staticIds(expression)));
            }
            collect(activity.getActivities(), groups);
        }
    }

    private static List<String> staticIds(Expression expression) {
        String text = expression.getExpressionText();
        if (text == null || text.contains("${") || text.contains("#{")) {
            return List.of();
        }
        return List.of(text.split(",")).stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
    }

    private static void add(Map<String, Map<String, Set<Permission>>> byGroup, String groupId, String key,
                            Permission... permissions) {
        Set<Permission> granted = byGroup.computeIfAbsent(groupId, g -> new TreeMap<>())
                .computeIfAbsent(key, k -> new java.util.LinkedHashSet<>());
        granted.addAll(List.of(permissions));
    }
}
