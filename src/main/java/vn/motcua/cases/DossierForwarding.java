package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.deadlines.DossierClock;
import vn.motcua.organisation.Organisation;

/**
 * A dossier received at a desk other than the deciding agency's (intake regardless of administrative boundaries,
 * Decree 118/2025/NĐ-CP): the receiving desk forwards it, as the intake's step
 * {@code Task_ForwardDossier} (processes/shared/DossierIntakeProcess.bpmn), whose completion listener is
 * {@code ${dossierForwarding.forwarded(task)}}. The dossier reaches the deciding agency's desk then: its statutory
 * time starts anew from that moment (Art. 17(3): for a dossier received at another desk, when the competent
 * agency receives it), and the state {@link DossierState#FORWARDED} is published.
 */
@Component("dossierForwarding")
public class DossierForwarding {

    private static final Logger LOG = LoggerFactory.getLogger(DossierForwarding.class);

    private final DossierRepository dossiers;
    private final DossierUnits units;
    private final DossierClock dossierClock;
    private final DossierMeasurements measurements;
    private final Organisation organisation;
    private final Clock clock;

    DossierForwarding(DossierRepository dossiers, DossierUnits units, DossierClock dossierClock,
                      DossierMeasurements measurements, Organisation organisation, Clock clock) {
        this.dossiers = dossiers;
        this.units = units;
        this.dossierClock = dossierClock;
        this.measurements = measurements;
        this.organisation = organisation;
        this.clock = clock;
    }

    public void forwarded(DelegateTask task) {
        Dossier dossier = dossiers.ofExecution(task.getExecution());
        DossierDesks desks = units.desks(dossier);
        OffsetDateTime arrived = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        OffsetDateTime due = dossierClock.start(task.getExecution(), arrived, dossier.statutoryWorkingDays(),
                dossier.agencyCode());
        dossiers.clockStarted(dossier.code(), arrived, due);
        measurements.stateChanged(dossier.code(), DossierState.FORWARDED, "Chuyển từ "
                + organisation.name(desks.receivingDesk()) + " đến " + organisation.name(desks.decidingDesk()));
        LOG.info("Dossier {} forwarded from {} to {}, due {}", dossier.code(), desks.receivingDesk(),
                desks.decidingDesk(), due);
    }
}
