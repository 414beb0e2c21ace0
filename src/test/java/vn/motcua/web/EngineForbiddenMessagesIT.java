package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConstraint;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValidation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;

/**
 * What Cockpit shows a manager who tries a change anyway (suspending a case): the engine's refusal, in
 * Vietnamese, with the rest of Camunda's answer as it was.
 */
@MotcuaIT
class EngineForbiddenMessagesIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ObjectMapper json;

    @Test
    void theEngineRefusesAManagersChangeInVietnamese() throws Exception {
        // given
        String key = "ForbiddenProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(30).camundaVersionTag("1").startEvent().userTask("Task_Appraise")
                .camundaCandidateGroups("test-dept-a").endEvent().done()).deploy();
        String instanceId = runtimeService.startProcessInstanceByKey(key).getId();

        // when
        ResponseEntity<String> answer = new Api(rest).send("boss", "secret", HttpMethod.PUT,
                "/engine-rest/process-instance/" + instanceId + "/suspended", Map.of("suspended", true));

        // then
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(body.path("message").asText())
                .startsWith("Tài khoản boss không có quyền thực hiện thao tác này")
                .contains("quyền tạm dừng trên phiên chạy quy trình " + instanceId)
                .doesNotContain("does not have");
        assertThat(body.path("missingAuthorizations")).isNotEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .isSuspended()).isFalse();
    }

    /** Refused a message correlated by business key, the caller does not learn the id of the instance it found. */
    @Test
    void aRefusalNamesNoInstanceTheRequestDidNotName() throws Exception {
        String key = "ForbiddenMessage" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(30).camundaVersionTag("1").startEvent()
                .intermediateCatchEvent("Event_Withdrawn").message(key + "Withdrawn").endEvent().done()).deploy();
        String businessKey = "dossier-" + key;
        String instanceId = runtimeService.startProcessInstanceByKey(key, businessKey).getId();

        ResponseEntity<String> answer = new Api(rest).send("boss", "secret", HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", key + "Withdrawn", "businessKey", businessKey, "all", true));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
        assertThat(answer.getBody()).doesNotContain(instanceId).contains("Tài khoản boss không có quyền");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
    }

    /** A generated form's required field left out is the user's mistake: a 400 naming the field, not a 500. */
    @Test
    void aRequiredFormFieldLeftOutIsA400NamingIt() throws Exception {
        String key = "FormProcess" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent().userTask("Task_Report").camundaCandidateGroups("test-dept-a").camundaFormField()
                .camundaId("report").camundaType("string").camundaFormFieldDone().endEvent().done();
        CamundaFormField field = model.getModelElementsByType(CamundaFormField.class).iterator().next();
        CamundaValidation validation = model.newInstance(CamundaValidation.class);
        CamundaConstraint required = model.newInstance(CamundaConstraint.class);
        required.setCamundaName("required");
        validation.getCamundaConstraints().add(required);
        field.setCamundaValidation(validation);
        repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        String instanceId = runtimeService.startProcessInstanceByKey(key).getId();
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

        ResponseEntity<String> answer = new Api(rest).send("speca", "secret", HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of()));

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).path("message").asText()).contains("'report'", "required");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void otherAnswersPassUnchanged() {
        ResponseEntity<String> answer = new Api(rest).get("boss", "secret", "/engine-rest/engine");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).contains("\"name\"");
    }
}
