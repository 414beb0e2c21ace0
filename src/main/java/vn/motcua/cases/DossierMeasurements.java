package vn.motcua.cases;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.motcua.deadlines.DossierClock;
import vn.motcua.measurement.DossierFigures;
import vn.motcua.measurement.Metric;
import vn.motcua.measurement.Timeliness;

/**
 * What a dossier's events mean for its figures, which {@code measurement} computes and counts (README:
 * 'Measuring on-time resolution'), in the transaction of the event; the figures of a resolved dossier are
 * kept on its record, and a late one is published as {@link DossierResolvedLate}.
 */
@Component
class DossierMeasurements {

    private final DossierFigures figures;
    private final DossierRepository dossiers;
    private final DossierClock clock;
    private final ApplicationEventPublisher events;
    private final DossierStates states;

    DossierMeasurements(DossierFigures figures, DossierRepository dossiers, DossierClock clock, ApplicationEventPublisher events,
                        DossierStates states) {
        this.figures = figures;
        this.dossiers = dossiers;
        this.clock = clock;
        this.events = events;
        this.states = states;
    }

    /**
     * Publishes a change of the dossier's state ({@link DossierStates}) for the classes that report their events
     * here already (intake, supplements, apologies, milestones): one line each, no new dependency.
     */
    void stateChanged(String code, DossierState state, String detail) {
        states.changed(code, state, detail);
    }

    void received(Dossier dossier) {
        count(dossier, dossier.receivedAt(), Metric.RECEIVED);
        count(dossier, dossier.receivedAt(), switch (dossier.channel()) {
            case IN_PERSON -> Metric.RECEIVED_IN_PERSON;
            case ONLINE -> Metric.RECEIVED_ONLINE;
            case POST -> Metric.RECEIVED_BY_POST;
        });
    }

    void refusedAtIntake(Dossier dossier, OffsetDateTime at) {
        count(dossier, at, Metric.REFUSED);
    }

    void supplementRequested(Dossier dossier, OffsetDateTime at) {
        count(dossier, at, Metric.SUPPLEMENT_REQUESTS);
    }

    void apologised(Dossier dossier, OffsetDateTime at) {
        count(dossier, at, Metric.APOLOGIES);
    }

    /** A received dossier closes: resolved (early, on time, late), refused, withdrawn or abandoned. */
    void closed(Dossier dossier, DossierOutcome outcome, OffsetDateTime at) {
        count(dossier, at, Metric.CLOSED);
        switch (outcome) {
            case WITHDRAWN -> count(dossier, at, Metric.WITHDRAWN);
            case ABANDONED -> count(dossier, at, Metric.ABANDONED);
            case RESOLVED, REFUSED -> resolved(dossier, outcome == DossierOutcome.REFUSED, at);
            default -> {
            }
        }
    }

    private void resolved(Dossier dossier, boolean refused, OffsetDateTime at) {
        List<DossierFigures.Wait> waits = dossiers.supplements(dossier.code()).stream()
                .filter(supplement -> supplement.receivedAt() != null)
                .map(supplement -> new DossierFigures.Wait(supplement.requestedAt(), supplement.receivedAt())).toList();
        OffsetDateTime firstDue = clock.receiptDeadline(dossier.receivedAt(), dossier.statutoryWorkingDays(), dossier.agencyCode());
        DossierFigures.Measured measured = figures.resolved(counters(dossier), new DossierFigures.Resolution(dossier.receivedAt(),
                dossier.countingFrom(), dossier.resultAt(), dossier.dueAt(), firstDue, dossier.statutoryWorkingDays(),
                dossier.supplementCount(), waits), refused, at);
        dossiers.measured(dossier.code(), measured.timeliness().name(), measured.processingWorkingDays(),
                measured.decision766WorkingDays(), measured.decision766Late());
        if (!refused && measured.timeliness() == Timeliness.LATE) {
            // ISO 9001:2015, 8.7: a late result is nonconforming output, followed up by the unit that was late
            events.publishEvent(new DossierResolvedLate(dossier.code(), dossier.agencyCode(), dossier.procedureName(),
                    dossiers.firstLateUnit(dossier.code()).orElse(dossier.department()), dossier.dueAt(), dossier.resultAt()));
        }
    }

    private void count(Dossier dossier, OffsetDateTime at, Metric metric) {
        figures.count(counters(dossier), at, metric);
    }

    private static DossierFigures.Counters counters(Dossier dossier) {
        return new DossierFigures.Counters(dossier.agencyCode(), dossier.department(), dossier.procedureCode());
    }
}
