package vn.motcua;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP calls as a given user, for integration tests. */
public final class Api {

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<String> get(String user, String password, String path) {
        return exchange(user, password, HttpMethod.GET, path, null);
    }

    public ResponseEntity<String> send(String user, String password, HttpMethod method, String path, Object body) {
        return exchange(user, password, method, path, body);
    }

    public ResponseEntity<byte[]> bytes(String user, String password, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private ResponseEntity<String> exchange(String user, String password, HttpMethod method, String path,
                                            Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, password);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
