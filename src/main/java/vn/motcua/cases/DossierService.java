package vn.motcua.cases;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Service;

import vn.motcua.engine.DossierVariables;

/**
 * Starting dossiers from desk software and the online portal, and reading them back. The engine
 * decides whether the caller may start the procedure; registration itself happens in the process
 * (see {@link DossierRegistration}), the same way as for a Tasklist start form.
 */
@Service
public class DossierService {

    private static final Logger LOG = LoggerFactory.getLogger(DossierService.class);

    private final ProcedureCatalog catalog;
    private final DossierRepository dossiers;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final DossierCodes codes;

    DossierService(ProcedureCatalog catalog, DossierRepository dossiers, RuntimeService runtimeService,
                   IdentityService identityService, DossierCodes codes) {
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.codes = codes;
    }

    /**
     * Submits a dossier. With an idempotency key, a retried submission returns the first result instead
     * of creating a second dossier.
     *
     * @throws UnknownProcedureException when no procedure has the code
     * @throws IllegalArgumentException  when a paper does not belong to the procedure
     * @throws IncompleteDossierException when it is declared complete while a required paper is missing
     */
    public SubmittedDossier submit(NewDossier submission, String idempotencyKey) {
        Optional<SubmittedDossier> earlier = replay(idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Procedure procedure = catalog.latest(submission.procedureCode())
                .orElseThrow(() -> new UnknownProcedureException(submission.procedureCode()));
        List<String> unknownPapers = new ArrayList<>(submission.papers());
        unknownPapers.removeIf(code -> procedure.paper(code) != null);
        if (!unknownPapers.isEmpty()) {
            throw new IllegalArgumentException("Thành phần hồ sơ không thuộc thủ tục " + procedure.code() + ": "
                    + String.join(", ", unknownPapers));
        }
        if (submission.intakeOutcome() == IntakeOutcome.COMPLETE) {
            // checked here too, before the process starts: no dossier code is taken for a refused submission
            List<Procedure.Paper> missing = procedure.missingRequired(submission.papers());
            if (!missing.isEmpty()) {
                throw new IncompleteDossierException(missing);
            }
        }
        ProcessInstance instance;
        try {
            instance = start(procedure, submission, idempotencyKey);
        } catch (RuntimeException e) {
            Optional<SubmittedDossier> concurrent = concurrentSubmission(e, idempotencyKey);
            if (concurrent.isPresent()) {
                return concurrent.get();
            }
            Optional<String> givenUp;
            try {
                givenUp = isCodeHeld(e) ? codes.giveUpTaken() : Optional.empty();
            } catch (RuntimeException givingUp) {
                e.addSuppressed(givingUp);
                throw e;
            }
            if (givenUp.isEmpty()) {
                throw e;
            }
            // its code is held by a row an unclean shutdown left behind (see DossierCodes): once more, with the next
            LOG.warn("Dossier code {} could not be stored ({}): the sequence is past it, the intake takes the next code",
                    givenUp.get(), rootMessage(e));
            try {
                instance = start(procedure, submission, idempotencyKey);
            } catch (RuntimeException again) {
                return concurrentSubmission(again, idempotencyKey).orElseThrow(() -> again);
            }
        } finally {
            codes.forgetTaken();
        }
        String instanceId = instance.getId();
        Dossier dossier = dossiers.findByProcessInstanceId(instanceId)
                .orElseThrow(() -> new IllegalStateException("process " + instanceId + " registered no dossier"));
        return result(dossier, false);
    }

    public Optional<Dossier> find(String code) {
        return dossiers.findByCode(code);
    }

    /**
     * The dossier an earlier submission with the same key created, for the same user only: the answer carries
     * the citizen's lookup token, so a key another user guessed or reused gets a 409, not someone's dossier.
     */
    private Optional<SubmittedDossier> replay(String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return dossiers.findCodeByIdempotencyKey(idempotencyKey)
                .flatMap(dossiers::findByCode)
                .map(dossier -> {
                    Authentication caller = identityService.getCurrentAuthentication();
                    if (caller != null && !caller.getUserId().equals(dossier.clerk())) {
                        throw new DossierConflictException("Idempotency-Key này đã được dùng cho một hồ sơ do người khác "
                                + "tiếp nhận: mỗi lần nộp cần một khoá riêng.");
                    }
                    return result(dossier, true);
                });
    }

    private static SubmittedDossier result(Dossier dossier, boolean replayed) {
        return new SubmittedDossier(dossier.code(), dossier.status(), dossier.dueAt(), dossier.processInstanceId(),
                replayed);
    }

    /** Personal data travels as transient variables: the engine never stores it, not even in history. */
    private static VariableMap variables(NewDossier submission, String idempotencyKey) {
        Applicant applicant = submission.applicant();
        VariableMap variables = Variables.createVariables()
                .putValueTyped(DossierVariables.APPLICANT_NAME, Variables.stringValue(applicant.name(), true))
                .putValueTyped(DossierVariables.APPLICANT_ID_NUMBER, Variables.stringValue(applicant.idNumber(), true))
                .putValueTyped(DossierVariables.APPLICANT_PHONE, Variables.stringValue(applicant.phone(), true))
                .putValueTyped(DossierVariables.APPLICANT_EMAIL, Variables.stringValue(applicant.email(), true))
                .putValueTyped(DossierVariables.APPLICANT_ADDRESS, Variables.stringValue(applicant.address(), true))
                .putValueTyped(DossierVariables.PAPERS, Variables.stringValue(String.join(",", submission.papers()), true))
                .putValueTyped(DossierVariables.IDEMPOTENCY_KEY, Variables.stringValue(idempotencyKey, true))
                .putValue(DossierVariables.CHANNEL, submission.channel().name());
        if (submission.intakeOutcome() != null) {
            variables.putValue(DossierVariables.INTAKE_OUTCOME, submission.intakeOutcome().name());
        }
        if (submission.missingPapers() != null) {
            variables.putValue(DossierVariables.MISSING_PAPERS, submission.missingPapers());
        }
        if (submission.decidingAgency() != null) {
            variables.putValue(DossierVariables.DECIDING_AGENCY, submission.decidingAgency());
        }
        if (submission.returnDesk() != null) {
            variables.putValue(DossierVariables.RETURN_DESK, submission.returnDesk());
        }
        if (submission.refusalReason() != null) {
            variables.putValue(DossierVariables.REFUSAL_REASON, submission.refusalReason());
        }
        return variables;
    }

    private ProcessInstance start(Procedure procedure, NewDossier submission, String idempotencyKey) {
        codes.forgetTaken();
        return runtimeService.startProcessInstanceById(procedure.processDefinitionId(), variables(submission, idempotencyKey));
    }

    /** The same key submitted twice at once: the other submission stored the dossier first. */
    private Optional<SubmittedDossier> concurrentSubmission(RuntimeException error, String idempotencyKey) {
        return isDuplicate(error) ? replay(idempotencyKey) : Optional.empty();
    }

    /** The unique keys that carry a dossier's code: the dossier's own and its portal changes' (V2, V20). */
    private static final List<String> KEYS_OF_THE_CODE = List.of("uk_motcua_dossier_code", "uk_motcua_portal_outbox_seq",
            "uk_motcua_portal_outbox_key");

    /**
     * The code taken could not be stored: a unique key that carries it refused it, or a row lock could not be had
     * (H2 holds a dead transaction's row as locked by whichever new transaction reuses its id).
     */
    private static boolean isCodeHeld(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTimeoutException) {
                return true;
            }
            if (cause instanceof DataIntegrityViolationException || cause instanceof SQLIntegrityConstraintViolationException) {
                String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (KEYS_OF_THE_CODE.stream().anyMatch(message::contains)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isDuplicate(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
