package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every model under processes/ passes the deployment rules, so a start-up never fails on a shipped model. */
class ProcessesFolderTest {

    private static final Path PROCESSES = Path.of("processes");
    private final ModelValidator validator = ModelRuleBeans.validator();

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            return files.filter(file -> ModelValidator.isBpmn(file.toString())).sorted().toList();
        }
    }

    @Test
    void processesFolderHoldsModels() throws IOException {
        assertThat(bpmnFiles()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyModelFollowsTheRules() throws IOException {
        return bpmnFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () ->
                assertThat(validator.validate(Files.readAllBytes(file)))
                        .as("problems of %s", file)
                        .isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> fileNameIsTheProcessId() throws IOException {
        return bpmnFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            String expectedId = file.getFileName().toString().replaceFirst("\\.bpmn$", "");
            String xml = Files.readString(file);
            assertThat(xml).as("%s must hold a process with id=\"%s\"", file, expectedId)
                    .contains("<bpmn:process id=\"" + expectedId + "\"");
        }));
    }
}
