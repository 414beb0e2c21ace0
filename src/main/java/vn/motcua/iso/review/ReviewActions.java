package vn.motcua.iso.review;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.Privileged;
import vn.motcua.engine.ProcessReaders;
import vn.motcua.engine.Role;
import vn.motcua.iso.ActionPlans;
import vn.motcua.iso.review.ManagementReviews.Action;

/**
 * The actions a management review decides (ISO 9001:2015, 9.3.3), each followed up by
 * {@code ManagementReviewActionProcess} like a corrective action: recorded from the meeting's decisions,
 * then started, implemented, verified (a new deadline when not done) and closed.
 */
@Component
class ReviewActions {

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final Clock clock;

    static final String PROCESS_KEY = "ManagementReviewActionProcess";

    private final ProcessReaders readers;

    ReviewActions(JdbcClient jdbc, @Lazy ProcessEngine engine, Clock clock, ProcessReaders readers) {
        this.readers = readers;
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Records the decisions, one per line as "owner; dd/mm/yyyy; action": each owner must be a user and each
     * deadline a day from today on, and each owner of the review's agency when it has one. The ids of the actions,
     * in order.
     */
    List<String> decide(String code, Object decisions, String agencyCode) {
        List<String> ids = new ArrayList<>();
        for (Action action : parse(code, decisions, agencyCode)) {
            jdbc.sql("""
                            insert into motcua_review_action (id, review_code, number, action_text, action_owner, action_deadline,
                                status, round)
                            values (:id, :code, :number, :text, :owner, :deadline, 'OPEN', 1)""")
                    .param("id", action.id()).param("code", code).param("number", action.number()).param("text", action.text())
                    .param("owner", action.owner()).param("deadline", action.deadline()).update();
            ids.add(action.id());
        }
        return ids;
    }

    private List<Action> parse(String code, Object decisions, String agencyCode) {
        List<Action> actions = new ArrayList<>();
        String[] lines = decisions == null ? new String[0] : decisions.toString().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String where = "Dòng " + (i + 1) + " của quyết định và hành động: ";
            String[] parts = lines[i].split(";", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                throw new BadUserRequestException(where + "phải có dạng \"người chịu trách nhiệm; thời hạn dd/mm/yyyy; nội dung\"");
            }
            LocalDate deadline;
            try {
                deadline = LocalDate.parse(parts[1].trim(), VietnamTime.DAY);
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException(where + "\"" + parts[1].trim() + "\" không phải ngày dd/mm/yyyy");
            }
            String owner;
            try {
                owner = ActionPlans.owner(engine, parts[0], agencyCode);
                ActionPlans.notPast(deadline, clock, "thời hạn");
            } catch (BadUserRequestException e) {
                throw new BadUserRequestException(where + e.getMessage());
            }
            int number = actions.size() + 1;
            actions.add(new Action(code + "-" + String.format("%02d", number), number, parts[2].trim(), owner, deadline,
                    "OPEN", 1, null, null, null, false));
        }
        return actions;
    }

    /** Start listener of an action's follow-up: what, who, by when, and a unit of the owner to see it. */
    void started(DelegateExecution execution) {
        Action action = action((String) execution.getVariable("reviewActionId"));
        execution.setVariable("actionText", action.text());
        execution.setVariable("actionOwner", action.owner());
        execution.setVariable("actionDeadline", ActionPlans.asDate(action.deadline()));
        List<Group> departments = Privileged.call(engine, () -> engine.getIdentityService().createGroupQuery()
                .groupMember(action.owner()).groupType(Role.DEPARTMENT_GROUP_TYPE).list());
        String unit = departments.isEmpty() ? Role.QUALITY_REPRESENTATIVE.groupId() : departments.get(0).getId();
        execution.setVariable("actionUnit", unit);
        // the unit reads the process it works a step of (the model names it only as ${actionUnit})
        readers.grantRead(List.of(unit), PROCESS_KEY);
    }

    void implemented(DelegateTask task) {
        jdbc.sql("update motcua_review_action set implementation = :report, status = 'IMPLEMENTED' where id = :id")
                .param("report", text(task.getVariable("implementationReport"))).param("id", task.getVariable("reviewActionId"))
                .update();
    }

    /** Not done: back to the owner with a new deadline, which is then required. */
    void verified(DelegateTask task) {
        String id = (String) task.getVariable("reviewActionId");
        String note = text(task.getVariable("verificationNote"));
        if (Boolean.TRUE.equals(task.getVariable("actionDone"))) {
            jdbc.sql("update motcua_review_action set verification_note = :note where id = :id")
                    .param("note", note).param("id", id).update();
            return;
        }
        LocalDate deadline = ActionPlans.deadline(task.getVariable("newDeadline"), clock, "thời hạn mới khi chưa đạt yêu cầu");
        task.getExecution().setVariable("actionDeadline", ActionPlans.asDate(deadline));
        jdbc.sql("""
                        update motcua_review_action set verification_note = :note, action_deadline = :deadline, status = 'OPEN',
                            round = round + 1 where id = :id""")
                .param("note", note).param("deadline", deadline).param("id", id).update();
    }

    void closed(DelegateExecution execution) {
        jdbc.sql("update motcua_review_action set status = 'DONE', closed_at = :now where id = :id")
                .param("now", now()).param("id", execution.getVariable("reviewActionId")).update();
    }

    /** Decided actions not yet done, of every review. */
    List<Action> open() {
        return jdbc.sql("select * from motcua_review_action where status <> 'DONE' order by action_deadline, id")
                .query(this::mapAction).list();
    }

    List<Action> of(String reviewCode) {
        return jdbc.sql("select * from motcua_review_action where review_code = :code order by number")
                .param("code", reviewCode).query(this::mapAction).list();
    }

    private Action action(String id) {
        return jdbc.sql("select * from motcua_review_action where id = :id").param("id", id).query(this::mapAction).single();
    }

    private Action mapAction(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        LocalDate deadline = rs.getObject("action_deadline", LocalDate.class);
        String status = rs.getString("status");
        return new Action(rs.getString("id"), rs.getInt("number"), rs.getString("action_text"), rs.getString("action_owner"),
                deadline, status, rs.getInt("round"), rs.getString("implementation"), rs.getString("verification_note"),
                local(rs.getObject("closed_at", OffsetDateTime.class)), "OPEN".equals(status) && deadline.isBefore(today()));
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
