package vn.motcua.iso;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which agencies' QMS records a query returns (README: 'Agencies and who sees them'): those of the agencies given, or
 * of every agency when none are given (null), and always the installation's shared records (no agency), as the engine
 * shows an instance without tenant to everybody. The agencies are bound as {@code :agencies}.
 */
public final class AgencyRecords {

    private AgencyRecords() {
    }

    /** The condition on {@code column}: true for every row when {@code agencies} is null. */
    public static String condition(String column, Collection<String> agencies) {
        if (agencies == null) {
            return "1 = 1";
        }
        return agencies.isEmpty() ? column + " is null" : "(" + column + " is null or " + column + " in (:agencies))";
    }

    /** Binds the agencies {@link #condition} names, when it names any. */
    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Collection<String> agencies) {
        return agencies == null || agencies.isEmpty() ? statement : statement.param("agencies", agencies);
    }

    /** Whether a record of {@code agency} (null: shared) is one of those given (null: every agency's). */
    public static boolean visible(String agency, Collection<String> agencies) {
        return agencies == null || agency == null || agencies.contains(agency);
    }
}
