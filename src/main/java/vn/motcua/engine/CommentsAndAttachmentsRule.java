package vn.motcua.engine;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Camunda 7.24 checks no permission when a comment or an attachment is added to a task or process
 * instance, or an attachment deleted: whoever may read a task (the read-only manager reads them all) could
 * write on it. Here they need what editing or deleting a comment already needs: to work the task
 * (TASK_WORK), or to update the process instance. Calls without a user or with checks off pass.
 */
class CommentsAndAttachmentsRule extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd
                || command instanceof DeleteAttachmentCmd) {
            check(command);
        }
        return next.execute(command);
    }

    private static void check(Command<?> command) {
        CommandContext context = Context.getCommandContext();
        if (context == null || context.getAuthentication() == null || !context.isAuthorizationCheckEnabled()) {
            return;
        }
        String taskId = field(command, "taskId");
        String processInstanceId = field(command, "processInstanceId");
        if (command instanceof DeleteAttachmentCmd) {
            String attachmentId = field(command, "attachmentId");
            AttachmentEntity attachment = attachmentId == null ? null
                    : context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
            if (attachment != null) {
                taskId = attachment.getTaskId();
                processInstanceId = attachment.getProcessInstanceId();
            }
        }
        if (taskId != null) {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task != null) {
                for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                    checker.checkTaskWork(task);
                }
            }
        } else if (processInstanceId != null) {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkUpdateProcessInstanceById(processInstanceId);
            }
        }
    }

    private static String field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (String) field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + type.getName(), e);
            }
        }
        return null;
    }
}
