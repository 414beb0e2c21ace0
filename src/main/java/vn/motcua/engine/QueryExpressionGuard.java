package vn.motcua.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * Expressions in task queries run with the engine's power (published 2026 advisory on Camunda 7.24: stored
 * filters and {@code orQueries} evaluate JUEL). The engine refuses expressions in ad-hoc queries
 * ({@code enableExpressionsInAdhocQueries} false) but validates only the first branch of a query, not its
 * {@code or} branches nor the query a filter run is extended with. This guard, in front of every command:
 * <ul>
 * <li>refuses any expression in an ad-hoc query, in any of its branches;</li>
 * <li>refuses any expression in the query a filter is run with ({@code POST /filter/{id}/list} body);</li>
 * <li>lets a filter be saved only with the expressions Motcua's default Tasklist filters use, which read the
 * current user, groups and time and change nothing: stored filters need them and evaluate them
 * ({@code enableExpressionsInStoredQueries} stays true), for administrators too.</li>
 * </ul>
 */
final class QueryExpressionGuard extends CommandInterceptor {

    /** The stored-filter expressions: those of {@code TasklistFilters}, spaces ignored. */
    static final Set<String> STORED_FILTER_EXPRESSIONS = Set.of("${currentUser()}", "${currentUserGroups()}",
            "${now()}", "${dossierDeadlines.oneWorkingDayFromNow()}");

    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");
    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            refuseAny(query, "Biểu thức (expression) không được dùng trong truy vấn");
        } else if (command instanceof AbstractExecuteFilterCmd) {
            Object extending = read(EXTENDING_QUERY, command);
            if (extending instanceof AbstractQuery<?, ?> query) {
                refuseAny(query, "Biểu thức (expression) không được dùng trong truy vấn của bộ lọc");
            }
        } else if (command instanceof SaveFilterCmd && read(SAVED_FILTER, command) instanceof Filter filter) {
            Query<?, ?> query = filter.getQuery();
            if (query instanceof AbstractQuery<?, ?> stored) {
                for (String expression : expressions(stored)) {
                    if (!STORED_FILTER_EXPRESSIONS.contains(expression.replaceAll("\\s+", ""))) {
                        throw new BadUserRequestException("Bộ lọc chỉ được dùng các biểu thức "
                                + String.join(", ", new java.util.TreeSet<>(STORED_FILTER_EXPRESSIONS))
                                + ", không dùng được \"" + expression + "\"");
                    }
                }
            }
        }
        return next.execute(command);
    }

    private static void refuseAny(AbstractQuery<?, ?> query, String message) {
        List<String> expressions = expressions(query);
        if (!expressions.isEmpty()) {
            throw new BadUserRequestException(message + ": " + String.join(", ", expressions));
        }
    }

    /** The expressions of a query and, for a task query, of each of its or-branches (the first is itself). */
    static List<String> expressions(AbstractQuery<?, ?> query) {
        List<String> expressions = new ArrayList<>();
        List<? extends AbstractQuery<?, ?>> branches = query instanceof TaskQueryImpl task ? task.getQueries() : List.of(query);
        for (AbstractQuery<?, ?> branch : branches) {
            Map<String, String> branchExpressions = branch.getExpressions();
            if (branchExpressions != null) {
                expressions.addAll(branchExpressions.values());
            }
        }
        return expressions;
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda changed " + type.getName() + ": review QueryExpressionGuard", e);
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
