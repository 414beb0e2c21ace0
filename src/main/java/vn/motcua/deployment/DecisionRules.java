package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.w3c.dom.Document;

/**
 * A decision table is written in FEEL, which reaches only the decision's own inputs. JUEL, JavaScript,
 * Groovy and the other languages a DMN may name reach beans or run code: refused, naming the element.
 */
final class DecisionRules {

    static final String RULE = "feel-only";
    private static final Pattern FEEL = Pattern.compile(
            "feel|https?://www\\.omg\\.org/spec/(dmn/\\d+/)?feel(/\\d+)?/?", Pattern.CASE_INSENSITIVE);

    private DecisionRules() {
    }

    static boolean isDmn(String resourceName) {
        return resourceName.endsWith(".dmn") || resourceName.endsWith(".dmn11.xml");
    }

    static List<ModelProblem> validate(byte[] dmn) {
        Document document;
        try {
            document = ModelXml.parse(dmn);
        } catch (Exception e) {
            return List.of(new ModelProblem(null, ModelValidator.WELL_FORMED, "the file is not valid DMN XML"));
        }
        List<ModelProblem> problems = new ArrayList<>();
        ModelXml.forEachElement(document, element -> {
            String language = element.getAttribute("expressionLanguage").trim();
            if (!language.isEmpty() && !FEEL.matcher(language.toLowerCase(Locale.ROOT)).matches()) {
                problems.add(new ModelProblem(ModelXml.elementId(element), RULE, "expressionLanguage=\"" + language
                        + "\" is not allowed: write decisions in FEEL (remove the expression language)"));
            }
        });
        return problems;
    }

    /** The decision ids (keys) of a DMN file. */
    static List<String> decisionKeys(byte[] dmn) {
        List<String> keys = new ArrayList<>();
        try {
            ModelXml.forEachElement(ModelXml.parse(dmn), element -> {
                if ("decision".equals(element.getLocalName()) && !element.getAttribute("id").isEmpty()) {
                    keys.add(element.getAttribute("id"));
                }
            });
        } catch (Exception malformed) {
            // the rules report it
        }
        return keys;
    }
}
