package vn.motcua.engine;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * At every start, the grants {@link ModelAuthorizations} makes on deployment, for the latest version of
 * every process deployed before it made them: the groups that work a process read its definition.
 * Idempotent.
 */
@Component
class ModelAuthorizationsCatchUp {

    private final RepositoryService repositoryService;
    private final AuthorizationService authorizationService;

    ModelAuthorizationsCatchUp(RepositoryService repositoryService, AuthorizationService authorizationService) {
        this.repositoryService = repositoryService;
        this.authorizationService = authorizationService;
    }

    @PostConstruct
    void grant() {
        Grants grants = new Grants(authorizationService);
        for (ProcessDefinition latest : repositoryService.createProcessDefinitionQuery().latestVersion().unlimitedList()) {
            ProcessDefinitionEntity parsed = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repositoryService)
                    .getDeployedProcessDefinition(latest.getId());
            for (String groupId : ModelAuthorizations.workerGroups(parsed)) {
                grants.grant(groupId, Resources.PROCESS_DEFINITION, latest.getKey(), Permissions.READ);
            }
        }
    }
}
