package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.motcua.MotcuaIT;

/**
 * A page on another site could post a form to /api or /engine-rest, and the browser would add the Basic
 * credentials it had cached for Motcua. State-changing requests that a browser marks as coming from
 * another site are refused; clients that are not browsers send no such mark and are not affected.
 */
@MotcuaIT
class CrossSiteRequestsIT {

    private static final String EVIL = "https://evil.example";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    private String processKey;

    @BeforeEach
    void aProcessClerksStart() {
        processKey = "CrossSiteProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(processKey).camundaHistoryTimeToLive(30)
                .camundaVersionTag("1").startEvent().userTask("Task_Appraise").camundaCandidateGroups("test-dept-a")
                .endEvent().done();
        model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(processKey)
                .setCamundaCandidateStarterGroups("one-stop-clerk");
        repositoryService.createDeployment().addModelInstance(processKey + ".bpmn", model).deploy();
    }

    @Test
    void aFormPostedFromAnotherSiteWithCachedCredentialsIsRefused() throws Exception {
        long dossiers = dossierCount();
        HttpHeaders headers = browser("lannt", "demo");
        headers.set(HttpHeaders.ORIGIN, EVIL);
        headers.set("Sec-Fetch-Site", "cross-site");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        ResponseEntity<String> response = rest.exchange("/api/dossiers", HttpMethod.POST,
                new HttpEntity<>("procedureCode=MAU-SCT-RUOU-BB&channel=IN_PERSON", headers), String.class);

        assertCrossSiteRefused(response);
        assertThat(dossierCount()).isEqualTo(dossiers);
    }

    @Test
    void aMultipartDeploymentFromAnotherSiteIsRefused() {
        long deployments = repositoryService.createDeploymentQuery().count();
        HttpHeaders headers = browser("testadmin", "admin-secret");
        headers.set(HttpHeaders.ORIGIN, EVIL);

        ResponseEntity<String> response = rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(deployment(), multipart(headers)), String.class);

        assertCrossSiteRefused(response);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aRequestMarkedCrossSiteOrSameSiteWithoutOriginIsRefused() {
        for (String site : new String[] {"cross-site", "same-site"}) {
            HttpHeaders headers = browser("clerk", "secret");
            headers.set("Sec-Fetch-Site", site);
            headers.setContentType(MediaType.APPLICATION_JSON);

            assertCrossSiteRefused(rest.exchange("/engine-rest/process-definition/key/" + processKey + "/start",
                    HttpMethod.POST, new HttpEntity<>("{}", headers), String.class));
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count()).isZero();
    }

    @Test
    void anOriginOfNullIsRefused() {
        // a sandboxed frame of any site sends "null"
        HttpHeaders headers = browser("clerk", "secret");
        headers.set(HttpHeaders.ORIGIN, "null");
        headers.setContentType(MediaType.APPLICATION_JSON);

        assertCrossSiteRefused(rest.exchange("/engine-rest/process-definition/key/" + processKey + "/start",
                HttpMethod.POST, new HttpEntity<>("{}", headers), String.class));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count()).isZero();
    }

    @Test
    void theServersOwnPagesStillPost() {
        HttpHeaders headers = browser("clerk", "secret");
        headers.set(HttpHeaders.ORIGIN, rest.getRootUri());
        headers.set("Sec-Fetch-Site", "same-origin");
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> response = rest.exchange("/engine-rest/process-definition/key/" + processKey + "/start",
                HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLookupPagesFeedbackIsNotTakenForCrossSite() {
        // tra-cuu.html posts the citizen's rating from this server's own origin
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ORIGIN, rest.getRootUri());
        headers.set("Sec-Fetch-Site", "same-origin");
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> response = rest.exchange("/api/public/dossiers/NO-SUCH-CODE/feedback", HttpMethod.POST,
                new HttpEntity<>("{\"rating\":\"SATISFIED\"}", headers), String.class);

        assertThat(response.getStatusCode().is5xxServerError()).as(response.getBody()).isFalse();
        assertThat(String.valueOf(response.getBody())).doesNotContain("this server's own pages");
        // from another site it is refused like any other write
        headers.set(HttpHeaders.ORIGIN, EVIL);
        headers.set("Sec-Fetch-Site", "cross-site");
        assertCrossSiteRefused(rest.exchange("/api/public/dossiers/NO-SUCH-CODE/feedback", HttpMethod.POST,
                new HttpEntity<>("{\"rating\":\"SATISFIED\"}", headers), String.class));
    }

    @Test
    void camundaModelerAndServersDeployAsBefore() {
        // Modeler's deploy (from its desktop window, Origin file://) and curl or another server (no Origin)
        for (String origin : new String[] {"file://", null}) {
            HttpHeaders headers = browser("testadmin", "admin-secret");
            if (origin != null) {
                headers.set(HttpHeaders.ORIGIN, origin);
            }

            ResponseEntity<String> response = rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                    new HttpEntity<>(deployment(), multipart(headers)), String.class);

            assertThat(response.getStatusCode()).as(origin + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void readingFromAnotherSiteIsNotAWrite() {
        HttpHeaders headers = browser("clerk", "secret");
        headers.set(HttpHeaders.ORIGIN, EVIL);

        assertThat(rest.exchange("/engine-rest/engine", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void assertCrossSiteRefused(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody()).contains("this server's own pages");
    }

    private static HttpHeaders browser(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return headers;
    }

    private static HttpHeaders multipart(HttpHeaders headers) {
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }

    private MultiValueMap<String, Object> deployment() {
        String key = "ModelerProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String xml = Bpmn.convertToString(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
                .camundaVersionTag("1").startEvent().userTask("Task_Review").camundaCandidateGroups("test-dept-a")
                .endEvent().done());
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", key);
        form.add("deployment-source", "Camunda Modeler");
        form.add("data", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return key + ".bpmn";
            }
        });
        return form;
    }

    private long dossierCount() {
        return jdbc.queryForObject("select count(*) from motcua_dossier", Long.class);
    }
}
