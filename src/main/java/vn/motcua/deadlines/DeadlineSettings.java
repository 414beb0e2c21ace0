package vn.motcua.deadlines;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of deadline enforcement ({@code app.deadlines}).
 *
 * @param warnBeforeWorkingDays      how long before a due moment the due-soon warning goes out; for a step
 *                                   shorter than twice that, half its allocation
 * @param supplementLimitWorkingDays a supplement request after appraisal must leave within this many
 *                                   working days of receipt (Decree 61/2018 Art. 19)
 * @param abandonAfterWorkingDays    a dossier whose citizen never brings the supplement closes as abandoned
 * @param deskHeadGroup              the head of the one-stop desk, told of late agencies
 */
@ConfigurationProperties("app.deadlines")
public record DeadlineSettings(
        @DefaultValue("1") BigDecimal warnBeforeWorkingDays,
        @DefaultValue("3") int supplementLimitWorkingDays,
        @DefaultValue("30") BigDecimal abandonAfterWorkingDays,
        @DefaultValue("one-stop-desk-head") String deskHeadGroup) {
}
