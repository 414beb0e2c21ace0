package vn.motcua.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task is claimed, assigned, delegated, owned or offered (candidate user) only to a member of one of
 * its candidate groups (or a candidate user already on it), and only by such a member, the task's
 * assignee or owner, or an administrator; otherwise a department could hand its task to a user of
 * another agency, who could then complete it. A caller who may not is answered 403, a user who may not
 * be given the task 400, both naming them; nothing changes.
 * <p>
 * The engine calls its authorization provider on every such change, whichever API made it (claim,
 * assignee, delegate, PUT task, identity links), which is why the rule sits here rather than in a task
 * listener (which sees neither owners nor candidate users). Trusted and not checked: assignments the
 * model makes while the task is created ({@code camunda:assignee="${auditor}"}), work without a user
 * (job executor, start-up) and the application's own calls with authorization checks off (Privileged).
 */
class TaskAssignmentRule extends DefaultAuthorizationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(TaskAssignmentRule.class);
    /** TaskEntity.TaskState.STATE_INIT: the task is being created from its definition. */
    private static final String CREATING = "Init";

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        if (newAssignee != null && !newAssignee.equals(oldAssignee)) {
            check(task, newAssignee, "giao", false, oldAssignee, task.getOwner());
        }
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        if (newOwner != null && !newOwner.equals(oldOwner)) {
            // delegating makes the assignee the owner: the assignee is entitled
            check(task, newOwner, "đặt chủ sở hữu", false, task.getAssignee(), oldOwner);
        }
        return super.newTaskOwner(task, oldOwner, newOwner);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        // the link being added is already among the task's links: it does not entitle itself
        check(task, userId, "thêm người xử lý", true, task.getAssignee(), task.getOwner());
        return super.newTaskUserIdentityLink(task, userId, type);
    }

    /**
     * A task being created has no authorization stored yet (its id is new): the grants for its candidates are made
     * without Camunda's look-up of an existing one (one query per grant, two per candidate group: the task and its
     * history). Grants made earlier in the same command are still merged (createAuthorization reads the command's
     * cache), as Camunda does.
     */
    @Override
    protected AuthorizationEntity createOrUpdateAuthorization(Task task, String userId, String groupId, Resource resource,
                                                              boolean isHistoric, Permission... permissions) {
        if (!(task instanceof TaskEntity entity && CREATING.equals(entity.getTaskState()))) {
            return super.createOrUpdateAuthorization(task, userId, groupId, resource, isHistoric, permissions);
        }
        AuthorizationEntity authorization = createAuthorization(userId, groupId, resource, task.getId(), permissions);
        if (isHistoric) {
            provideRemovalTime(authorization, task);
        }
        return authorization;
    }

    private void check(Task task, String target, String action, boolean adding, String... alsoEntitled) {
        CommandContext context = Context.getCommandContext();
        Authentication caller = context == null ? null : context.getAuthentication();
        if (caller == null || caller.getUserId() == null || !context.isAuthorizationCheckEnabled()
                || (task instanceof TaskEntity entity && CREATING.equals(entity.getTaskState()))) {
            return;
        }
        List<IdentityLinkEntity> links = task instanceof TaskEntity entity ? entity.getIdentityLinks() : List.of();
        Set<String> groups = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLinkEntity::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> candidateUsers = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLinkEntity::getUserId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (adding) {
            candidateUsers.remove(target);
        }
        String who = caller.getUserId();
        List<String> assigneeOrOwner = Arrays.asList(alsoEntitled);
        boolean callerEntitled = candidateUsers.contains(who) || assigneeOrOwner.contains(who)
                || caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(groups::contains)
                || caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)
                || context.getAuthorizationManager().isCamundaAdmin(caller);
        if (!callerEntitled) {
            LOG.warn("Refused: {} may not {} task {} ({}) to {}: not in its candidate groups {}", who, action,
                    task.getId(), task.getTaskDefinitionKey(), target, groups);
            throw new AuthorizationException("Không được " + action + " công việc '" + task.getName()
                    + "': người dùng '" + who + "' không thuộc nhóm xử lý công việc này " + groups + ".");
        }
        boolean targetEntitled = candidateUsers.contains(target) || assigneeOrOwner.contains(target)
                || !groups.isEmpty() && context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
                .getIdentityService().createGroupQuery().groupMember(target).groupIdIn(groups.toArray(String[]::new))
                .count()) > 0;
        if (!targetEntitled) {
            LOG.warn("Refused: {} may not {} task {} ({}) to {}: not in its candidate groups {}", who, action,
                    task.getId(), task.getTaskDefinitionKey(), target, groups);
            throw new BadUserRequestException("Không được " + action + " công việc '" + task.getName()
                    + "' cho người dùng '" + target + "': người này không thuộc nhóm xử lý công việc " + groups + ".");
        }
    }
}
