package vn.motcua.iso.documentcontrol;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.Privileged;

/**
 * The revisions of the controlled procedure models as document control keeps them, and the periodic
 * reviews falling due (ISO 9001:2015, 7.5.2, 7.5.3).
 */
@Repository
public class DocumentRevisions {

    /** The columns a listed revision shows: everything but the model itself (up to a megabyte each). */
    private static final String LISTED = "code, process_key, document_number, title, status, revision, version_tag, "
            + "submitted_by, submitted_at, issued_at, process_definition_id, process_instance_id";

    /** A revision as listed. */
    public record Revision(String code, String processKey, String documentNumber, String title, String status,
                           Integer revision, String versionTag, String submittedBy, OffsetDateTime submittedAt,
                           OffsetDateTime issuedAt, String processDefinitionId, String processInstanceId) {
    }

    /** An issued document whose periodic review falls due: its code and title, and when. */
    public record DueReview(String documentCode, String title, OffsetDateTime dueAt) {
    }

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final Clock clock;

    DocumentRevisions(JdbcClient jdbc, @Lazy ProcessEngine engine, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Issued documents whose periodic review falls due within the days given, or is under way (its task
     * open, due at the review's own deadline), the earliest first.
     */
    public List<DueReview> reviewsDueWithin(int days) {
        Date limit = Date.from(clock.instant().plus(Duration.ofDays(days)));
        List<DueReview> due = new ArrayList<>();
        Privileged.run(engine, () -> {
            for (var job : engine.getManagementService().createJobQuery().processDefinitionKey(DocumentControl.PROCESS_KEY)
                    .activityId("Event_PeriodicReviewDue").duedateLowerThan(limit).list()) {
                due.add(dueReview(job.getProcessInstanceId(), job.getDuedate()));
            }
            for (var task : engine.getTaskService().createTaskQuery().processDefinitionKey(DocumentControl.PROCESS_KEY)
                    .taskDefinitionKey("Task_PeriodicReview").list()) {
                due.add(dueReview(task.getProcessInstanceId(), task.getDueDate()));
            }
        });
        due.sort(Comparator.comparing(DueReview::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return due;
    }

    private DueReview dueReview(String processInstanceId, Date dueAt) {
        var variables = engine.getRuntimeService().getVariables(processInstanceId, List.of("documentCode", "documentTitle"));
        return new DueReview((String) variables.get("documentCode"), (String) variables.get("documentTitle"),
                dueAt == null ? null : dueAt.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime());
    }

    public List<Revision> revisions() {
        return jdbc.sql("select " + LISTED + " from motcua_document_revision order by submitted_at desc, id desc")
                .query((rs, n) -> revision(rs)).list();
    }

    public Revision find(String code) {
        return jdbc.sql("select " + LISTED + " from motcua_document_revision where code = :code").param("code", code)
                .query((rs, n) -> revision(rs)).single();
    }

    private static Revision revision(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Revision(rs.getString("code"), rs.getString("process_key"), rs.getString("document_number"),
                rs.getString("title"), rs.getString("status"), (Integer) rs.getObject("revision"), rs.getString("version_tag"),
                rs.getString("submitted_by"), local(rs.getObject("submitted_at", OffsetDateTime.class)),
                local(rs.getObject("issued_at", OffsetDateTime.class)), rs.getString("process_definition_id"),
                rs.getString("process_instance_id"));
    }
}
