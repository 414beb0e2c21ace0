package vn.motcua.iso.objectives;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Quality objectives per agency ({@code app.quality.objectives.<agency code>}), e.g. "≥ 98 % of
 * dossiers resolved on time" ({@code ON_TIME_RATE, min 0.98}) or "average processing time ≤ 70 % of the
 * statutory time" ({@code PROCESSING_RATIO, max 0.70}).
 */
@ConfigurationProperties("app.quality")
public record QualityObjectiveSettings(Map<String, List<Objective>> objectives) {

    public QualityObjectiveSettings {
        objectives = objectives == null ? Map.of() : Map.copyOf(objectives);
    }

    public enum Measure {
        /** (early + on time) / resolved. */
        ON_TIME_RATE,
        /** Average processing working days / average statutory working days. */
        PROCESSING_RATIO
    }

    /**
     * @param min the measure must reach at least this, or
     * @param max the measure must stay at most this
     */
    public record Objective(String id, String name, Measure measure, BigDecimal min, BigDecimal max) {

        public Objective {
            if (id == null || id.isBlank() || name == null || name.isBlank() || measure == null) {
                throw new IllegalArgumentException("A quality objective needs an id, a name and a measure ("
                        + Arrays.toString(Measure.values()) + "): " + id);
            }
            if ((min == null) == (max == null)) {
                throw new IllegalArgumentException("Quality objective '" + id + "' needs exactly one of min and max");
            }
        }

        BigDecimal target() {
            return min != null ? min : max;
        }

        boolean isMetBy(BigDecimal value) {
            return min != null ? value.compareTo(min) >= 0 : value.compareTo(max) <= 0;
        }
    }
}
