package vn.motcua.desk;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;

import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.DossierSearch;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.engine.Role;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;

/**
 * Tasklist's search for a dossier by code or applicant name (README: 'Tasklist: the dossier card and the
 * search'), among the dossiers the caller may read (DossierAccess), each with its open steps; and the
 * dossier a Tasklist start form has just registered.
 */
@Service
public class DossierFinder {

    /** At most this many dossiers are answered. */
    public static final int MAX_HITS = 20;
    /** At most this many candidates are checked one by one for a caller who is not limited to their units' dossiers. */
    private static final int MAX_CANDIDATES = 200;

    /** An open step of a found dossier; {@code mine}: the caller may open it in Tasklist. */
    public record OpenTask(String taskId, String name, String unitName, OffsetDateTime dueAt, boolean mine) {
    }

    /** The printed form of the intake's outcome: its title and where to get it. */
    public record Form(String title, String href) {
    }

    /**
     * @param forms the official forms issued for the dossier so far, with their links: the desk finds there the
     *              notice that processing stopped (form 05 of Circular 03/2025) of a withdrawn or abandoned dossier,
     *              which no task hands over
     */
    public record Hit(String code, String procedureCode, String procedureName, String applicantName, String status,
                      String statusLabel, OffsetDateTime receivedAt, OffsetDateTime promisedAt, Form intakeForm,
                      List<OpenTask> openTasks, List<vn.motcua.cases.DossierDocuments.IssuedForm> forms) {
    }

    private final ProcessEngine engine;
    private final DossierSearch search;
    private final DossierService dossiers;
    private final DossierAccess access;
    private final StepRecords steps;
    private final StaffNames names;

    private final vn.motcua.cases.DossierDocuments documents;

    DossierFinder(ProcessEngine engine, DossierSearch search, DossierService dossiers, DossierAccess access,
                  StepRecords steps, StaffNames names, vn.motcua.cases.DossierDocuments documents) {
        this.documents = documents;
        this.engine = engine;
        this.search = search;
        this.dossiers = dossiers;
        this.access = access;
        this.steps = steps;
        this.names = names;
    }

    /** The dossiers whose code or applicant name contains the text, that the caller may read, newest first. */
    public List<Hit> find(String text, String userId, List<String> groupIds) {
        // a department's officers read the dossiers their units worked: only those are candidates. Leaders
        // and auditors read by other rules (their agency, the department audited), the province's roles every agency's:
        // every match is a candidate, each checked below, a bounded number of them.
        boolean byOwnUnits = !access.seesAll(groupIds) && !groupIds.contains(Role.AGENCY_LEADER.groupId())
                && !groupIds.contains(Role.INTERNAL_AUDITOR.groupId())
                && !groupIds.contains(Role.PROVINCE_QMS_OFFICER.groupId()) && !groupIds.contains(Role.PROVINCE_LEADER.groupId());
        List<String> codes = search.codesMatching(text, byOwnUnits ? groupIds : null, MAX_CANDIDATES);
        List<Hit> hits = new ArrayList<>();
        for (String code : codes) {
            Optional<Dossier> dossier = dossiers.find(code);
            if (dossier.isEmpty()) {
                continue;
            }
            DossierAccess.Reading reading = access.reading(dossier.get(), userId, groupIds);
            if (reading != DossierAccess.Reading.NONE) {
                hits.add(hit(dossier.get()));
                if (hits.size() == MAX_HITS) {
                    break;
                }
            }
        }
        return hits;
    }

    /** The dossier registered for the process instance, if the caller may read it. */
    public Optional<Hit> ofProcessInstance(String processInstanceId, String userId, List<String> groupIds) {
        return search.ofProcessInstance(processInstanceId)
                .filter(dossier -> access.canRead(dossier, userId, groupIds))
                .map(this::hit);
    }

    private Hit hit(Dossier dossier) {
        List<StepRecord> open = steps.ofDossier(dossier.code()).stream()
                .filter(step -> step.isOpen() && StepRecord.TASK.equals(kind(step))).toList();
        Map<String, String> unitNames = names.units(open.stream().map(StepRecord::unit).toList());
        Set<String> mine = TaskVisibility.visible(engine, open.stream().map(StepRecord::taskId).toList());
        List<OpenTask> tasks = open.stream().map(step -> new OpenTask(step.taskId(), step.stepName(),
                StaffNames.unitName(step.unit(), unitNames), step.dueAt(), mine.contains(step.taskId()))).toList();
        return new Hit(dossier.code(), dossier.procedureCode(), dossier.procedureName(), dossier.applicant().name(),
                dossier.status().name(), dossier.status().label(), dossier.receivedAt(), dossier.dueAt(),
                intakeForm(dossier), tasks, documents.issued(dossier));
    }

    private static String kind(StepRecord step) {
        return step.kind() == null ? StepRecord.TASK : step.kind();
    }

    /** The form the desk hands over at the end of intake (README: 'Deadlines, escalations and the official forms'). */
    static Form intakeForm(Dossier dossier) {
        IntakeOutcome outcome = dossier.intakeOutcome();
        if (outcome == null) {
            return null;
        }
        String base = "/api/dossiers/" + dossier.code();
        return switch (outcome) {
            case COMPLETE -> new Form("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", base + "/receipt.pdf");
            case INCOMPLETE -> new Form("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", base + "/supplement-request.pdf");
            case INELIGIBLE -> new Form("Phiếu từ chối tiếp nhận giải quyết hồ sơ", base + "/refusal.pdf");
        };
    }
}
