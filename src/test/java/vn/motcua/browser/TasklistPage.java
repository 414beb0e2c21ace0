package vn.motcua.browser;

import java.time.Instant;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Tasklist as one user sees it: the header's actions, the filters, the list of tasks. */
final class TasklistPage {

    static final String GROUP_TASKS = "Việc của nhóm tôi";

    private static final By START = By.cssSelector(".start-process-action a");
    private static final By CREATE_TASK = By.cssSelector(".create-task-action a");
    private static final By TASKS = By.cssSelector("li.task h4.task a");

    private final Browser browser;

    private TasklistPage(Browser browser) {
        this.browser = browser;
    }

    static TasklistPage signIn(Browser browser, String user, String fullName) {
        LoginPage.tasklist(browser).signInWithEnter(user, fullName);
        return new TasklistPage(browser);
    }

    /** "Tiếp nhận hồ sơ": picks the procedure and opens its start form. */
    StartForm startDossier(String procedureName) {
        browser.click(browser.visible(START));
        browser.click(browser.withText(".modal .processes a", procedureName));
        return new StartForm(browser);
    }

    boolean offersToStart() {
        return browser.maybe(START).isPresent();
    }

    boolean offersToCreateATask() {
        return browser.maybe(CREATE_TASK).isPresent();
    }

    /**
     * Opens the task of that name for that dossier from a filter, as a user looks for it: the list holds the
     * task name and procedure only (the dossier code is on the form), so each task of that name is opened
     * until the form shows the dossier. The list is read again (clicking the filter) until the task is there.
     */
    TaskForm openTask(String filter, String taskName, String dossierCode) {
        Instant giveUp = Instant.now().plus(Browser.WAIT);
        while (Instant.now().isBefore(giveUp)) {
            browser.click(browser.withText(".task-filter h4.name a", filter));
            List<WebElement> named = browser.until("the tasks under '" + filter + "'", d -> {
                List<WebElement> tasks = browser.allVisible(TASKS);
                return tasks.isEmpty() && browser.pageText().contains("Không có công việc nào") ? List.<WebElement>of()
                        : tasks.isEmpty() ? null : tasks;
            });
            for (int i = 0; i < named.size(); i++) {
                WebElement task = browser.allVisible(TASKS).get(i);
                if (!task.getText().trim().equals(taskName)) {
                    continue;
                }
                browser.click(task);
                TaskForm form = new TaskForm(browser, taskName);
                if (dossierCode.equals(form.dossierCode())) {
                    return form;
                }
            }
            sleep();
        }
        throw new AssertionError("no task '" + taskName + "' of dossier " + dossierCode + " under '" + filter + "'");
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
