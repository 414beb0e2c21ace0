package vn.motcua.models;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.Answers;

/**
 * The application beans a model calls, as Mockito mocks registered under their bean names for the
 * expressions of one test. A mock answers what Mockito answers (null, 0, false, empty) until the test
 * stubs it: {@code when(beans.get("dossierDeadlines", DeadlinesStub.class).abandonAt(any())).thenReturn(...)}.
 */
public final class ModelBeans {

    private final Map<String, Object> beans = new LinkedHashMap<>();

    /** Registers a mock of {@code type} as bean {@code name}; the type is any class with the methods the model calls. */
    public <T> T mock(String name, Class<T> type) {
        T bean = org.mockito.Mockito.mock(type, Answers.RETURNS_DEFAULTS);
        register(name, bean);
        return bean;
    }

    /** Registers a real object (a cheap application class, or a hand-written fake) as bean {@code name}. */
    public <T> T register(String name, T bean) {
        beans.put(name, bean);
        Mocks.register(name, bean);
        return bean;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String name, Class<T> type) {
        return (T) beans.get(name);
    }

    /** Call from {@code @AfterEach}: the next test starts without beans. */
    public void reset() {
        beans.clear();
        Mocks.reset();
    }
}
