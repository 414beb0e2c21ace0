package vn.motcua.iso.objectives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.motcua.iso.objectives.QualityObjectiveSettings.Measure;
import vn.motcua.iso.objectives.QualityObjectiveSettings.Objective;

class QualityObjectiveSettingsTest {

    @Test
    void aMinimumIsMetFromItsValueUpAndAMaximumUpToIt() {
        Objective onTime = new Objective("dung-han", "≥ 98 %", Measure.ON_TIME_RATE, new BigDecimal("0.98"), null);
        Objective ratio = new Objective("thoi-gian", "≤ 70 %", Measure.PROCESSING_RATIO, null, new BigDecimal("0.70"));

        assertThat(onTime.isMetBy(new BigDecimal("0.98"))).isTrue();
        assertThat(onTime.isMetBy(new BigDecimal("0.9799"))).isFalse();
        assertThat(ratio.isMetBy(new BigDecimal("0.70"))).isTrue();
        assertThat(ratio.isMetBy(new BigDecimal("0.7001"))).isFalse();
    }

    @Test
    void anObjectiveNeedsExactlyOneBoundAndAMeasure() {
        assertThatThrownBy(() -> new Objective("x", "X", Measure.ON_TIME_RATE, null, null))
                .hasMessageContaining("exactly one of min and max");
        assertThatThrownBy(() -> new Objective("x", "X", Measure.ON_TIME_RATE, BigDecimal.ONE, BigDecimal.ONE))
                .hasMessageContaining("exactly one of min and max");
        assertThatThrownBy(() -> new Objective("x", "X", null, BigDecimal.ONE, null))
                .hasMessageContaining("ON_TIME_RATE");
    }
}
