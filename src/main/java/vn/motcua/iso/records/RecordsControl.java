package vn.motcua.iso.records;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.files.DossierFiles;
import vn.motcua.iso.AgencyRecords;
import vn.motcua.iso.QmsSettings;
import vn.motcua.iso.RecordType;

/**
 * Records control (kiểm soát hồ sơ, ISO 9001:2015, 7.5.3) run by {@code RecordsRetentionProcess}: each
 * month the records whose retention period has expired (dossiers too) are gathered into a review; the
 * ISO secretary proposes, with a minute, which to destroy and which to keep in the archive; the agency's
 * leader approves or returns the proposal; the register then says what became of each record.
 */
@Service("records")
public class RecordsControl {

    public static final String PROCESS_KEY = "RecordsRetentionProcess";

    /** A review as listed: how many records, and how many of them were decided each way. */
    public record Review(String code, String status, int recordCount, String minute, String proposedBy, String approvedBy,
                         String approvalNote, OffsetDateTime startedAt, OffsetDateTime disposedAt, Map<String, Long> decisions,
                         String agencyCode) {
    }

    /** A record taken up by a review. */
    public record Entry(String recordType, String typeLabel, String reference, LocalDate closedOn, LocalDate expiredOn,
                        String decision) {
    }

    static final Map<String, String> DECISIONS = Map.of("PENDING", "Chờ xem xét", "DESTROY", "Hủy", "ARCHIVE", "Tiếp tục lưu trữ");

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final QmsSettings settings;
    private final RecordsReviewMinutes documents;
    private final Clock clock;
    private final DossierFiles files;

    RecordsControl(JdbcClient jdbc, @Lazy ProcessEngine engine, QmsSettings settings, RecordsReviewMinutes documents, Clock clock,
                   DossierFiles files) {
        this.jdbc = jdbc;
        this.files = files;
        this.documents = documents;
        this.engine = engine;
        this.settings = settings;
        this.clock = clock;
    }

    /** How many records of the agency (null: of every agency) have expired and wait for a review. */
    public long expiredCount(String agencyCode) {
        long count = 0;
        for (RecordType type : RecordType.values()) {
            count += expired(jdbc.sql("select count(*) from (" + type.expiredQuery(agencyCode != null) + ") x"), type, agencyCode)
                    .query(Long.class).single();
        }
        return count;
    }

    private JdbcClient.StatementSpec expired(JdbcClient.StatementSpec query, RecordType type, String agencyCode) {
        query = query.param("cutoff", cutoff(type));
        return agencyCode == null ? query : query.param("agency", agencyCode);
    }

    /**
     * Start listener: the records expired by today, not yet taken up, become this review's (code LT-YYYY-N): of the
     * instance's agency (its tenant), or of every agency for the installation's review. {@code recordCount} is 0 when
     * there is none, and the instance ends without a review.
     */
    public void collect(DelegateExecution execution) {
        String agency = execution.getTenantId();
        Map<RecordType, List<Entry>> expired = new EnumMap<>(RecordType.class);
        int count = 0;
        for (RecordType type : RecordType.values()) {
            int years = settings.retentionYears(type);
            List<Entry> entries = expired(jdbc.sql(type.expiredQuery(agency != null)), type, agency)
                    .query((rs, n) -> {
                        LocalDate closed = rs.getObject("closed", OffsetDateTime.class).atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
                        return new Entry(type.name(), type.label(), rs.getString("reference"), closed, closed.plusYears(years), "PENDING");
                    }).list();
            if (!entries.isEmpty()) {
                expired.put(type, entries);
                count += entries.size();
            }
        }
        execution.setVariable("recordCount", (long) count);
        if (count == 0) {
            return;
        }
        String code = execution.getProcessBusinessKey();
        if (code == null) {
            code = nextCode();
            execution.setProcessBusinessKey(code);
        }
        jdbc.sql("""
                        insert into motcua_records_review (code, process_instance_id, status, record_count, started_at, agency_code)
                        values (:code, :pid, 'REVIEWING', :count, :now, :agency)""")
                .param("code", code).param("pid", execution.getProcessInstanceId()).param("count", count).param("now", now())
                .param("agency", agency).update();
        StringBuilder summary = new StringBuilder();
        for (Map.Entry<RecordType, List<Entry>> byType : expired.entrySet()) {
            List<Entry> entries = byType.getValue();
            summary.append("- ").append(byType.getKey().label()).append(" (lưu ").append(settings.retentionYears(byType.getKey()))
                    .append(" năm): ").append(entries.size()).append(" hồ sơ, ").append(entries.get(0).reference())
                    .append(entries.size() > 1 ? " … " + entries.get(entries.size() - 1).reference() : "").append('\n');
            for (Entry entry : entries) {
                jdbc.sql("""
                                insert into motcua_record_disposal (record_type, reference, review_code, closed_on, expired_on, decision)
                                values (:type, :reference, :code, :closed, :expired, 'PENDING')""")
                        .param("type", entry.recordType()).param("reference", entry.reference()).param("code", code)
                        .param("closed", entry.closedOn()).param("expired", entry.expiredOn()).update();
            }
        }
        execution.setVariable("reviewCode", code);
        execution.setVariable("recordsSummary", summary.toString());
        execution.setVariable("recordsDocument", "/api/quality/records-reviews/" + code + "/minutes.pdf");
    }

    /** The next free code of the year: LT-2026-1, LT-2026-2, ... */
    public String nextCode() {
        int year = LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear();
        int taken = jdbc.sql("select count(*) from motcua_records_review where code like :prefix")
                .param("prefix", "LT-" + year + "-%").query(Integer.class).single();
        return "LT-" + year + "-" + (taken + 1);
    }

    /** The proposal: the records named are kept in the archive, every other one destroyed. */
    public void proposed(DelegateTask task) {
        String code = (String) task.getVariable("reviewCode");
        Set<String> keep = new LinkedHashSet<>();
        Object text = task.getVariable("keepReferences");
        for (String reference : String.valueOf(text == null ? "" : text).split("[,;\\s]+")) {
            if (!reference.isBlank()) {
                keep.add(reference.trim());
            }
        }
        for (String reference : keep) {
            if (jdbc.sql("select count(*) from motcua_record_disposal where review_code = :code and reference = :reference")
                    .param("code", code).param("reference", reference).query(Integer.class).single() == 0) {
                throw new BadUserRequestException("\"" + reference + "\" không có trong danh mục hồ sơ hết hạn " + code);
            }
        }
        jdbc.sql("update motcua_record_disposal set decision = 'DESTROY' where review_code = :code").param("code", code).update();
        for (String reference : keep) {
            jdbc.sql("update motcua_record_disposal set decision = 'ARCHIVE' where review_code = :code and reference = :reference")
                    .param("code", code).param("reference", reference).update();
        }
        long all = ((Number) task.getVariable("recordCount")).longValue();
        task.getExecution().setVariable("proposalSummary", "Hủy " + (all - keep.size()) + " hồ sơ; tiếp tục lưu trữ " + keep.size()
                + (keep.isEmpty() ? "" : ": " + String.join(", ", keep)));
        jdbc.sql("update motcua_records_review set minute_text = :minute, proposed_by = :user, status = 'APPROVAL' where code = :code")
                .param("minute", String.valueOf(task.getVariable("disposalMinute"))).param("user", completer(task))
                .param("code", code).update();
    }

    /** The leader's decision; returning the proposal needs a reason. */
    public void approvalDecided(DelegateTask task) {
        boolean approved = Boolean.TRUE.equals(task.getVariable("disposalApproved"));
        Object note = task.getVariable("approvalNote");
        if (!approved && (note == null || note.toString().isBlank())) {
            throw new BadUserRequestException("Ghi ý kiến khi không phê duyệt, để Thư ký ISO biết cần xem xét lại gì");
        }
        jdbc.sql("update motcua_records_review set approved_by = :user, approval_note = :note, status = :status where code = :code")
                .param("user", approved ? completer(task) : null).param("note", note == null ? null : note.toString())
                .param("status", approved ? "APPROVED" : "REVIEWING").param("code", task.getVariable("reviewCode")).update();
    }

    /**
     * The register says what became of each record; the destroying of paper is done by people, per the minute.
     * The files Motcua keeps of a dossier to destroy go now, in this transaction: they live and die with the
     * dossier's record (README: 'Dossier files').
     */
    public void disposed(DelegateExecution execution) {
        Object code = execution.getVariable("reviewCode");
        jdbc.sql("update motcua_records_review set status = 'DISPOSED', disposed_at = :now where code = :code")
                .param("now", now()).param("code", code).update();
        files.destroyOf(jdbc.sql("select reference from motcua_record_disposal where review_code = :code "
                        + "and record_type = :type and decision = 'DESTROY'")
                .param("code", code).param("type", RecordType.DOSSIER.name()).query(String.class).list());
    }

    /** The reviews of the agencies given (null: every agency's) and the installation's, newest first. */
    public List<Review> reviews(Collection<String> agencies) {
        return AgencyRecords.bind(jdbc.sql("select * from motcua_records_review where "
                        + AgencyRecords.condition("agency_code", agencies) + " order by started_at desc"), agencies)
                .query((rs, n) -> new Review(rs.getString("code"), rs.getString("status"), rs.getInt("record_count"),
                        rs.getString("minute_text"), rs.getString("proposed_by"), rs.getString("approved_by"), rs.getString("approval_note"),
                        local(rs.getObject("started_at", OffsetDateTime.class)), local(rs.getObject("disposed_at", OffsetDateTime.class)),
                        Map.of(), rs.getString("agency_code")))
                .list().stream().map(r -> new Review(r.code(), r.status(), r.recordCount(), r.minute(), r.proposedBy(), r.approvedBy(),
                        r.approvalNote(), r.startedAt(), r.disposedAt(), decisions(r.code()), r.agencyCode())).toList();
    }

    public Optional<Review> find(String code) {
        return reviews(null).stream().filter(review -> review.code().equals(code)).findFirst();
    }

    /** The review's minute and list of records as a PDF; empty for an unknown review. */
    public Optional<byte[]> minutesPdf(String code) {
        return find(code).map(review -> documents.pdf(review, entries(code)));
    }

    /** The records of a review, by type and reference. */
    public List<Entry> entries(String code) {
        return jdbc.sql("select * from motcua_record_disposal where review_code = :code order by record_type, reference")
                .param("code", code)
                .query((rs, n) -> new Entry(rs.getString("record_type"), RecordType.valueOf(rs.getString("record_type")).label(),
                        rs.getString("reference"), rs.getObject("closed_on", LocalDate.class), rs.getObject("expired_on", LocalDate.class),
                        rs.getString("decision"))).list();
    }

    /** What became of one record, when a review took it up: PENDING, DESTROY or ARCHIVE. */
    public Optional<String> decision(RecordType type, String reference) {
        return jdbc.sql("select decision from motcua_record_disposal where record_type = :type and reference = :reference")
                .param("type", type.name()).param("reference", reference).query(String.class).optional();
    }

    private Map<String, Long> decisions(String code) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select decision, count(*) as n from motcua_record_disposal where review_code = :code group by decision order by decision")
                .param("code", code).query((rs, n) -> counts.put(rs.getString("decision"), rs.getLong("n"))).list();
        return counts;
    }

    /** Closed before this moment means expired by today: closing day + retention years is today or earlier. */
    private OffsetDateTime cutoff(RecordType type) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        return today.minusYears(settings.retentionYears(type)).plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String completer(DelegateTask task) {
        var authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
