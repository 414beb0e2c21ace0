package vn.motcua.iso;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the QMS processes ({@code app.qms}).
 *
 * @param effectivenessCheckWorkingDays how long after a corrective action is implemented its
 *                                      effectiveness is checked (ISO 9001:2015, 10.2.1 d)
 * @param fallbackUnit                  the group that handles a nonconformity no unit can be found for
 */
@ConfigurationProperties("app.qms")
public record QmsSettings(
        @DefaultValue("20") BigDecimal effectivenessCheckWorkingDays,
        @DefaultValue("iso-secretary") String fallbackUnit) {
}
