package com.thrizer.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link ContractValidation} for every test class of the suite (registered by JUnit's extension
 * autodetection: {@code junit-platform.properties} and {@code META-INF/services}). A {@code @QuarkusTest} class runs
 * in Quarkus' class loader, which has its own copy of rest-assured: the filter is installed through the test class'
 * own loader, so it is the rest-assured the test calls that gets it.
 */
public final class ContractValidationExtension implements BeforeAllCallback, BeforeEachCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        install(context.getRequiredTestClass());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        install(context.getRequiredTestInstance().getClass());
    }

    private static void install(Class<?> testClass) throws ReflectiveOperationException {
        ClassLoader loader = testClass.getClassLoader();
        try {
            Class.forName("io.restassured.RestAssured", false, loader);
        } catch (ClassNotFoundException e) {
            return;
        }
        Class.forName(ContractValidation.class.getName(), true, loader)
                .getMethod("install")
                .invoke(null);
    }
}
