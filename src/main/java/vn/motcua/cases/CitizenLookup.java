package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.UnitNames;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;
import vn.motcua.measurement.Timeliness;

/**
 * What the public may learn of a dossier. Dossier codes are sequential, so the code alone tells its
 * status only. With the lookup token printed on the receipt ({@link LookupTokens}), the citizen also
 * learns the procedure, the unit (never the person) holding it, the promised return moment and whether
 * it is on time so far. Never personal data.
 */
@Service
public class CitizenLookup {

    private final DossierRepository dossiers;
    private final StepRecords steps;
    private final UnitNames unitNames;
    private final Clock clock;
    private final LookupTokens tokens;

    private final DossierUnits units;
    private final AgencyNames agencyNames;
    private final vn.motcua.organisation.Organisation organisation;

    CitizenLookup(DossierRepository dossiers, StepRecords steps, UnitNames unitNames, Clock clock, LookupTokens tokens,
                  DossierUnits units, AgencyNames agencyNames, vn.motcua.organisation.Organisation organisation) {
        this.units = units;
        this.agencyNames = agencyNames;
        this.organisation = organisation;
        this.dossiers = dossiers;
        this.steps = steps;
        this.unitNames = unitNames;
        this.clock = clock;
        this.tokens = tokens;
    }

    /** What the code alone tells: the status, nothing else. */
    public record PublicStatus(String code, String status) {
    }

    /**
     * What the holder of the receipt sees; {@code closed} when the dossier is over and may be rated.
     *
     * @param promisedReturnAt the moment the result is promised: the apology's new one after an apology
     *                         ({@code rescheduled}); the dossier is still judged against the first one
     * @param timeliness       EARLY, ON_TIME or LATE once the result is ready; before, WITHIN or LATE so far
     * @param timelinessLabel  the same for people: Trước hạn, Đúng hạn, Quá hạn, Trong hạn
     * @param papersToBring    while a supplement is awaited: the papers the citizen is asked to bring
     * @param receivedAtDesk   the desk that received the dossier (README "Organisation"), null without an organisation
     * @param decidingAgency   the agency that decides it
     * @param returnDesk       the desk where the citizen collects the result
     */
    public record PublicDossier(String code, String procedure, String status, String outcome, List<String> currentUnits,
                                OffsetDateTime promisedReturnAt, boolean rescheduled, OffsetDateTime resultAt,
                                boolean onTimeSoFar, String timeliness, String timelinessLabel, String papersToBring,
                                boolean closed, String receivedAtDesk, String decidingAgency, String returnDesk) {
    }

    /** An open dossier not yet past its due moment. */
    static final String WITHIN = "WITHIN";
    static final String WITHIN_LABEL = "Trong hạn";

    public Optional<PublicStatus> status(String code) {
        return dossiers.findByCode(code).map(dossier -> new PublicStatus(dossier.code(),
                dossier.outcome() == null ? dossier.status().label() : dossier.outcome().label()));
    }

    /** The dossier's details, only for its lookup token; empty for an unknown code or another token. */
    public Optional<PublicDossier> find(String code, String token) {
        if (!tokens.matches(code, token)) {
            return Optional.empty();
        }
        return dossiers.findByCode(code).map(this::view);
    }

    private PublicDossier view(Dossier dossier) {
        DossierDesks desks = units.desks(dossier);
        Set<String> units = new LinkedHashSet<>();
        for (StepRecord step : steps.ofDossier(dossier.code())) {
            if (step.isOpen() && StepRecord.TASK.equals(step.kind()) && step.unit() != null) {
                for (String unit : step.unit().split(",")) {
                    units.add(unitNames.name(unit.trim()));
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        // judged against the statutory due moment, also after an apology: the dossier still counts as late
        Timeliness judged = dossier.dueAt() == null ? null : Timeliness.judge(
                (dossier.resultAt() != null ? dossier.resultAt() : now).toZonedDateTime(), dossier.dueAt().toZonedDateTime());
        String timeliness = null;
        String label = null;
        if (judged != null && (dossier.resultAt() != null || judged == Timeliness.LATE)) {
            timeliness = judged.name();
            label = judged.label();
        } else if (judged != null && dossier.status() != DossierStatus.CLOSED) {
            timeliness = WITHIN;
            label = WITHIN_LABEL;
        }
        return new PublicDossier(dossier.code(), dossier.procedureName(), dossier.status().label(),
                dossier.outcome() == null ? null : dossier.outcome().label(), List.copyOf(units), dossier.promisedAt(),
                dossier.newReturnAt() != null, dossier.resultAt(), judged != Timeliness.LATE, timeliness, label,
                papersToBring(dossier), dossier.status() == DossierStatus.CLOSED,
                desks.receivingDesk() == null ? null : organisation.name(desks.receivingDesk()), agencyNames.of(dossier),
                desks.returnDesk() == null ? null : organisation.name(desks.returnDesk()));
    }

    /** What the citizen was asked to bring and has not brought yet: the open supplement request's papers. */
    private String papersToBring(Dossier dossier) {
        if (dossier.status() == DossierStatus.WAITING_SUPPLEMENT) {
            List<Supplement> supplements = dossiers.supplements(dossier.code());
            return supplements.stream().filter(supplement -> supplement.receivedAt() == null)
                    .map(Supplement::missingPapers).reduce((first, last) -> last).orElse(null);
        }
        if (dossier.outcome() == DossierOutcome.NOT_RECEIVED_INCOMPLETE) {
            // asked at the desk: the dossier is submitted again, complete, with these
            return dossier.missingPapers();
        }
        return null;
    }
}
