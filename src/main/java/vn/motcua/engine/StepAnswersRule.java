package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A step's answers are its own (README: 'Security', 'What a caller cannot change'): completing a task, submitting
 * its form or ending it with an error or escalation writes the variables of {@link DossierVariables#STEP_ANSWERS}
 * (a decision and its reason, an opinion, the outcome of the intake or of the appraisal with the missing papers or
 * the refusal's reason, an apology's reason and date) only when the task's own form asks for them. Otherwise the
 * desk's handover could be recorded as the leader's send-back with a reason the leader never gave, the head could
 * turn the appraiser's approval into a supplement request taken after the leader's signature, and the desk could
 * close a signed result as refused: 400 naming the variables, and nothing changes. Calls without a user (the
 * application's own) pass.
 */
class StepAnswersRule extends CommandInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            check(command);
        }
        return next.execute(command);
    }

    private static void check(Command<?> command) {
        CommandContext context = Context.getCommandContext();
        if (context == null || context.getAuthentication() == null) {
            return;
        }
        Object variables = field(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
        String taskId = (String) field(command, "taskId");
        if (!(variables instanceof Map<?, ?> sent) || taskId == null) {
            return;
        }
        Set<String> answers = new TreeSet<>();
        sent.keySet().stream().map(String::valueOf).filter(DossierVariables.STEP_ANSWERS::contains).forEach(answers::add);
        if (answers.isEmpty()) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            // the command itself says the task is not there
            return;
        }
        answers.removeAll(asked(context, taskId));
        if (!answers.isEmpty()) {
            throw new BadUserRequestException("Bước \"" + task.getName() + "\" không ghi " + String.join(", ", answers)
                    + ": quyết định, ý kiến và kết quả của một bước chỉ do chính bước đó ghi, qua biểu mẫu của bước"
                    + " (not asked by this task's form: " + String.join(", ", answers) + ")");
        }
    }

    /** The variables the task's form asks for: the keys of its Camunda Form, or its generated form's fields. */
    private static Set<String> asked(CommandContext context, String taskId) {
        return context.runWithoutAuthorization(() -> {
            Set<String> keys = new TreeSet<>();
            TaskFormData form = new GetTaskFormCmd(taskId).execute(context);
            if (form.getFormFields() != null) {
                form.getFormFields().stream().map(FormField::getId).forEach(keys::add);
            }
            if (form.getCamundaFormRef() != null) {
                try (InputStream in = new GetDeployedTaskFormCmd(taskId).execute(context)) {
                    collectKeys(JSON.readTree(in), keys);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return keys;
        });
    }

    /** Every component's key, in groups and lists too. */
    private static void collectKeys(JsonNode node, Collection<String> keys) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collectKeys(element, keys));
            return;
        }
        if (node.isObject()) {
            JsonNode key = node.get("key");
            if (key != null && key.isTextual()) {
                keys.add(key.asText());
            }
            collectKeys(node.get("components"), keys);
        }
    }

    static Object field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + type.getName(), e);
            }
        }
        return null;
    }
}
