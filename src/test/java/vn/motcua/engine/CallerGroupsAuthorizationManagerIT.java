package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotcuaIT;

/**
 * The engine's checks take the caller's groups as they are, without Camunda's scan of every authorization for the
 * groups named in one ({@link CallerGroupsAuthorizationManager}), and answer as Camunda's narrowing would.
 */
@MotcuaIT
class CallerGroupsAuthorizationManagerIT {

    @Autowired
    ProcessEngineConfiguration configuration;
    @Autowired
    AuthorizationService authorizations;

    private <T> T inCommand(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
        return ((ProcessEngineConfigurationImpl) configuration).getCommandExecutorTxRequired().execute(command);
    }

    @Test
    void everyCommandChecksWithTheCallersGroupsAsTheyAre() {
        List<String> groups = List.of("specialist", "sct-quan-ly-thuong-mai", "no-authorization-names-this", "specialist");

        List<String> checked = inCommand(context -> {
            AuthorizationManager manager = context.getAuthorizationManager();
            assertThat(manager).isInstanceOf(CallerGroupsAuthorizationManager.class);
            return manager.filterAuthenticatedGroupIds(groups);
        });

        assertThat(checked).containsExactly("specialist", "sct-quan-ly-thuong-mai", "no-authorization-names-this");
    }

    @Test
    void theAnswersAreCamundasWhateverGroupsNoAuthorizationNames() {
        // given: a specialist's groups, with and without groups that no authorization names
        List<String> own = List.of("specialist", "sct-quan-ly-thuong-mai");
        List<String> padded = new ArrayList<>(own);
        padded.addAll(List.of("no-authorization-names-this", "nor-this"));

        // then: what they may do is the same, and a group of another department still grants nothing
        for (List<String> groups : List.of(own, padded)) {
            assertThat(authorizations.isUserAuthorized("minhtv", groups, Permissions.READ,
                    Resources.PROCESS_DEFINITION, "LiquorWholesaleLicenceProcess")).as(groups.toString()).isTrue();
        }
        assertThat(authorizations.isUserAuthorized("huypq",
                Arrays.asList("specialist", "sct-ky-thuat-an-toan", "no-authorization-names-this"), Permissions.READ,
                Resources.PROCESS_DEFINITION, "LiquorWholesaleLicenceProcess")).isFalse();
    }

    @Test
    void aCallerOfVeryManyGroupsKeepsCamundasNarrowing() {
        List<String> many = new ArrayList<>(IntStream.range(0, CallerGroupsAuthorizationManager.MAX_UNFILTERED_GROUPS + 8)
                .mapToObj(i -> "directory-group-" + i).toList());
        many.add("sct-quan-ly-thuong-mai");

        List<String> checked = inCommand(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(many));

        // only the groups some authorization names are left
        assertThat(checked).containsExactly("sct-quan-ly-thuong-mai");
    }
}
