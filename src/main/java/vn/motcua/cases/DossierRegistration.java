package vn.motcua.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.DurableCommits;
import vn.motcua.organisation.Organisation;

/**
 * Registers the dossier when a procedure's process starts, whichever way it was started (Tasklist
 * start form or {@code POST /api/dossiers}): gives it its code, stores the applicant and the papers in
 * the dossier table, and takes the personal data out of the engine. Called by each procedure model as
 * its process start listener: {@code ${dossierRegistration.register(execution)}}.
 */
@Component("dossierRegistration")
public class DossierRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(DossierRegistration.class);

    /** The applicant's fields as ApplicantRules names them, and the process variables that carry them. */
    private static final Map<String, String> VARIABLE_OF_FIELD = Map.of("name", DossierVariables.APPLICANT_NAME,
            "idNumber", DossierVariables.APPLICANT_ID_NUMBER, "phone", DossierVariables.APPLICANT_PHONE,
            "email", DossierVariables.APPLICANT_EMAIL, "address", DossierVariables.APPLICANT_ADDRESS);

    private final ProcedureCatalog catalog;
    private final DossierRepository dossiers;
    private final DossierCodes codes;
    private final Clock clock;
    private final LookupTokens lookupTokens;
    private final DossierStates states;
    private final Organisation organisation;
    private final DurableCommits durableCommits;

    DossierRegistration(ProcedureCatalog catalog, DossierRepository dossiers, DossierCodes codes, Clock clock,
                        LookupTokens lookupTokens, DossierStates states, Organisation organisation,
                        DurableCommits durableCommits) {
        this.durableCommits = durableCommits;
        this.states = states;
        this.organisation = organisation;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.codes = codes;
        this.clock = clock;
        this.lookupTokens = lookupTokens;
    }

    public void register(DelegateExecution execution) {
        if (execution.getProcessInstance().getSuperExecution() != null) {
            // a dossier is the root instance of its procedure; called from another model it would be a
            // second dossier whose work that other model's owner controls
            throw new BadUserRequestException("Quy trình " + execution.getProcessDefinitionId()
                    + " là thủ tục hành chính: chỉ được khởi động riêng, không được gọi từ một quy trình khác");
        }
        Procedure procedure = catalog.byDefinitionId(execution.getProcessDefinitionId())
                .orElseThrow(() -> new BadUserRequestException("Quy trình " + execution.getProcessDefinitionId()
                        + " không phải thủ tục hành chính: thiếu các thuộc tính của thủ tục"));
        Applicant applicant = new Applicant(
                required(execution, DossierVariables.APPLICANT_NAME, "Họ tên người nộp"),
                required(execution, DossierVariables.APPLICANT_ID_NUMBER, "Số định danh cá nhân"),
                DossierVariables.text(execution, DossierVariables.APPLICANT_PHONE),
                DossierVariables.text(execution, DossierVariables.APPLICANT_EMAIL),
                DossierVariables.text(execution, DossierVariables.APPLICANT_ADDRESS));
        // the same rules as POST /api/dossiers, for Tasklist's start form and Camunda's REST API: naming the
        // variables, never quoting their values (personal data)
        Map<String, String> problems = ApplicantRules.problems(applicant.name(), applicant.idNumber(),
                applicant.phone(), applicant.email(), applicant.address());
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Thông tin người nộp không hợp lệ: " + problems.entrySet().stream()
                    .map(problem -> VARIABLE_OF_FIELD.get(problem.getKey()) + " " + problem.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        Channel channel = channel(execution);
        List<Procedure.Paper> papers = papers(execution, procedure);
        if (IntakeOutcome.COMPLETE.name().equals(DossierVariables.text(execution, DossierVariables.INTAKE_OUTCOME))) {
            // Tasklist's start form and /engine-rest: the same rule as POST /api/dossiers, before a code is taken
            DossierIntake.requireEveryRequiredPaper(procedure, papers);
        }
        OffsetDateTime submittedAt = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        String receivingDesk = organisation.deskOfMember(callerGroups());
        String agency = decidingAgency(procedure, DossierVariables.text(execution, DossierVariables.DECIDING_AGENCY),
                receivingDesk, submittedAt.toLocalDate());
        String tenant = ((ExecutionEntity) execution).getTenantId();
        if (tenant != null && !tenant.equals(agency)) {
            // InstanceTenants gave the instance its tenant by the same rule, from the same request
            throw new IllegalStateException("Dossier of " + agency + " started in tenant " + tenant);
        }
        String department = procedure.departmentRole() == null ? procedure.department()
                : organisation.group(agency, procedure.departmentRole()).orElse(null);
        String code = codes.next(agency, submittedAt.toLocalDate());
        String clerk = Context.getCommandContext() != null ? Context.getCommandContext().getAuthenticatedUserId() : null;
        String returnDesk = returnDesk(execution, receivingDesk, submittedAt);
        dossiers.insert(code, procedure, agency, department, applicant, channel, papers, submittedAt, clerk,
                DossierVariables.text(execution, DossierVariables.IDEMPOTENCY_KEY), execution.getProcessInstanceId(),
                receivingDesk, returnDesk);
        lookupTokens.issue(code);
        // the receipt with its code is what the desk hands over: it is in the file before the desk is answered
        durableCommits.onCommit();
        states.changed(code, DossierState.SUBMITTED, null);

        execution.setProcessBusinessKey(code);
        execution.removeVariables(DossierVariables.PERSONAL_DATA);
        execution.removeVariable(DossierVariables.PAPERS);
        execution.removeVariable(DossierVariables.IDEMPOTENCY_KEY);
        execution.removeVariable(DossierVariables.DECIDING_AGENCY);
        execution.removeVariable(DossierVariables.RETURN_DESK);
        DossierVariables.setDossierCode(execution, code);
        DossierVariables.setAgencyCode(execution, agency);
        DossierVariables.setChannel(execution, channel.name());
        LOG.info("Dossier {} registered for procedure {} ({})", code, procedure.code(), channel);
    }

    /**
     * The agency that decides the dossier: the procedure's own, or for a commune-level procedure the commune chosen
     * at receipt among those in force on the day, by default the receiving desk's own commune.
     */
    String decidingAgency(Procedure procedure, String chosen, String receivingDesk, LocalDate day) {
        if (!procedure.decidedByCommune()) {
            if (chosen != null && !chosen.equals(procedure.agencyCode())) {
                throw new BadUserRequestException("Thủ tục " + procedure.code() + " do " + procedure.agencyName()
                        + " giải quyết, không chọn được cơ quan giải quyết khác (decidingAgency)");
            }
            return procedure.agencyCode();
        }
        if (chosen == null) {
            return organisation.communeOfDesk(receivingDesk).filter(commune -> commune.validOn(day))
                    .map(vn.motcua.organisation.Unit::code)
                    .orElseThrow(() -> new BadUserRequestException("Thủ tục " + procedure.code() + " do UBND cấp xã "
                            + "giải quyết: chọn xã, phường có thẩm quyền giải quyết (decidingAgency)"));
        }
        if (!organisation.isCommuneOn(chosen, day)) {
            throw new BadUserRequestException("Xã, phường giải quyết (decidingAgency) không hợp lệ: " + chosen
                    + " không phải xã, phường đang hoạt động ngày " + day);
        }
        return chosen;
    }

    /**
     * The agency of a dossier about to start, by the rule of {@link #register}: empty when the process is no
     * procedure or the request is one that registration will refuse.
     */
    /** Whether the definition is one of the catalogue's procedures (a dossier), not a QMS or other process. */
    boolean isProcedure(String processDefinitionId) {
        return catalog.byDefinitionId(processDefinitionId).isPresent();
    }

    Optional<String> agencyAtStart(String processDefinitionId, Object chosenAgency) {
        Optional<Procedure> procedure = catalog.byDefinitionId(processDefinitionId);
        if (procedure.isEmpty()) {
            return Optional.empty();
        }
        try {
            String chosen = chosenAgency == null || chosenAgency.toString().isBlank() ? null : chosenAgency.toString().trim();
            return Optional.of(decidingAgency(procedure.get(), chosen, organisation.deskOfMember(callerGroups()),
                    OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE).toLocalDate()));
        } catch (BadUserRequestException refused) {
            return Optional.empty();
        }
    }

    /** Where the citizen chose to collect the result: a desk in force that day; by default the receiving desk. */
    private String returnDesk(DelegateExecution execution, String receivingDesk, OffsetDateTime submittedAt) {
        String chosen = DossierVariables.text(execution, DossierVariables.RETURN_DESK);
        if (chosen == null) {
            return receivingDesk;
        }
        LocalDate day = submittedAt.toLocalDate();
        if (organisation.desksOn(day).stream().noneMatch(desk -> desk.code().equals(chosen))) {
            throw new BadUserRequestException("Nơi trả kết quả (returnDesk) không hợp lệ: " + chosen
                    + " không phải Bộ phận Một cửa đang hoạt động ngày " + day);
        }
        return chosen;
    }

    /** The groups of the user who starts the dossier, as the engine authenticated them (never from the request). */
    private static List<String> callerGroups() {
        if (Context.getCommandContext() == null || Context.getCommandContext().getAuthenticatedGroupIds() == null) {
            return List.of();
        }
        return Context.getCommandContext().getAuthenticatedGroupIds();
    }

    private static Channel channel(DelegateExecution execution) {
        String value = DossierVariables.channel(execution);
        if (value == null) {
            return Channel.IN_PERSON;
        }
        try {
            return Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException("Kênh nộp hồ sơ không hợp lệ: " + value);
        }
    }

    /** The papers received, in the procedure's order. */
    private static List<Procedure.Paper> papers(DelegateExecution execution, Procedure procedure) {
        List<String> codes = paperCodes(execution.getVariable(DossierVariables.PAPERS));
        for (String code : codes) {
            if (procedure.paper(code) == null) {
                throw new BadUserRequestException("Thành phần hồ sơ không thuộc thủ tục " + procedure.code() + ": " + code);
            }
        }
        return procedure.papers().stream().filter(paper -> codes.contains(paper.code())).toList();
    }

    /** Tasklist submits a checklist as JSON, the API as a list, older clients as comma-separated text. */
    static List<String> paperCodes(Object value) {
        List<String> codes = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> codes.add(element.stringValue()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> codes.add(String.valueOf(element)));
        } else if (value instanceof String text && !text.isBlank()) {
            for (String code : text.split(",")) {
                codes.add(code.trim());
            }
        }
        return codes;
    }

    private static String required(DelegateExecution execution, String name, String label) {
        String value = DossierVariables.text(execution, name);
        if (value == null) {
            throw new BadUserRequestException(label + " là bắt buộc (" + name + ")");
        }
        return value;
    }
}
