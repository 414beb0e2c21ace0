package vn.motcua.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs engine calls without the engine's authorization checks, for the few places where the
 * application itself has already decided who may do what (and says so where it calls this).
 */
public final class Privileged {

    private Privileged() {
    }

    public static <T> T call(ProcessEngine engine, Supplier<T> work) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired()
                .execute(commandContext -> commandContext.runWithoutAuthorization(work::get));
    }

    public static void run(ProcessEngine engine, Runnable work) {
        call(engine, () -> {
            work.run();
            return null;
        });
    }
}
