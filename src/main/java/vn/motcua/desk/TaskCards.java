package vn.motcua.desk;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;

import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.DossierService;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;

/**
 * What each task of Tasklist's list shows of its dossier (README: 'Tasklist: the dossier card and the
 * search'): the dossier code, the applicant's name where the viewer may read the dossier, the step's and
 * the dossier's due moments. A task the viewer may neither see nor read the dossier of is left out.
 */
@Service
public class TaskCards {

    /** A page of Tasklist's list is 15 tasks; a few pages at most are asked at once. */
    public static final int MAX_TASKS = 50;

    public record TaskCard(String taskId, String dossierCode, String procedureName, String applicantName,
                           OffsetDateTime stepDueAt, OffsetDateTime promisedAt, String statusLabel) {
    }

    private final ProcessEngine engine;
    private final DossierService dossiers;
    private final DossierAccess access;
    private final StepRecords steps;

    TaskCards(ProcessEngine engine, DossierService dossiers, DossierAccess access, StepRecords steps) {
        this.engine = engine;
        this.dossiers = dossiers;
        this.access = access;
        this.steps = steps;
    }

    public List<TaskCard> of(List<String> taskIds, String userId, List<String> groupIds) {
        Set<String> ids = new LinkedHashSet<>(taskIds);
        Map<String, String> codes = steps.dossierCodesOfTasks(ids);
        Set<String> visible = TaskVisibility.visible(engine, codes.keySet());
        Map<String, Dossier> byCode = new HashMap<>();
        Map<String, DossierAccess.Reading> readings = new HashMap<>();
        Map<String, List<StepRecord>> stepsByCode = new HashMap<>();
        List<TaskCard> cards = new ArrayList<>();
        for (String taskId : ids) {
            String code = codes.get(taskId);
            Dossier dossier = code == null ? null : byCode.computeIfAbsent(code, c -> dossiers.find(c).orElse(null));
            if (dossier == null) {
                continue;
            }
            DossierAccess.Reading reading = readings.computeIfAbsent(code,
                    c -> access.reading(dossier, userId, groupIds));
            if (reading == DossierAccess.Reading.NONE && !visible.contains(taskId)) {
                continue;
            }
            OffsetDateTime stepDue = stepsByCode.computeIfAbsent(code, steps::ofDossier).stream()
                    .filter(step -> step.taskId().equals(taskId)).map(StepRecord::dueAt).findFirst().orElse(null);
            cards.add(new TaskCard(taskId, code, dossier.procedureName(),
                    reading == DossierAccess.Reading.NONE ? null : dossier.applicant().name(), stepDue,
                    dossier.dueAt(), dossier.status().label()));
        }
        return cards;
    }
}
