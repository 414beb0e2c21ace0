package vn.motcua.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossier codes (mã số hồ sơ, README: 'A dossier, end to end'): agency code, receipt date YYMMDD and the daily
 * sequence number per agency, e.g. {@code 000.00.12.H42-260216-0007}. The sequence is a database row
 * locked by the intake that takes the next number, so concurrent intakes and restarts never repeat one.
 * The row moves in the intake's own transaction, so it commits together with the dossier or not at
 * all; should it ever lag behind the dossiers (a database restored from separate copies, a row edited
 * by hand), the next number skips the codes already given instead of handing one out twice.
 * <p>
 * A code that cannot be stored because a row left over from an unclean shutdown still holds it (H2 can keep an
 * uncommitted row of a killed transaction whose undo record never reached the file, README: 'Durability') is
 * given up: {@link #giveUpTaken()} moves the sequence past it so that the intake, tried again, takes the next
 * one. That is the one gap a day's numbers can have.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final TransactionTemplate separateTransaction;
    /** The code {@link #next} gave on this thread since {@link #forgetTaken()}: what an intake that failed took. */
    private final ThreadLocal<Taken> taken = new ThreadLocal<>();

    DossierCodes(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next code of the agency for the day; must run inside the transaction that stores the dossier. */
    String next(String agencyCode, LocalDate day) {
        if (increment(agencyCode, day) == 0) {
            createDay(agencyCode, day);
            if (increment(agencyCode, day) == 0) {
                throw new IllegalStateException("no sequence row for " + agencyCode + " on " + day);
            }
        }
        int number = jdbc.sql("select last_value from motcua_dossier_sequence where agency_code = :agency and seq_day = :day")
                .param("agency", agencyCode).param("day", day)
                .query(Integer.class).single();
        // The row stays locked by the increment until this transaction ends: no other intake takes a
        // number meanwhile. A day's numbers have no gaps (a failed intake rolls its increment back, dossiers
        // are never deleted), so the first number not on a stored dossier is the day's highest plus one:
        // one indexed look-up when the sequence is right, a catch-up once when it lags.
        int counted = number;
        while (issued(format(agencyCode, day, number))) {
            number++;
        }
        if (number != counted) {
            jdbc.sql("update motcua_dossier_sequence set last_value = :number where agency_code = :agency and seq_day = :day")
                    .param("number", number).param("agency", agencyCode).param("day", day)
                    .update();
        }
        taken.set(new Taken(agencyCode, day, number));
        return format(agencyCode, day, number);
    }

    /** Starts an intake on this thread: no code taken yet. */
    void forgetTaken() {
        taken.remove();
    }

    /**
     * Gives up the code this thread's intake took and could not store, after its transaction rolled back: the
     * sequence moves past it in a transaction of its own, so the next intake does not take it again.
     *
     * @return the code given up, if this thread took one since {@link #forgetTaken()}
     */
    Optional<String> giveUpTaken() {
        Taken given = taken.get();
        taken.remove();
        if (given == null) {
            return Optional.empty();
        }
        separateTransaction.executeWithoutResult(status -> jdbc.sql("update motcua_dossier_sequence set last_value = :number "
                        + "where agency_code = :agency and seq_day = :day and last_value < :number")
                .param("number", given.number()).param("agency", given.agency()).param("day", given.day())
                .update());
        return Optional.of(format(given.agency(), given.day(), given.number()));
    }

    private record Taken(String agency, LocalDate day, int number) {
    }

    static String format(String agencyCode, LocalDate day, int number) {
        String sequence = Integer.toString(number);
        return agencyCode + "-" + DAY.format(day) + "-" + "0".repeat(Math.max(0, 4 - sequence.length())) + sequence;
    }

    /** A code on a stored dossier (the unique constraint on the code would refuse it a second time). */
    private boolean issued(String code) {
        return jdbc.sql("select count(*) from motcua_dossier where code = :code")
                .param("code", code)
                .query(Long.class).single() > 0;
    }

    private int increment(String agencyCode, LocalDate day) {
        return jdbc.sql("update motcua_dossier_sequence set last_value = last_value + 1 "
                        + "where agency_code = :agency and seq_day = :day")
                .param("agency", agencyCode).param("day", day)
                .update();
    }

    /** The day's first dossier creates the row in its own transaction: a lost race must not spoil the intake's. */
    private void createDay(String agencyCode, LocalDate day) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into motcua_dossier_sequence (agency_code, seq_day, last_value) values (:agency, :day, 0)")
                    .param("agency", agencyCode).param("day", day)
                    .update());
        } catch (DuplicateKeyException anotherIntakeWasFirst) {
            // the row exists now, which is all we need
        }
    }
}
