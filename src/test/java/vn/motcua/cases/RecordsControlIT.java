package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.iso.RecordType;
import vn.motcua.iso.records.RecordsControl;

/**
 * Records control (ISO 9001:2015, 7.5.3) through the engine: a dossier closed on 5/3/2026 is kept five
 * years; on 6/3/2031 it is among the expired records a review takes up. The ISO secretary proposes to keep
 * it and destroy the rest, with a minute; the leader returns the first proposal, approves the second, and
 * the register says what became of each record; the files of a destroyed dossier go with it, those of a kept
 * one stay. With nothing expired, the monthly run ends at once.
 */
class RecordsControlIT extends DeskIT {

    // xã Thạch Khê's ISO secretary and chairman: the dossiers are the commune's
    private static final String QUALITY = "hongnt";
    private static final String LEADER = "thanhlv";

    @Autowired
    ManagementService managementService;
    @Autowired
    RecordsControl records;
    @Autowired
    JdbcClient jdbc;

    private long files(String code) {
        return jdbc.sql("select count(*) from motcua_dossier_file where dossier_code = :code").param("code", code)
                .query(Long.class).single();
    }

    private Task task(String code, String key) {
        Task task = desk.openTask(code);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
        return task;
    }

    @Test
    void expiredRecordsAreDestroyedOrKeptWithAMinuteTheLeaderApproved() throws Exception {
        assertThat(managementService.createJobQuery().processDefinitionKey(RecordsControl.PROCESS_KEY).timers().count())
                .as("the monthly run's timer").isEqualTo(1);
        String dossier = desk.submitOk(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE")).get("code").asText();
        String destroyed = desk.submitOk(Desk.dossier("MAU-XA-HKD", List.of("GIAY-DE-NGHI", "GIAY-TO-PHAP-LY"), "COMPLETE")).get("code").asText();
        for (String code : List.of(dossier, destroyed)) {
            assertThat(new FileUploads(rest).attach(desk.clerkOf(code), code, FileUploads.fields("PAPER", "GIAY-DE-NGHI", null),
                    "Giấy đề nghị.pdf", FileUploads.PDF).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            desk.walkToTheEnd(code);
        }

        // five years on, less a day: not yet expired
        ClockUtil.setCurrentTime(Date.from(vn(2031, 3, 4, 9, 0).toInstant()));
        long before = records.expiredCount(Desk.THACH_KHE);
        ClockUtil.setCurrentTime(Date.from(vn(2031, 3, 6, 9, 0).toInstant()));
        assertThat(records.expiredCount(Desk.THACH_KHE)).as("the dossier has expired too").isGreaterThan(before);

        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/quality/records-reviews", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> started = desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/records-reviews", null);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        String review = json.readTree(started.getBody()).get("code").asText();
        assertThat(review).isEqualTo("LT-2031-1");
        assertThat(records.decision(RecordType.DOSSIER, dossier)).contains("PENDING");
        // the commune's review is the commune's: it takes up every expired record of the commune and none of another agency's
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(review).singleResult().getTenantId())
                .isEqualTo(Desk.THACH_KHE);
        Map<String, String> tables = Map.of("DOSSIER", "motcua_dossier", "NONCONFORMITY", "motcua_nonconformity",
                "INTERNAL_AUDIT", "motcua_audit_programme", "MANAGEMENT_REVIEW", "motcua_management_review", "RISK", "motcua_risk");
        assertThat(records.entries(review)).isNotEmpty().allSatisfy(entry -> assertThat(jdbc.sql("select agency_code from "
                        + tables.get(entry.recordType()) + " where code = :code").param("code", entry.reference())
                .query(String.class).single()).as(entry.reference()).isEqualTo(Desk.THACH_KHE));
        assertThat(records.expiredCount(Desk.THACH_KHE)).isZero();
        assertThat(desk.api().send(QUALITY, Desk.PASSWORD, HttpMethod.POST, "/api/quality/records-reviews", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(records.reviews(java.util.List.of(Desk.THACH_KHE)).stream().filter(r -> Desk.THACH_KHE.equals(r.agencyCode())))
                .hasSize(1);
        assertThat(json.readTree(desk.api().get("trangdt", Desk.PASSWORD, "/api/quality/records-reviews").getBody())
                .findValuesAsText("code")).doesNotContain(review);
        assertThat(desk.api().bytes("trangdt", Desk.PASSWORD, "/api/quality/records-reviews/" + review + "/minutes.pdf")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        Task propose = task(review, "Task_ReviewExpiredRecords");
        assertThat(String.valueOf(taskService.getVariable(propose.getId(), "recordsSummary"))).contains("Hồ sơ thủ tục hành chính (lưu 5 năm)");
        String minute = "Hội đồng: Giám đốc, Chánh Văn phòng, Thư ký ISO. Hồ sơ đã hết giá trị, đề nghị hủy";
        ResponseEntity<String> unknown = desk.complete(propose, QUALITY, Map.of("keepReferences", "KHONG-CO", "disposalMinute", minute));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("KHONG-CO");
        assertThat(desk.complete(propose, QUALITY, Map.of("keepReferences", "", "disposalMinute", minute)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(records.decision(RecordType.DOSSIER, dossier)).contains("DESTROY");

        // returned: a refusal must say why
        Task approve = task(review, "Task_ApproveDisposal");
        assertThat(desk.complete(approve, LEADER, Map.of("disposalApproved", false)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(desk.complete(approve, LEADER, Map.of("disposalApproved", false,
                "approvalNote", "Hồ sơ " + dossier + " đang bị khiếu nại, phải tiếp tục lưu")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        propose = task(review, "Task_ReviewExpiredRecords");
        assertThat(String.valueOf(taskService.getVariable(propose.getId(), "approvalNote"))).contains(dossier);
        assertThat(desk.complete(propose, QUALITY, Map.of("keepReferences", dossier, "disposalMinute", minute + "; giữ lại hồ sơ "
                + dossier)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        approve = task(review, "Task_ApproveDisposal");
        assertThat(String.valueOf(taskService.getVariable(approve.getId(), "proposalSummary"))).contains("tiếp tục lưu trữ 1: " + dossier);
        assertThat(files(destroyed)).as("kept until the leader approves").isEqualTo(1);
        assertThat(desk.complete(approve, LEADER, Map.of("disposalApproved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(review).count()).isZero();
        assertThat(records.decision(RecordType.DOSSIER, dossier)).contains("ARCHIVE");
        assertThat(records.decision(RecordType.DOSSIER, destroyed)).contains("DESTROY");
        assertThat(files(dossier)).as("the files of the dossier kept in the archive").isEqualTo(1);
        assertThat(files(destroyed)).as("the files of the destroyed dossier").isZero();
        JsonNode listed = json.readTree(desk.api().get("phuongnt", Desk.PASSWORD, "/api/quality/records-reviews").getBody()).get(0);
        assertThat(listed.get("status").asText()).isEqualTo("DISPOSED");
        assertThat(listed.get("approvedBy").asText()).isEqualTo(LEADER);
        assertThat(listed.get("decisions").get("ARCHIVE").asLong()).isEqualTo(1);
        String printed = desk.pdfText("phuongnt", "/api/quality/records-reviews/" + review + "/minutes.pdf");
        assertThat(printed).contains("BIÊN BẢN XEM XÉT HỒ SƠ HẾT THỜI HẠN LƯU TRỮ", "Hồ sơ đã hết giá trị",
                "Hồ sơ thủ tục hành chính " + dossier + " 05/03/2026 05/03/2031 Tiếp tục lưu trữ", "Lê Văn Thành");
    }
}
