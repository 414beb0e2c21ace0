package vn.motcua.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the JDBC round trips a side of the benchmark makes (each execute and each executeBatch is one) and the
 * statements it sends (each batched entry counts), by statement text: where the time of a dossier goes, in
 * statements, on either side. Counting is off until {@link #start()}, so the warm-up is left out.
 */
final class StatementCounter {

    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();
    private volatile boolean counting;

    void start() {
        roundTrips.reset();
        commits.reset();
        bySql.clear();
        counting = true;
    }

    void stop() {
        counting = false;
    }

    long roundTrips() {
        return roundTrips.sum();
    }

    /** Explicit commits (Connection.commit), one per transaction that wrote or read outside auto-commit. */
    long commits() {
        return commits.sum();
    }

    long statements() {
        return bySql.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Statements by text, the most frequent first, each with its count per dossier. */
    String report(int dossiers) {
        return bySql.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .map(e -> String.format(java.util.Locale.ROOT, "%7.2f  %s", e.getValue().sum() / (double) dossiers, e.getKey()))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private void executed(String sql, boolean roundTrip) {
        if (!counting) {
            return;
        }
        if (roundTrip) {
            roundTrips.increment();
        }
        if (sql != null) {
            bySql.computeIfAbsent(shortened(sql), s -> new LongAdder()).increment();
        }
    }

    private static String shortened(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() > 140 ? flat.substring(0, 140) : flat;
    }

    DataSource wrap(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                return connection(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return connection(super.getConnection(username, password));
            }
        };
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            String name = method.getName();
            if (name.equals("commit") && counting) {
                commits.increment();
            }
            if (result instanceof CallableStatement callable) {
                return statement(CallableStatement.class, callable, (String) args[0]);
            }
            if (result instanceof PreparedStatement prepared && name.equals("prepareStatement")) {
                return statement(PreparedStatement.class, prepared, (String) args[0]);
            }
            if (result instanceof Statement statement && name.equals("createStatement")) {
                return statement(Statement.class, statement, null);
            }
            return result;
        });
    }

    private <T extends Statement> T statement(Class<T> type, T target, String sql) {
        return proxy(type, target, (method, args, result) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                executed(args != null && args.length == 1 ? (String) args[0] : sql, false);
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                executed(null, true);
            } else if (name.startsWith("execute")) {
                executed(args != null && args.length > 0 && args[0] instanceof String text ? text : sql, true);
            }
            return result;
        });
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
