package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

import vn.motcua.engine.AllowedBeans;

/**
 * What an expression in a model may do, read from its syntax tree as the engine's own parser (Camunda's
 * JUEL) builds it: name process variables, call an allowed method of an allowed bean
 * ({@link AllowedBeans}), read a few plain facts of {@code execution} and {@code task}, and combine
 * literals with operators. Anything else (a property or method of any other object, {@code getClass()},
 * brackets, chained calls) is refused: each step of such a chain is an open door to the engine and the
 * application behind it.
 */
final class ModelExpressions {

    /** What an expression may read of the execution or task it runs in; models use the first two. */
    private static final Set<String> EXECUTION_PROPERTIES = Set.of("processBusinessKey", "processInstanceId",
            "currentActivityId", "businessKey", "id");
    private static final Set<String> EXECUTION_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable");
    private static final Set<String> TASK_PROPERTIES = Set.of("id", "name", "taskDefinitionKey", "assignee",
            "processInstanceId");
    private static final Set<String> TASK_METHODS = Set.of("getVariable", "getVariableLocal", "hasVariable");
    /** The engine's own functions, none with side effects: the current user and groups, the time. */
    private static final Set<String> FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime");

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS);

    private ModelExpressions() {
    }

    /** True if the text holds an expression the engine would evaluate. */
    static boolean containsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Why the text (plain text with any number of {@code ${…}}/{@code #{…}} parts) is refused; empty if allowed. */
    static List<String> refusals(String text) {
        List<String> refusals = new ArrayList<>();
        if (!containsExpression(text)) {
            return refusals;
        }
        AstNode root;
        try {
            root = (AstNode) PARSER.build(text).getRoot();
        } catch (TreeBuilderException | ClassCastException e) {
            refusals.add("\"" + text + "\" is not a valid expression");
            return refusals;
        }
        check(root, refusals);
        return refusals;
    }

    /**
     * The names the text's expressions may resolve as beans, in the order written: those a method is called on
     * ({@code bean.method(…)}) and those named alone ({@code ${bean}}, a delegate expression's).
     */
    static Set<String> beansCalled(String text) {
        Set<String> beans = new LinkedHashSet<>();
        if (!containsExpression(text)) {
            return beans;
        }
        try {
            collectBeans(((AstNode) PARSER.build(text).getRoot()), beans);
        } catch (TreeBuilderException | ClassCastException e) {
            // not an expression: the expression rule refuses it
        }
        return beans;
    }

    private static void collectBeans(Node node, Set<String> beans) {
        if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot
                && dot.getChild(0) instanceof AstIdentifier base) {
            beans.add(base.getName());
        }
        if (node instanceof AstIdentifier identifier) {
            beans.add(identifier.getName());
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            collectBeans(node.getChild(i), beans);
        }
    }

    private static void check(Node node, List<String> refusals) {
        if (node instanceof AstText || node instanceof AstString || node instanceof AstNumber
                || node instanceof AstBoolean || node instanceof AstNull || node instanceof AstIdentifier) {
            // literals, and identifiers: process variables, execution, task or an allowed bean (the engine
            // resolves no other bean name)
            return;
        }
        if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
                || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
                || node instanceof AstParameters) {
            checkChildren(node, refusals);
            return;
        }
        if (node instanceof AstFunction function) {
            if (!FUNCTIONS.contains(function.getName())) {
                refusals.add("function " + function.getName() + "() is not allowed");
            }
            checkChildren(node, refusals);
            return;
        }
        if (node instanceof AstMethod method) {
            checkMethod(method, refusals);
            return;
        }
        if (node instanceof AstDot dot) {
            checkProperty(dot, refusals);
            return;
        }
        refusals.add("\"" + describe(node) + "\" is not allowed: use process variables, allowed beans and operators only");
    }

    /** {@code base.name(args)}: only on an allowed bean, or a variable getter on execution/task. */
    private static void checkMethod(AstMethod method, List<String> refusals) {
        Node target = method.getChild(0);
        Node arguments = method.getChild(1);
        if (target instanceof AstDot dot && dot.getChild(0) instanceof AstIdentifier base) {
            String name = propertyName(dot);
            String bean = base.getName();
            boolean allowed = switch (bean) {
                case "execution" -> EXECUTION_METHODS.contains(name);
                case "task" -> TASK_METHODS.contains(name);
                default -> AllowedBeans.allows(bean, name);
            };
            if (!allowed) {
                refusals.add(AllowedBeans.names().contains(bean) || "execution".equals(bean) || "task".equals(bean)
                        ? "method " + bean + "." + name + "() is not allowed"
                        : bean + "." + name + "(): \"" + bean + "\" is not an allowed bean; allowed: "
                                + String.join(", ", new java.util.TreeSet<>(AllowedBeans.names())));
            }
            checkChildren(arguments, refusals);
            return;
        }
        refusals.add("\"" + describe(method) + "\" is not allowed: methods may be called only on an allowed bean");
    }

    /** {@code base.name}: only the plain facts of execution and task. */
    private static void checkProperty(AstDot dot, List<String> refusals) {
        String name = propertyName(dot);
        if (dot.getChild(0) instanceof AstIdentifier base) {
            boolean allowed = switch (base.getName()) {
                case "execution" -> EXECUTION_PROPERTIES.contains(name);
                case "task" -> TASK_PROPERTIES.contains(name);
                default -> false;
            };
            if (allowed) {
                return;
            }
            refusals.add("property " + base.getName() + "." + name + " is not allowed");
            return;
        }
        refusals.add("\"" + describe(dot) + "\" is not allowed: properties may be read only of execution and task");
    }

    private static void checkChildren(Node node, List<String> refusals) {
        for (int i = 0; i < node.getCardinality(); i++) {
            check(node.getChild(i), refusals);
        }
    }

    /** The chain as the modeller wrote it, shortened: {@code execution.processEngineServices.identityService(…)}. */
    private static String describe(Node node) {
        if (node instanceof AstIdentifier identifier) {
            return identifier.getName();
        }
        if (node instanceof AstDot dot) {
            return describe(dot.getChild(0)) + "." + propertyName(dot);
        }
        if (node instanceof AstMethod method) {
            return describe(method.getChild(0)) + "(…)";
        }
        if (node instanceof AstFunction function) {
            return function.getName() + "(…)";
        }
        if (node instanceof AstString) {
            return "'…'";
        }
        if (node.getCardinality() > 0) {
            return describe(node.getChild(0)) + (node instanceof org.camunda.bpm.impl.juel.AstBracket ? "[…]" : "…");
        }
        return String.valueOf(node);
    }

    /** JUEL keeps the name protected; {@code toString()} of a dot node is ". name". */
    private static String propertyName(AstDot dot) {
        String text = dot.toString();
        return text.startsWith(". ") ? text.substring(2) : text;
    }
}
