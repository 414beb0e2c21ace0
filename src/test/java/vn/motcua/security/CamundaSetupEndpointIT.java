package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.MotcuaIT;

/**
 * CVE-2026-77226: the Admin webapp's first-run setup creates an administrator whenever camunda-admin has
 * no direct member, though administrators may be granted otherwise. Motcua closes it in every state.
 */
@MotcuaIT
class CamundaSetupEndpointIT {

    private static final String INTRUDER = "intruder";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    private String grantedAdminAuthorization;
    private final List<String> removedAdministrators = new ArrayList<>();

    @AfterEach
    void restoreTheAdministrators() {
        for (String administrator : removedAdministrators) {
            identityService.createMembership(administrator, Groups.CAMUNDA_ADMIN);
        }
        if (grantedAdminAuthorization != null) {
            authorizationService.deleteAuthorization(grantedAdminAuthorization);
        }
        if (identityService.createUserQuery().userId(INTRUDER).count() > 0) {
            identityService.deleteUser(INTRUDER);
        }
    }

    @Test
    void anAnonymousSetupIsRefusedWhileAnAdministratorIsADirectMember() throws Exception {
        ResponseEntity<String> response = setup("/camunda/api/admin/setup/default/user/create");

        // refused by Motcua's configuration (a JSON 403 saying so), not by a missing token
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("thiết lập lần đầu");
        assertRefusedAndNothingCreated(response);
    }

    @Test
    void anAnonymousSetupIsRefusedWhenCamundaAdminHasNoDirectMember() throws Exception {
        // given the CVE's state: administration granted to a user directly, camunda-admin without members
        Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setUserId("speca");
        all.setResource(Resources.USER);
        all.setResourceId("*");
        all.addPermission(Permissions.ALL);
        grantedAdminAuthorization = authorizationService.saveAuthorization(all).getId();
        for (User administrator : identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()) {
            identityService.deleteMembership(administrator.getId(), Groups.CAMUNDA_ADMIN);
            removedAdministrators.add(administrator.getId());
        }
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();

        // then the setup is still closed
        assertRefusedAndNothingCreated(setup("/camunda/api/admin/setup/default/user/create"));
        // however the path is written
        assertRefusedAndNothingCreated(setup("/camunda/api/admin/%73etup/default/user/create"));
        assertRefusedAndNothingCreated(setup("/camunda/api/admin/setup/default/user/create/"));
    }

    @Test
    void aSignedInUserCannotUseTheSetupEither() throws Exception {
        HttpHeaders session = new WebappLogin(rest).session("tasklist", "speca", "secret");

        assertRefusedAndNothingCreated(post("/camunda/api/admin/setup/default/user/create", session));
    }

    private ResponseEntity<String> setup(String path) throws Exception {
        // with the webapp's CSRF token, as the setup page would send it: Motcua's configuration refuses, not the token
        return post(path, new WebappLogin(rest).page("admin"));
    }

    private ResponseEntity<String> post(String path, HttpHeaders page) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(page);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        Map<String, Object> body = Map.of("profile", Map.of("id", INTRUDER, "firstName", "Kẻ", "lastName", "Xâm nhập",
                "email", "x@example.com"), "credentials", Map.of("password", "Intruder-2026"));
        return rest.exchange(java.net.URI.create(rest.getRootUri() + path), HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }

    private void assertRefusedAndNothingCreated(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is4xxClientError()).as(response.getStatusCode() + " " + response.getBody())
                .isTrue();
        if (response.getBody() != null && !response.getBody().isBlank()) {
            assertThat(json.readTree(response.getBody()).get("status").asInt()).isBetween(400, 499);
        }
        assertThat(identityService.createUserQuery().userId(INTRUDER).count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId(INTRUDER).count()).isZero();
    }
}
