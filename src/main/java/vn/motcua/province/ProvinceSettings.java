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
 * @param scoreWeights  the weights of the agencies' score in the province view (README 'The province view'): the
 *                      year's on-time rate, the QMS checks met, and the open dossiers not overdue
 */
@ConfigurationProperties("app.province")
public record ProvinceSettings(@DefaultValue("P3M") Period trainingGrace, @DefaultValue ScoreWeights scoreWeights) {

    /** Relative weights; a part an agency has no figure for (nothing resolved, nothing open) is left out of its score. */
    public record ScoreWeights(@DefaultValue("60") int onTime, @DefaultValue("30") int qms, @DefaultValue("10") int overdue) {

        public ScoreWeights {
            if (onTime < 0 || qms < 0 || overdue < 0 || onTime + qms + overdue == 0) {
                throw new IllegalArgumentException("app.province.score-weights: each weight at least 0, and not all 0");
            }
        }
    }
}
