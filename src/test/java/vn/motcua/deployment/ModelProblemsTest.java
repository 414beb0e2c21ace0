package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Test;

/** A rejection summarises per rule: a model breaking a rule 40 times is not 40 sentences. */
class ModelProblemsTest {

    /** A process of {@code tasks} user tasks, none with a candidate group, and its version tag missing. */
    static BpmnModelInstance nobodysTasks(String key, int tasks) {
        AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Received");
        for (int i = 1; i <= tasks; i++) {
            builder = builder.userTask(String.format("Task_Step%02d", i)).name("Bước " + i);
        }
        return builder.endEvent("EndEvent_Done").done();
    }

    private static List<ModelProblem> problems(BpmnModelInstance model) {
        return ModelRuleBeans.validator().validate(Bpmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aRuleBrokenFortyTimesIsCountedWithItsFirstFiveElements() {
        List<ModelProblem> problems = problems(nobodysTasks("NobodysProcess", 40));
        assertThat(problems).hasSize(41);

        String summary = ModelProblems.summary(problems);

        assertThat(summary).startsWith("41 problems. ")
                .contains("candidate-group (40): the user task has no candidate group",
                        "at Task_Step01, Task_Step02, Task_Step03, Task_Step04, Task_Step05 and 35 more",
                        "process-attributes (1): camunda:versionTag is not set", "at NobodysProcess")
                .doesNotContain("Task_Step06");
        assertThat(summary.length()).isLessThan(600);
    }

    @Test
    void differentMessagesOfOneRuleAreEachShown() {
        List<ModelProblem> problems = List.of(new ModelProblem("Task_A", "allowed-expressions", "bean x is not allowed"),
                new ModelProblem("Task_B", "allowed-expressions", "bean y is not allowed"),
                new ModelProblem(null, "well-formed", "the file is not valid BPMN 2.0 XML"));

        assertThat(ModelProblems.summary(problems)).isEqualTo("3 problems. allowed-expressions (2): Task_A: bean x is not "
                + "allowed; Task_B: bean y is not allowed; well-formed (1): the file is not valid BPMN 2.0 XML — at (file)");
    }

    @Test
    void theRejectionOfADeploymentSummarisesAndListsAtMostAHundredProblems() {
        Map<String, List<ModelProblem>> byResource = new java.util.LinkedHashMap<>();
        byResource.put("Big.bpmn", problems(nobodysTasks("BigProcess", 150)));
        byResource.put("Small.bpmn", problems(nobodysTasks("SmallProcess", 2)));

        ModelRejectedException rejected = new ModelRejectedException(byResource);

        assertThat(rejected.getMessage()).contains("Big.bpmn: 151 problems. candidate-group (150)", "and 145 more",
                " | Small.bpmn: 3 problems. candidate-group (2)");
        assertThat(rejected.getMessage().length()).isLessThan(1200);
        List<Integer> listed = new ArrayList<>();
        for (ResourceReport report : rejected.getResorceReports()) {
            listed.add(report.getErrors().size());
        }
        assertThat(listed).containsExactly(100, 0);
        assertThat(rejected.getResorceReports().get(0).getErrors().get(0).getMainElementId()).isEqualTo("Task_Step01");
    }
}
