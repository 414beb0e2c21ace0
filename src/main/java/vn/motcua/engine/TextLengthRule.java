package vn.motcua.engine;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * A text a user writes into a task fits where the engine keeps it (README: 'Security', 'Bad input'): the engine
 * stores a string variable in a column of {@value #MAX_CHARACTERS} characters on every database it supports, and
 * a longer one (an opinion pasted whole into Tasklist) failed only when the transaction was flushed, as a 500 with
 * an English message about the persistence layer. Completing a task, submitting its form or setting variables
 * with such a text is a 400 naming the variables and the limit, and nothing changes. Calls without a user (the
 * application's own) pass.
 */
class TextLengthRule extends CommandInterceptor {

    /** The engine's text column (ACT_RU_VARIABLE.TEXT_, varchar(4000)). */
    static final int MAX_CHARACTERS = 4000;

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof AbstractSetVariableCmd) {
            check(command);
        }
        return next.execute(command);
    }

    private static void check(Command<?> command) {
        CommandContext context = Context.getCommandContext();
        if (context == null || context.getAuthentication() == null) {
            return;
        }
        Object variables = StepAnswersRule.field(command,
                command instanceof SubmitTaskFormCmd ? "properties" : "variables");
        if (!(variables instanceof Map<?, ?> sent)) {
            return;
        }
        Set<String> tooLong = new TreeSet<>();
        sent.forEach((name, value) -> {
            Object text = value instanceof StringValue typed ? typed.getValue() : value;
            if (text instanceof String string && string.length() > MAX_CHARACTERS) {
                tooLong.add(String.valueOf(name));
            }
        });
        if (!tooLong.isEmpty()) {
            throw new BadUserRequestException("Nội dung quá dài: " + String.join(", ", tooLong) + " chỉ được tối đa "
                    + MAX_CHARACTERS + " ký tự (text longer than " + MAX_CHARACTERS + " characters: "
                    + String.join(", ", tooLong) + ")");
        }
    }
}
