package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every model under processes/procedures is a procedure, and its start form lists exactly its papers and
 * warns, before the clerk submits, when "complete" is chosen without every required paper.
 */
class ProceduresFolderTest {

    private static final Path PROCEDURES = Path.of("processes", "procedures");
    private final ObjectMapper json = new ObjectMapper();

    private static List<Path> procedures() throws IOException {
        try (Stream<Path> files = Files.walk(PROCEDURES)) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProcedureHasItsStartFormWithItsPapers() throws IOException {
        assertThat(procedures()).hasSizeGreaterThanOrEqualTo(7);
        return procedures().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Process process = model.getModelElementsByType(Process.class).iterator().next();
            assertThat(ProcedureModel.isProcedure(process)).as("%s declares procedure properties", file).isTrue();

            StartEvent start = model.getModelElementsByType(StartEvent.class).stream()
                    .filter(event -> event.getParentElement() == process).findFirst().orElseThrow();
            String formId = start.getCamundaFormRef();
            Path form = file.resolveSibling(formId + ".form");
            assertThat(form).as("the start form %s beside %s", formId, file).exists();
            JsonNode schema = json.readTree(form.toFile());
            assertThat(schema.get("id").asText()).isEqualTo(formId);

            List<String> offered = new ArrayList<>();
            for (JsonNode component : schema.get("components")) {
                if ("papers".equals(component.path("key").asText())) {
                    component.get("values").forEach(value -> offered.add(value.get("value").asText()));
                }
            }
            assertThat(offered).as("papers offered by %s", form)
                    .containsExactlyElementsOf(ProcedureModel.papers(process).keySet());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyStartFormWarnsOfAMissingRequiredPaperWhenCompleteIsChosen() throws IOException {
        FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
        return procedures().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Process process = model.getModelElementsByType(Process.class).iterator().next();
            List<Procedure.Paper> papers = ProcedureModel.papers(process).entrySet().stream()
                    .map(paper -> new Procedure.Paper(paper.getKey(), paper.getValue())).toList();
            List<String> required = papers.stream().filter(Procedure.Paper::required).map(Procedure.Paper::code).toList();
            assertThat(required).as("%s has required papers", file).isNotEmpty();
            String formId = model.getModelElementsByType(StartEvent.class).stream()
                    .filter(event -> event.getParentElement() == process).findFirst().orElseThrow().getCamundaFormRef();
            JsonNode warning = null;
            for (JsonNode component : json.readTree(file.resolveSibling(formId + ".form").toFile()).get("components")) {
                if ("Text_RequiredPapersMissing".equals(component.path("id").asText())) {
                    warning = component;
                }
            }
            assertThat(warning).as("%s has the warning Text_RequiredPapersMissing", formId).isNotNull();
            // the warning names every required paper, never an optional one
            String text = warning.get("text").asText();
            papers.forEach(paper -> assertThat(text.contains(paper.name())).as("%s names %s", formId, paper.code())
                    .isEqualTo(paper.required()));
            String hide = warning.get("conditional").get("hide").asText();
            assertThat(hide).startsWith("=");
            String expression = hide.substring(1);

            // shown while "complete" is chosen and any required paper is unticked; hidden otherwise
            assertThat(hidden(feel, expression, "COMPLETE", required)).as("%s with every required paper", formId).isTrue();
            assertThat(hidden(feel, expression, "COMPLETE", null)).as("%s with no paper ticked", formId).isFalse();
            assertThat(hidden(feel, expression, "INCOMPLETE", List.of())).as("%s when incomplete", formId).isTrue();
            for (String code : required) {
                List<String> allBut = required.stream().filter(other -> !other.equals(code)).toList();
                assertThat(hidden(feel, expression, "COMPLETE", allBut)).as("%s without %s", formId, code).isFalse();
            }
        }));
    }

    private static boolean hidden(FeelEngine feel, String expression, String outcome, List<String> papers) {
        VariableMap form = Variables.createVariables().putValue("intakeOutcome", outcome).putValue("papers", papers);
        return Boolean.TRUE.equals(feel.evaluateSimpleExpression(expression, form.asVariableContext()));
    }
}
