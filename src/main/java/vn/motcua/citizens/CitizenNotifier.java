package vn.motcua.citizens;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.cases.Applicant;
import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.LookupTokens;
import vn.motcua.cases.Procedure;
import vn.motcua.cases.ProcedureCatalog;

/**
 * Queues a notice to the applicant of a dossier on every configured channel on which they gave an
 * address, in the caller's transaction, and has it sent once that transaction commits. The applicant's
 * address comes from the dossier record, never from the caller nor the engine.
 */
@Service
public class CitizenNotifier {

    /**
     * A moment of a dossier's life to tell its applicant of.
     *
     * @param round      which occurrence of the notice this is (the n-th supplement request, the receipt
     *                   after the n-th supplement): the same moment told twice has the same round
     * @param at         when it happened
     * @param promisedAt the promised return moment in force afterwards
     * @param earlierAt  for an apology, the promised moment it replaces
     * @param detail     staff's words to quote: missing papers, the apology's reason, the ground for stopping
     */
    public record Moment(String dossierCode, CitizenNotice notice, int round, OffsetDateTime at,
                         OffsetDateTime promisedAt, OffsetDateTime earlierAt, String detail) {

        /** {@code <dossierCode>:<notice>:<round>}: what makes the moment told once. */
        String key() {
            return dossierCode + ":" + notice.name() + ":" + round;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(CitizenNotifier.class);

    /** Outbox timing is the real time, not the engine's (which the demo moves): see {@link CitizenDelivery}. */
    private final Clock clock = Clock.systemUTC();
    private final List<CitizenChannel> channels;
    private final CitizenOutbox outbox;
    private final CitizenDelivery delivery;
    private final DossierService dossiers;
    private final ProcedureCatalog catalog;
    private final LookupTokens lookupTokens;

    private final vn.motcua.cases.AgencyNames agencyNames;

    CitizenNotifier(List<CitizenChannel> channels, CitizenOutbox outbox, CitizenDelivery delivery, DossierService dossiers,
                    ProcedureCatalog catalog, LookupTokens lookupTokens, vn.motcua.cases.AgencyNames agencyNames) {
        this.agencyNames = agencyNames;
        this.channels = channels;
        this.outbox = outbox;
        this.delivery = delivery;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.lookupTokens = lookupTokens;
    }

    /**
     * Queues the moment's message on each channel (once: a moment already queued is not queued again)
     * and sends it after the current transaction commits; nothing when the applicant gave no address.
     * Returns the ids of the messages queued now.
     */
    public List<Long> tell(Moment moment) {
        if (channels.stream().noneMatch(CitizenChannel::configured)) {
            return List.of();
        }
        Optional<Dossier> found = dossiers.find(moment.dossierCode());
        if (found.isEmpty() || found.get().applicant() == null) {
            LOG.warn("No applicant to tell of {} of dossier {}", moment.notice(), moment.dossierCode());
            return List.of();
        }
        Dossier dossier = found.get();
        Applicant applicant = dossier.applicant();
        CitizenTexts.Facts facts = new CitizenTexts.Facts(moment.notice(), dossier.code(), dossier.procedureName(),
                agencyName(dossier), moment.at(), moment.promisedAt(), moment.earlierAt(), moment.detail(),
                lookupTokens.link(dossier.code(), null));
        String subject = withoutIdNumber(CitizenTexts.subject(facts), applicant);
        String text = withoutIdNumber(CitizenTexts.text(facts), applicant);
        List<Long> queued = new ArrayList<>();
        for (CitizenChannel channel : channels) {
            if (!channel.configured()) {
                continue;
            }
            channel.addressOf(applicant).ifPresent(address -> outbox.queue(new CitizenMessage(moment.key(), channel.name(),
                    address, dossier.code(), moment.notice(), subject, text), clock.instant()).ifPresent(queued::add));
        }
        if (!queued.isEmpty()) {
            afterCommit(queued);
        }
        return queued;
    }

    /** Sends right after the commit (on the delivery thread, not the caller's); a rollback sends nothing. */
    private void afterCommit(List<Long> ids) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            delivery.soon(ids);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.soon(ids);
            }
        });
    }

    private String agencyName(Dossier dossier) {
        return agencyNames.of(dossier);
    }

    /**
     * Personal-data minimisation: the ID number never leaves in a notice, even when staff typed it into
     * the missing papers or a reason.
     */
    private static String withoutIdNumber(String text, Applicant applicant) {
        String id = applicant.idNumber();
        return id == null || id.isBlank() ? text : text.replace(id.trim(), "(đã ẩn)");
    }
}
