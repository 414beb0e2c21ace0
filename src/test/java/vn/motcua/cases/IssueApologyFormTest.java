package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import vn.motcua.engine.DossierVariables;

/**
 * The apology task's form words its text by the case: "sắp đến hạn" while the dossier's due moment is ahead,
 * "đã quá hạn" once the engine marked it overdue ({@value DossierVariables#DOSSIER_OVERDUE}, set by its overdue
 * escalation on the engine's clock), never both, never "quá thời hạn" for a dossier not yet due.
 */
class IssueApologyFormTest {

    private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

    private Map<String, String> shownTexts(Boolean overdue) throws Exception {
        return shownTexts(overdue, null);
    }

    private Map<String, String> shownTexts(Boolean overdue, Boolean forms2025) throws Exception {
        JsonNode form = new ObjectMapper().readTree(Path.of("processes", "shared", "forms", "IssueApologyForm.form").toFile());
        Map<String, String> shown = new HashMap<>();
        for (JsonNode component : form.get("components")) {
            if (!"text".equals(component.path("type").asText())) {
                continue;
            }
            String hide = component.path("conditional").path("hide").asText("");
            boolean hidden = !hide.isEmpty() && Boolean.TRUE.equals(feel.evaluateSimpleExpression(hide.substring(1),
                    Variables.createVariables().putValue(DossierVariables.DOSSIER_OVERDUE, overdue)
                            .putValue(DossierApologies.FORMS_2025, forms2025).asVariableContext()));
            if (!hidden) {
                shown.put(component.get("id").asText(), component.get("text").asText());
            }
        }
        return shown;
    }

    @Test
    void aDossierNotYetDueIsAboutToFallDue() throws Exception {
        String text = String.join("\n", shownTexts(null).values());

        assertThat(text).contains("sắp đến hạn").doesNotContain("đã quá hạn", "quá thời hạn");
    }

    @Test
    void aDossierPastItsDueMomentIsOverdue() throws Exception {
        String text = String.join("\n", shownTexts(true).values());

        assertThat(text).contains("đã quá hạn").doesNotContain("sắp đến hạn");
    }

    @Test
    void underThe2025FormsTheUnitAsksForTheExtensionWhichHoldsOnlyOnceApproved() throws Exception {
        String dueSoon = String.join("\n", shownTexts(null, true).values());
        String overdue = String.join("\n", shownTexts(true, true).values());
        String in2018 = String.join("\n", shownTexts(null, false).values());

        assertThat(dueSoon).contains("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", "sắp đến hạn",
                "đồng ý gia hạn").doesNotContain("đã quá hạn", "In Phiếu xin lỗi");
        assertThat(overdue).contains("đề nghị gia hạn", "đã quá hạn").doesNotContain("sắp đến hạn");
        assertThat(in2018).contains("In Phiếu xin lỗi", "sắp đến hạn").doesNotContain("gia hạn");
    }
}
