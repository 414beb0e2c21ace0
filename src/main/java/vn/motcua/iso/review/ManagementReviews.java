package vn.motcua.iso.review;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DurableCommits;
import vn.motcua.engine.Privileged;
import vn.motcua.iso.ActionPlans;
import vn.motcua.iso.AgencyRecords;

/**
 * Management reviews (xem xét của lãnh đạo, ISO 9001:2015, 9.3) run by {@code ManagementReviewProcess}:
 * the review's period and code, its inputs compiled into a PDF when the review starts (kept as
 * compiled, so the meeting discusses what was printed), the meeting's conclusions and decisions, and
 * each decided action, followed up by {@code ManagementReviewActionProcess} like a corrective action.
 */
@Service("managementReviews")
public class ManagementReviews {

    public static final String PROCESS_KEY = "ManagementReviewProcess";
    /** The start event of the yearly review in the model. */
    static final String YEARLY_START = "StartEvent_Yearly";

    /** A review as listed, with its decided actions; the agency whose QMS it reviews (null: the installation's). */
    public record Review(String code, LocalDate periodFrom, LocalDate periodTo, String status, String processInstanceId,
                         LocalDate meetingDate, String attendees, String conclusions, String decidedBy,
                         OffsetDateTime startedAt, OffsetDateTime compiledAt, OffsetDateTime closedAt, List<Action> actions,
                         String agencyCode) {
    }

    /** A decided action; {@code overdue} when past its deadline and not done. */
    public record Action(String id, int number, String text, String owner, LocalDate deadline, String status, int round,
                         String implementation, String verificationNote, OffsetDateTime closedAt, boolean overdue) {
    }

    /** The statuses of a decided action as people read them. */
    static final Map<String, String> ACTION_STATUS = Map.of("OPEN", "Đang thực hiện", "IMPLEMENTED", "Chờ kiểm tra",
            "DONE", "Đã hoàn thành");

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final ManagementReviewInputs inputs;
    private final ReviewActions actions;
    private final ReviewForms documents;
    private final Clock clock;
    private final DurableCommits durableCommits;

    ManagementReviews(JdbcClient jdbc, @Lazy ProcessEngine engine, ManagementReviewInputs inputs,
                      ReviewActions actions, ReviewForms documents, Clock clock, DurableCommits durableCommits) {
        this.durableCommits = durableCommits;
        this.actions = actions;
        this.jdbc = jdbc;
        this.engine = engine;
        this.inputs = inputs;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Start listener: the period ({@code reviewFrom}, {@code reviewTo} when given, else the twelve months
     * up to yesterday) and the code XXLD-YYYY-N, also the business key.
     */
    public void started(DelegateExecution execution) {
        LocalDate today = today();
        LocalDate to = execution.getVariable("reviewTo") instanceof String text ? LocalDate.parse(text) : today.minusDays(1);
        LocalDate from = execution.getVariable("reviewFrom") instanceof String text ? LocalDate.parse(text)
                : to.minusYears(1).plusDays(1);
        String code = execution.getProcessBusinessKey();
        if (code == null) {
            code = nextCode(today.getYear());
            execution.setProcessBusinessKey(code);
        }
        execution.setVariable("reviewCode", code);
        execution.setVariable("reviewFrom", from.toString());
        execution.setVariable("reviewTo", to.toString());
        execution.setVariable("reviewPeriod", VietnamTime.DAY.format(from) + " – " + VietnamTime.DAY.format(to));
        execution.setVariable("inputsDocument", "/api/quality/management-reviews/" + code + "/inputs.pdf");
        jdbc.sql("""
                        insert into motcua_management_review (code, period_from, period_to, process_instance_id, status, started_at,
                            agency_code)
                        values (:code, :from, :to, :pid, 'COMPILING', :now, :agency)""")
                .param("code", code).param("from", from).param("to", to).param("pid", execution.getProcessInstanceId())
                .param("now", now()).param("agency", execution.getTenantId()).update();
        // the review's code is numbered by count: in the file before it is shown (engine.DurableCommits)
        durableCommits.onCommit();
    }

    /** The next free code of the year: XXLD-2026-1, XXLD-2026-2, ... */
    public String nextCode(int year) {
        int taken = jdbc.sql("select count(*) from motcua_management_review where code like :prefix")
                .param("prefix", "XXLD-" + year + "-%").query(Integer.class).single();
        return "XXLD-" + year + "-" + (taken + 1);
    }

    /** Service task: the inputs, compiled now into the PDF the meeting works from. */
    public void compile(DelegateExecution execution) {
        String code = (String) execution.getVariable("reviewCode");
        LocalDate from = LocalDate.parse((String) execution.getVariable("reviewFrom"));
        LocalDate to = LocalDate.parse((String) execution.getVariable("reviewTo"));
        byte[] pdf = documents.inputs(inputs.compile(code, execution.getTenantId(), from, to));
        jdbc.sql("update motcua_management_review set inputs_pdf = :pdf, compiled_at = :now, status = 'PREPARING' where code = :code")
                .param("pdf", pdf).param("now", now()).param("code", code).update();
    }

    /** The meeting is scheduled on a day from today on, with its attendees. */
    public void scheduled(DelegateTask task) {
        LocalDate day = ActionPlans.deadline(task.getVariable("meetingDate"), clock, "ngày họp");
        // kept as a date whatever the form sent (its date field sends text): the meeting's task is due that day
        task.getExecution().setVariable("meetingDate", ActionPlans.asDate(day));
        jdbc.sql("update motcua_management_review set meeting_date = :day, attendees = :attendees, status = 'MEETING' where code = :code")
                .param("day", day).param("attendees", text(task.getVariable("meetingAttendees")))
                .param("code", task.getVariable("reviewCode")).update();
    }

    /**
     * The meeting's outcome: conclusions, and decisions one per line as "owner; dd/mm/yyyy; action". Each
     * owner must be a user and each deadline a day from today on; the actions are recorded and followed
     * up one by one.
     */
    public void decided(DelegateTask task) {
        String code = (String) task.getVariable("reviewCode");
        List<String> ids = actions.decide(code, task.getVariable("reviewDecisions"), task.getTenantId());
        var authentication = engine.getIdentityService().getCurrentAuthentication();
        String leader = authentication != null ? authentication.getUserId() : task.getAssignee();
        task.getExecution().setVariable("reviewActions", ids);
        jdbc.sql("""
                        update motcua_management_review set conclusions = :conclusions, decided_by = :leader, decided_at = :now,
                            status = 'FOLLOW_UP' where code = :code""")
                .param("conclusions", text(task.getVariable("reviewConclusions"))).param("leader", leader).param("now", now())
                .param("code", code).update();
    }

    /** Start listener of an action's follow-up: what, who, by when, and a unit of the owner to see it. */
    public void actionStarted(DelegateExecution execution) {
        actions.started(execution);
    }

    public void actionImplemented(DelegateTask task) {
        actions.implemented(task);
    }

    /** Not done: back to the owner with a new deadline, which is then required. */
    public void actionVerified(DelegateTask task) {
        actions.verified(task);
    }

    public void actionClosed(DelegateExecution execution) {
        actions.closed(execution);
    }

    public void closed(DelegateExecution execution) {
        jdbc.sql("update motcua_management_review set status = 'CLOSED', closed_at = :now where code = :code")
                .param("now", now()).param("code", execution.getVariable("reviewCode")).update();
    }

    /** Decided actions not yet done, of every review. */
    public List<Action> openActions() {
        return actions.open();
    }

    /** Every review, the newest first. */
    /** The reviews of the agencies given (null: every agency's) and the installation's, newest first. */
    public List<Review> reviews(Collection<String> agencies) {
        return AgencyRecords.bind(jdbc.sql("select * from motcua_management_review where "
                        + AgencyRecords.condition("agency_code", agencies) + " order by started_at desc"), agencies)
                .query((rs, n) -> new Review(rs.getString("code"), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), rs.getString("status"), rs.getString("process_instance_id"),
                        rs.getObject("meeting_date", LocalDate.class), rs.getString("attendees"), rs.getString("conclusions"),
                        rs.getString("decided_by"), local(rs.getObject("started_at", OffsetDateTime.class)),
                        local(rs.getObject("compiled_at", OffsetDateTime.class)), local(rs.getObject("closed_at", OffsetDateTime.class)),
                        List.of(), rs.getString("agency_code")))
                .list().stream().map(r -> new Review(r.code(), r.periodFrom(), r.periodTo(), r.status(), r.processInstanceId(),
                        r.meetingDate(), r.attendees(), r.conclusions(), r.decidedBy(), r.startedAt(), r.compiledAt(), r.closedAt(),
                        actions.of(r.code()), r.agencyCode())).toList();
    }

    public Optional<Review> find(String code) {
        return reviews(null).stream().filter(review -> review.code().equals(code)).findFirst();
    }

    /** The inputs as compiled; empty while the review is unknown or not yet compiled. */
    public Optional<byte[]> inputsPdf(String code) {
        return jdbc.sql("select inputs_pdf from motcua_management_review where code = :code and inputs_pdf is not null")
                .param("code", code).query(byte[].class).optional();
    }

    /** The minutes of the meeting; empty while the review is unknown or its meeting not yet held. */
    public Optional<byte[]> minutesPdf(String code) {
        return find(code).filter(review -> review.conclusions() != null).map(documents::minutes);
    }

    /**
     * When the next review is due: the meeting of a review under way, else the yearly timer's next run;
     * null when neither exists.
     */
    public OffsetDateTime nextReview() {
        Optional<LocalDate> meeting = jdbc.sql("""
                        select min(meeting_date) from motcua_management_review where status in ('PREPARING', 'MEETING')
                            and meeting_date is not null""").query(LocalDate.class).optional();
        if (meeting.isPresent()) {
            return meeting.get().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        }
        // the yearly start event's timer, not the due-soon and overdue timers of a review's open tasks
        Job timer = Privileged.call(engine, () -> engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS_KEY)
                .activityId(YEARLY_START).timers().orderByJobDuedate().asc().listPage(0, 1)).stream().findFirst().orElse(null);
        return timer == null || timer.getDuedate() == null ? null
                : timer.getDuedate().toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
