package vn.motcua.engine;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters everybody starts with: the tasks offered to my groups (department or role),
 * the tasks I have claimed, my groups' overdue tasks and those due within one working day. Created
 * once, visible to every user; administrators may change them.
 */
@Component
class TasklistFilters {

    private static final List<Map<String, String>> DOSSIER_COLUMNS = List.of(
            Map.of("name", "dossierCode", "label", "Mã hồ sơ"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @PostConstruct
    void create() {
        ensure("Việc của nhóm tôi", "Công việc giao cho phòng, bộ phận và vai trò của tôi", -10, "#2b7bb9",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        ensure("Việc của tôi", "Công việc tôi đã nhận", -5, "#3c763d",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensure("Quá hạn", "Công việc của nhóm tôi đã quá hạn xử lý", -20, "#a94442",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc());
        ensure("Đến hạn trong 1 ngày làm việc", "Công việc của nhóm tôi đến hạn trong một ngày làm việc", -15,
                "#8a6d3b", taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dossierDeadlines.oneWorkingDayFromNow()}").orderByDueDate().asc());
    }

    private void ensure(String name, String description, int priority, String color, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "color", color,
                        "refresh", true, "variables", DOSSIER_COLUMNS));
        filterService.saveFilter(filter);
        Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setUserId(Authorization.ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(everyone);
    }
}
