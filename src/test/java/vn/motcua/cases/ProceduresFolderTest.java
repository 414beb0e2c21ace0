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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every model under processes/procedures is a procedure, and its start form lists exactly its papers. */
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
}
