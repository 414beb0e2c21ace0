package vn.motcua.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Runs engine calls without the engine's authorization and tenant checks, for the few places where the
 * application itself has already decided who may do what (and says so where it calls this).
 */
public final class Privileged {

    private Privileged() {
    }

    public static <T> T call(ProcessEngine engine, Supplier<T> work) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            // nor the tenant check: the agencies a user belongs to are one more thing the caller has decided on
            boolean tenantCheck = commandContext.isTenantCheckEnabled();
            commandContext.disableTenantCheck();
            try {
                return commandContext.runWithoutAuthorization(work::get);
            } finally {
                commandContext.setTenantCheckEnabled(tenantCheck);
            }
        });
    }

    public static void run(ProcessEngine engine, Runnable work) {
        call(engine, () -> {
            work.run();
            return null;
        });
    }
}
