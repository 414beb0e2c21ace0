package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/**
 * One anonymous request with a wrong password used to lock a user out for seconds, ten for good. Now
 * wrong passwords slow down the client that sends them, for that user, and never lock the account.
 * (That another client is not slowed down is shown by LoginThrottleTest: a test cannot change its address.)
 */
@MotcuaIT
class SignInThrottleIT {

    private static final String PASSWORD = "right-2026";
    private static final List<String> USERS = List.of("lockone", "locktwenty", "lockwebapp");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void removeTheUsers() {
        USERS.forEach(id -> {
            if (identityService.createUserQuery().userId(id).count() > 0) {
                identityService.deleteUser(id);
            }
        });
    }

    @Test
    void oneWrongPasswordNoLongerLocksTheAccount() {
        Api api = new Api(rest);
        user("lockone");

        assertThat(api.get("lockone", "wrong", "/engine-rest/engine").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        // at once, the user signs in
        assertThat(api.get("lockone", PASSWORD, "/engine-rest/engine").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void twentyWrongPasswordsSlowDownThatClientAndLockNobodyOut() throws Exception {
        Api api = new Api(rest);
        user("locktwenty");

        // when a client sends twenty wrong passwords for the user
        List<HttpStatus> answers = new ArrayList<>();
        ResponseEntity<String> last = null;
        for (int i = 0; i < 20; i++) {
            last = api.get("locktwenty", "guess-" + i, "/engine-rest/engine");
            answers.add(HttpStatus.valueOf(last.getStatusCode().value()));
        }

        // then the client is told to wait (429, JSON, Retry-After), even with the right password now
        assertThat(answers.subList(0, 5)).containsOnly(HttpStatus.UNAUTHORIZED);
        assertThat(answers.subList(5, 20)).containsOnly(HttpStatus.TOO_MANY_REQUESTS);
        assertThrottled(last);
        assertThrottled(api.get("locktwenty", PASSWORD, "/engine-rest/engine"));
        // and the account is not locked: the user signs in from any other computer
        assertThat(identityService.checkPassword("locktwenty", PASSWORD)).isTrue();
        assertThat(identityService.createUserQuery().userId("locktwenty").count()).isOne();
    }

    @Test
    void theWebappLoginIsThrottledTheSameWay() throws Exception {
        user("lockwebapp");
        identityService.createMembership("lockwebapp", "specialist");
        WebappLogin webapp = new WebappLogin(rest);
        HttpHeaders page = webapp.page("tasklist");

        List<Integer> answers = new ArrayList<>();
        ResponseEntity<String> last = null;
        for (int i = 0; i < 20; i++) {
            last = webapp.login(page, "tasklist", "lockwebapp", "guess-" + i);
            answers.add(last.getStatusCode().value());
        }

        assertThat(answers.subList(0, 5)).containsOnly(401);
        assertThat(answers.subList(5, 20)).containsOnly(429);
        assertThrottled(last);
        assertThrottled(webapp.login(page, "tasklist", "lockwebapp", PASSWORD));
        assertThat(identityService.checkPassword("lockwebapp", PASSWORD)).isTrue();
    }

    private void assertThrottled(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(json.readTree(response.getBody()).get("status").asInt()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    }

    private void user(String id) {
        User user = identityService.newUser(id);
        user.setFirstName("Khoá");
        user.setLastName("Thử");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
    }
}
