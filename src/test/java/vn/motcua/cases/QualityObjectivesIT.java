package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A month with a late dossier misses the "98 % on time" objective: recorded once, with a nonconformity. */
class QualityObjectivesIT extends DeskIT {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Test
    void aMissedObjectiveIsRecordedOnceAsANonconformity() throws Exception {
        // a business household dossier received Wed 1/7/2026 (due Mon 6/7), resolved late on Tue 7/7
        ClockUtil.setCurrentTime(Date.from(vn(2026, 7, 1, 9, 0).toInstant()));
        String code = desk.submitOk(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE")).get("code").asText();
        ClockUtil.setCurrentTime(Date.from(vn(2026, 7, 7, 9, 0).toInstant()));
        desk.walkToTheEnd(code);
        ClockUtil.setCurrentTime(Date.from(vn(2026, 8, 3, 9, 0).toInstant()));

        ResponseEntity<String> evaluated = desk.api().send("trangdt", Desk.PASSWORD, HttpMethod.POST,
                "/api/quality/objectives/evaluate?month=2026-07", null);
        desk.api().send("trangdt", Desk.PASSWORD, HttpMethod.POST, "/api/quality/objectives/evaluate?month=2026-07", null);

        assertThat(evaluated.getStatusCode()).as(evaluated.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode result = null;
        for (JsonNode candidate : json.readTree(evaluated.getBody())) {
            if (candidate.get("agencyCode").asText().equals("000.31.20.H42") && candidate.get("month").asText().equals("2026-07")) {
                result = candidate;
            }
        }
        assertThat(result).isNotNull();
        assertThat(result.get("met").asBoolean()).isFalse();
        // xã Thạch Khê's nonconformity: its manager reads it, Sở Công Thương's does not
        JsonNode open = json.readTree(desk.api().get("phuongnt", Desk.PASSWORD, "/api/quality/nonconformities").getBody());
        assertThat(open.findValuesAsText("description").stream()
                .filter(d -> d.contains("Tối thiểu 98 %") && d.contains("2026-07"))).hasSize(1);
        JsonNode others = json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/nonconformities").getBody());
        assertThat(others.findValuesAsText("description").stream()
                .filter(d -> d.contains("Tối thiểu 98 %") && d.contains("2026-07"))).isEmpty();
        assertThat(desk.api().send("minhtv", Desk.PASSWORD, HttpMethod.POST, "/api/quality/objectives/evaluate?month=2026-07",
                null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // a month that has not ended (the clock is in August) cannot be evaluated, nor a malformed one
        assertThat(desk.api().send("trangdt", Desk.PASSWORD, HttpMethod.POST, "/api/quality/objectives/evaluate?month=2026-08",
                null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.api().send("trangdt", Desk.PASSWORD, HttpMethod.POST, "/api/quality/objectives/evaluate?month=2026-7",
                null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // and the engine evaluates every month by itself
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("QualityObjectivesProcess").count())
                .isPositive();
        ClockUtil.setCurrentTime(Date.from(vn(2026, 9, 1, 7, 30).toInstant()));
        Job monthly = managementService.createJobQuery().processDefinitionKey("QualityObjectivesProcess").timers().singleResult();
        managementService.executeJob(monthly.getId());
        JsonNode year = json.readTree(desk.api().get("chaudm", Desk.PASSWORD, "/api/quality/objectives?year=2026").getBody());
        assertThat(year.findValuesAsText("month")).contains("2026-07", "2026-08");
    }
}
