package vn.motcua.iso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each process's history lives as long as records control keeps its records, 366 days a year. */
class HistoryRetentionTest {

    private static HistoryRetention retention(Map<RecordType, Integer> years) {
        return new HistoryRetention(new QmsSettings(BigDecimal.valueOf(20), "iso-secretary", 12, 3, null, 5, 12, years));
    }

    private final HistoryRetention defaults = retention(null);

    private static boolean isProcedure(Process process) {
        return process.getModelInstance().getModelElementsByType(CamundaProperty.class).stream()
                .anyMatch(property -> property.getParentElement().getParentElement().getParentElement() == process
                        && "procedureCode".equals(property.getCamundaName()));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedProcessGetsItsTimeToLiveFromRecordsControl() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("processes"))) {
            files = walk.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
                assertThat(defaults.timeToLiveDays(process.getId(), isProcedure(process)))
                        .as("%s in %s", process.getId(), file).isPresent();
            }
        }));
    }

    @Test
    void aDossiersHistoryLivesAsLongAsTheDossierRecordAndEachQmsProcessAsItsRecord() {
        assertThat(defaults.timeToLiveDays("LiquorWholesaleLicenceProcess", true)).hasValue(5 * 366);
        assertThat(defaults.timeToLiveDays("DossierIntakeProcess", false)).hasValue(5 * 366);
        assertThat(defaults.timeToLiveDays("CorrectiveActionProcess", false)).hasValue(3 * 366);
        assertThat(defaults.timeToLiveDays("DepartmentAuditProcess", false)).hasValue(3 * 366);
        assertThat(defaults.timeToLiveDays("ManagementReviewActionProcess", false)).hasValue(3 * 366);
        assertThat(defaults.timeToLiveDays("RiskProcess", false)).hasValue(3 * 366);
        assertThat(defaults.timeToLiveDays("DocumentControlProcess", false)).hasValue(3 * 366);
    }

    @Test
    void theAgencysRetentionListOverridesTheDefaults() {
        HistoryRetention agency = retention(Map.of(RecordType.DOSSIER, 10, RecordType.INTERNAL_AUDIT, 7));

        assertThat(agency.timeToLiveDays("HouseConstructionPermitProcess", true)).hasValue(10 * 366);
        assertThat(agency.timeToLiveDays("InternalAuditProcess", false)).hasValue(7 * 366);
        assertThat(agency.timeToLiveDays("NonconformingOutputProcess", false)).hasValue(3 * 366);
        // processes with no record type of their own follow the longest-kept QMS record
        assertThat(agency.timeToLiveDays("LegalChangeReviewProcess", false)).hasValue(7 * 366);
    }

    @Test
    void aProcessRecordsControlDoesNotKnowKeepsItsModelsTimeToLive() {
        assertThat(defaults.timeToLiveDays("SomeTeamsOwnProcess", false)).isEmpty();
    }
}
