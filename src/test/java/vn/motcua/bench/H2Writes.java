package vn.motcua.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;

/**
 * The writes H2 made to a database file (MVStore's own counters: each stored chunk is one write): what the commits of
 * a side cost the file, independent of the machine's load. Bench code only: it reads H2's internals.
 */
final class H2Writes {

    private final FileStore<?> store;
    private long writes;
    private long bytes;

    private H2Writes(FileStore<?> store) {
        this.store = store;
    }

    static H2Writes of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return new H2Writes(session.getDatabase().getStore().getMvStore().getFileStore());
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    void start() {
        writes = -store.getWriteCount();
        bytes = -bytes();
    }

    void stop() {
        writes += store.getWriteCount();
        bytes += bytes();
    }

    String perDossier(int dossiers) {
        return String.format(java.util.Locale.ROOT, "%.1f(%.0fKB)", writes / (double) dossiers, bytes / 1024.0 / dossiers);
    }

    private long bytes() {
        try {
            java.lang.reflect.Field field = FileStore.class.getDeclaredField("writeBytes");
            field.setAccessible(true);
            return ((AtomicLong) field.get(store)).get();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
