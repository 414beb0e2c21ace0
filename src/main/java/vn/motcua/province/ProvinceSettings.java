package vn.motcua.province;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the province's QMS oversight ({@code app.province}).
 *
 * @param trainingGrace how long a person may do QMS work after taking the role before the register shows them as
 *                      untrained. No legal text sets it (README 'The province's register'); the default is the
 *                      practice of inspections, which find staff rotated into the role and never trained
 */
@ConfigurationProperties("app.province")
public record ProvinceSettings(@DefaultValue("P3M") Period trainingGrace) {
}
