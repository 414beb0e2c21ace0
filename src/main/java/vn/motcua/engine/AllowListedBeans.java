package vn.motcua.engine;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;

/**
 * The beans expressions may resolve, as the map Camunda's {@code SpringExpressionManager} takes: only the
 * names of {@link AllowedBeans}, each looked up in the application context when an expression first
 * names it (the beans themselves need the engine, so they do not exist yet when it is built).
 */
final class AllowListedBeans extends AbstractMap<Object, Object> {

    private final ApplicationContext context;

    AllowListedBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String bean && AllowedBeans.names().contains(bean);
    }

    @Override
    public Object get(Object name) {
        return containsKey(name) ? context.getBean((String) name) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        Map<Object, Object> beans = new LinkedHashMap<>();
        for (String name : AllowedBeans.names()) {
            beans.put(name, context.getBean(name));
        }
        return beans.entrySet();
    }
}
