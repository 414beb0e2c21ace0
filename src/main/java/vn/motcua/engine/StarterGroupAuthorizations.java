package vn.motcua.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * Who may start a process is written in the model, as {@code camunda:candidateStarterGroups}
 * ("Candidate starter groups" in Camunda Modeler): on deployment those groups get the authorization
 * to see the definition and start instances of it, in Tasklist and through the API.
 */
final class StarterGroupAuthorizations implements Deployer {

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
            // grants made in this command are not visible to queries until it ends: grant each once
            Set<String> starterGroups = new TreeSet<>();
            for (ProcessDefinitionEntity definition : definitions) {
                for (Expression group : definition.getCandidateStarterGroupIdExpressions()) {
                    for (String groupId : group.getExpressionText().split(",")) {
                        if (!groupId.isBlank() && !groupId.contains("${")) {
                            grants.grant(groupId.trim(), Resources.PROCESS_DEFINITION, definition.getKey(),
                                    Permissions.READ, Permissions.CREATE_INSTANCE);
                            starterGroups.add(groupId.trim());
                        }
                    }
                }
            }
            starterGroups.forEach(groupId -> grants.grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
            return null;
        });
    }
}
