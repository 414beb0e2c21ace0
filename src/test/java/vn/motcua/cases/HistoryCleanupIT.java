package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.iso.RecordType;
import vn.motcua.iso.records.RecordsControl;

/**
 * History cleanup through the real engine. Each process definition gets its records' retention as its
 * history time to live. A dossier closed on Monday 5/1/2015 keeps its engine history until 1830 days
 * (5 years) after it ended; the cleanup then removes all of it, the intake's called instance included,
 * while Motcua's dossier record stays until a records review decides about it. The dossier lives in 2015
 * so that no other test's history is old enough to be removed with it.
 */
class HistoryCleanupIT extends DeskIT {

    private static final List<String> HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_IDENTITYLINK", "ACT_HI_DETAIL", "ACT_HI_OP_LOG");

    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordsControl records;

    private int timeToLive(String key) {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                .getHistoryTimeToLive();
    }

    @Test
    void eachDefinitionLivesAsLongAsItsRecords() {
        assertThat(timeToLive("LiquorWholesaleLicenceProcess")).isEqualTo(5 * 366);
        assertThat(timeToLive("DossierIntakeProcess")).isEqualTo(5 * 366);
        assertThat(timeToLive("NonconformingOutputProcess")).isEqualTo(3 * 366);
        assertThat(timeToLive("RecordsRetentionProcess")).isEqualTo(3 * 366);
    }

    @Test
    void aClosedDossiersEngineHistoryGoesAfterItsRetentionWhileItsRecordStays() throws Exception {
        ClockUtil.setCurrentTime(Date.from(vn(2015, 1, 5, 9, 0).toInstant()));
        // a department's procedure: in 2015 no commune of today existed to decide a commune-level one
        String code = desk.submitOk(Desk.dossier("MAU-STP-LLTP", List.of("TO-KHAI", "GIAY-TO-TUY-THAN", "CU-TRU"), "COMPLETE")).get("code").asText();
        desk.walkToTheEnd(code);
        HistoricProcessInstance dossier = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(code).rootProcessInstances().singleResult();
        assertThat(dossier.getEndTime()).as("the dossier is closed").isNotNull();
        Date removal = dossier.getRemovalTime();
        assertThat(removal).isEqualTo(Date.from(dossier.getEndTime().toInstant().plus(Duration.ofDays(5 * 366))));
        Map<String, Long> kept = historyRows(dossier.getId());
        assertThat(kept).as("the dossier's engine history, the intake's called instance included")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(dossier.getId()).count())
                .isGreaterThan(1);

        try {
            // a day before the end of its retention, the night's cleanup leaves it
            ClockUtil.setCurrentTime(new Date(removal.getTime() - Duration.ofDays(1).toMillis()));
            runHistoryCleanup();
            assertThat(historyRows(dossier.getId())).isEqualTo(kept);

            // once it has ended, the engine's history goes
            ClockUtil.setCurrentTime(new Date(removal.getTime() + Duration.ofMinutes(1).toMillis()));
            runHistoryCleanup();
            assertThat(historyRows(dossier.getId())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
            assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();

            // Motcua's own record of the dossier stays, for records control to decide about
            assertThat(jdbc.sql("select count(*) from motcua_dossier where code = :code").param("code", code)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(records.decision(RecordType.DOSSIER, code)).isEmpty();
            var read = desk.api().get(Desk.CLERK, Desk.PASSWORD, "/api/dossiers/" + code);
            assertThat(read.getStatusCode()).as(read.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).contains(code);
        } finally {
            ClockUtil.reset();
            // the cleanup jobs wait for the next night again
            historyService.cleanUpHistoryAsync(false);
        }
    }

    /** What the night's cleanup does, run at once: every cleanup job (one per degree of parallelism). */
    private void runHistoryCleanup() {
        identityService.clearAuthentication();
        historyService.cleanUpHistoryAsync(true);
        List<Job> jobs = historyService.findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        jobs.forEach(job -> managementService.executeJob(job.getId()));
    }

    /** Rows of the engine's history tables belonging to the dossier's process instance hierarchy. */
    private Map<String, Long> historyRows(String rootProcessInstanceId) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : HISTORY) {
            rows.put(table, jdbc.sql("select count(*) from " + table + " where ROOT_PROC_INST_ID_ = :root")
                    .param("root", rootProcessInstanceId).query(Long.class).single());
        }
        return rows;
    }
}
