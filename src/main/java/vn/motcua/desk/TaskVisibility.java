package vn.motcua.desk;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * Which of the tasks the caller may see in Tasklist, asked of the engine as the caller (the request's
 * engine authentication, README: 'Security'): candidates and the assignee of a task read it, managers
 * read every task.
 */
final class TaskVisibility {

    private TaskVisibility() {
    }

    static Set<String> visible(ProcessEngine engine, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return engine.getTaskService().createTaskQuery().taskIdIn(taskIds.toArray(String[]::new))
                .listPage(0, taskIds.size()).stream().map(Task::getId).collect(Collectors.toSet());
    }
}
