package vn.motcua.deadlines;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of deadline enforcement ({@code app.deadlines}). The legal ones (the apology's warning, the supplement
 * limit, abandonment) are dated rules under {@code app.rules} ({@link vn.motcua.law.LegalRules}).
 *
 * @param warnBeforeWorkingDays      how long before a due moment the due-soon warning goes out; for a step
 *                                   shorter than twice that, half its allocation
 * @param deskHeadGroup              the head of the one-stop desk, told of late agencies
 */
@ConfigurationProperties("app.deadlines")
public record DeadlineSettings(
        @DefaultValue("1") BigDecimal warnBeforeWorkingDays,
        @DefaultValue("one-stop-desk-head") String deskHeadGroup) {
}
