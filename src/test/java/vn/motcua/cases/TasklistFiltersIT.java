package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Tasklist filters everybody starts with show the right tasks to the right unit. */
class TasklistFiltersIT extends DeskIT {

    @Autowired
    FilterService filterService;
    @Autowired
    UserAgencies agencies;

    private List<Task> shown(String filterName, String user, List<String> groups) {
        Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
        // as sign-in does: the user's agencies are the engine's tenants they see
        identityService.setAuthentication(user, groups, List.copyOf(agencies.ofGroups(groups)));
        try {
            // a page, as Tasklist asks: a signed-in user's unpaged query is refused (queryMaxResultsLimit)
            return filterService.listPage(filter.getId(), 0, 100);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void overdueAndDueSoonFiltersFollowTheWorkingDayCalendar() throws Exception {
        // an appraisal started Thu 5/3/2026 09:00 with 5 working days: due Thu 12/3 09:00
        String code = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"), "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        List<String> unit = List.of("specialist", "sct-quan-ly-thuong-mai");

        // Wednesday 11/3 10:00: due within one working day, not overdue
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 11, 10, 0).toInstant()));
        String appraisal = desk.openTask(code).getProcessInstanceId();
        assertThat(shown("Đến hạn trong 1 ngày làm việc", "minhtv", unit)).extracting(Task::getProcessInstanceId)
                .contains(appraisal);
        assertThat(shown("Quá hạn", "minhtv", unit)).extracting(Task::getProcessInstanceId).doesNotContain(appraisal);

        // Thursday 12/3 10:00: overdue, for that unit only
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 12, 10, 0).toInstant()));
        String instance = desk.openTask(code).getProcessInstanceId();
        assertThat(shown("Quá hạn", "minhtv", unit)).extracting(Task::getProcessInstanceId).contains(instance);
        assertThat(shown("Quá hạn", "huypq", List.of("specialist", "sct-ky-thuat-an-toan")))
                .extracting(Task::getProcessInstanceId).doesNotContain(instance);
        assertThat(shown("Việc của nhóm tôi", "minhtv", unit)).extracting(Task::getProcessInstanceId).contains(instance);
    }
}
