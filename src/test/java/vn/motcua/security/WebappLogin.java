package vn.motcua.security;

import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Signs in to a Camunda webapp as its login page does (session cookie and CSRF token), for tests. */
public record WebappLogin(TestRestTemplate rest) {

    /** The headers of a page load: the cookies and the CSRF token to send back. */
    public HttpHeaders page(String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> setCookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, String.join("; ", setCookies.stream().map(c -> c.split(";")[0]).toList()));
        headers.add("X-XSRF-TOKEN", setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.split(";")[0].substring("XSRF-TOKEN=".length())).findFirst().orElseThrow());
        return headers;
    }

    public ResponseEntity<String> login(HttpHeaders page, String app, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(page);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
    }

    /** Signed in: the headers (session cookie, CSRF token) for the webapp's own REST calls. */
    public HttpHeaders session(String app, String user, String password) {
        HttpHeaders page = page(app);
        ResponseEntity<String> loggedIn = login(page, app, user, password);
        if (!loggedIn.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException(user + " could not sign in to " + app + ": " + loggedIn.getStatusCode() + " "
                    + loggedIn.getBody());
        }
        HttpHeaders session = new HttpHeaders();
        List<String> renewed = loggedIn.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        String xsrf = page.getFirst("X-XSRF-TOKEN");
        String cookies = page.getFirst(HttpHeaders.COOKIE);
        if (!renewed.isEmpty()) {
            cookies = String.join("; ", renewed.stream().map(c -> c.split(";")[0]).toList());
            xsrf = renewed.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                    .map(c -> c.split(";")[0].substring("XSRF-TOKEN=".length())).findFirst().orElse(xsrf);
            if (!cookies.contains("XSRF-TOKEN=")) {
                cookies = cookies + "; XSRF-TOKEN=" + xsrf;
            }
        }
        session.add(HttpHeaders.COOKIE, cookies);
        session.add("X-XSRF-TOKEN", xsrf);
        return session;
    }
}
