package vn.motcua.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.desk.DossierCard;
import vn.motcua.desk.DossierCards;
import vn.motcua.desk.DossierFinder;
import vn.motcua.desk.TaskCards;
import vn.motcua.security.EngineUser;

/**
 * What Tasklist's scripts read for the officer's desk (README: 'Tasklist: the dossier card and the
 * search'): the dossier card of a task, the dossier of each task in the list, the search for a dossier.
 * Each answers only what the caller may see; a task whose card they may not see is unknown to them (404).
 */
@RestController
class DeskController {

    /** Camunda's ids (UUIDs, or the database id generator's numbers). */
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int MIN_QUERY = 2;
    private static final int MAX_QUERY = 100;

    private final DossierCards cards;
    private final TaskCards taskCards;
    private final DossierFinder finder;

    DeskController(DossierCards cards, TaskCards taskCards, DossierFinder finder) {
        this.cards = cards;
        this.taskCards = taskCards;
        this.finder = finder;
    }

    @GetMapping("/api/tasks/{taskId}/card")
    DossierCard card(@PathVariable String taskId, @AuthenticationPrincipal EngineUser user) {
        if (!TASK_ID.matcher(taskId).matches()) {
            throw notFound();
        }
        return cards.ofTask(taskId, user.id(), user.groupIds()).orElseThrow(DeskController::notFound);
    }

    @GetMapping("/api/tasks/cards")
    List<TaskCards.TaskCard> taskCards(@RequestParam(required = false) String ids,
                                       @AuthenticationPrincipal EngineUser user) {
        List<String> taskIds = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
        if (taskIds.isEmpty()) {
            throw new InvalidRequestException("ids", "Cần ít nhất một mã công việc, phân cách bằng dấu phẩy");
        }
        if (taskIds.size() > TaskCards.MAX_TASKS) {
            throw new InvalidRequestException("ids", "Tối đa " + TaskCards.MAX_TASKS + " công việc mỗi lần");
        }
        if (taskIds.stream().anyMatch(id -> !TASK_ID.matcher(id).matches())) {
            throw new InvalidRequestException("ids", "Mã công việc không hợp lệ");
        }
        return taskCards.of(taskIds, user.id(), user.groupIds());
    }

    /**
     * {@code q}: a part of the dossier code or of the applicant's name; or {@code processInstanceId}: the
     * dossier a Tasklist start form has just registered (the form's last screen shows its code and receipt).
     */
    @GetMapping("/api/dossiers")
    List<DossierFinder.Hit> find(@RequestParam(required = false) String q,
                                 @RequestParam(required = false) String processInstanceId,
                                 @AuthenticationPrincipal EngineUser user) {
        if (processInstanceId != null) {
            if (!TASK_ID.matcher(processInstanceId).matches()) {
                throw new InvalidRequestException("processInstanceId", "Mã phiên xử lý hồ sơ (process instance) không hợp lệ");
            }
            return finder.ofProcessInstance(processInstanceId, user.id(), user.groupIds()).stream().toList();
        }
        String text = q == null ? "" : q.strip();
        if (text.length() < MIN_QUERY || text.length() > MAX_QUERY || text.contains("\n")) {
            throw new InvalidRequestException("q", "Nhập từ " + MIN_QUERY + " đến " + MAX_QUERY
                    + " ký tự của mã hồ sơ hoặc tên người nộp");
        }
        return finder.find(text, user.id(), user.groupIds());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Không có hồ sơ nào gắn với công việc này mà bạn được xem");
    }
}
