package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Document control (ISO 9001:2015, 7.5) through the engine: a changed procedure model is deployed only
 * once reviewed and approved, as the next revision; new dossiers use it while a running dossier finishes
 * on its old version; the next revision withdraws it. A change of a legal document opens a review for
 * exactly the procedures whose legal basis cites it.
 */
class DocumentControlIT extends DeskIT {

    private static final String KEY = "BusinessHouseholdRegistrationProcess";
    private static final Path MODEL = Path.of("processes/procedures/ubnd-xa/" + KEY + ".bpmn");
    private static final String MODELLER = "tungnt";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
    }

    private ResponseEntity<String> submit(String user, String xml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, Desk.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_XML);
        return rest.exchange("/api/procedure-models?changeNote={note}", HttpMethod.POST,
                new HttpEntity<>(xml.getBytes(StandardCharsets.UTF_8), headers), String.class, "Đổi tên bước thẩm định");
    }

    private Task task(String code, String key) {
        Task task = desk.openTask(code);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        return task;
    }

    /** Submits, reviews and approves a model; returns the submission's code. */
    private String issue(String xml) throws Exception {
        ResponseEntity<String> submitted = submit(MODELLER, xml);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();
        desk.completeOk(task(code, "Task_ReviewDraft"), Map.of("reviewPassed", true, "reviewNote", "Đúng mẫu, đủ căn cứ"));
        Task approve = task(code, "Task_ApproveDocument");
        assertThat(desk.complete(approve, desk.workerOf(approve), Map.of("approved", false)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        desk.completeOk(approve, Map.of("approved", true, "approvalNote", "Đồng ý ban hành"));
        return code;
    }

    private String status(String code) {
        return jdbc.queryForObject("select status from motcua_document_revision where code = ?", String.class, code);
    }

    /** A revision naming one of the quality system's beans is refused as it is submitted, not when it is issued. */
    @Test
    void aRevisionCallingTheQualitySystemsBeansIsRefusedAtSubmission() throws Exception {
        String original = Files.readString(MODEL);
        // the process's own extension elements (the first in the file) get a start listener
        String changed = original.replaceFirst("<bpmn:extensionElements>",
                "<bpmn:extensionElements><camunda:executionListener expression=\"\\${risks.closed(execution)}\" "
                        + "event=\"start\" />");
        assertThat(changed).contains("risks.closed");
        long before = jdbc.queryForObject("select count(*) from motcua_document_revision", Long.class);

        ResponseEntity<String> answer = submit(MODELLER, changed);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("shipped-only-bean", "risks").doesNotContain("vn.motcua");
        assertThat(jdbc.queryForObject("select count(*) from motcua_document_revision", Long.class)).isEqualTo(before);
    }

    @Test
    void onlyApprovalDeploysAChangedProcedureAsItsNextRevision() throws Exception {
        String original = Files.readString(MODEL);
        ProcessDefinition before = latest();
        String running = desk.submitOk(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE")).get("code").asText();
        String changed = original.replace("name=\"Thẩm định hồ sơ\"", "name=\"Thẩm định hồ sơ và xác minh\"");
        assertThat(changed).isNotEqualTo(original);

        // straight to the engine, as Camunda Modeler's deploy button does: refused, nothing stored
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", "from-modeler");
        form.add("deployment-source", "Camunda Modeler");
        form.add("data", new ByteArrayResource(changed.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return KEY + ".bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(MODELLER, Desk.PASSWORD);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> direct = rest.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(direct.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(direct.getBody()).contains("controlled documents");
        assertThat(latest().getId()).isEqualTo(before.getId());

        // submissions: only modellers; only well-formed procedure models that follow the rules
        assertThat(submit(Desk.CLERK, changed).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(submit(MODELLER, "<definitions").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> broken = submit(MODELLER, changed.replace("camunda:candidateGroups=\"${dossierUnits.group(execution, 'kinh-te')}\"", ""));
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody()).contains("candidate group");

        String first = issue(changed);
        ProcessDefinition issued = latest();
        assertThat(issued.getVersion()).isGreaterThan(before.getVersion());
        assertThat(before.getVersionTag()).endsWith(" lần 1");
        assertThat(issued.getVersionTag()).isEqualTo(before.getVersionTag().replace(" lần 1", " lần 2"));
        assertThat(status(first)).isEqualTo("ISSUED");
        assertThat(jdbc.queryForList("select recipient from motcua_notification where dossier_code = ? and kind = 'DOCUMENT_ISSUED'",
                String.class, first)).contains("thach-khe-kinh-te", "dong-tien-kinh-te", "mot-cua-tinh", "mot-cua-thach-khe",
                "mot-cua-dong-tien");

        // new dossiers start on the new revision; the running one finishes on its own
        String fresh = desk.submitOk(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE")).get("code").asText();
        assertThat(definitionOf(fresh)).isEqualTo(issued.getId());
        desk.walkToTheEnd(running);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(running)
                .processDefinitionKey(KEY).singleResult().getProcessDefinitionId()).isEqualTo(before.getId());
        assertThat(desk.walkToTheEnd(fresh)).isNotEmpty();

        // the issued revision waits for its periodic review, a year on
        String firstInstance = jdbc.queryForObject("select process_instance_id from motcua_document_revision where code = ?",
                String.class, first);
        assertThat(managementService.createJobQuery().processInstanceId(firstInstance).activityId("Event_PeriodicReviewDue")
                .singleResult().getDuedate()).isAfter(Date.from(vn(2027, 3, 1, 0, 0).toInstant()));

        // the next revision withdraws it and ends its reviews
        String second = issue(changed.replace("Thẩm định hồ sơ và xác minh", "Thẩm định, xác minh hồ sơ"));
        assertThat(latest().getVersionTag()).isEqualTo(before.getVersionTag().replace(" lần 1", " lần 3"));
        assertThat(status(first)).isEqualTo("WITHDRAWN");
        assertThat(status(second)).isEqualTo("ISSUED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(firstInstance).count()).isZero();
        JsonNode listed = json.readTree(desk.api().get("trangdt", Desk.PASSWORD, "/api/procedure-models").getBody());
        assertThat(listed.findValuesAsText("code")).contains(first, second);
    }

    private String definitionOf(String dossierCode) {
        return jdbc.queryForObject("select process_definition_id from motcua_dossier where code = ?", String.class, dossierCode);
    }

    @Test
    void aChangedLegalDocumentOpensAReviewForExactlyTheProceduresCitingIt() throws Exception {
        Set<String> citing = citing("15/2018/NĐ-CP");
        assertThat(citing).isNotEmpty();

        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/legal-documents/15-2018-nd-cp/changes",
                Map.of("title", "Nghị định 15/2018/NĐ-CP")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.api().send("trangdt", Desk.PASSWORD, HttpMethod.POST, "/api/legal-documents/15%2F2018/changes",
                Map.of("title", "Nghị định 15/2018/NĐ-CP")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.api().send("trangdt", Desk.PASSWORD, HttpMethod.POST, "/api/legal-documents/15-2018-nd-cp/changes",
                Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> registered = desk.api().send("trangdt", Desk.PASSWORD, HttpMethod.POST,
                "/api/legal-documents/15-2018-nd-cp/changes", Map.of("title", "Nghị định 15/2018/NĐ-CP",
                        "summary", "Sửa đổi hồ sơ cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "effectiveDate", "2026-04-01"));
        assertThat(registered.getStatusCode()).as(registered.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode reviews = json.readTree(registered.getBody()).get("reviews");
        assertThat(new TreeSet<>(reviews.findValuesAsText("processKey"))).isEqualTo(citing);

        JsonNode review = reviews.get(0);
        Task task = taskService.createTaskQuery().processInstanceId(review.get("processInstanceId").asText()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ReviewProcedure");
        // Thursday 5/3/2026 + 3 months: Friday 5/6/2026, at the close of office hours
        assertThat(task.getDueDate()).isEqualTo(Date.from(vn(2026, 6, 5, 17, 0).toInstant()));
        assertThat(json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/legal-documents/reviews").getBody())
                .findValuesAsText("processInstanceId")).contains(review.get("processInstanceId").asText());
        assertThat(desk.complete(task, MODELLER, Map.of("reviewOutcome", "UNCHANGED", "reviewNote", "Không ảnh hưởng các bước"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select outcome from motcua_legal_review where process_instance_id = ?", String.class,
                review.get("processInstanceId").asText())).isEqualTo("UNCHANGED");

        // a document no procedure cites opens nothing
        JsonNode none = json.readTree(desk.api().send("trangdt", Desk.PASSWORD, HttpMethod.POST,
                "/api/legal-documents/99-2099-nd-cp/changes", Map.of("title", "Nghị định 99/2099/NĐ-CP")).getBody());
        assertThat(none.get("reviews")).isEmpty();
    }

    /** The processes under processes/procedures whose legal basis names the document, read from the files. */
    private static Set<String> citing(String documentNumber) throws IOException {
        Pattern basis = Pattern.compile("name=\"legalBasis\" value=\"([^\"]*)\"");
        Pattern id = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("processes/procedures"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(file);
                Matcher legal = basis.matcher(xml);
                Matcher process = id.matcher(xml);
                if (legal.find() && process.find() && legal.group(1).contains(documentNumber)) {
                    keys.add(process.group(1));
                }
            }
        }
        return keys;
    }
}
