package vn.motcua.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A BPMN error or escalation thrown from a task through the API ({@code POST /engine-rest/task/{id}/bpmnError},
 * {@code .../bpmnEscalation}; whoever works the task may) goes where the model catches it, and nowhere else. Camunda
 * 7.24 ends the task's execution when no event catches an error: the specialist's appraisal would end its
 * sub-process and the dossier go to the desk's return with no review and no signature (README: 'A dossier, end to
 * end'). The engine is set to refuse such an error instead ({@code enableExceptionsAfterUnhandledBpmnError}), as it
 * refuses an escalation nothing catches; here either refusal is the caller's 400, not a server failure, and the
 * command's transaction is rolled back: nothing changes.
 */
class UncaughtTaskEventsRule extends CommandInterceptor {

    /** Camunda's codes for "no event catches it" (BpmnBehaviorLogger): an error, an escalation. */
    private static final String NO_ERROR_HANDLER = "ENGINE-02042";
    private static final String NO_ESCALATION_HANDLER = "ENGINE-02043";

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd)) {
            return next.execute(command);
        }
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            String uncaught = uncaught(e);
            if (uncaught != null) {
                throw new BadUserRequestException("Bước này không kết thúc bằng lỗi hay sự kiện leo thang đó: không có "
                        + "sự kiện nào của quy trình bắt nó, hồ sơ vẫn ở bước hiện tại (" + uncaught + ")", e);
            }
            throw e;
        }
    }

    /** The engine's "nothing catches it" message, here or as the cause of an error's failed propagation; else null. */
    private static String uncaught(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (cause.getClass() == ProcessEngineException.class && message != null
                    && (message.startsWith(NO_ERROR_HANDLER) || message.startsWith(NO_ESCALATION_HANDLER))) {
                return message.strip();
            }
        }
        return null;
    }
}
