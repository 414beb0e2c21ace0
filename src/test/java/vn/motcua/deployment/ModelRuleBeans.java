package vn.motcua.deployment;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The model rules the application runs, for tests that check models without Spring: every
 * {@code @Component} under {@code vn.motcua} implementing {@link ModelRule}, found as Spring's component
 * scan finds them and made with their no-argument constructor. {@code ModelRuleBeansIT} checks that the
 * application context holds exactly these.
 */
public final class ModelRuleBeans {

    private static final List<ModelRule> RULES = scan();

    private ModelRuleBeans() {
    }

    /** One instance of each rule, by id. */
    public static List<ModelRule> all() {
        return RULES;
    }

    /** A validator with every rule, as the application's. */
    public static ModelValidator validator() {
        return new ModelValidator(RULES);
    }

    private static List<ModelRule> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        AnnotationTypeFilter component = new AnnotationTypeFilter(Component.class);
        AssignableTypeFilter rule = new AssignableTypeFilter(ModelRule.class);
        scanner.addIncludeFilter((reader, factory) -> component.match(reader, factory) && rule.match(reader, factory));
        List<ModelRule> rules = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("vn.motcua")) {
            rules.add(instantiate(definition.getBeanClassName()));
        }
        rules.sort(Comparator.comparing(ModelRule::id));
        return List.copyOf(rules);
    }

    private static ModelRule instantiate(String className) {
        try {
            Constructor<?> constructor = Class.forName(className).getDeclaredConstructor();
            constructor.setAccessible(true);
            return (ModelRule) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a no-argument constructor to be checked without Spring", e);
        }
    }
}
