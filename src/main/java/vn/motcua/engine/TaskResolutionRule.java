package vn.motcua.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;

/**
 * Resolving a task ({@code POST /engine-rest/task/{id}/resolve}) is the delegate's answer to a delegation: only the
 * assignee of a task delegated to them, or an administrator. Camunda 7.24 lets whoever may work the task resolve it,
 * delegated or not, which gives it back to its owner (nobody, when it was never delegated): any member of a
 * department could so take a claimed step from the colleague who claimed it, which unclaiming does not let them
 * do (README: 'Security', 'Who may do what'). A task not delegated is a 400, another user's delegation a 403.
 */
class TaskResolutionRule extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof ResolveTaskCmd) {
            check(command);
        }
        return next.execute(command);
    }

    private static void check(Command<?> command) {
        CommandContext context = Context.getCommandContext();
        Authentication caller = context == null ? null : context.getAuthentication();
        if (caller == null || caller.getUserId() == null || !context.isAuthorizationCheckEnabled()
                || caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
            return;
        }
        String taskId = (String) StepAnswersRule.field(command, "taskId");
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            // the command itself says the task is not there
            return;
        }
        if (task.getDelegationState() != DelegationState.PENDING) {
            throw new BadUserRequestException("Công việc '" + task.getName() + "' không được uỷ quyền cho ai: "
                    + "không có gì để trả lại người giao (resolve only answers a delegation)");
        }
        if (!caller.getUserId().equals(task.getAssignee())) {
            throw new AuthorizationException("Chỉ người được uỷ quyền công việc '" + task.getName()
                    + "' trả lại kết quả cho người giao (only the delegate resolves a delegated task)");
        }
    }
}
