package vn.motcua.iso.legal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.Procedure;
import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.engine.Privileged;
import vn.motcua.iso.QmsSettings;

/**
 * Changes of legal documents (văn bản quy phạm pháp luật) and the procedure reviews they open: every
 * procedure whose legal basis cites the changed document gets a review task, due within three months
 * (Decision 19/2014/QĐ-TTg). A document is named by its number as a slug: "15-2018-nd-cp" for
 * "Nghị định 15/2018/NĐ-CP"; a procedure cites it when its legal basis, so written, contains it whole.
 */
@Service("legalChanges")
public class LegalChanges {

    public static final String PROCESS_KEY = "LegalChangeReviewProcess";
    public static final Pattern DOCUMENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A review opened by a change. */
    public record Review(long changeId, String documentId, String procedureCode, String procedureName, String processKey,
                         String processInstanceId, OffsetDateTime dueAt, String status, String outcome) {
    }

    /** A registered change and the reviews it opened. */
    public record Change(long id, String documentId, String title, List<Review> reviews) {
    }

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final ProcedureCatalog catalog;
    private final QmsSettings settings;
    private final Clock clock;

    LegalChanges(JdbcClient jdbc, @Lazy ProcessEngine engine, ProcedureCatalog catalog, QmsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
    }

    /** "Nghị định 15/2018/NĐ-CP" → "nghi-dinh-15-2018-nd-cp". */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Whether a legal basis ("Luật ...; Nghị định 15/2018/NĐ-CP; ...") cites the document. */
    public static boolean cites(String legalBasis, String documentId) {
        return legalBasis != null && ("-" + slug(legalBasis) + "-").contains("-" + documentId + "-");
    }

    /** Registers the change and opens a review for every procedure (latest version) that cites the document. */
    @Transactional
    public Change register(String documentId, String title, String summary, LocalDate effectiveDate, String registeredBy) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into motcua_legal_change (document_id, title, summary, effective_date, registered_by, registered_at)
                        values (:document, :title, :summary, :effective, :by, :now)""")
                .param("document", documentId).param("title", title).param("summary", summary)
                .param("effective", effectiveDate).param("by", registeredBy).param("now", now).update(keys, "id");
        long changeId = java.util.Objects.requireNonNull(keys.getKey(), "no id generated").longValue();
        Date due = Date.from(clock.instant().atZone(VietnamTime.ZONE).plusMonths(settings.legalChangeReviewMonths()).toInstant());
        List<Review> reviews = new ArrayList<>();
        for (Procedure procedure : catalog.all()) {
            if (!cites(procedure.legalBasis(), documentId)) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("procedureCode", procedure.code());
            variables.put("procedureName", procedure.name());
            variables.put("procedureKey", procedure.processDefinitionKey());
            variables.put("legalDocument", title == null || title.isBlank() ? documentId : title);
            variables.put("changeSummary", summary == null ? "" : summary);
            variables.put("agencyCode", procedure.agencyCode());
            variables.put("legalChangeId", changeId);
            variables.put("reviewDueDate", due);
            String businessKey = "RS-" + changeId + "-" + procedure.code();
            // the change was registered by someone allowed to; the reviews it opens are the system's
            String instance = Privileged.call(engine, () -> engine.getRuntimeService()
                    .startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId());
            OffsetDateTime dueAt = Privileged.call(engine, () -> engine.getTaskService().createTaskQuery()
                    .processInstanceId(instance).singleResult().getDueDate()).toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
            jdbc.sql("""
                            insert into motcua_legal_review (change_id, process_key, procedure_code, procedure_name,
                                process_instance_id, due_at, status)
                            values (:change, :key, :code, :name, :pid, :due, 'OPEN')""")
                    .param("change", changeId).param("key", procedure.processDefinitionKey()).param("code", procedure.code())
                    .param("name", procedure.name()).param("pid", instance).param("due", dueAt.withOffsetSameInstant(ZoneOffset.UTC))
                    .update();
            reviews.add(new Review(changeId, documentId, procedure.code(), procedure.name(), procedure.processDefinitionKey(),
                    instance, dueAt, "OPEN", null));
        }
        return new Change(changeId, documentId, title, reviews);
    }

    /** Task listener: the review's outcome is kept. */
    public void reviewed(DelegateTask task) {
        String user = engine.getIdentityService().getCurrentAuthentication() == null ? task.getAssignee()
                : engine.getIdentityService().getCurrentAuthentication().getUserId();
        jdbc.sql("""
                        update motcua_legal_review set status = 'DONE', outcome = :outcome, reviewed_by = :user, reviewed_at = :now
                        where change_id = :change and process_key = :key""")
                .param("outcome", String.valueOf(task.getVariable("reviewOutcome"))).param("user", user)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("change", ((Number) task.getVariable("legalChangeId")).longValue())
                .param("key", task.getVariable("procedureKey")).update();
    }

    /** A review as followed: when the change that opened it was registered, when it was due and when it was done. */
    public record Followed(String documentId, String procedureCode, String procedureName, OffsetDateTime registeredAt,
                           OffsetDateTime dueAt, OffsetDateTime reviewedAt, String outcome) {

        /** Done by its due moment (Decision 19/2014/QĐ-TTg: within three months of the change, by default). */
        public boolean onTime() {
            return reviewedAt != null && !reviewedAt.isAfter(dueAt);
        }
    }

    /** The reviews of the changes registered in [start, end), the earliest first. */
    public List<Followed> reviewsOfChangesRegistered(OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql("""
                        select r.*, c.document_id, c.registered_at from motcua_legal_review r join motcua_legal_change c on c.id = r.change_id
                        where c.registered_at >= :start and c.registered_at < :end order by c.registered_at, r.procedure_code""")
                .param("start", start).param("end", end)
                .query((rs, n) -> new Followed(rs.getString("document_id"), rs.getString("procedure_code"),
                        rs.getString("procedure_name"), VietnamTime.local(rs.getObject("registered_at", OffsetDateTime.class)),
                        VietnamTime.local(rs.getObject("due_at", OffsetDateTime.class)),
                        VietnamTime.local(rs.getObject("reviewed_at", OffsetDateTime.class)), rs.getString("outcome")))
                .list();
    }

    /** Reviews not yet done, the earliest due first. */
    public List<Review> openReviews() {
        return jdbc.sql("""
                        select r.*, c.document_id from motcua_legal_review r join motcua_legal_change c on c.id = r.change_id
                        where r.status = 'OPEN' order by r.due_at""")
                .query((rs, n) -> new Review(rs.getLong("change_id"), rs.getString("document_id"), rs.getString("procedure_code"),
                        rs.getString("procedure_name"), rs.getString("process_key"), rs.getString("process_instance_id"),
                        VietnamTime.local(rs.getObject("due_at", OffsetDateTime.class)),
                        rs.getString("status"), rs.getString("outcome")))
                .list();
    }
}
