package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** Each model rule, on a model that breaks it and nothing else. */
class ModelRulesTest {

    private final ModelValidator validator = ModelRuleBeans.validator();

    /** A model that passes every rule. */
    static BpmnModelInstance goodModel() {
        return Bpmn.createExecutableProcess("DossierProcess")
                .camundaHistoryTimeToLive(3650)
                .camundaVersionTag("1")
                .startEvent("StartEvent_DossierReceived")
                .userTask("Task_AppraiseDossier").name("Thẩm định hồ sơ").camundaCandidateGroups("specialist")
                .endEvent("EndEvent_ResultReturned")
                .done();
    }

    private List<ModelProblem> problems(BpmnModelInstance model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bpmn.writeModelToStream(out, model);
        return validator.validate(out.toByteArray());
    }

    @Test
    void aModelFollowingEveryRulePasses() {
        assertThat(problems(goodModel())).isEmpty();
    }

    @Test
    void aProcessThatIsNotExecutableIsRejected() {
        BpmnModelInstance model = goodModel();
        model.<Process>getModelElementById("DossierProcess").setExecutable(false);

        assertThat(problems(model)).extracting(ModelProblem::elementId, ModelProblem::rule)
                .contains(org.assertj.core.groups.Tuple.tuple("DossierProcess", "executable"));
    }

    /** As Camunda Modeler saves it: an executable pool, and the citizen's side drawn with Modeler's own ids. */
    static byte[] citizenSideCollaboration() throws IOException {
        try (InputStream in = ModelRulesTest.class.getResourceAsStream("CitizenSideCollaboration.bpmn")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aCollaborationWhoseSecondPoolDocumentsTheCitizenSideIsAccepted() throws IOException {
        assertThat(validator.validate(citizenSideCollaboration())).isEmpty();
    }

    @Test
    void aCollaborationWithNoExecutablePoolIsRejected() throws IOException {
        String xml = new String(citizenSideCollaboration(), StandardCharsets.UTF_8)
                .replace("isExecutable=\"true\"", "isExecutable=\"false\"");

        assertThat(validator.validate(xml.getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CitizenSideDemoProcess", "executable"),
                        org.assertj.core.groups.Tuple.tuple("Process_0c7x1kd", "executable"));
    }

    @Test
    void theExecutablePoolOfACollaborationIsStillChecked() throws IOException {
        String xml = new String(citizenSideCollaboration(), StandardCharsets.UTF_8)
                .replace(" camunda:candidateGroups=\"specialist\"", "");

        assertThat(validator.validate(xml.getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(problem -> assertThat(problem.toString()).contains("Task_AppraiseDossier", "candidate-group"));
    }

    @Test
    void aProcessWithoutHistoryTimeToLiveOrVersionTagIsRejected() {
        BpmnModelInstance model = goodModel();
        Process process = model.getModelElementById("DossierProcess");
        process.setCamundaHistoryTimeToLiveString(null);
        process.setCamundaVersionTag(null);

        assertThat(problems(model)).hasSize(2)
                .allSatisfy(problem -> assertThat(problem.elementId()).isEqualTo("DossierProcess"))
                .extracting(ModelProblem::message)
                .anySatisfy(message -> assertThat(message).contains("historyTimeToLive"))
                .anySatisfy(message -> assertThat(message).contains("versionTag"));
    }

    @Test
    void anElementWithoutAShapeIsRejected() {
        BpmnModelInstance model = goodModel();
        BpmnShape shape = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement().getId().equals("Task_AppraiseDossier")).findFirst().orElseThrow();
        shape.getParentElement().removeChildElement(shape);

        assertThat(problems(model)).singleElement()
                .satisfies(problem -> assertThat(problem.elementId()).isEqualTo("Task_AppraiseDossier"))
                .satisfies(problem -> assertThat(problem.rule()).isEqualTo("complete-diagram"));
    }

    @Test
    void aSequenceFlowWithoutAnEdgeIsRejected() {
        BpmnModelInstance model = goodModel();
        BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).iterator().next();
        String flowId = ((BaseElement) edge.getBpmnElement()).getId();
        edge.getParentElement().removeChildElement(edge);

        assertThat(problems(model)).singleElement()
                .satisfies(problem -> assertThat(problem.elementId()).isEqualTo(flowId));
    }

    @Test
    void idsGeneratedByCamundaModelerAreRejected() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_0k2ypxh")
                .camundaHistoryTimeToLive(3650)
                .camundaVersionTag("1")
                .startEvent("StartEvent_1")
                .userTask("Activity_1ne6zq5").camundaCandidateGroups("specialist")
                .endEvent("Event_0fxmz9f")
                .done();

        assertThat(problems(model)).extracting(ModelProblem::elementId)
                .contains("Process_0k2ypxh", "StartEvent_1", "Activity_1ne6zq5", "Event_0fxmz9f");
        assertThat(problems(model)).extracting(ModelProblem::rule).containsOnly("hand-written-ids");
    }

    @Test
    void handWrittenIdsThatLookShortAreAccepted() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("FeeProcess")
                .camundaHistoryTimeToLive(3650)
                .camundaVersionTag("1")
                .startEvent("Start_payment")
                .endEvent("EndEvent_Paid")
                .done();

        assertThat(problems(model)).isEmpty();
    }

    @Test
    void aUserTaskWithoutCandidateGroupIsRejected() {
        BpmnModelInstance model = goodModel();
        model.<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("Task_AppraiseDossier")
                .setCamundaCandidateGroups(null);

        assertThat(problems(model)).singleElement()
                .satisfies(problem -> assertThat(problem.toString())
                        .contains("Task_AppraiseDossier", "candidate-group"));
    }

    @Test
    void aGatewayFlowWithoutConditionThatIsNotTheDefaultIsRejected() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("BranchProcess")
                .camundaHistoryTimeToLive(3650).camundaVersionTag("1")
                .startEvent("StartEvent_Received")
                .exclusiveGateway("Gateway_Complete")
                .sequenceFlowId("SequenceFlow_Yes").condition("yes", "${complete}")
                .endEvent("EndEvent_Received")
                .moveToLastGateway()
                .sequenceFlowId("SequenceFlow_No")
                .endEvent("EndEvent_Refused")
                .done();

        assertThat(problems(model)).singleElement()
                .satisfies(problem -> assertThat(problem.elementId()).isEqualTo("SequenceFlow_No"))
                .satisfies(problem -> assertThat(problem.rule()).isEqualTo("gateway-conditions"));
    }

    @Test
    void aFileThatIsNotBpmnIsRejectedWithTheParserMessage() {
        List<ModelProblem> problems = validator.validate("<definitions><oops".getBytes(StandardCharsets.UTF_8));

        assertThat(problems).singleElement()
                .satisfies(problem -> assertThat(problem.rule()).isEqualTo("well-formed"))
                .satisfies(problem -> assertThat(problem.message()).startsWith("the file is not valid BPMN 2.0 XML"));
    }
}
