package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotcuaIT;

/**
 * The groups that work a process read its definition (README: 'Security'): granted on deployment, and at
 * start for processes deployed before the grant existed.
 */
@MotcuaIT
class ModelAuthorizationsIT {

    private static final String LIQUOR = "LiquorWholesaleLicenceProcess";

    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ModelAuthorizationsCatchUp catchUp;

    private boolean specialistReadsLiquor() {
        return authorizations.isUserAuthorized("minhtv", List.of("specialist", "sct-quan-ly-thuong-mai"),
                Permissions.READ, Resources.PROCESS_DEFINITION, LIQUOR);
    }

    @Test
    void theWorkersOfAProcessAreTheGroupsWrittenOnItsTasks() {
        ProcessDefinitionEntity liquor = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repositoryService)
                .getDeployedProcessDefinition(repositoryService.createProcessDefinitionQuery().processDefinitionKey(LIQUOR)
                        .latestVersion().singleResult().getId());

        // the apology's holding unit is an expression, known only when the task is created: no group of it; the
        // desks' steps name the desk through dossierUnits (README "Organisation"), so no desk group is written either
        assertThat(ModelAuthorizations.workerGroups(liquor)).containsExactlyInAnyOrder(
                "sct-quan-ly-thuong-mai", "sct-quan-ly-thuong-mai-lanh-dao", "sct-lanh-dao");
        assertThat(specialistReadsLiquor()).isTrue();
        // the desks' clerks' groups read every procedure and the shared blocks, granted once the models are deployed
        for (String key : List.of(LIQUOR, "DossierIntakeProcess", "ResultReturnProcess")) {
            assertThat(authorizations.isUserAuthorized("someone", List.of("mot-cua-thach-khe"), Permissions.READ,
                    Resources.PROCESS_DEFINITION, key)).as(key).isTrue();
        }
        // a department with no task in it reads nothing of it
        assertThat(authorizations.isUserAuthorized("huypq", List.of("specialist", "sct-ky-thuat-an-toan"),
                Permissions.READ, Resources.PROCESS_DEFINITION, LIQUOR)).isFalse();
    }

    @Test
    void aDepartmentsReadingLostOrNeverGrantedIsCaughtUpAtStart() {
        // given a database from before the grant: the department's authorization is not there
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn("sct-quan-ly-thuong-mai").resourceType(Resources.PROCESS_DEFINITION).resourceId(LIQUOR)
                .singleResult();
        assertThat(grant).isNotNull();
        authorizations.deleteAuthorization(grant.getId());
        assertThat(specialistReadsLiquor()).isFalse();

        // when the application starts
        catchUp.grant();

        // then the department reads the procedure it works again
        assertThat(specialistReadsLiquor()).isTrue();
    }
}
