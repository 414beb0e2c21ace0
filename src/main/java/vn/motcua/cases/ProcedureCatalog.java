package vn.motcua.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;

import vn.motcua.engine.Privileged;

/**
 * The administrative procedures the engine knows: every deployed process with procedure properties.
 * A definition never changes once deployed, so its procedure is read once.
 */
@Component
public class ProcedureCatalog {

    private final ProcessEngine engine;
    private final Map<String, Optional<Procedure>> byDefinitionId = new ConcurrentHashMap<>();
    private final Map<String, String> keyByCode = new ConcurrentHashMap<>();

    ProcedureCatalog(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * The latest version of the procedure with this national code, whoever asks: one look-up of the latest
     * definition of the process key that last carried the code (a new version may be deployed at any time,
     * by any node), and a scan of every latest definition only when the code is new or has moved.
     */
    public Optional<Procedure> latest(String procedureCode) {
        return withoutAuthorization(() -> {
            String key = keyByCode.get(procedureCode);
            if (key != null) {
                ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(key).latestVersion().singleResult();
                Optional<Procedure> procedure = definition == null ? Optional.empty() : byDefinition(definition);
                if (procedure.isPresent() && procedure.get().code().equals(procedureCode)) {
                    return procedure;
                }
            }
            Optional<Procedure> found = engine.getRepositoryService().createProcessDefinitionQuery()
                    .latestVersion().list().stream()
                    .map(this::byDefinition)
                    .flatMap(Optional::stream)
                    .filter(procedure -> procedure.code().equals(procedureCode))
                    .findFirst();
            found.ifPresent(procedure -> keyByCode.put(procedureCode, procedure.processDefinitionKey()));
            return found;
        });
    }

    /** Every procedure in its latest version. */
    public List<Procedure> all() {
        return withoutAuthorization(() -> {
            List<Procedure> procedures = new ArrayList<>();
            engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()
                    .forEach(definition -> byDefinition(definition).ifPresent(procedures::add));
            return procedures;
        });
    }

    public Optional<Procedure> byDefinitionId(String processDefinitionId) {
        Optional<Procedure> known = byDefinitionId.get(processDefinitionId);
        if (known != null) {
            return known;
        }
        return withoutAuthorization(() -> byDefinition(engine.getRepositoryService()
                .getProcessDefinition(processDefinitionId)));
    }

    private Optional<Procedure> byDefinition(ProcessDefinition definition) {
        return byDefinitionId.computeIfAbsent(definition.getId(), id -> read(definition));
    }

    private Optional<Procedure> read(ProcessDefinition definition) {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        if (process == null || !ProcedureModel.isProcedure(process)) {
            return Optional.empty();
        }
        List<Procedure.Paper> papers = ProcedureModel.papers(process).entrySet().stream()
                .map(paper -> new Procedure.Paper(paper.getKey(), paper.getValue())).toList();
        String days = ProcedureModel.property(process, ProcedureProperties.STATUTORY_WORKING_DAYS);
        return Optional.of(new Procedure(
                ProcedureModel.property(process, ProcedureProperties.CODE),
                ProcedureModel.property(process, ProcedureProperties.NAME),
                ProcedureModel.property(process, ProcedureProperties.AGENCY_CODE),
                ProcedureModel.property(process, ProcedureProperties.AGENCY_NAME),
                ProcedureModel.property(process, ProcedureProperties.LEGAL_BASIS),
                days == null ? 0 : Integer.parseInt(days.trim()),
                ProcedureModel.property(process, ProcedureProperties.FEE),
                papers,
                definition.getId(),
                definition.getKey(),
                definition.getVersion(),
                definition.getVersionTag(),
                department(model)));
    }

    /** The first unit of processing: the candidate group of the first user task inside SubProcess_Processing. */
    private static String department(BpmnModelInstance model) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance processing = model.getModelElementById("SubProcess_Processing");
        java.util.Collection<org.camunda.bpm.model.bpmn.instance.UserTask> tasks = processing == null
                ? model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
                : ((org.camunda.bpm.model.bpmn.instance.SubProcess) processing).getChildElementsByType(
                        org.camunda.bpm.model.bpmn.instance.UserTask.class);
        if (tasks.isEmpty() && processing != null) {
            tasks = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream()
                    .filter(task -> isInside(task, processing)).toList();
        }
        return tasks.stream().map(org.camunda.bpm.model.bpmn.instance.UserTask::getCamundaCandidateGroups)
                .filter(groups -> groups != null && !groups.isBlank() && !groups.startsWith("one-stop"))
                .map(groups -> DossierUnits.roleOf(groups).map(role -> DossierUnits.ROLE_PREFIX + role)
                        .orElse(groups.split(",")[0].trim()))
                .findFirst().orElse(null);
    }

    private static boolean isInside(org.camunda.bpm.model.xml.instance.ModelElementInstance element,
                                    org.camunda.bpm.model.xml.instance.ModelElementInstance scope) {
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == scope) {
                return true;
            }
        }
        return false;
    }

    /** The catalogue is public knowledge; who may start a procedure is decided by the engine at start. */
    private <T> T withoutAuthorization(java.util.function.Supplier<T> query) {
        return Privileged.call(engine, query);
    }
}
