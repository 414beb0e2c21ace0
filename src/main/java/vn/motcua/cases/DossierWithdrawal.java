package vn.motcua.cases;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;

import vn.motcua.engine.DossierVariables;
import vn.motcua.engine.Privileged;

/**
 * The citizen withdraws the dossier at the desk, at any step: the message {@value #MESSAGE} ends the
 * process through its withdrawal event sub-process.
 */
@Service
public class DossierWithdrawal {

    public static final String MESSAGE = "DossierWithdrawn";

    private final ProcessEngine engine;
    private final DossierRepository dossiers;

    DossierWithdrawal(ProcessEngine engine, DossierRepository dossiers) {
        this.engine = engine;
        this.dossiers = dossiers;
    }

    public Dossier withdraw(Dossier dossier, String reason) {
        if (dossier.status() == DossierStatus.CLOSED) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " đã kết thúc ("
                    + dossier.outcome().label() + ")");
        }
        // The desk's right to record a withdrawal is checked by the caller (DossierAccess.isDesk).
        Privileged.run(engine, () -> engine.getRuntimeService().createMessageCorrelation(MESSAGE)
                .processInstanceId(dossier.processInstanceId())
                .setVariable(DossierVariables.WITHDRAWAL_REASON, reason)
                .correlate());
        return dossiers.findByCode(dossier.code()).orElseThrow();
    }
}
