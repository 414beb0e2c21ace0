package vn.motcua.cases;

import static vn.motcua.calendar.VietnamTime.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.VietnamTime;

/** The dossier table (motcua_dossier) and the papers received with each dossier. */
@Repository
class DossierRepository {

    private static final String COLUMNS = "id, code, agency_code, department, procedure_code, procedure_name, process_definition_id, "
            + "process_definition_key, process_definition_version, version_tag, statutory_working_days, "
            + "process_instance_id, applicant_name, applicant_id_number, applicant_phone, applicant_email, "
            + "applicant_address, channel, status, outcome, intake_outcome, missing_papers, refusal_reason, "
            + "submitted_at, received_at, due_at, result_at, closed_at, clerk, clock_started_at, supplement_count, "
            + "apology_new_due_at";

    /** The desk's handover to the resolving unit, as every procedure model names it. */
    static final String HANDOVER_STEP = "Task_HandOverDossier";

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String code, Procedure procedure, String agencyCode, String department, Applicant applicant, Channel channel, List<Procedure.Paper> papers,
                OffsetDateTime submittedAt, String clerk, String idempotencyKey, String processInstanceId,
                String receivingDesk, String returnDesk) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into motcua_dossier (code, agency_code, department, procedure_code, procedure_name,
                            process_definition_id, process_definition_key, process_definition_version, version_tag,
                            statutory_working_days, process_instance_id, applicant_name, applicant_id_number,
                            applicant_phone, applicant_email, applicant_address, channel, status, submitted_at,
                            clerk, idempotency_key, receiving_desk, return_desk)
                        values (:code, :agency, :department, :procedureCode, :procedureName, :definitionId, :definitionKey,
                            :version, :versionTag, :statutory, :instance, :name, :idNumber, :phone, :email, :address,
                            :channel, :status, :submittedAt, :clerk, :idempotencyKey, :receivingDesk, :returnDesk)""")
                .param("code", code)
                .param("agency", agencyCode)
                .param("department", department)
                .param("procedureCode", procedure.code())
                .param("procedureName", procedure.name())
                .param("definitionId", procedure.processDefinitionId())
                .param("definitionKey", procedure.processDefinitionKey())
                .param("version", procedure.version())
                .param("versionTag", procedure.versionTag())
                .param("statutory", procedure.statutoryWorkingDays())
                .param("instance", processInstanceId)
                .param("name", applicant.name())
                .param("idNumber", applicant.idNumber())
                .param("phone", applicant.phone())
                .param("email", applicant.email())
                .param("address", applicant.address())
                .param("channel", channel.name())
                .param("status", DossierStatus.SUBMITTED.name())
                .param("submittedAt", utc(submittedAt))
                .param("clerk", clerk)
                .param("idempotencyKey", idempotencyKey)
                .param("receivingDesk", receivingDesk)
                .param("returnDesk", returnDesk)
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < papers.size(); i++) {
            Procedure.Paper paper = papers.get(i);
            jdbc.sql("insert into motcua_dossier_paper (dossier_id, paper_code, paper_name, position) "
                            + "values (:id, :code, :name, :position)")
                    .param("id", id).param("code", paper.code()).param("name", paper.name()).param("position", i)
                    .update();
        }
        return id;
    }

    Optional<Dossier> findByCode(String code) {
        return find("code = :value", code);
    }

    Optional<Dossier> findByProcessInstanceId(String processInstanceId) {
        return find("process_instance_id = :value", processInstanceId);
    }

    /**
     * The dossier's row alone, its {@link Dossier#papers()} left empty: for who reads its state, dates and codes in
     * the transaction of each change ({@link DossierStates}), one query instead of two.
     */
    Optional<Dossier> findByCodeWithoutPapers(String code) {
        return row("code = :value", code);
    }

    /** As {@link #findByCodeWithoutPapers}, by the procedure's own process instance. */
    Optional<Dossier> findByProcessInstanceIdWithoutPapers(String processInstanceId) {
        return row("process_instance_id = :value", processInstanceId);
    }

    /**
     * The dossier an execution works on: the one registered for the root of its process instance tree (the
     * procedure's instance, also when the execution runs in a shared block it called). Never a variable nor
     * the business key, which a client or another model could set; a process that is no registered
     * procedure has no dossier, and a model that acts on one anyway is refused. Its {@link Dossier#papers()} are
     * left empty: the steps' listeners read its code, agency, desks and dates ({@link #ofExecutionWithPapers}).
     */
    Dossier ofExecution(DelegateExecution execution) {
        String root = ((ExecutionEntity) execution).getRootProcessInstanceId();
        return findByProcessInstanceIdWithoutPapers(root).orElseThrow(() -> notRegistered(root));
    }

    /** As {@link #ofExecution}, with the papers received: for the intake's check of the required ones. */
    Dossier ofExecutionWithPapers(DelegateExecution execution) {
        String root = ((ExecutionEntity) execution).getRootProcessInstanceId();
        return findByProcessInstanceId(root).orElseThrow(() -> notRegistered(root));
    }

    private static BadUserRequestException notRegistered(String root) {
        return new BadUserRequestException("Quy trình đang chạy " + root
                + " không phải hồ sơ đã đăng ký: chỉ quy trình của chính thủ tục được tác động lên hồ sơ");
    }

    /** The desk that received the dossier and the desk where its result is returned; nulls without an organisation. */
    DossierDesks desks(String code, String decidingDesk) {
        return jdbc.sql("select receiving_desk, return_desk from motcua_dossier where code = :code").param("code", code)
                .query((rs, row) -> new DossierDesks(rs.getString(1), decidingDesk, rs.getString(2))).optional()
                .orElse(new DossierDesks(null, decidingDesk, null));
    }

    Optional<String> findCodeByIdempotencyKey(String key) {
        return jdbc.sql("select code from motcua_dossier where idempotency_key = :key").param("key", key)
                .query(String.class).optional();
    }

    void received(String code, OffsetDateTime receivedAt, OffsetDateTime dueAt) {
        jdbc.sql("update motcua_dossier set intake_outcome = :outcome, status = :status, received_at = :receivedAt, "
                        + "due_at = :dueAt where code = :code")
                .param("outcome", IntakeOutcome.COMPLETE.name())
                .param("status", DossierStatus.IN_PROGRESS.name())
                .param("receivedAt", utc(receivedAt))
                .param("dueAt", utc(dueAt))
                .param("code", code)
                .update();
    }

    void notReceived(String code, IntakeOutcome intakeOutcome, DossierOutcome outcome, String missingPapers,
                     String refusalReason, OffsetDateTime closedAt) {
        jdbc.sql("update motcua_dossier set intake_outcome = :intake, status = :status, outcome = :outcome, "
                        + "missing_papers = :missing, refusal_reason = :reason, closed_at = :closedAt where code = :code")
                .param("intake", intakeOutcome.name())
                .param("status", DossierStatus.CLOSED.name())
                .param("outcome", outcome.name())
                .param("missing", missingPapers)
                .param("reason", refusalReason)
                .param("closedAt", utc(closedAt))
                .param("code", code)
                .update();
    }

    /** Decree 61/2018 Art. 19(4): after a supplement the processing time runs again from zero. */
    void clockStarted(String code, OffsetDateTime startedAt, OffsetDateTime dueAt) {
        jdbc.sql("update motcua_dossier set clock_started_at = :startedAt, due_at = :dueAt, status = :status "
                        + "where code = :code")
                .param("startedAt", utc(startedAt)).param("dueAt", utc(dueAt))
                .param("status", DossierStatus.IN_PROGRESS.name()).param("code", code).update();
    }

    int supplementRequested(String code, String missingPapers, String requestedBy, OffsetDateTime now) {
        int round = jdbc.sql("select supplement_count from motcua_dossier where code = :code").param("code", code)
                .query(Integer.class).single() + 1;
        jdbc.sql("update motcua_dossier set supplement_count = :round, status = :status where code = :code")
                .param("round", round).param("status", DossierStatus.WAITING_SUPPLEMENT.name()).param("code", code)
                .update();
        jdbc.sql("""
                        insert into motcua_dossier_supplement (dossier_code, round, requested_at, requested_by, missing_papers)
                        values (:code, :round, :now, :by, :missing)""")
                .param("code", code).param("round", round).param("now", utc(now)).param("by", requestedBy)
                .param("missing", missingPapers).update();
        return round;
    }

    void supplementReceived(String code, OffsetDateTime now) {
        jdbc.sql("update motcua_dossier_supplement set received_at = :now where dossier_code = :code "
                        + "and received_at is null")
                .param("now", utc(now)).param("code", code).update();
    }

    List<Supplement> supplements(String code) {
        return jdbc.sql("select round, requested_at, requested_by, missing_papers, received_at "
                        + "from motcua_dossier_supplement where dossier_code = :code order by round")
                .param("code", code)
                .query((rs, row) -> new Supplement(rs.getInt("round"), local(rs.getObject("requested_at", OffsetDateTime.class)),
                        rs.getString("requested_by"), rs.getString("missing_papers"),
                        local(rs.getObject("received_at", OffsetDateTime.class))))
                .list();
    }

    /**
     * Records the apology and the new date, and who approved the extension (null when none was needed); false when
     * one was recorded before (a new date is set once).
     */
    boolean apologised(String code, String reason, OffsetDateTime newDueAt, String by, String approvedBy,
                       OffsetDateTime now) {
        return jdbc.sql("update motcua_dossier set apology_at = :now, apology_by = :by, apology_reason = :reason, "
                        + "apology_new_due_at = :newDue, apology_approved_by = :approvedBy where code = :code "
                        + "and apology_at is null")
                .param("now", utc(now)).param("by", by).param("reason", reason).param("newDue", utc(newDueAt))
                .param("approvedBy", approvedBy)
                .param("code", code).update() > 0;
    }

    Optional<Apology> apology(String code) {
        return jdbc.sql("select apology_at, apology_by, apology_reason, apology_new_due_at, apology_approved_by "
                        + "from motcua_dossier "
                        + "where code = :code and apology_at is not null")
                .param("code", code)
                .query((rs, row) -> new Apology(local(rs.getObject("apology_at", OffsetDateTime.class)),
                        rs.getString("apology_by"), rs.getString("apology_reason"),
                        local(rs.getObject("apology_new_due_at", OffsetDateTime.class)), rs.getString("apology_approved_by")))
                .optional();
    }

    void refusedAfterAppraisal(String code, String reason) {
        jdbc.sql("update motcua_dossier set refusal_reason = :reason where code = :code")
                .param("reason", reason).param("code", code).update();
    }

    /**
     * The tracking ledger's rows of a year one by one, as the database hands them over: each dossier with the
     * moment the desk handed it to the resolving unit (the end of its first handover step), null before that.
     */
    /**
     * The dossiers submitted in the year, of the agency (null: every agency) and of the desk (null: every desk): those
     * the desk received, returns, or decides for (its agencies, {@code decidingDeskOf} an agency's code).
     */
    void eachLedgerRowOfYear(int year, String agencyCode, String desk,
                             java.util.function.UnaryOperator<String> decidingDeskOf,
                             java.util.function.BiConsumer<Dossier, OffsetDateTime> each) {
        OffsetDateTime from = java.time.LocalDate.of(year, 1, 1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
        OffsetDateTime to = from.plusYears(1);
        try (java.util.stream.Stream<Object[]> rows = jdbc.sql("select " + COLUMNS + ", receiving_desk, return_desk, "
                        + "(select min(s.ended_at) "
                        + "from motcua_dossier_step s where s.dossier_code = d.code and s.activity_id = :handover) "
                        + "as handed_over_at from motcua_dossier d where submitted_at >= :from and submitted_at < :to "
                        + "and (cast(:agency as varchar(32)) is null or agency_code = :agency) order by submitted_at, code")
                .param("from", utc(from)).param("to", utc(to)).param("agency", agencyCode)
                .param("handover", HANDOVER_STEP)
                .query((rs, row) -> {
                    Dossier dossier = map(rs, row);
                    return new Object[] {dossier, local(rs.getObject("handed_over_at", OffsetDateTime.class)),
                            new DossierDesks(rs.getString("receiving_desk"), decidingDeskOf.apply(dossier.agencyCode()),
                                    rs.getString("return_desk"))};
                })
                .stream()) {
            // the clerk's reading rule (DossierAccess): the dossiers her desk has to do with
            rows.filter(row -> desk == null || ((DossierDesks) row[2]).includes(desk))
                    .forEach(row -> each.accept((Dossier) row[0], (OffsetDateTime) row[1]));
        }
    }

    void measured(String code, String timeliness, java.math.BigDecimal processingDays, java.math.BigDecimal decision766Days,
                  Boolean decision766Late) {
        jdbc.sql("update motcua_dossier set timeliness = :timeliness, processing_days = :processing, "
                        + "decision766_days = :d766, decision766_late = :d766Late where code = :code")
                .param("timeliness", timeliness).param("processing", processingDays).param("d766", decision766Days)
                .param("d766Late", decision766Late).param("code", code).update();
    }

    /** The unit of the dossier's first late step (the one that caused the delay), if a step was late. */
    Optional<String> firstLateUnit(String code) {
        return jdbc.sql("""
                        select unit from motcua_dossier_step where dossier_code = :code and timeliness = 'LATE'
                            and unit is not null order by started_at fetch first 1 rows only""")
                .param("code", code).query(String.class).optional();
    }

    void earlyReturnNotified(String code, OffsetDateTime now) {
        jdbc.sql("update motcua_dossier set early_return_notified_at = :now where code = :code")
                .param("now", utc(now)).param("code", code).update();
    }

    void status(String code, DossierStatus status) {
        jdbc.sql("update motcua_dossier set status = :status where code = :code")
                .param("status", status.name()).param("code", code).update();
    }

    void resultReady(String code, OffsetDateTime resultAt) {
        jdbc.sql("update motcua_dossier set status = :status, result_at = :resultAt where code = :code")
                .param("status", DossierStatus.RESULT_READY.name()).param("resultAt", utc(resultAt))
                .param("code", code).update();
    }

    void closed(String code, DossierOutcome outcome, OffsetDateTime closedAt) {
        jdbc.sql("update motcua_dossier set status = :status, outcome = :outcome, closed_at = :closedAt where code = :code")
                .param("status", DossierStatus.CLOSED.name()).param("outcome", outcome.name())
                .param("closedAt", utc(closedAt)).param("code", code).update();
    }

    private Optional<Dossier> find(String where, Object value) {
        return row(where, value).map(dossier -> withPapers(dossier));
    }

    private Optional<Dossier> row(String where, Object value) {
        return jdbc.sql("select " + COLUMNS + " from motcua_dossier where " + where)
                .param("value", value)
                .query(this::map)
                .optional();
    }

    private Dossier withPapers(Dossier d) {
        List<Procedure.Paper> papers = jdbc.sql(
                        "select paper_code, paper_name from motcua_dossier_paper where dossier_id = :id order by position")
                .param("id", d.id())
                .query((rs, row) -> new Procedure.Paper(rs.getString(1), rs.getString(2)))
                .list();
        return new Dossier(d.id(), d.code(), d.agencyCode(), d.department(), d.procedureCode(), d.procedureName(),
                d.processDefinitionId(), d.processDefinitionKey(), d.processDefinitionVersion(), d.versionTag(),
                d.statutoryWorkingDays(), d.processInstanceId(), d.applicant(), d.channel(), d.status(), d.outcome(),
                d.intakeOutcome(), d.missingPapers(), d.refusalReason(), d.submittedAt(), d.receivedAt(), d.dueAt(),
                d.resultAt(), d.closedAt(), d.clerk(), d.clockStartedAt(), d.supplementCount(), papers, d.newReturnAt());
    }

    private Dossier map(ResultSet rs, int row) throws SQLException {
        return new Dossier(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("agency_code"),
                rs.getString("department"),
                rs.getString("procedure_code"),
                rs.getString("procedure_name"),
                rs.getString("process_definition_id"),
                rs.getString("process_definition_key"),
                rs.getInt("process_definition_version"),
                rs.getString("version_tag"),
                rs.getInt("statutory_working_days"),
                rs.getString("process_instance_id"),
                new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                        rs.getString("applicant_phone"), rs.getString("applicant_email"),
                        rs.getString("applicant_address")),
                Channel.valueOf(rs.getString("channel")),
                DossierStatus.valueOf(rs.getString("status")),
                enumOrNull(DossierOutcome.class, rs.getString("outcome")),
                enumOrNull(IntakeOutcome.class, rs.getString("intake_outcome")),
                rs.getString("missing_papers"),
                rs.getString("refusal_reason"),
                local(rs.getObject("submitted_at", OffsetDateTime.class)),
                local(rs.getObject("received_at", OffsetDateTime.class)),
                local(rs.getObject("due_at", OffsetDateTime.class)),
                local(rs.getObject("result_at", OffsetDateTime.class)),
                local(rs.getObject("closed_at", OffsetDateTime.class)),
                rs.getString("clerk"),
                local(rs.getObject("clock_started_at", OffsetDateTime.class)),
                rs.getInt("supplement_count"),
                List.of(),
                local(rs.getObject("apology_new_due_at", OffsetDateTime.class)));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static OffsetDateTime utc(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
