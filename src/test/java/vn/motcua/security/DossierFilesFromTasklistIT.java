package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/**
 * A task's form in Tasklist attaches a dossier's file with the user's webapp session (README: 'Dossier files'),
 * but only with the webapp's CSRF token, as the webapps' own REST API requires: a page of another site that makes
 * the browser send the session cookie has no token to send, and no other /api write takes the session.
 */
@MotcuaIT
class DossierFilesFromTasklistIT {

    private static final String CLERK = "lannt";
    private static final String DEMO = "demo";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTasklistPageAttachesAndRemovesAFileWithItsSessionAndCsrfTokenOnly() throws Exception {
        // given a dossier at the desk's handover, and the clerk signed in to Tasklist
        String code = json.readTree(new Api(rest).send(CLERK, DEMO, HttpMethod.POST, "/api/dossiers", Map.of(
                "procedureCode", "MAU-XA-HKD", "channel", "IN_PERSON", "decidingAgency", "000.31.20.H42",
                "applicant", Map.of("name", "Lê Thị Thu", "idNumber", "001190012345"),
                "papers", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "intakeOutcome", "COMPLETE")).getBody()).get("code").asText();
        HttpHeaders session = tasklistSession();
        HttpHeaders cookieOnly = new HttpHeaders();
        cookieOnly.add(HttpHeaders.COOKIE, session.getFirst(HttpHeaders.COOKIE));
        HttpHeaders wrongToken = new HttpHeaders();
        wrongToken.add(HttpHeaders.COOKIE, session.getFirst(HttpHeaders.COOKIE));
        wrongToken.add("X-XSRF-TOKEN", "0123456789ABCDEF0123456789ABCDEF");

        // when the session's cookie alone, or with a wrong token, asks to attach a file
        ResponseEntity<String> noToken = attach(code, cookieOnly);
        ResponseEntity<String> guessed = attach(code, wrongToken);
        // or another /api write is made with the session and its token
        HttpHeaders jsonSession = new HttpHeaders();
        jsonSession.putAll(session);
        jsonSession.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> withdrawal = rest.exchange("/api/dossiers/" + code + "/withdrawal", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "Rút hồ sơ"), jsonSession), String.class);

        // then nobody is signed in for them, and nothing is stored
        assertThat(noToken.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(guessed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withdrawal.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(files(code)).isZero();

        // when the page sends the session with its token, as Tasklist's own requests do
        ResponseEntity<String> attached = attach(code, session);

        // then the file is the signed-in clerk's, and they may remove it the same way
        assertThat(attached.getStatusCode()).as(attached.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(attached.getBody()).get("uploadedBy").asText()).isEqualTo(CLERK);
        long id = json.readTree(attached.getBody()).get("id").asLong();
        assertThat(rest.exchange("/api/dossiers/" + code + "/files/" + id, HttpMethod.DELETE, new HttpEntity<>(cookieOnly),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.exchange("/api/dossiers/" + code + "/files/" + id, HttpMethod.DELETE, new HttpEntity<>(session),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(files(code)).isZero();
    }

    /**
     * The clerk signed in to Tasklist, with the CSRF token of the session as Tasklist holds it: signing in renews the
     * session, whose first request to the webapp's API (Tasklist loads the user's profile) gets it a new token.
     */
    private HttpHeaders tasklistSession() {
        HttpHeaders signedIn = new WebappLogin(rest).session("tasklist", CLERK, DEMO);
        HttpHeaders cookie = new HttpHeaders();
        cookie.add(HttpHeaders.COOKIE, signedIn.getFirst(HttpHeaders.COOKIE));
        ResponseEntity<String> profile = rest.exchange("/camunda/api/engine/engine/default/user/" + CLERK + "/profile",
                HttpMethod.GET, new HttpEntity<>(cookie), String.class);
        assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, signedIn.getFirst(HttpHeaders.COOKIE));
        session.add("X-XSRF-TOKEN", profile.getHeaders().getFirst("X-XSRF-TOKEN"));
        return session;
    }

    private ResponseEntity<String> attach(String code, HttpHeaders auth) {
        String boundary = "----TasklistBoundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPAPER\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"paperCode\"\r\n\r\nGIAY-DE-NGHI\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Giấy đề nghị.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PDF);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(auth);
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        return rest.exchange("/api/dossiers/" + code + "/files", HttpMethod.POST, new HttpEntity<>(body.toByteArray(), headers),
                String.class);
    }

    private long files(String code) {
        return jdbc.sql("select count(*) from motcua_dossier_file where dossier_code = :code").param("code", code)
                .query(Long.class).single();
    }
}
