package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotcuaIT;

/**
 * The engine's checks ({@link MotcuaAuthorizationManager}) answer as Camunda's would: met first by a grant on the very
 * resource, else by Camunda's own statement; with the caller's groups as they are, without Camunda's scan of every
 * authorization for the groups named in one.
 */
@MotcuaIT
class MotcuaAuthorizationManagerIT {

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
            assertThat(manager).isInstanceOf(MotcuaAuthorizationManager.class);
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
        List<String> many = new ArrayList<>(IntStream.range(0, MotcuaAuthorizationManager.MAX_UNFILTERED_GROUPS + 8)
                .mapToObj(i -> "directory-group-" + i).toList());
        many.add("sct-quan-ly-thuong-mai");

        List<String> checked = inCommand(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(many));

        // only the groups some authorization names are left
        assertThat(checked).containsExactly("sct-quan-ly-thuong-mai");
    }

    private static PermissionCheck check(Permission permission, String resourceId) {
        PermissionCheck check = new PermissionCheck();
        check.setPermission(permission);
        check.setResource(Resources.PROCESS_DEFINITION);
        check.setResourceId(resourceId);
        return check;
    }

    @Test
    void aGrantOnTheResourceAnswersYesAndAnythingElseIsCamundasAnswer() {
        // given: a group's grant on one definition, a user's on another, a group's on every definition
        List<Authorization> made = new ArrayList<>();
        made.add(grant(a -> a.setGroupId("fast-path-group"), "FastPathOne", Permissions.READ));
        made.add(grant(a -> a.setUserId("fast-path-user"), "FastPathTwo", Permissions.READ));
        made.add(grant(a -> a.setGroupId("fast-path-everything"), Authorization.ANY, Permissions.READ));
        try {
            List<String> group = List.of("fast-path-group");
            // then: the grant on the resource answers yes, for its permission only
            assertThat(authorizations.isUserAuthorized("someone", group, Permissions.READ, Resources.PROCESS_DEFINITION,
                    "FastPathOne")).isTrue();
            assertThat(authorizations.isUserAuthorized("someone", group, Permissions.UPDATE, Resources.PROCESS_DEFINITION,
                    "FastPathOne")).isFalse();
            assertThat(authorizations.isUserAuthorized("someone", group, Permissions.READ, Resources.PROCESS_DEFINITION,
                    "FastPathTwo")).isFalse();
            assertThat(authorizations.isUserAuthorized("someone", List.of("another-group"), Permissions.READ,
                    Resources.PROCESS_DEFINITION, "FastPathOne")).isFalse();
            assertThat(authorizations.isUserAuthorized("fast-path-user", List.of(), Permissions.READ,
                    Resources.PROCESS_DEFINITION, "FastPathTwo")).isTrue();
            // a grant on every resource of the kind: Camunda's statement finds it
            assertThat(authorizations.isUserAuthorized("someone", List.of("fast-path-everything"), Permissions.READ,
                    Resources.PROCESS_DEFINITION, "AnyDefinitionAtAll")).isTrue();

            // any of several permissions: one grant is enough; all of them: one grant is not
            CompositePermissionCheck anyOf = new CompositePermissionCheck(true);
            anyOf.addAtomicCheck(check(Permissions.UPDATE, "FastPathOne"));
            anyOf.addAtomicCheck(check(Permissions.READ, "FastPathOne"));
            CompositePermissionCheck allOf = new CompositePermissionCheck(false);
            allOf.addAtomicCheck(check(Permissions.READ, "FastPathOne"));
            allOf.addAtomicCheck(check(Permissions.UPDATE, "FastPathOne"));
            boolean anyOfMet = inCommand(context -> context.getAuthorizationManager().isAuthorized("someone", group, anyOf));
            boolean allOfMet = inCommand(context -> context.getAuthorizationManager().isAuthorized("someone", group, allOf));
            assertThat(anyOfMet).isTrue();
            assertThat(allOfMet).isFalse();
        } finally {
            made.forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
        }
    }

    private Authorization grant(java.util.function.Consumer<Authorization> who, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        who.accept(authorization);
        authorization.setResource(Resources.PROCESS_DEFINITION);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        return authorizations.saveAuthorization(authorization);
    }
}
