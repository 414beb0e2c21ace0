package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A page of Tasklist writes under /api (a file attached from the dossier card) with its session only when
 * it sends the session's CSRF token, as the webapps' own calls do; the cookie alone, which a page of any
 * site can make the browser send, changes nothing.
 */
@MotcuaIT
class WebappSessionWritesIT {

    @Autowired
    TestRestTemplate rest;

    private ResponseEntity<String> post(HttpHeaders headers) {
        HttpHeaders sent = new HttpHeaders();
        sent.putAll(headers);
        sent.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>("{}", sent), String.class);
    }

    /**
     * Signed in to Tasklist, after the page's first call to the webapp's API: the login gave the session a
     * new id, and Camunda's CSRF filter gives it its token (cookie XSRF-TOKEN) on that first call.
     */
    private HttpHeaders tasklistPage() {
        HttpHeaders session = new WebappLogin(rest).session("tasklist", "clerk", "secret");
        ResponseEntity<String> first = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        String token = first.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, java.util.List.of()).stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";")[0].substring("XSRF-TOKEN=".length()))
                .findFirst().orElse(session.getFirst("X-XSRF-TOKEN"));
        String cookies = java.util.Arrays.stream(session.getFirst(HttpHeaders.COOKIE).split("; "))
                .filter(c -> !c.startsWith("XSRF-TOKEN=")).collect(java.util.stream.Collectors.joining("; "));
        HttpHeaders page = new HttpHeaders();
        page.add(HttpHeaders.COOKIE, cookies + "; XSRF-TOKEN=" + token);
        page.add("X-XSRF-TOKEN", token);
        return page;
    }

    @Test
    void aWriteWithTheSessionsTokenIsTheSignedInUsers() {
        HttpHeaders session = tasklistPage();

        // the clerk's empty submission is read as theirs: refused for its fields, not for want of a login
        ResponseEntity<String> withToken = post(session);

        assertThat(withToken.getStatusCode()).as(withToken.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theCookieWithoutTheTokenOrWithAnotherTokenIsNobody() {
        HttpHeaders session = tasklistPage();
        HttpHeaders cookieOnly = new HttpHeaders();
        cookieOnly.add(HttpHeaders.COOKIE, session.getFirst(HttpHeaders.COOKIE));
        HttpHeaders wrongToken = new HttpHeaders();
        wrongToken.add(HttpHeaders.COOKIE, session.getFirst(HttpHeaders.COOKIE));
        wrongToken.add("X-XSRF-TOKEN", "0123456789ABCDEF0123456789ABCDEF");

        assertThat(post(cookieOnly).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(wrongToken).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // and the token with another site's Origin is a cross-site write, refused before anything
        HttpHeaders crossSite = new HttpHeaders();
        crossSite.putAll(session);
        crossSite.add(HttpHeaders.ORIGIN, "https://evil.example");
        assertThat(post(crossSite).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
