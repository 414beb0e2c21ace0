package vn.motcua.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Commits that hand someone a number at once (a dossier's receipt and code, a nonconformity's or a management
 * review's code) reach the database file before the acknowledgement goes out (README: 'Durability').
 * <p>
 * PostgreSQL does that at every commit ({@code synchronous_commit = on}), so there this does nothing. The embedded
 * H2 database keeps its default write delay: it writes what was committed to its file in the background, at most
 * half a second later, many transactions in one write. A transaction that asks for it here is followed, once it has
 * committed, by H2's {@code CHECKPOINT}, which writes everything committed so far before the caller goes on;
 * concurrent checkpoints wait on one another, so a burst of intakes shares the writes. Every commit written at once
 * ({@code WRITE_DELAY=0}) made each commit write its own copy of every tree and index page it changed, about 300 KB,
 * and was most of the cost of a step on H2.
 */
@Component
public class DurableCommits {

    private static final Logger LOG = LoggerFactory.getLogger(DurableCommits.class);

    private final DataSource dataSource;
    private final boolean h2;

    DurableCommits(DataSource dataSource) {
        this.dataSource = dataSource;
        this.h2 = isH2(dataSource);
    }

    /**
     * The transaction running on this thread is written to the database's file when it commits, before its caller
     * is answered; without a transaction, what is committed so far is written now.
     */
    public void onCommit() {
        if (!h2) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            checkpoint();
            return;
        }
        // once per transaction: the synchronizations listed are this transaction's own (a suspended one's are not)
        if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(Checkpoint.class::isInstance)) {
            TransactionSynchronizationManager.registerSynchronization(new Checkpoint());
        }
    }

    private final class Checkpoint implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            try {
                checkpoint();
            } catch (DataAccessException e) {
                // committed, and in the file within H2's write delay: failing the caller now would make a desk
                // submit again a dossier that is stored; an after-commit failure would also stop the others
                LOG.error("H2 did not write a commit to its file at once: it will within its write delay", e);
            }
        }
    }

    /**
     * On the transaction's own connection while it is still bound (after the commit, before it goes back to the pool),
     * so that a burst of intakes never waits on the pool for a second one.
     */
    private void checkpoint() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the database did not write the commit to its file", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            LOG.warn("Cannot tell the database's product; commits are taken as durable: {}", e.getMessage());
            return false;
        }
    }
}
