package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotcuaIT;

/** The tests that check models without Spring ({@link ModelRuleBeans}) run exactly the application's rules. */
@MotcuaIT
class ModelRuleBeansIT {

    @Autowired
    List<ModelRule> applicationRules;

    @Test
    void theScannedRulesAreTheApplicationsRuleBeans() {
        List<String> scanned = ModelRuleBeans.all().stream().map(rule -> rule.getClass().getName()).toList();
        assertThat(applicationRules).extracting(rule -> rule.getClass().getName())
                .containsExactlyInAnyOrderElementsOf(scanned);
        assertThat(ModelRuleBeans.all()).extracting(ModelRule::id)
                .contains("executable", "candidate-group", "procedure-properties", "time-allocation")
                .doesNotHaveDuplicates();
    }
}
