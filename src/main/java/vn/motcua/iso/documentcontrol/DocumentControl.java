package vn.motcua.iso.documentcontrol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.ProcedureModel;
import vn.motcua.cases.ProcedureProperties;
import vn.motcua.deadlines.NotificationKind;
import vn.motcua.deadlines.Notifications;
import vn.motcua.deployment.DeploymentSources;
import vn.motcua.deployment.TrustedDeployment;
import vn.motcua.engine.Privileged;
import vn.motcua.iso.QmsSettings;

/**
 * Document control (kiểm soát tài liệu, ISO 9001:2015, 7.5) of the internal procedures: a procedure model
 * is a controlled document. A modeller submits a changed model; {@code DocumentControlProcess} has it
 * reviewed and approved, and only then deploys it, as revision n+1 of the document ("QT-SCT-QLTM-01 lần
 * 2" as its versionTag), tells the units whose tasks it holds, withdraws the previous revision (running
 * dossiers finish on it; new dossiers start on the latest) and reviews it periodically until replaced.
 */
@Service("documentControl")
public class DocumentControl {

    public static final String PROCESS_KEY = "DocumentControlProcess";
    /** Deployment source of issued revisions: the only way in for procedure models besides processes/ at start. */
    public static final String DEPLOYMENT_SOURCE = DeploymentSources.DOCUMENT_CONTROL;

    private static final Logger LOG = LoggerFactory.getLogger(DocumentControl.class);
    private static final Pattern REVISION = Pattern.compile("^(.*\\S)\\s+lần\\s+(\\d+)$");
    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final Notifications notifications;
    private final DocumentRevisions revisions;
    private final QmsSettings settings;
    private final Clock clock;

    private final vn.motcua.organisation.Organisation organisation;

    DocumentControl(JdbcClient jdbc, @Lazy ProcessEngine engine, Notifications notifications,
                    DocumentRevisions revisions, QmsSettings settings, Clock clock,
                    vn.motcua.organisation.Organisation organisation) {
        this.organisation = organisation;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.engine = engine;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Registers a submitted procedure model (already checked against the model rules) and starts its
     * review; returns the submission's code (TL-2026-000001).
     */
    public DocumentRevisions.Revision submit(byte[] bpmn, String changeNote, String submittedBy) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        Process process = model.getModelElementsByType(Process.class).stream().filter(ProcedureModel::isProcedure)
                .findFirst().orElseThrow(() -> new BadUserRequestException(
                        "The model is not an administrative procedure: its process has no procedure properties"));
        String number = documentNumber(process.getCamundaVersionTag(), process.getId());
        String title = ProcedureModel.property(process, ProcedureProperties.NAME);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into motcua_document_revision (process_key, document_number, title, change_note, bpmn, status,
                            submitted_by, submitted_at)
                        values (:key, :number, :title, :note, :bpmn, 'SUBMITTED', :by, :now)""")
                .param("key", process.getId()).param("number", number).param("title", title).param("note", changeNote)
                .param("bpmn", new String(bpmn, StandardCharsets.UTF_8)).param("by", submittedBy).param("now", now)
                .update(keys, "id");
        long id = java.util.Objects.requireNonNull(keys.getKey(), "no id generated").longValue();
        String code = String.format("TL-%d-%06d", now.atZoneSameInstant(VietnamTime.ZONE).getYear(), id);
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("documentCode", code);
        variables.put("documentKey", process.getId());
        variables.put("documentNumber", number);
        variables.put("documentTitle", title);
        variables.put("changeNote", changeNote == null ? "" : changeNote);
        variables.put("submittedBy", submittedBy);
        String instance = Privileged.call(engine, () -> engine.getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, code, variables).getId());
        jdbc.sql("update motcua_document_revision set code = :code, process_instance_id = :pid where id = :id")
                .param("code", code).param("pid", instance).param("id", id).update();
        return revisions.find(code);
    }

    /** The approver must give a reason when not approving. */
    public void decided(DelegateTask task) {
        boolean approved = Boolean.TRUE.equals(task.getVariable("approved"));
        Object note = task.getVariable("approvalNote");
        if (!approved && (note == null || note.toString().isBlank())) {
            throw new BadUserRequestException("Phải ghi lý do không phê duyệt (approvalNote)");
        }
    }

    /** Deploys the approved model as the document's next revision, its number as versionTag. */
    public void issue(DelegateExecution execution) {
        String code = (String) execution.getVariable("documentCode");
        Map<String, Object> row = jdbc.sql("select process_key, document_number, bpmn from motcua_document_revision where code = :code")
                .param("code", code).query().singleRow();
        String key = (String) row.get("process_key");
        ProcessDefinition previous = latest(key);
        int revision = 1;
        String number = (String) row.get("document_number");
        if (previous != null && previous.getVersionTag() != null) {
            Matcher matcher = REVISION.matcher(previous.getVersionTag().trim());
            revision = matcher.matches() ? Integer.parseInt(matcher.group(2)) + 1 : 2;
        }
        String versionTag = number + " lần " + revision;
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(
                ((String) row.get("bpmn")).getBytes(StandardCharsets.UTF_8)));
        ((Process) model.getModelElementById(key)).setCamundaVersionTag(versionTag);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Bpmn.writeModelToStream(out, model);
        String resourceName = previous != null ? previous.getResourceName() : "procedures/" + key + ".bpmn";
        // approval is the authority here: the approver need not hold deployment rights of their own
        DeploymentWithDefinitions deployment = Privileged.call(engine, () -> TrustedDeployment.as(DEPLOYMENT_SOURCE,
                () -> engine.getRepositoryService().createDeployment()
                        .name("Kiểm soát tài liệu: " + versionTag).source(DEPLOYMENT_SOURCE)
                        .addInputStream(resourceName, new ByteArrayInputStream(out.toByteArray()))
                        .deployWithResult()));
        String definitionId = deployment.getDeployedProcessDefinitions().get(0).getId();
        jdbc.sql("""
                        update motcua_document_revision set status = 'ISSUED', revision = :revision, version_tag = :tag,
                            issued_at = :now, process_definition_id = :definition where code = :code""")
                .param("revision", revision).param("tag", versionTag)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("definition", definitionId).param("code", code).update();
        execution.setVariable("versionTag", versionTag);
        execution.setVariable("issuedDefinitionId", definitionId);
        execution.setVariable("documentUnits", String.join(",", units(model)));
        LOG.info("Document {} issued as {} ({})", code, versionTag, definitionId);
    }

    private static final java.util.regex.Pattern DESK =
            java.util.regex.Pattern.compile("dossierUnits\\.(receivingDesk|decidingDesk|returnDesk)\\(");
    private static final java.util.regex.Pattern UNIT_ROLE =
            java.util.regex.Pattern.compile("dossierUnits\\.group\\(\\s*execution\\s*,\\s*'([^']+)'\\s*\\)");

    /**
     * The groups that work a step of the model: candidate groups written out, and for a commune-level procedure's
     * {@code dossierUnits.group(execution, 'role')} the group of that role in every unit in force today.
     */
    private Set<String> units(BpmnModelInstance model) {
        Set<String> units = new LinkedHashSet<>();
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(vn.motcua.calendar.VietnamTime.ZONE));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String groups = task.getCamundaCandidateGroups();
            java.util.regex.Matcher role = UNIT_ROLE.matcher(groups == null ? "" : groups);
            if (groups != null && DESK.matcher(groups).find()) {
                // a desk's step: every desk in force
                organisation.units().stream().filter(unit -> unit.validOn(today)
                                && unit.kind() == vn.motcua.organisation.UnitKind.DESK)
                        .map(unit -> unit.group(vn.motcua.organisation.Organisation.DESK_ROLE))
                        .filter(java.util.Objects::nonNull).forEach(units::add);
            } else if (role.find()) {
                organisation.units().stream().filter(unit -> unit.validOn(today))
                        .map(unit -> unit.group(role.group(1))).filter(java.util.Objects::nonNull).forEach(units::add);
            } else if (groups != null && !groups.contains("${")) {
                for (String group : groups.split(",")) {
                    units.add(group.trim());
                }
            }
        }
        return units;
    }

    /** Tells every unit that works a step of the issued procedure. */
    public void notifyUnits(DelegateExecution execution) {
        String units = (String) execution.getVariable("documentUnits");
        notifications.tell((String) execution.getVariable("documentCode"), NotificationKind.DOCUMENT_ISSUED,
                units == null || units.isBlank() ? List.of() : List.of(units.split(",")), (String) execution.getVariable("documentTitle"),
                (String) execution.getVariable("versionTag"), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** Earlier revisions of the document are withdrawn, and their periodic reviews end. */
    public void withdrawPrevious(DelegateExecution execution) {
        String code = (String) execution.getVariable("documentCode");
        String key = (String) execution.getVariable("documentKey");
        List<String> instances = jdbc.sql("""
                        select process_instance_id from motcua_document_revision
                        where process_key = :key and status in ('ISSUED', 'REVISION_NEEDED') and code <> :code""")
                .param("key", key).param("code", code).query(String.class).list();
        jdbc.sql("""
                        update motcua_document_revision set status = 'WITHDRAWN'
                        where process_key = :key and status in ('ISSUED', 'REVISION_NEEDED') and code <> :code""")
                .param("key", key).param("code", code).update();
        for (String instance : instances) {
            Privileged.run(engine, () -> engine.getRuntimeService().createMessageCorrelation("DocumentSuperseded")
                    .processInstanceId(instance).correlateAll());
        }
    }

    /** The next periodic review: app.qms.document-review-months after now. */
    public Date periodicReviewAt(DelegateExecution execution) {
        return Date.from(clock.instant().atZone(VietnamTime.ZONE).plusMonths(settings.documentReviewMonths()).toInstant());
    }

    public void returned(DelegateExecution execution) {
        status((String) execution.getVariable("documentCode"), "RETURNED");
    }

    public void needsRevision(DelegateExecution execution) {
        status((String) execution.getVariable("documentCode"), "REVISION_NEEDED");
    }

    private void status(String code, String status) {
        jdbc.sql("update motcua_document_revision set status = :status where code = :code")
                .param("status", status).param("code", code).update();
    }

    private ProcessDefinition latest(String key) {
        return Privileged.call(engine, () -> engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion().singleResult());
    }

    /** "QT-SCT-QLTM-01" of "QT-SCT-QLTM-01 lần 1"; the process id when the tag says nothing. */
    static String documentNumber(String versionTag, String processId) {
        if (versionTag == null || versionTag.isBlank()) {
            return processId;
        }
        Matcher matcher = REVISION.matcher(versionTag.trim());
        return matcher.matches() ? matcher.group(1) : versionTag.trim();
    }
}
